//! Tests for `lay_red_flags.rs` (session 15a): each concept in other words than blind
//! batch 79, with hard negatives (past, negated, someone else's, idioms, questions).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn intent_told_about_someone_else() {
    check(&[
        (
            "my daughter keeps saying she will kill herself tonight",
            Emergency,
        ),
        (
            "flatmate texted me hes going to end his life, im on my way over",
            Emergency,
        ),
        ("kms i cant take another day of this", Emergency),
        (
            "my wife has written letters to everyone and left the house",
            Emergency,
        ),
        // A death in the past and a question about a film are not intent now.
        (
            "my uncle killed himself years ago and i still think about it, can i get counselling",
            Routine,
        ),
    ]);
}

#[test]
fn a_high_place_with_intent() {
    check(&[
        (
            "standing on the ledge at the top of the car park, i want to jump",
            Emergency,
        ),
        (
            "on the edge of the cliff now and i cant do this anymore",
            Emergency,
        ),
        // A bridge on the way to an appointment, a jump on a trampoline.
        (
            "stuck in traffic on the bridge, running 10 mins late for my smear",
            Routine,
        ),
        (
            "my son wants to jump on the trampoline with a sprained ankle, is that ok",
            Routine,
        ),
    ]);
}

#[test]
fn a_face_pulled_to_one_side_and_speech_gone_wrong_today() {
    check(&[
        (
            "my wifes mouth has gone to one side and she's dribbling",
            Emergency,
        ),
        (
            "grandads lips are pulling to one side, he seems confused",
            Emergency,
        ),
        (
            "dad isnt talking properly since lunch, words all jumbled",
            Emergency,
        ),
        // A toddler's speech with no onset is a development question.
        (
            "my 2 year old isnt talking much yet, should we see a speech therapist",
            Routine,
        ),
    ]);
}

#[test]
fn unsteady_walking_with_double_vision() {
    check(&[
        (
            "gran walking all over the place and says she sees two of everything, came on at tea",
            Emergency,
        ),
        (
            "my husband is staggering about and seeing double, he hasnt had a drink",
            Emergency,
        ),
    ]);
}

#[test]
fn jaw_and_arm_pain_with_sickness_or_sweat() {
    check(&[
        (
            "ache in my jaw and left arm for half an hour, sweaty and sick",
            Emergency,
        ),
        (
            "my shoulder and jaw hurt since i carried the shopping, feel clammy",
            Emergency,
        ),
        // A jaw ache from a tooth, an arm sore from the gym.
        (
            "jaw aches from grinding my teeth at night, can i get a mouth guard",
            Routine,
        ),
    ]);
}

#[test]
fn a_relatives_symptom_since_a_time_today_is_a_report() {
    check(&[
        (
            "my dad has had heartburn since lunch and now hes sweating and grey",
            Emergency,
        ),
        // A relative's history stays history.
        (
            "my dad had heartburn for years, can i get a repeat of omeprazole",
            Routine,
        ),
    ]);
}

#[test]
fn shivery_on_chemotherapy() {
    check(&[
        ("having chemo, temp 38.1 and feeling shivery", Emergency),
        (
            "had chemo last week, got the shivers and a temp of 38.5",
            Emergency,
        ),
        // A fever on chemotherapy without shivering stays a same-day look (NG51 amber).
        ("on chemo, temp 38.1, feel ok otherwise", Urgent),
    ]);
}

#[test]
fn a_belly_too_sore_to_touch() {
    check(&[
        (
            "his stomach hurts so much he wont let us touch his belly",
            Emergency,
        ),
        (
            "tummy is rigid and she cries when i press it, been sick",
            Emergency,
        ),
        ("belly ache came back way worse and now all over", Emergency),
        // A ticklish toddler, a tummy ache that went.
        (
            "tummy ache last week, all gone now, just want a check up",
            Routine,
        ),
    ]);
}

#[test]
fn a_deep_burn() {
    check(&[
        (
            "scalded my arm with the pan, skin has gone white and leathery",
            Emergency,
        ),
        (
            "burnt my leg on the exhaust, it looks charred but it doesnt even hurt",
            Emergency,
        ),
        (
            "burnt my finger on the toaster, small red mark, ran it under cold water",
            Routine,
        ),
    ]);
}

#[test]
fn a_venomous_bite() {
    check(&[
        (
            "my son was bitten by an adder, his foot is swelling up fast",
            Emergency,
        ),
        (
            "stung by a scorpion on holiday and now being sick and dizzy",
            Emergency,
        ),
        ("snake bite on my hand an hour ago, bit sore", Urgent),
        (
            "bitten by a snake on holiday 2 years ago, all healed, need a tetanus booster",
            Routine,
        ),
    ]);
}

#[test]
fn urgent_signs_in_lay_words() {
    check(&[
        // Giant-cell arteritis: scalp sore to comb, jaw aching on chewing [EYE].
        (
            "im 70, new headache, my scalp is sore when i comb my hair",
            Urgent,
        ),
        (
            "nan's jaw aches when she chews and her temple throbs",
            Urgent,
        ),
        // A bone stuck in the throat [ENT].
        (
            "chicken bone stuck in my throat since dinner, can swallow",
            Urgent,
        ),
        // Sleepier than usual with an infection (NG51 amber: changed behaviour).
        (
            "dad has a chest infection and is much sleepier than usual",
            Urgent,
        ),
    ]);
}

#[test]
fn negated_breathing_trouble_and_blood_thinners() {
    check(&[
        (
            "cold for a week, not struggling to breathe, just blocked",
            Routine,
        ),
        ("bit of a cough, not out of breath at all", Routine),
        (
            "asthma review please, not really breathless these days",
            Routine,
        ),
        (
            "bumped my head on a cupboard, small lump, not on any blood thinners",
            Urgent,
        ),
        // Not breathing is still an emergency.
        ("my dad is not breathing properly and wont wake", Emergency),
        ("bumped her head on the table, shes on warfarin", Emergency),
    ]);
}

#[test]
fn idioms_and_questions_are_not_signs() {
    check(&[
        (
            "which hayfever tablet wont make me drowsy for driving",
            Routine,
        ),
        (
            "work stress so im a bit paranoid lol about my heart, can i get my bp checked",
            Routine,
        ),
        (
            "been reading about meningitis online, what are the signs in adults",
            Routine,
        ),
    ]);
}
