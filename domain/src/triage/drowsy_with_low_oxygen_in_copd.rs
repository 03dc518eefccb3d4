//! Drowsiness or confusion with a low saturation in COPD, and a face or lips told as
//! "blauwig" in Dutch. In COPD a saturation of 88-91% is a same-day look (the target is
//! 88-92%), but drowsiness with it is carbon dioxide building up, life-threatening
//! [BTS: drowsy, blue]. Tests, in other words than the corpus, with hard negatives (the
//! same saturation alert and well, a blue jumper), are in
//! `drowsy_with_low_oxygen_in_copd_tests.rs`.

use super::lexicon::Sig;

pub(crate) const DROWSY_WITH_LOW_OXYGEN_IN_COPD: &[(Sig, &str)] = &[(
    Sig::Breathing,
    pats!["ziet|is|wordt|werd|lippen|lippen zijn blauwig"],
)];
