//! Sight gone in one eye, told of someone else and named with the eye ("hij ziet niks met
//! dat oog", "non vede niente da quell'occhio", "he can't see out of that eye"): the
//! first-person forms ("zie niks", "non vedo") were `Sig::VisionLoss` already, the third
//! person was not, so a child with a twig in the eye who cannot see from it read as
//! something stuck (urgent) instead of an eye emergency [EYE, MTS]. The eye word is
//! required: "ziet er niks in", "non vede l'ora" are idioms. Tests in other words, with
//! negatives (the idioms, a child who sees fine), are in `sight_gone_in_an_injured_eye_tests.rs`.

use super::lexicon::Sig;

/// Sight gone from one eye, told of another person, in seven languages.
pub(crate) const SIGHT_GONE_IN_AN_INJURED_EYE: &[(Sig, &str)] = &[(
    Sig::VisionLoss,
    pats![
        "!ziet ~niks|niets|weinig ~met|uit ~oog",
        "!oog ~ziet ~hij|ze|zij ~niks|niets",
        "!non|nn ~vede ~niente|nulla|piu ~da|con ~occhio",
        "!occhio ~non|nn ~vede ~niente|nulla|piu",
        "!nao ~ve|enxerga ~nada ~do|com ~olho",
        "!olho ~nao ~ve|enxerga ~nada",
        "!no ~ve ~nada ~de|con ~ojo",
        "!ne ~voit ~rien|plus ~de|avec ~oeil",
        "!sieht ~nichts|nix ~auf|mit ~auge",
        "!can|cant|cannot ~see ~anything|nothing ~out|with ~of ~eye",
        "!sees ~nothing ~out|with ~of ~eye",
    ],
)];
