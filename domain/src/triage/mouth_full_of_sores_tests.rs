//! Tests for `mouth_full_of_sores.rs`, with hard negatives (a mouth full of food, sores
//! without a new medicine).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_mouth_full_of_sores_after_a_new_medicine_with_a_rash_is_an_emergency() {
    check(&[
        (
            "started lamotrigine last week, now a rash all over and my mouth is full of ulcers",
            Emergency,
        ),
        (
            "desde que empezó el alopurinol tiene la boca llena de llagas y fiebre",
            Emergency,
        ),
    ]);
}

#[test]
fn a_mouth_full_of_food_or_sores_without_a_new_medicine_is_not_an_emergency() {
    check(&[
        (
            "sorry my mouth was full of toast when I called, can you ring back about my booking?",
            Routine,
        ),
        (
            "my mouth is full of ulcers again, can I book a routine check?",
            Routine,
        ),
    ]);
}
