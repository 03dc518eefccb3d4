//! Tests for `cold_pale_limb.rs`, in other words than the corpus, with hard negatives
//! (cold feet at night, white fingers in winter, a pale leg without pain).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_cold_pale_limb_with_pain_is_an_emergency() {
    check(&[
        (
            "my left foot has gone cold and white and it really hurts",
            Emergency,
        ),
        (
            "la pierna de mi abuelo está fría y pálida y le duele mucho",
            Emergency,
        ),
        (
            "la gamba di mia madre è gelida e bianca, ha un dolore fortissimo",
            Emergency,
        ),
        ("o braço dele está branco e frio, com muita dor", Emergency),
        (
            "zijn been is ijskoud en wit en hij heeft veel pijn",
            Emergency,
        ),
    ]);
}

#[test]
fn cold_hands_or_a_pale_leg_without_pain_is_not_an_emergency() {
    check(&[
        // Fingers white in the cold (Raynaud's) are not a limb cut off: the same-day look
        // the fingers' own rule gives, not an emergency.
        (
            "my fingers go white when it's cold outside, can I book an appointment?",
            Urgent,
        ),
        ("my feet are always cold at night, any tips?", Routine),
        // A cold pale leg without pain is a same-day look.
        (
            "my leg looks pale and feels cold since this morning",
            Urgent,
        ),
    ]);
}
