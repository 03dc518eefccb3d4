//! Tests for sports and street injuries told plainly (`sports_injuries_told_plainly.rs`),
//! in other words than batch 125, with hard negatives (a clicking knee, a dislocation of
//! years ago, a fork at dinner).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A landing on the neck or the head with limbs that cannot be felt: a neck injury [HI].
#[test]
fn a_neck_landing_with_numb_limbs_is_an_emergency() {
    check(&[
        (
            "fell off the trampoline and landed on my neck, now i cant feel my hands",
            Emergency,
        ),
        (
            "se cayó de cabeza en la piscina y no siente las piernas",
            Emergency,
        ),
        (
            "er ist auf den Nacken gefallen und spürt seine Beine nicht",
            Emergency,
        ),
    ]);
}

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
        ("mi si è lussata la spalla a pallavolo", Urgent),
        ("mijn knieschijf schoot uit de kom bij het voetbal", Urgent),
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
