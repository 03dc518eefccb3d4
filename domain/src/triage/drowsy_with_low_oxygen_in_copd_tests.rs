//! Tests for `drowsy_with_low_oxygen_in_copd.rs`, in other words than the corpus, with
//! hard negatives (the same saturation in COPD and alert, a bluish jumper).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn drowsy_with_a_low_saturation_in_copd_is_an_emergency() {
    check(&[
        (
            "dad has COPD, his sats are 90% and he is very drowsy",
            Emergency,
        ),
        (
            "mi madre tiene EPOC, saturación 89 y está muy adormilada",
            Emergency,
        ),
        ("mijn opa ziet blauwig en is benauwd", Emergency),
    ]);
}

#[test]
fn the_same_saturation_when_alert_or_a_blue_thing_is_not_an_emergency() {
    check(&[
        ("COPD, sats 90% this morning, otherwise feeling ok", Urgent),
        (
            "ik zoek een blauwige trui voor de kerstfoto, waar is de receptie?",
            Routine,
        ),
    ]);
}
