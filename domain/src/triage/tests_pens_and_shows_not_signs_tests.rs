//! Tests for `tests_pens_and_shows_not_signs.rs`: a character's stroke, an adrenaline pen
//! to renew and a covid test stay routine; a stroke told beside a film does not.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine, Urgent};

/// A character in a show, a pen that expires, a covid test that came back positive.
#[test]
fn shows_pens_and_other_tests_are_not_signs() {
    check(&[
        (
            "dans la série le personnage fait un AVC, c'est réaliste?",
            Routine,
        ),
        (
            "im Film bekam die Hauptfigur einen Herzinfarkt, kann Stress das auslösen?",
            Routine,
        ),
        (
            "mon stylo d'adrénaline est périmé, besoin d'une nouvelle ordonnance",
            Routine,
        ),
        ("necesito receta para mi pluma de adrenalina", Routine),
        (
            "Corona positiv getestet, brauche eine Krankmeldung",
            Routine,
        ),
    ]);
}

/// What these must not hide: a stroke while watching a film, dizziness after a covid test
/// (still a sign), an EpiPen given.
#[test]
fn real_signs_beside_shows_and_tests_still_count() {
    check(&[
        (
            "on regardait un film et mon mari a fait un AVC, bouche tordue",
            Emergency,
        ),
        (
            "positiv auf Corona getestet, Kopfschmerzen und schwindelig",
            Urgent,
        ),
        (
            "we used her epipen after the peanut, she's ok now",
            Emergency,
        ),
    ]);
}
