//! Tests for shingles told as one-sided forehead blisters and a swelling told as growing
//! (`shingles_and_growing_swelling.rs`), in other words than batch 102, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// One-sided forehead blisters with the eye involved: ophthalmic zoster [EYE].
#[test]
fn one_sided_forehead_blisters_with_a_sore_eye_are_urgent() {
    check(&[
        ("blisters across my forehead on the left side only and my left eye is sore and watering", Urgent),
        ("tengo ampollas en la frente solo de un lado y el ojo de ese lado está rojo", Urgent),
        ("Bläschen an der Stirn nur auf einer Seite und das Auge brennt", Urgent),
    ]);
}

/// A swelling growing after an operation: a same-day look [ACE].
#[test]
fn a_swelling_growing_after_an_operation_is_urgent() {
    check(&[
        (
            "twee dagen na de operatie wordt mijn linkerwang steeds dikker",
            Urgent,
        ),
        ("seit der Nasen-OP wird die Wange immer dicker", Urgent),
    ]);
}

/// Hard negatives: blisters from a burn on the hand, a belly growing in pregnancy, a
/// thicker winter coat.
#[test]
fn blisters_and_growing_that_are_not_these_signs_are_not() {
    check(&[
        ("rash on my forehead on both sides from a new face cream, can I book a skin check?", Routine),
        ("mijn buik wordt steeds dikker, ik ben 30 weken zwanger, wanneer is de volgende controle?", Routine),
        ("mein Mantel wird immer dicker gefüttert, egal; Termin für die Impfung bitte", Routine),
    ]);
}
