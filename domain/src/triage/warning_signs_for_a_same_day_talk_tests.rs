//! Tests for same-day warning signs in lay words (`warning_signs_for_a_same_day_talk.rs`),
//! in other words than batch 111, with hard negatives (a doctor who would not prescribe, a
//! bus home after a blood test, a month off alcohol planned).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A controlling partner, fear of going home, voices back, a wish not to live denied as a
/// plan, scratching with something sharp, the second day off alcohol with the shakes
/// [MHF, NG225, CG100].
#[test]
fn warning_signs_without_a_plan_are_a_same_day_talk() {
    check(&[
        (
            "my girlfriend wont let me see my family and takes my wages, can someone call me",
            Urgent,
        ),
        (
            "since i stopped the injections the voices came back at night",
            Urgent,
        ),
        (
            "she keeps saying shes not wanting to live anymore, no plan she says",
            Urgent,
        ),
        (
            "my daughter has been scratching her wrists with scissors",
            Urgent,
        ),
        (
            "day 3 of no booze and im sweating buckets and shaking",
            Urgent,
        ),
    ]);
}

/// The same words about ordinary things.
#[test]
fn the_same_words_about_ordinary_things_are_routine() {
    check(&[
        (
            "the doctor wont let me have antibiotics for my cold, can i get a second opinion",
            Routine,
        ),
        (
            "is it safe going home on the bus after my blood test",
            Routine,
        ),
        (
            "planning a month of no alcohol from january, any leaflets",
            Routine,
        ),
    ]);
}
