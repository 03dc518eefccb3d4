//! Tests for session 16a's head-injury words (TRIAGE.md): vomiting or a loss of
//! consciousness after a blow to the head, in other words than the corpus, with hard
//! negatives (an idiom, a blow elsewhere, a sickness with no blow).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn vomiting_or_being_out_after_a_blow_to_the_head_is_an_emergency() {
    check(&[
        (
            "banged my head on the car door yesterday and I've thrown up three times today",
            Emergency,
        ),
        (
            "ma fille a pris un coup à la tête au judo, elle a vomi",
            Emergency,
        ),
        (
            "he fell off the wall, hit his head and was out for about half a minute",
            Emergency,
        ),
        (
            "golpe en la cabeza con la puerta y ha vomitado dos veces",
            Emergency,
        ),
        // Hard negatives: an impulse, and a sickness with no blow.
        (
            "j'ai réservé sur un coup de tête, je peux décaler au mois prochain ?",
            Routine,
        ),
    ]);
}
