//! Methadone named in Italian, Spanish, Portuguese, German and Dutch ("metadone",
//! "metadona", "Methadon"): a strong opioid, so a child near it who is drowsy reads as the
//! poisoning row already reads it in English [POIS]. Tests, in other words than the corpus,
//! with hard negatives (an adult's usual dose collected), are in
//! `methadone_named_in_other_languages_tests.rs`.

use super::lexicon::Sig;

/// Methadone in the other languages (English and French "methadone" are already read).
pub(crate) const METHADONE_NAMED_IN_OTHER_LANGUAGES: &[(Sig, &str)] =
    &[(Sig::Opioid, pats!["metadone|metadona|methadon"])];
