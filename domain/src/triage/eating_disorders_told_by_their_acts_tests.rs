//! Tests for an eating disorder told by its acts (`eating_disorders_told_by_their_acts.rs`),
//! in other words than batch 125, with hard negatives (a stomach bug, a diet question,
//! recovery told as past).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Purging or starving with a near-faint and a heart out of rhythm: electrolytes or a
/// slowed heart [MTS, consensus].
#[test]
fn purging_with_a_faint_and_palpitations_is_an_emergency() {
    check(&[
        (
            "ive been making myself throw up after every meal, heart is skipping and i almost fainted in the shower",
            Emergency,
        ),
        (
            "je me fais vomir depuis une semaine, palpitations et j'ai failli m'évanouir",
            Emergency,
        ),
    ]);
}

/// The same acts with dizziness, weakness or a slow pulse: the same day.
#[test]
fn purging_or_a_slow_heart_when_underweight_is_urgent() {
    check(&[
        (
            "making myself sick most days and feel dizzy all the time",
            Urgent,
        ),
        ("i am underweight and my pulse was 44 this morning", Urgent),
        (
            "mi faccio vomitare dopo cena da settimane, mi gira la testa",
            Urgent,
        ),
        (
            "ik laat mezelf overgeven na het eten en ik ben zo duizelig",
            Urgent,
        ),
    ]);
}

/// A bug, a diet question, a past disorder: not these signs.
#[test]
fn a_bug_or_a_diet_question_is_not() {
    check(&[
        (
            "is it bad to eat 1200 calories a day, trying to lose a bit for summer",
            Routine,
        ),
        (
            "had anorexia as a teen, fully recovered for years, need a form for the gym",
            Routine,
        ),
    ]);
}
