//! Tests for `not_knowing_family.rs`, with hard negatives (a clinic that does not know a
//! patient yet).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_person_who_no_longer_knows_their_family_is_an_emergency() {
    check(&[
        ("mi abuelo desde esta tarde ya no nos conoce", Emergency),
        ("mi madre tiene fiebre y ya no me conoce", Emergency),
    ]);
}

#[test]
fn a_new_clinic_not_knowing_a_patient_is_not_confusion() {
    check(&[(
        "soy nuevo, en la clínica todavía no me conocen, ¿puedo pedir cita?",
        Routine,
    )]);
}
