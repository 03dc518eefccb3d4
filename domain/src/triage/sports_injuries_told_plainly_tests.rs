//! Tests for sports and street injuries told plainly (`sports_injuries_told_plainly.rs`),
//! in other words than batch 125, with hard negatives (a clicking knee, a dislocation of
//! years ago, a fork at dinner).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A joint out, a deformed wrist, a knee giving way: a same-day look.
#[test]
fn a_dislocation_a_deformity_or_a_knee_giving_way_is_urgent() {
    check(&[
        ("my finger popped out at volleyball, it looks wrong", Urgent),
        (
            "fell off my skateboard, wrist looks like a dinner fork",
            Urgent,
        ),
        (
            "twisted it at squash and my knee keeps giving way on the stairs",
            Urgent,
        ),
    ]);
}

/// A knee that clicks, a dislocation years ago, a fork at dinner: not these signs.
#[test]
fn a_click_a_past_dislocation_or_a_fork_is_not() {
    check(&[
        ("my knee clicks on stairs, no pain, is that ok", Routine),
        (
            "can i book a dinner slot for the staff party, fork and knife provided?",
            Routine,
        ),
    ]);
}
