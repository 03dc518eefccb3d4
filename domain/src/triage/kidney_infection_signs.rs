//! A urine infection that has reached the kidney, in lay words in the seven languages. The
//! row "burning passing urine with shivering, fever, loin or back pain, or vomiting" [PYELO]
//! existed, but "bruciore a fare pipi" (the noun), "peeing feels like knives", "rigors", and
//! the loin told as the side ("male al fianco", "in der Flanke", "mal au flanc") placed
//! nothing, so a kidney infection read as a simple cystitis. Tests, in other words than the
//! corpus, with hard negatives, are in `kidney_infection_signs_tests.rs`.

use super::lexicon::Sig;

/// Burning told as a noun or an image, rigors, and the loin told as the flank.
pub(crate) const KIDNEY_INFECTION_SIGNS: &[(Sig, &str)] = &[
    (
        Sig::UrinaryInfection,
        pats![
            "bruciore|bruciori ~pipi|urinare|urina",
            "pee|peeing|wee|weeing ~knives|razors|glass|fire",
            "ardor|ardencia|brulures ~orinar|urinar|xixi|uriner",
        ],
    ),
    (Sig::Shaking, pats!["rigors"]),
    (
        // The loin: the row reads it as back pain.
        Sig::Back,
        pats!["flank|loin|loins|flanke|flanc|fianco|flanco|zij|zijkant"],
    ),
];
