//! Tests for `red_flags_in_one_line.rs`, in other words than the batch, with hard negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine, Urgent};

/// Tablets made ready, and the wish to end it told of someone else [MHF, NG225].
#[test]
fn means_made_ready_and_a_wish_to_end_it_are_emergencies() {
    check(&[
        (
            "honestly got all my tablets lined up on the table",
            Emergency,
        ),
        ("my brother keeps talking about ending it", Emergency),
        ("she wants to end it and has her mums tablets", Emergency),
    ]);
}

/// A scald told by what was spilt, a fall from a top bunk and then sleepiness,
/// a baby's age without "old", a cord felt after the waters, heavy bleeding told as "tons".
#[test]
fn one_line_red_flags_in_a_child_a_birth_and_a_bleed() {
    check(&[
        ("toddler tipped the kettle over, on his legs", Emergency),
        (
            "my boy fell out of the top bunk in the night, now so sleepy he keeps nodding off",
            Emergency,
        ),
        ("he is 7 weeks and so floppy", Emergency),
        (
            "waters went an hour ago, i felt something down there",
            Emergency,
        ),
        (
            "ever since bub was born shes been seeing things that arent there",
            Emergency,
        ),
        ("cut my hand on glass, bleeding tons, feel faint", Emergency),
    ]);
}

/// Hard negatives: tablets set up or lined up with the pharmacy, a pregnancy month, an ache
/// since the birth.
#[test]
fn look_alikes_of_one_line_red_flags_stay_lower() {
    check(&[
        (
            "can I get my repeat tablets set up for the pharmacy",
            Routine,
        ),
        (
            "lined up a physio slot and my repeat tablets for next week",
            Routine,
        ),
        (
            "she is 7 months pregnant, can we book the glucose test",
            Routine,
        ),
        (
            "since the baby came I've had a bit of back ache, can I book a physio",
            Routine,
        ),
    ]);
    check(&[(
        "my son fell off the trampoline, bumped his head, he is fine and playing",
        Urgent,
    )]);
}
