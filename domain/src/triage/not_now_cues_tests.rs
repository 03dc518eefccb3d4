//! Tests for `not_now_cues.rs` and the condition that keeps its "again" (session 16d):
//! each cue in other words than blind batches 86 and 88, with the current report kept
//! current.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn childhood_is_the_past() {
    check(&[
        ("tive asma em pequeno, hoje posso fazer mergulho?", Routine),
        (
            "ho avuto le convulsioni da piccola, ora posso guidare?",
            Routine,
        ),
        (
            "toen ik klein was had ik epilepsie, moet ik dat melden?",
            Routine,
        ),
        (
            "when i was a kid i had a seizure, does that matter for my licence",
            Routine,
        ),
        (
            "tive uma convulsão com febre em pequena e nunca mais tive, posso conduzir?",
            Routine,
        ),
        (
            "sono svenuta una volta al mare mai più successo, serve un esame?",
            Routine,
        ),
        // A child's event told now stays current.
        (
            "mijn kind heeft nu een aanval en blijft schokken",
            Emergency,
        ),
    ]);
}

#[test]
fn a_month_gone_by_dates_the_event() {
    check(&[
        (
            "I had a mini stroke last October, all fine, can I get my review",
            Routine,
        ),
        (
            "had a seizure back in february, none since, booking my check",
            Routine,
        ),
        (
            "il dolore al petto l'ho avuto a febbraio, poi più niente, vorrei un controllo",
            Routine,
        ),
        // The same words with a time within the day are current.
        (
            "my face started drooping this morning, I had a stroke last october",
            Emergency,
        ),
    ]);
}

#[test]
fn a_dream_is_not_an_event() {
    check(&[
        (
            "I dreamed my baby stopped breathing, can't shake it, can I talk to the health visitor",
            Routine,
        ),
        (
            "ho sognato di avere un infarto, ahah. posso prenotare un controllo?",
            Routine,
        ),
        // An intent denied is not intent ("non ho intenzione di farmi del male").
        (
            "penso che sarebbe meglio non esserci, non ho intenzione di farmi del male, vorrei parlarne oggi",
            Urgent,
        ),
        // A dream and then a real symptom: the symptom counts.
        (
            "woke from a bad dream and now my chest is crushing and my arm is numb",
            Emergency,
        ),
    ]);
}

#[test]
fn a_condition_about_a_relapse_stays_a_condition() {
    check(&[
        (
            "If she gets a febrile fit again what should we do?",
            Routine,
        ),
        (
            "als hij weer koorts krijgt, mag ik dan paracetamol geven?",
            Routine,
        ),
        ("se al bambino torna la febbre alta cosa gli do?", Routine),
        // "Again" in a report is a relapse now.
        (
            "not sure what to do, he is having a fit again and it won't stop",
            Emergency,
        ),
        ("the bleeding has started again and won't stop", Emergency),
    ]);
}

#[test]
fn blood_tests_and_services_are_not_symptoms() {
    check(&[
        (
            "ik moet nog bloed laten afnemen voor de cholesterol",
            Routine,
        ),
        ("les prises de sang c'est à jeun?", Routine),
        (
            "can I book in with the stroke nurse for my annual check",
            Routine,
        ),
        // Blood told as bleeding stays bleeding.
        ("er komt bloed uit mijn oor na de val", Urgent),
    ]);
}

#[test]
fn a_colour_change_is_not_a_symptom_gone() {
    check(&[
        (
            "it burns when I wee and it's gone cloudy and smelly, I'm 24 weeks pregnant",
            Urgent,
        ),
        (
            "the cut has gone red and hot and the redness is spreading",
            Urgent,
        ),
    ]);
}
