//! An arm or leg that cannot be lifted, or has no strength, told now or earlier today in
//! Dutch, French, German and Spanish: "hij kon zijn arm niet optillen", "haar been was
//! krachteloos", "il ne pouvait plus lever le bras", "er konnte seinen Arm nicht heben",
//! "sein Arm ist kraftlos", "no podía levantar el brazo", "tiene el brazo sin fuerza", and
//! slurred speech told the Dutch way, "praat met een dubbele tong". English, Italian and
//! Portuguese already read these ("couldn't lift his arm", "non riesce ad alzare il
//! braccio", "não consegue levantar o braço"); session 24 left the past tense in Dutch.
//! Arm weakness and slurred speech are FAST signs, an emergency; one that passed today is a
//! suspected TIA, still an emergency [NG128, FAST], which the scope's same-day arm
//! decides. Tests, with the sign years ago, denied or someone else's, are in
//! `a_weak_arm_told_in_dutch_french_german_spanish_tests.rs`.

use super::lexicon::Sig;

/// An arm or leg that will not lift or has no strength; a "double tongue".
pub(crate) const A_WEAK_ARM_TOLD_IN_DUTCH_FRENCH_GERMAN_SPANISH: &[(Sig, &str)] = &[(
    Sig::Stroke,
    pats![
        "!kon|kan ~arm|been ~niet ~optillen|heffen|omhoog|bewegen",
        "arm|been ~krachteloos|verlamd",
        "praat|praatte|sprak|spreekt ~dubbele ~tong",
        "!pouvait|peut|pouvais ~plus|pas ~lever|bouger ~bras|jambe",
        "!kann|konnte ~arm|bein ~nicht ~heben|hochheben|anheben|bewegen",
        "arm|bein ~kraftlos|gelahmt",
        "!podia|pudo|puede ~levantar|mover ~brazo|pierna",
        "brazo|pierna ~sin ~fuerza|fuerzas",
    ],
)];
