//! Tests for `emergency_words_for_things.rs`, in other words than batch 115, with the
//! emergencies these must not hide (a real overdose, a person collapsed on a sofa, a heart
//! attack now after a film).

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine};

/// An overdose of a treat, a collapsed chair or website, a heart attack on television.
#[test]
fn an_emergency_word_said_of_a_thing_is_no_sign() {
    check(&[
        ("bit of an overdose of chocolate over Easter, can I book a cholesterol check?", Routine),
        ("Eine Überdosis Weihnachtsplätzchen, darf ich trotzdem zur Blutabnahme?", Routine),
        ("the chair in room 3 has collapsed, just so you know", Routine),
        ("jullie website is ingestort, hoe maak ik een afspraak?", Routine),
        ("In der Serie hatte die Oma einen Schlaganfall, meine Tochter fragt nun viel. Haben Sie ein Kinderbuch dazu?", Routine),
        ("the kids' screaming is giving me a heart attack lol, any parenting classes?", Routine),
    ]);
}

/// The emergencies these must not hide.
#[test]
fn a_real_overdose_or_collapse_stays_an_emergency() {
    check(&[
        (
            "she took an overdose of her sleeping tablets an hour ago",
            Emergency,
        ),
        ("my dad collapsed on the sofa and won't wake up", Emergency),
        (
            "Opa ist auf dem Sofa zusammengebrochen und reagiert nicht",
            Emergency,
        ),
        (
            "watching a film and suddenly crushing chest pain down my arm",
            Emergency,
        ),
    ]);
}
