//! Tests for severe OHSS after egg collection told in lay words (`ohss_lay_signs.rs`), in
//! other words than the corpus, with hard negatives (a lumbar puncture, plenty of urine,
//! planning IVF).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A swollen belly after egg collection with little urine or unable to lie flat: severe
/// OHSS [GTG5].
#[test]
fn a_swollen_belly_after_egg_collection_with_little_urine_is_an_emergency() {
    check(&[
        (
            "egg collection on Monday, belly really bloated and I've only peed twice today",
            Emergency,
        ),
        (
            "après ma ponction ovocytaire le ventre est énorme et je fais presque pas pipi",
            Emergency,
        ),
        (
            "FIV la semaine dernière, ventre gonflé, je peux plus me coucher à plat",
            Emergency,
        ),
        (
            "na de eicelpunctie is mijn buik opgezet en plas ik bijna niet",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a lumbar puncture, plenty of urine, a question before IVF starts.
#[test]
fn ivf_words_without_severe_signs_are_not_an_emergency() {
    check(&[
        (
            "FIV prévue en mars, quels examens faut-il faire avant ?",
            Routine,
        ),
        (
            "ponction ovocytaire hier, un peu ballonnée mais je fais pipi normalement",
            Routine,
        ),
        (
            "j'ai eu une ponction lombaire, puis-je reprendre le sport ?",
            Routine,
        ),
    ]);
}
