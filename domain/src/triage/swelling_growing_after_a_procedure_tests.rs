//! Tests for `swelling_growing_after_a_procedure.rs`, in other words than batch 109, with
//! hard negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Routine, Urgent};

/// A swelling that keeps growing after an operation: a haematoma, seen the same day [ACE].
#[test]
fn a_swelling_growing_after_an_operation_is_same_day() {
    check(&[
        (
            "abdominoplastie lundi, le bas du ventre gonfle à vue d'oeil",
            Urgent,
        ),
        (
            "liposucción hace 2 días y el muslo está cada vez más hinchado",
            Urgent,
        ),
        ("lifting ieri, la guancia è sempre più gonfia", Urgent),
        ("lipo nas coxas, a perna está cada vez mais inchada", Urgent),
    ]);
}

/// Hard negatives: a baby or a bump growing, a swelling going down.
#[test]
fn growing_bigger_is_not_a_swelling() {
    check(&[
        (
            "mon bébé grossit bien, on peut espacer les biberons ?",
            Routine,
        ),
        (
            "el bebé está cada vez más grande, ¿cuándo cambio de talla?",
            Routine,
        ),
    ]);
}
