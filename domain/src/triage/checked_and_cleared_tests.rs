//! Tests for `scope/checked_and_cleared.rs`: an emergency sign on an earlier day that a
//! clinician or a test has since cleared, with nothing going on, is history; in other words
//! than the corpus, both ways (a sign now after an old all-clear stays an emergency, and a
//! "was fine yesterday" with no clinician is no check).

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine};

/// A past chest pain or faint, checked and cleared, asked about for a letter or a follow-up.
#[test]
fn a_past_event_checked_and_cleared_is_routine() {
    check(&[
        (
            "I was admitted in May with chest pain (it turned out to be reflux, all tests clear). Can you send the discharge letter?",
            Routine,
        ),
        (
            "Last month my chest felt tight once, the doctor did an ECG and it was normal. When is my follow-up?",
            Routine,
        ),
        (
            "Letzten Monat Brustschmerzen, der Hausarzt hat ein EKG gemacht, alles unauffällig. Ich brauche nur die Überweisung.",
            Routine,
        ),
        (
            "mon père a fait un malaise samedi, le médecin est passé et tout va bien. Faut-il prévenir son cardiologue ?",
            Routine,
        ),
    ]);
}

/// Hard negatives: a sign now after an old all-clear, a state with no clinician.
#[test]
fn a_sign_now_or_a_state_without_a_check_stays_an_emergency() {
    check(&[
        (
            "chest pain 3 weeks ago, ECG normal, but since this morning it's crushing",
            Emergency,
        ),
        (
            "last month the GP said my chest pain was fine, now I have chest pain and I'm sweating",
            Emergency,
        ),
        (
            "my baby isn't waking for feeds and is floppy, yesterday he was fine",
            Emergency,
        ),
    ]);
}
