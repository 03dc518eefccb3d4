//! A blow to the head and its warning signs in words the lexicon lacked: "thrown up",
//! "a pris un coup à la tête", "out for about half a minute". After a head injury any
//! vomiting or any loss of consciousness is an emergency [HI]; the presentation table
//! already combines them, these are the words. Tests, in other words than the corpus,
//! with hard negatives (the French idiom "sur un coup de tête", a blow elsewhere), are
//! in `head_blows_tests.rs`.

use super::lexicon::Sig;

/// Findings and non-signs for blows to the head.
pub(crate) const HEAD_BLOWS: &[(Sig, &str)] = &[
    (
        Sig::Vomiting,
        pats![
            "thrown|throwin ~up",
            "been|has|have|hes|shes|ive ~thrown ~up"
        ],
    ),
    (
        Sig::HeadInjury,
        pats![
            "coup ~a|sur ~la ~tete",
            "coup ~de ~tete ~au|a|dans|pendant",
            "pris ~un ~coup ~tete",
            "golpe ~en ~la ~cabeza",
            "schlag ~auf|gegen ~den ~kopf",
            "colpo ~alla|in ~testa",
            "pancada ~na ~cabeca",
            "klap ~op|tegen ~zijn|haar|mijn|het ~hoofd",
        ],
    ),
    (
        Sig::Unconscious,
        pats![
            "was|went|been ~out ~for ~about|around|like|maybe|nearly ~half ~a ~minute|min",
            "out ~for ~half ~a ~minute|min",
        ],
    ),
    (
        // "sur un coup de tête": on an impulse, not a blow.
        Sig::NotASign,
        pats!["sur ~un ~coup ~de ~tete"],
    ),
];
