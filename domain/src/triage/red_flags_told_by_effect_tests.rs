//! Tests for emergencies told by what the sign does (`red_flags_told_by_effect.rs`) and
//! for a past cue brought in by a comparison (`scope/compared_with.rs`), in other words
//! than batch 101, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Blood coming out in squirts or jets is an artery [MTS, BLEED].
#[test]
fn blood_in_squirts_or_jets_is_an_emergency() {
    check(&[
        (
            "caught my hand on the saw, blood keeps coming in little jets",
            Emergency,
        ),
        (
            "cut my wrist on a broken glass and theres squirts of blood everywhere",
            Emergency,
        ),
        (
            "le couteau a glissé, des jets de sang sortent de mon doigt",
            Emergency,
        ),
    ]);
}

/// A drink or food running out of one side of the mouth is a face weak on one side, a
/// stroke sign [FAST].
#[test]
fn a_drink_running_out_of_one_side_of_the_mouth_is_a_stroke_sign() {
    check(&[
        (
            "grandad's coffee keeps leaking out the right side of his mouth since this morning",
            Emergency,
        ),
        (
            "a mi abuela se le sale la sopa por un lado de la boca desde hace una hora",
            Emergency,
        ),
        (
            "depuis midi le café ressort d'un côté de la bouche de ma mère",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a sore side of the mouth, a teething baby dribbling, a tooth.
#[test]
fn a_sore_or_dribbly_mouth_is_not_a_stroke_sign() {
    check(&[
        (
            "the left side of my mouth hurts when I drink cold water",
            Routine,
        ),
        ("my baby is dribbling loads, teething I think", Routine),
        (
            "can I book a check up, a filling on the right side fell out",
            Routine,
        ),
    ]);
}

/// A few words between breaths is a sentence not completed: life-threatening
/// breathlessness [BTS].
#[test]
fn only_a_few_words_between_breaths_is_an_emergency() {
    check(&[
        (
            "my son's asthma is bad, he gets two words out between breaths",
            Emergency,
        ),
        ("mi madre solo dice dos palabras sin ahogarse", Emergency),
        (
            "je ne peux dire que trois mots sans reprendre mon souffle",
            Emergency,
        ),
    ]);
}

/// Hard negatives: few words in a language, a child who says few words yet.
#[test]
fn few_words_without_breathlessness_are_not_an_emergency() {
    check(&[
        (
            "my 2 year old only says a few words, should we see someone",
            Routine,
        ),
        (
            "je ne parle que quelques mots d'anglais, un interprète svp",
            Routine,
        ),
    ]);
}

/// A drink from the cleaning cupboard or from under the sink is a household chemical
/// swallowed [POIS].
#[test]
fn a_drink_from_the_cleaning_cupboard_is_a_poisoning_in_a_child() {
    check(&[
        (
            "my toddler drank something from under the sink, his mouth smells of it",
            Emergency,
        ),
        (
            "mi hija de 3 años ha tragado algo del mueble de la limpieza",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a cupboard tidied, a child locks added.
#[test]
fn a_cleaning_cupboard_without_a_drink_is_routine() {
    check(&[
        (
            "we put locks on the cleaning cupboard, any other advice for a crawling baby?",
            Routine,
        ),
        (
            "he drank a glass of water from the kitchen sink tap, is tap water ok for babies",
            Routine,
        ),
    ]);
}

/// A baby who rolled or tumbled off a bed and then vomits or is drowsy: a head injury with
/// a flag [HI].
#[test]
fn a_baby_rolled_off_the_bed_then_drowsy_is_an_emergency() {
    check(&[
        (
            "baby tumbled off the changing table an hour ago and now keeps vomiting",
            Emergency,
        ),
        (
            "mi bebe se cayo de la cama, ha vomitado tres veces y esta muy dormido",
            Emergency,
        ),
    ]);
}

/// A past cue brought in by a comparison dates the earlier episode, not this one: a chest
/// pain now that is like last month's is a chest pain now [NG185].
#[test]
fn a_pain_compared_with_last_month_is_a_pain_now() {
    check(&[
        (
            "crushing chest pain like last month but worse, 20 minutes now",
            Emergency,
        ),
        (
            "dolor en el pecho igual que el mes pasado, no se me quita, me sube al brazo",
            Emergency,
        ),
        // Hard negatives: the pain itself dated last month, and over.
        (
            "my knee swelled up last month, fine since, can I book the physio",
            Routine,
        ),
    ]);
}

/// "What do I do if ... again": a condition asked about, not a relapse now
/// (`scope/what_to_do_if.rs`); a relapse told plainly is still now.
#[test]
fn what_to_do_if_it_happens_again_is_a_condition() {
    check(&[
        (
            "what should we do if she gets a high temperature again like in the spring?",
            Routine,
        ),
        ("que hago si le vuelve a dar fiebre otra vez?", Routine),
        // Hard negative: a report with "again", not asked about.
        (
            "he has a high temperature again today, 39.4 and shivering",
            Urgent,
        ),
    ]);
}
