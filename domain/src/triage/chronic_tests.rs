//! Tests for session 15c (TRIAGE.md): readings of people with chronic conditions, scoped
//! like findings, and the rules for them, in other words than batch 82, with hard
//! negatives (a past reading, a relative's, a "what if", a usual value, a recheck).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_reading_now_counts_and_a_past_or_hypothetical_one_does_not() {
    check(&[
        ("my glucose is 2.3 and I'm trembling", Emergency),
        (
            "oxygen reading 87 on the clip, grandma with copd is very sleepy",
            Emergency,
        ),
        // Dated back, or a relative's history, or a "what if".
        (
            "glucose was 2.6 two weeks ago after the gym, fine ever since. can I change my basal?",
            Routine,
        ),
        (
            "my brother had sats of 85 years ago with covid, is that genetic?",
            Routine,
        ),
        (
            "if my sugar ever went to 2.5 what should my wife do?",
            Routine,
        ),
        (
            "el azúcar me dio 2,7 la semana pasada, desde entonces bien. ¿cambio la dosis?",
            Routine,
        ),
    ]);
}

#[test]
fn a_usual_value_is_no_reading_and_a_recheck_replaces_a_misreading() {
    check(&[
        ("oxygen 89 - that's my usual with the emphysema. need my inhaler repeat", Routine),
        ("Sauerstoff normalerweise 89, jetzt 84 und ich bin ganz schwach", Emergency),
        ("oximeter showed 90 while I was outside in the cold, rechecked indoors and it reads 97. all fine", Routine),
        ("sensor reads 2.9, rechecked with a finger prick 6.4, no symptoms. is my sensor broken?", Routine),
    ]);
}

#[test]
fn very_high_pressure_with_signs_of_harm() {
    check(&[
        (
            "bp 210/125 and my vision has gone blurry with a thumping headache",
            Emergency,
        ),
        (
            "tension 195/125, mal de tête terrible et je vois flou",
            Emergency,
        ),
        ("bp 185/121 on the home machine", Urgent),
        (
            "bp was 200/120 at the dentist a month ago, GP says fine now. any follow-up?",
            Routine,
        ),
    ]);
}

#[test]
fn slow_and_fast_hearts() {
    check(&[
        (
            "pulse is 36 and I nearly blacked out on the stairs",
            Emergency,
        ),
        (
            "heart rate 38 on the machine, I'm on bisoprolol, feel ok",
            Urgent,
        ),
        ("resting pulse 124 for two hours, no pain", Urgent),
        ("pulse 128 straight after running, back to 70 now", Routine),
    ]);
}

#[test]
fn blood_results_from_the_lab() {
    check(&[
        ("the lab phoned, potassium 6.9, what do I do", Emergency),
        ("potassium came back 6.2, they want a repeat", Urgent),
        (
            "kidney bloods: creatinine went from 120 to 260 in a week",
            Urgent,
        ),
        (
            "creatinine 95 and eGFR 70 on my results, is that ok?",
            Routine,
        ),
    ]);
}

#[test]
fn dialysis_and_heart_failure() {
    check(&[
        (
            "my dad is on haemodialysis, skipped yesterday's session, weak all over now",
            Emergency,
        ),
        (
            "on dialysis and I missed a session yesterday, feel ok",
            Urgent,
        ),
        ("missed my physio session, can I rebook?", Routine),
        (
            "heart failure, up 2.5 kg since yesterday, ankles bigger",
            Urgent,
        ),
        (
            "weight up 3 kg in 2 days and I can only sleep propped up in a chair",
            Emergency,
        ),
        (
            "coughing pink froth and can't breathe lying down",
            Emergency,
        ),
        (
            "heart failure clinic: 2 kg up over a month, fine otherwise, when's my review?",
            Routine,
        ),
    ]);
}

#[test]
fn inr_and_blood_thinners() {
    check(&[
        (
            "INR 6.4 today and my gums have been bleeding heavily for an hour",
            Emergency,
        ),
        ("INR 4.6 and a nosebleed earlier that stopped", Urgent),
        (
            "INR 1.3, I have a metal valve and forgot my warfarin for days",
            Urgent,
        ),
        (
            "my aunt had an INR of 9 last year, is that dangerous?",
            Routine,
        ),
    ]);
}

#[test]
fn addisons_and_chemotherapy() {
    check(&[
        (
            "addison's, been sick three times and now I'm very drowsy",
            Emergency,
        ),
        ("Addison's, have a fever of 38 today", Urgent),
        (
            "addison's: how many tablets should I pack for a week away?",
            Routine,
        ),
        (
            "neutropenic after my last cycle, 38.9 and shivering a lot",
            Emergency,
        ),
    ]);
}

#[test]
fn words_that_only_look_like_symptoms() {
    check(&[
        (
            "the new dosing chart confuses me, can someone explain it",
            Routine,
        ),
        ("fit free for two years, can I stop the tablets?", Routine),
        ("am I being paranoid? my pulse is 72", Routine),
    ]);
}
