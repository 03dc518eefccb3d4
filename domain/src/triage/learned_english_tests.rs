//! Tests for English learned as an adult (session 13b in TRIAGE.md): the concepts of
//! `learned_english.rs`, each in other words than blind batch 67, with hard negatives
//! (idioms, the past, someone else's history).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn slurred_speech_told_as_drunk_speech_and_a_face_gone_down_are_stroke() {
    check(&[
        ("my uncle voice is like drunk man since one hour", Emergency),
        (
            "grandma is talking like she drank, but she never drinks",
            Emergency,
        ),
        (
            "his words like drunken and the arm no moving good",
            Emergency,
        ),
        ("mama face is going down on one side since lunch", Emergency),
        (
            "my wife smile fell to one side, she cannot hold cup",
            Emergency,
        ),
        (
            "the right side of his body is numb from 20 minutes",
            Emergency,
        ),
        (
            "body left side heavy and weak, started this morning",
            Emergency,
        ),
        // Drinking named as drinking is not a speech sign.
        (
            "I drink alcohol at weekends, can I take the antibiotic?",
            Routine,
        ),
        ("my face went red after the peel, is it normal?", Routine),
    ]);
}

#[test]
fn eyes_rolled_up_with_shaking_is_a_fit() {
    check(&[
        (
            "baby is jerking and his eyes rolled up, not answering",
            Emergency,
        ),
        (
            "she fell down, eyes turned upwards and her arms shaking",
            Emergency,
        ),
        // The teenager's eye-roll is not a fit.
        (
            "my son rolled his eyes at me when I said dentist, ha. Book him Friday?",
            Routine,
        ),
    ]);
}

#[test]
fn a_means_of_hanging_or_a_goodbye_with_a_means_is_an_emergency() {
    check(&[
        (
            "my brother wrote goodbye letter to everyone and is not answering phone",
            Emergency,
        ),
        (
            "she is in garage with rope and says she wants to hang",
            Emergency,
        ),
        (
            "he sent me goodbye and now he has pills in his hand",
            Emergency,
        ),
        // A rope for sport is not.
        (
            "can I go rope climbing at the gym 2 weeks after my knee scope?",
            Routine,
        ),
    ]);
}

#[test]
fn wanting_to_disappear_and_cutting_are_a_same_day_look() {
    check(&[
        (
            "my sister she wish to vanish, she is crying every day",
            Urgent,
        ),
        (
            "my boy is doing cuts on his legs with the razor, small ones",
            Urgent,
        ),
        ("I want to sleep forever, everything is too much", Urgent),
    ]);
}

#[test]
fn shoulder_top_pain_or_near_fainting_in_early_pregnancy_is_an_emergency() {
    check(&[
        (
            "6 weeks pregnant, pain low on left and on tip of my shoulder",
            Emergency,
        ),
        (
            "pregnant, cramps one side and I nearly faint in kitchen",
            Emergency,
        ),
        (
            "I am pregnant and nearly passing out when I stand",
            Emergency,
        ),
        // Not pregnant, an old shoulder is routine.
        (
            "pain on top of my shoulder from tennis since months, need physio",
            Routine,
        ),
    ]);
}

#[test]
fn a_belly_hard_as_a_board_with_pain_is_peritonitis() {
    check(&[
        (
            "stomach pain very strong and stomach hard like a board, I have fever",
            Emergency,
        ),
        (
            "tummy is stiff like stone and pain getting worse since morning",
            Emergency,
        ),
    ]);
}

#[test]
fn pain_more_than_it_looks_with_infection_is_necrotising() {
    check(&[
        (
            "the cut looks small but it hurts more than it looks, red spreading and hot, fever",
            Emergency,
        ),
        (
            "pain much stronger than the skin look, swelling and infection in leg",
            Emergency,
        ),
    ]);
}

#[test]
fn double_vision_after_filler_is_an_emergency() {
    check(&[
        ("after filler in forehead I am seeing double", Emergency),
        (
            "had filler at the nose today, now I see two of everything",
            Emergency,
        ),
        (
            "I see double when I am very tired, need an eye test appointment",
            Urgent,
        ),
    ]);
}

#[test]
fn a_hot_baby_under_three_months_is_an_emergency() {
    check(&[
        ("baby is burning hot, he is 7 weeks", Emergency),
        (
            "my daughter feels very hot and she is 2 months only",
            Emergency,
        ),
        ("the newborn is too hot and sleepy", Emergency),
        // An older child hot to touch is a same-day look at most.
        ("my son is very hot and coughing, he is 6 years", Urgent),
    ]);
}

#[test]
fn a_critical_medicine_finished_or_its_pump_broken_is_a_same_day_problem() {
    check(&[
        (
            "finished my keppra yesterday and the chemist is closed",
            Urgent,
        ),
        ("no insulin for tonight, my pen is broke", Urgent),
        ("I finish all my fits tablets, no more for tomorrow", Urgent),
        ("insulin pump stopped working and no spare", Urgent),
        // An ordinary repeat prescription stays routine.
        (
            "I finish my vitamin D next week, can you send new prescription",
            Routine,
        ),
    ]);
}

#[test]
fn as_a_small_child_is_history() {
    check(&[
        (
            "I had seizure as little kid, now 30 and nothing, need form for driving licence",
            Routine,
        ),
        (
            "my son had asthma attack as young boy, now fine, only need school form",
            Routine,
        ),
    ]);
}

#[test]
fn hot_and_spreading_redness_is_a_same_day_look() {
    check(&[
        (
            "my leg around the spider bite is red, warm and spreading since this morning",
            Urgent,
        ),
        (
            "the skin near cut getting hot and growing, red line",
            Urgent,
        ),
    ]);
}

#[test]
fn a_breathing_problem_told_as_absent_is_not_one() {
    check(&[
        (
            "fever 39 since two days and cough, no breath problem",
            Urgent,
        ),
        (
            "one calf swollen and hot after the long flight, no problem with breathing",
            Urgent,
        ),
        (
            "sore throat 3 days, no problem to swallow, can I get appointment",
            Routine,
        ),
        // A breathing problem that is there is still an emergency.
        (
            "big breath problem after the bee sting, lips swelling",
            Emergency,
        ),
    ]);
}
