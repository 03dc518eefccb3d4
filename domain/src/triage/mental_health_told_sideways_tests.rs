//! Tests for mental health told sideways (`mental_health_told_sideways.rs`), in other words
//! than batch 125, with the messages the not-a-sign patterns must not hide.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Others better off without the person, no plan: a same-day talk [NG225, MHF].
#[test]
fn others_better_off_without_me_is_urgent() {
    check(&[
        (
            "honestly my family would be better off if i wasnt around, i wont do anything",
            Urgent,
        ),
        (
            "creo que todos estarían mejor sin mí, no tengo plan",
            Urgent,
        ),
    ]);
}

/// Healed scars and a chore joke: routine.
#[test]
fn old_scars_and_chore_jokes_are_not_a_risk() {
    check(&[
        (
            "can laser fade old self harm scars on my legs, they're from school",
            Routine,
        ),
        (
            "tengo cicatrices de autolesiones antiguas, ¿hacéis láser?",
            Routine,
        ),
        (
            "i will kms if one more lecture gets moved to 9am lol, when is the nurse free",
            Routine,
        ),
    ]);
}

/// The same words with a risk now still read.
#[test]
fn a_risk_now_still_reads_beside_them() {
    check(&[
        (
            "i started cutting again tonight over my old self harm scars and it wont stop bleeding",
            Emergency,
        ),
        ("i want to kill myself, i have the pills here", Emergency),
    ]);
}
