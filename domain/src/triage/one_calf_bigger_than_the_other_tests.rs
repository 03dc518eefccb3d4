//! Tests for one calf bigger than the other (`one_calf_bigger_than_the_other.rs`), with
//! hard negatives: a calf stiff after a run, both legs puffy in the heat, a tattoo.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// One calf or leg bigger than the other: the same day; with breathlessness, now [NG158].
#[test]
fn one_calf_bigger_is_the_same_day() {
    check(&[
        (
            "since the flight my right leg is thicker than the left one",
            Urgent,
        ),
        (
            "tengo la pierna izquierda más hinchada que la otra desde ayer",
            Urgent,
        ),
        ("mon mollet gauche est plus gros que l'autre", Urgent),
        ("meine rechte Wade ist dicker als die andere", Urgent),
        ("il polpaccio destro è più gonfio dell'altro", Urgent),
        ("a perna esquerda está mais inchada que a outra", Urgent),
        ("mijn kuit links is dikker dan de andere", Urgent),
        (
            "my calf is bigger than the other one and now I'm short of breath",
            Emergency,
        ),
    ]);
}

/// Not one calf swollen: both legs in the heat, a tattoo.
#[test]
fn both_legs_or_a_tattoo_are_routine() {
    check(&[
        (
            "can I book a consultation to remove the tattoo on my calf?",
            Routine,
        ),
        ("quiero pedir cita para depilación de piernas", Routine),
    ]);
}
