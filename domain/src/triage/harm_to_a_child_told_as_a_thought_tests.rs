//! Tests for `harm_to_a_child_told_as_a_thought.rs`, in other words than the corpus, with
//! hard negatives (a fear of the baby slipping in the bath, a child who hurt his knee).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn thoughts_of_harming_ones_child_or_a_plan_to_drown_a_baby_is_an_emergency() {
    check(&[
        (
            "I keep thinking about harming my daughter, I've had to leave the room",
            Emergency,
        ),
        (
            "I don't trust myself with the baby today, my partner is at work",
            Emergency,
        ),
        (
            "mijn vrouw zegt dat ze de baby pijn gaat doen, ze is 2 weken geleden bevallen",
            Emergency,
        ),
        (
            "mi esposa dice que ahogaría al bebé en la bañera",
            Emergency,
        ),
        // Hard negatives: a fear of the baby slipping, a knee hurt at football.
        (
            "is it safe to bath a newborn, I'm scared she'll slip under the water",
            Routine,
        ),
        (
            "my son hurt his knee at football, can we get an appointment?",
            Routine,
        ),
    ]);
}
