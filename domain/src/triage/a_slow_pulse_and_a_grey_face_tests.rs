//! Tests for `a_slow_pulse_and_a_grey_face.rs`, in other words than the corpus, with hard
//! negatives (grey weather, grey hair, a slow internet, a trip on the stairs).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_slow_pulse_or_an_excess_of_heart_medicine_with_faintness_is_an_emergency() {
    check(&[
        (
            "her pulse is really slow and she nearly fell when she stood up",
            Emergency,
        ),
        ("il a le pouls très lent et il est tout gris", Emergency),
        (
            "accidentally took my amlodipine twice today and now I'm dizzy",
            Emergency,
        ),
        (
            "mi padre tiene el pulso muy lento y está mareado",
            Emergency,
        ),
    ]);
}

#[test]
fn grey_things_slow_things_and_a_trip_are_not_emergencies() {
    check(&[
        ("the sky is all grey and my hair is going grey too, can I book a haircut-style chat about hair loss?", Routine),
        ("the wifi in the waiting room is really slow", Routine),
        // A slow pulse alone is a same-day look.
        ("my pulse feels really slow today", Urgent),
    ]);
}
