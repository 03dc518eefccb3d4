//! Italian "half an hour ago" written as one word ("mezzora fa", "una mezzoretta fa"): a
//! time within the day, so stroke signs that have passed since read as a warning stroke
//! within the day, an emergency, as "this morning" already reads [NG128]. Tests, in other
//! words than the corpus, with hard negatives (signs that passed days ago), are in
//! `half_an_hour_ago_tests.rs`.

use super::lexicon::Sig;

/// Half an hour ago, as one word.
pub(crate) const HALF_AN_HOUR_AGO: &[(Sig, &str)] =
    &[(Sig::Recent, pats!["mezzora|mezzoretta fa"])];
