//! Tests for the lay names of a testicle (`testicle_pain.rs`), in other words than the
//! corpus, with hard negatives (a small bag, an annoyance, a sore knee).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_boys_testicle_pain_in_lay_words_is_an_emergency() {
    check(&[
        (
            "my son 14 says one side of his privates really hurts since football, feels sick",
            Emergency,
        ),
        (
            "mon fils a super mal à une couille depuis ce matin",
            Emergency,
        ),
        (
            "onze jongen van 13 zegt dat zijn zakje opeens pijn doet aan de linkerkant",
            Emergency,
        ),
        (
            "meu filho acordou chorando, diz que dói muito o saco",
            Emergency,
        ),
        // Hard negatives: a small bag of ice, an annoyance, an idiom.
        (
            "een zakje ijs op zijn knie gelegd, kan hij morgen komen?",
            Routine,
        ),
        (
            "que saco, perdi a consulta de ontem, posso remarcar?",
            Routine,
        ),
    ]);
}
