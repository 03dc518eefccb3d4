//! Tests for a wound or stitches come apart (`stitches_pulled_apart.rs`), in other words than
//! batch 120, with hard negatives (stitches taken out, a closed scar, a torn seam).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// Stitches or a wound come apart: the same day [MTS], even when it does not bleed.
#[test]
fn a_wound_come_apart_is_the_same_day() {
    check(&[
        (
            "the cut on my finger has come apart again, not bleeding",
            Urgent,
        ),
        (
            "the wound from my op has split open a bit at the bottom",
            Urgent,
        ),
        ("se me han soltado los puntos de la mano", Urgent),
        ("die Naht am Bauch ist aufgegangen", Urgent),
        ("mi sono saltati i punti della ferita", Urgent),
        ("os pontos da cesárea soltaram", Urgent),
        ("de hechtingen zijn losgeschoten", Urgent),
    ]);
}

/// Hard negatives: stitches out as planned, a scar closed, a seam of clothing.
#[test]
fn stitches_out_as_planned_are_not() {
    check(&[
        (
            "stitches came out at the nurse on friday, all closed and healing",
            Routine,
        ),
        (
            "the seam of my coat has come apart, sorry wrong chat",
            Routine,
        ),
    ]);
}
