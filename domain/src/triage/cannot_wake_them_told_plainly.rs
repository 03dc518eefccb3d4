//! Someone who cannot be woken, told as the family's failed tries: "no hay manera de
//! despertarlo", "non riusciamo a svegliarlo", "we krijgen hem niet wakker". Not rousing
//! is unresponsive, an emergency whatever the cause the writer offers (a night out, a late
//! night) [RCUK, MTS]. The negation is part of the words (`!`). Tests, in other words than
//! batch 133, with hard negatives (a teenager who will not get up for school, a baby who
//! sleeps through, a hypothetical), are in `cannot_wake_them_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// Tries to wake someone that fail, in Spanish, Italian and Dutch.
pub(crate) const CANNOT_WAKE_THEM_TOLD_PLAINLY: &[(Sig, &str)] = &[(
    Sig::Unconscious,
    pats![
        "!no ~hay ~manera|forma ~de ~despertarlo|despertarla|despertarle",
        "!no ~conseguimos|consigo|logramos|logro ~despertarlo|despertarla",
        "!non ~riusciamo|riesco ~a ~svegliarlo|svegliarla",
        "!non ~si ~riesce ~a ~svegliarlo|svegliarla",
        "!krijgen|krijg ~hem|haar ~niet ~wakker",
    ],
)];
