//! No urine passed for hours with a swollen, hard lower belly: acute urine retention
//! [AUR], an emergency (a catheter is needed). Lay words the lexicon lacked: "nn fa pipi
//! da ieri", "krieg kein Pipi raus", "kann nicht mehr Wasser lassen". Alone they are a
//! same-day look (less urine); with the swollen belly the presentation table reads the
//! retention row. Tests, in other words than the corpus, with hard negatives (a baby who
//! wees less with a cold, a bloated belly with normal weeing), are in
//! `urine_retention_with_a_swollen_belly_tests.rs`.

use super::lexicon::Sig;

/// No urine passed, in everyday words.
pub(crate) const URINE_RETENTION_WITH_A_SWOLLEN_BELLY: &[(Sig, &str)] = &[
    (
        Sig::LessUrine,
        pats![
            "!non|nn ~fa ~pipi",
            "!kein ~pipi ~raus",
            "!nicht ~mehr ~wasser ~lassen",
            // Session 22e: Portuguese and Italian "I don't pee since ...", Dutch and Spanish
            // "haven't peed since".
            "!nao|n ~faco|fiz|faz ~xixi ~desde",
            "!non|nn ~faccio|ho ~fatto ~pipi ~da",
            "!niet ~meer ~geplast|geplast ~sinds",
            "!no ~he ~hecho|hago ~pis ~desde"
        ],
    ),
    (
        // A lower belly swollen hard, in German.
        Sig::BellySwelling,
        pats!["unterbauch|bauch ~prall|dick|hart|aufgeblaht"],
    ),
];
