//! Tests for `urine_retention_with_a_swollen_belly.rs`, in other words than the corpus,
//! with hard negatives (a baby who wees less with a cold, bloating with normal weeing).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn no_urine_with_a_swollen_lower_belly_is_retention() {
    check(&[
        (
            "mio marito nn fa pipi da stamattina, la pancia è gonfia e dura",
            Emergency,
        ),
        (
            "Vater kriegt seit heute früh kein Pipi raus, der Bauch ist ganz prall",
            Emergency,
        ),
        // Alone, a same-day look; bloating after a meal with normal weeing is routine.
        (
            "il bambino non fa pipi da stamattina, ha il raffreddore",
            Urgent,
        ),
        (
            "mein Bauch ist nach dem Essen immer so dick, sonst alles normal",
            Routine,
        ),
    ]);
}

// Session 22e: a fever after an operation with no urine since yesterday is sepsis [NG51];
// no urine alone stays urgent, a fever with normal urine after an operation stays urgent.
#[test]
fn a_fever_after_an_operation_with_no_urine_is_an_emergency() {
    check(&[
        (
            "operada da vesícula há 5 dias, febre 38.8 e não fiz xixi desde ontem à noite",
            Emergency,
        ),
        (
            "operato al ginocchio una settimana fa, febbre a 39 e non ho fatto pipi da stamattina",
            Emergency,
        ),
        (
            "geopereerd vorige week, nu koorts 39 en niet meer geplast sinds gisteren",
            Emergency,
        ),
    ]);
}

#[test]
fn a_fever_after_an_operation_with_urine_or_no_urine_alone_stays_urgent() {
    check(&[
        (
            "operada há 5 dias, febre 38.2 desde ontem, xixi normal",
            Urgent,
        ),
        ("não fiz xixi desde ontem à noite, bebi pouco", Urgent),
    ]);
}
