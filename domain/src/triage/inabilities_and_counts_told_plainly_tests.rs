//! Tests for `inabilities_and_counts_told_plainly.rs`, in other words than any batch,
//! with hard negatives (a knee that has stopped the stairs for years, a fast before a
//! blood test, a sentence in a letter, a nappy count that is fine).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_task_managed_before_and_not_now_is_a_same_day_look() {
    check(&[
        (
            "this week I can't climb the stairs without stopping for breath, that's new for me",
            Urgent,
        ),
        (
            "Mum had to sit down halfway to the bathroom this morning, she's never done that",
            Urgent,
        ),
        (
            "desde el lunes no puede subir la escalera sin pararse, antes subía bien",
            Urgent,
        ),
        (
            "ma mère n'arrive plus à monter les marches sans s'arrêter",
            Urgent,
        ),
        (
            "mein Mann schafft die Treppe seit gestern nicht mehr ohne Pause",
            Urgent,
        ),
        (
            "da due giorni mio padre deve fermarsi a metà delle scale",
            Urgent,
        ),
        (
            "a minha avó não consegue subir a escada sem parar desde ontem",
            Urgent,
        ),
        (
            "mijn vader komt de trap niet meer op zonder te rusten",
            Urgent,
        ),
        // With chest pain it is an emergency.
        (
            "had to stop halfway up the stairs, chest feels tight and heavy",
            Emergency,
        ),
    ]);
}

#[test]
fn a_task_stopped_long_ago_by_a_joint_is_not() {
    check(&[
        ("I can't do stairs since my knee replacement in 2019, can we talk about a stairlift form", Routine),
        ("the lift is broken, can I have a ground floor room for my appointment", Routine),
    ]);
}

#[test]
fn a_sentence_not_finished_for_breath_is_an_emergency() {
    check(&[
        (
            "on the phone just now I couldn't finish a sentence without gasping",
            Emergency,
        ),
        ("não consigo acabar as frases, fico sem ar", Emergency),
        (
            "no pude terminar la frase al hablar con mi hija, me faltaba el aire",
            Emergency,
        ),
        // A sentence in a letter is no breathlessness.
        (
            "the letter from the hospital has a sentence I can't understand, can someone explain",
            Routine,
        ),
    ]);
}

#[test]
fn an_arm_that_will_not_lift_on_one_side_is_an_emergency() {
    check(&[
        (
            "sinds vanmiddag kan mijn moeder haar linkerarm niet optillen",
            Emergency,
        ),
        ("er kann seit heute den linken Arm nicht heben", Emergency),
    ]);
}

#[test]
fn hours_without_urine_count() {
    check(&[
        ("he hasn't passed urine for 20 hours now", Emergency),
        ("mi madre no ha hecho pis desde hace 19 horas", Emergency),
        ("mijn opa heeft al 20 uur niet geplast", Emergency),
        ("mi hijo no hace pis desde hace 13 horas", Urgent),
        ("il nonno non fa pipì da 13 ore", Urgent),
        // A nappy count that is fine.
        (
            "baby had 6 wet nappies today, all good, booking her jabs",
            Routine,
        ),
    ]);
}

#[test]
fn a_young_baby_who_has_not_fed_for_hours_is_an_emergency() {
    check(&[
        (
            "our 3 week old has missed two feeds and is sleepy",
            Emergency,
        ),
        (
            "mon bébé de 4 semaines n'a rien bu depuis 7 heures",
            Emergency,
        ),
        (
            "unser Baby, 5 Wochen alt, hat seit 7 Stunden nichts getrunken",
            Emergency,
        ),
        (
            "mijn baby van 6 weken heeft al 7 uur niet gedronken",
            Emergency,
        ),
        ("la mia bimba di 5 settimane non poppa da 7 ore", Emergency),
        // A fast before a blood test.
        (
            "I haven't eaten for 12 hours for my fasting blood test, can I drink water",
            Routine,
        ),
    ]);
}
