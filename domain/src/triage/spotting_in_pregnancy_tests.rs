//! Tests for spotting in pregnancy (`spotting_in_pregnancy.rs`), in other words than the
//! corpus, with hard negatives (spotting on the pill, no pregnancy named, spotting a
//! clinician already checked).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// Brown or pink spotting in pregnancy is a same-day look [NG126, GTG63].
#[test]
fn spotting_in_pregnancy_is_a_same_day_look() {
    check(&[
        (
            "pregnant 10 weeks, noticed pink spotting on the tissue this morning",
            Urgent,
        ),
        (
            "zwanger van 8 weken en wat roze bloedverlies vandaag",
            Urgent,
        ),
        (
            "embarazada de 6 semanas, sangrado marron desde ayer",
            Urgent,
        ),
        ("enceinte de 9 semaines, des pertes brunes ce matin", Urgent),
        (
            "schwanger in der 7. Woche, seit gestern Schmierblutung",
            Urgent,
        ),
        (
            "incinta di 9 settimane, perdite marroni da stamattina",
            Urgent,
        ),
    ]);
}

/// Spotting with no pregnancy, or already checked, stays routine.
#[test]
fn spotting_without_a_pregnancy_or_checked_stays_routine() {
    check(&[
        (
            "brown spotting between periods on the pill, is it normal",
            Routine,
        ),
        ("some pink discharge after my smear test yesterday", Routine),
        (
            "zwanger, vorige week bruin bloedverlies, echo gedaan en alles goed",
            Routine,
        ),
    ]);
}
