//! Tests for `exploding_headache.rs`, in other words than the corpus, with hard negatives
//! (an exploding vape or phone battery without a pain).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_pain_that_explodes_in_the_head_is_an_emergency() {
    check(&[
        (
            "out of nowhere an explosive pain at the top of my head while lifting weights",
            Emergency,
        ),
        (
            "ineens een explosieve pijn in mijn hoofd tijdens het sporten",
            Emergency,
        ),
        (
            "all'improvviso un dolore esplosivo alla testa mentre correvo",
            Emergency,
        ),
        ("an exploding headache started ten minutes ago", Emergency),
    ]);
}

#[test]
fn an_exploding_head_without_a_pain_is_not_a_headache() {
    check(&[
        (
            "my brother's vape exploded in his pocket, no pain, just a scorched jacket",
            Routine,
        ),
        (
            "the battery in my phone exploded, do you have another number for the clinic?",
            Routine,
        ),
    ]);
}
