//! Tests for "in the past hour" as now and suppositions told by their words
//! (`hours_and_suppositions.rs`), in other words than batch 102, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// The last hours are now: a sign dated by them is current.
#[test]
fn the_last_hours_date_a_sign_to_now() {
    check(&[
        ("over the past hour the bleeding got heavy, soaking a pad every 20 minutes with big clots and I feel faint", Emergency),
        ("in the past few hours his tummy pain has got really bad and he's been sick", Urgent),
    ]);
}

/// Hard negatives: the past few months are still the past, and "last hour" of a class is
/// not a sign.
#[test]
fn the_past_months_stay_past() {
    check(&[
        ("had a nosebleed in the past few months that stopped by itself, should I mention it at my check-up?", Routine),
        ("can I book the last hour of the day on Friday for my physio?", Routine),
    ]);
}

/// A supposition told by its word is hypothetical: a question, not a sign now.
#[test]
fn a_supposition_is_not_a_sign_now() {
    check(&[
        (
            "angenommen ich bekomme nach der OP Fieber, an wen wende ich mich?",
            Routine,
        ),
        (
            "wat moeten we doen als hij na de operatie koorts krijgt? alvast bedankt",
            Routine,
        ),
        (
            "supposons que j'aie de la fièvre après le vaccin, qui dois-je appeler ?",
            Routine,
        ),
        (
            "supongamos que me sangra la herida el fin de semana, ¿a quién llamo?",
            Routine,
        ),
    ]);
}

/// Hard negative: a sign reported now after the supposition's question stays a sign.
#[test]
fn a_sign_now_after_a_supposition_still_counts() {
    check(&[(
        "wat moet ik doen als ik niet goed kan ademen? ik krijg nu echt geen lucht",
        Emergency,
    )]);
}
