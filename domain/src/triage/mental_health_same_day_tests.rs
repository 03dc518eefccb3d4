//! Tests for `mental_health_same_day.rs`, in other words than blind batch 99, with hard
//! negatives (idioms of boredom, a leaflet's side effects, "what's the point of booking",
//! a dosette box, speed cameras).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn a_wish_to_be_gone_without_a_plan_is_a_same_day_talk() {
    check(&[
        ("my brother keeps saying everyone would be better without him, he says he'd never act on it", Urgent),
        ("since the divorce I keep thinking I shouldn't be alive, I'm safe though", Urgent),
        ("ma soeur ne voit pas comment s'en sortir depuis son licenciement", Urgent),
        ("Mein Vater sieht keinen Ausweg mehr seit Mamas Tod", Urgent),
        // Hard negatives: the idioms.
        ("what's the point of booking if you never have slots? can I get one next week", Routine),
        ("I'll die of embarrassment if the nurse sees my feet lol, can I book a chiropody slot", Routine),
    ]);
}

#[test]
fn not_coping_now_is_a_same_day_talk() {
    check(&[
        (
            "I've been crying all day since the funeral and can't get out of bed",
            Urgent,
        ),
        (
            "tengo miedo de volverme loca, no duermo desde hace días",
            Urgent,
        ),
        (
            "j'ai peur de devenir folle, je n'arrive plus à penser",
            Urgent,
        ),
        // Hard negative: crying at a film.
        (
            "the baby was crying all night with colic, any tips for wind?",
            Routine,
        ),
    ]);
}

#[test]
fn a_psychosis_coming_back_is_a_same_day_look() {
    check(&[
        (
            "my wife is getting paranoid again, her depot is three weeks late",
            Urgent,
        ),
        (
            "mi hermano dice que le vigilan por el movil y no duerme",
            Urgent,
        ),
        (
            "Ich höre wieder Stimmen seit ich die Tabletten vergessen habe",
            Urgent,
        ),
        // Hard negative: a speed camera watching the road.
        (
            "got a letter from a speed camera, do you do medicals for drivers?",
            Routine,
        ),
    ]);
}

#[test]
fn stopping_a_long_used_sedative_with_shaking_is_a_same_day_call() {
    check(&[
        (
            "my mum has been on lorazepam for years and now she is shaking badly",
            Urgent,
        ),
        (
            "il veut arrêter les anxiolytiques d'un coup, il tremble et transpire",
            Urgent,
        ),
        // Hard negative: a repeat prescription.
        (
            "I've been on diazepam for years, can I get my repeat sent to boots?",
            Routine,
        ),
    ]);
}

#[test]
fn a_child_given_a_stimulant_twice_is_a_same_day_call() {
    check(&[
        (
            "my 7 year old took her ritalin twice by mistake, she's very jumpy",
            Urgent,
        ),
        (
            "mein Sohn hat Medikinet zweimal genommen und ist ganz zappelig",
            Urgent,
        ),
        // Hard negative: a dose asked about in advance.
        (
            "what should I do if he ever takes his ritalin twice by mistake?",
            Routine,
        ),
    ]);
}
