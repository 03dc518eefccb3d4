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
