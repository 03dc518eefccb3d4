//! Tests for `same_day_signs_in_one_line.rs`, in other words than the batch, with hard
//! negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Routine, Urgent};

/// Less urine, a blocked catheter, a fishbone, leaking in pregnancy, dark thoughts and
/// voices come back, cuts found on a child, redness spreading round an eye: same day.
#[test]
fn one_line_same_day_signs() {
    check(&[
        (
            "dad weeing much less since yesterday and hardly drinking",
            Urgent,
        ),
        ("husbands catheter bag hasnt drained all afternoon", Urgent),
        (
            "think i swallowed a fish bone at dinner, still feel it",
            Urgent,
        ),
        ("31 weeks, trickling clear discharge all day", Urgent),
        (
            "new tablets and my thoughts are getting darker thoughts",
            Urgent,
        ),
        ("the dark thoughts are back this week", Urgent),
        (
            "his voices are back since he stopped the injections",
            Urgent,
        ),
        (
            "noticed scratches on her wrists, she wont talk about it",
            Urgent,
        ),
        (
            "red swelling spreading around her eye since this morning",
            Urgent,
        ),
        (
            "her asthma is playing up, the puffer works for a bit then she coughs again",
            Urgent,
        ),
    ]);
}

/// Hard negatives: a thought that is not dark, a catheter that drains, a red eye that is
/// not spreading.
#[test]
fn look_alikes_of_one_line_same_day_signs_stay_routine() {
    check(&[
        ("catheter draining fine, need more bags delivered", Routine),
        (
            "can I book a review, thoughts are much better on the new tablets",
            Routine,
        ),
        ("ordered more fish oil, can I add it to my list", Routine),
        (
            "puffer works for a bit after the gym, no asthma, just wondering",
            Routine,
        ),
    ]);
}

/// "Stopped my tablets" dates a sign's return; it does not resolve it (`scope/onset.rs`).
#[test]
fn a_stopped_treatment_is_not_a_sign_that_stopped() {
    check(&[
        ("he stopped his tablets and now the voices are back", Urgent),
        (
            "stopped taking my pills a week ago, hearing voices again",
            Urgent,
        ),
    ]);
    check(&[(
        "the voices stopped after the new injection, all good",
        Routine,
    )]);
}
