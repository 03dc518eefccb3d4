//! Tests for faintness with a bleed read as shock [BLEED]: a swelling after any operation
//! with faintness (a bleed under the skin, the row of session 17f), and a bleed with
//! lightheadedness (an older row). In other words than the corpus, with hard
//! negatives (faint on its own, faint last week, a swelling without faintness).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Faint or lightheaded with a bleed, or with a swelling after an operation.
#[test]
fn faintness_with_a_bleed_or_a_swelling_after_an_operation_is_an_emergency() {
    check(&[
        (
            "hernia op on friday, the wound is swelling and I keep going dizzy",
            Emergency,
        ),
        (
            "the cut on my hand keeps bleeding and I'm going lightheaded",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a swelling after an operation with no faintness stays a same-day look;
/// dizziness that was last week; a bleed that stopped.
#[test]
fn a_swelling_alone_or_a_past_faint_is_not() {
    check(&[
        (
            "had my tummy tuck on monday and the left side is swelling up",
            Urgent,
        ),
        (
            "felt dizzy last week but that's long gone, just want my repeat prescription",
            Routine,
        ),
    ]);
}
