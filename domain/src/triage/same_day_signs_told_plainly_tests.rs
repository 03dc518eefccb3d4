//! Tests for same-day signs told plainly (`same_day_signs_told_plainly.rs`), in other
//! words than batch 101, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// Black spots or flashes in one eye: a retinal tear until seen [EYE].
#[test]
fn black_spots_or_flashes_in_an_eye_are_same_day() {
    check(&[
        (
            "depuis hier soir j'ai des points noirs qui bougent dans l'oeil droit",
            Urgent,
        ),
        (
            "veo manchas negras moviéndose en el ojo izquierdo desde esta mañana",
            Urgent,
        ),
        (
            "je vois des éclairs lumineux sur le côté quand je bouge les yeux",
            Urgent,
        ),
    ]);
}

/// Hard negative: blackheads ("points noirs" on the skin).
#[test]
fn blackheads_are_not_an_eye_sign() {
    check(&[(
        "j'ai plein de points noirs sur le nez, quelle crème ?",
        Routine,
    )]);
}

/// Life "not worth living" without a plan: a passive death wish, a same-day talk [NG225].
#[test]
fn life_not_worth_living_is_same_day() {
    check(&[
        (
            "my brother keeps saying life isnt worth living anymore, he has no plan he says",
            Urgent,
        ),
        (
            "dice que la vida no merece la pena vivirla asi, no tiene ningun plan",
            Urgent,
        ),
        (
            "elle dit que ça vaut plus la peine de vivre depuis son divorce",
            Urgent,
        ),
    ]);
}

/// Hard negatives: a trip or a film not worth it.
#[test]
fn not_worth_it_about_a_trip_is_routine() {
    check(&[
        (
            "the drive into town isnt worth it, can i have a phone appointment instead",
            Routine,
        ),
        (
            "no merece la pena venir solo para una receta, me la mandan por email?",
            Routine,
        ),
    ]);
}

/// Hearing people whisper about oneself, ongoing: new psychotic symptoms [CG178].
#[test]
fn hearing_whispers_about_oneself_is_same_day() {
    check(&[
        (
            "my husband keeps hearing people whispering outside the house, nobody is there",
            Urgent,
        ),
        (
            "mi hija oye voces susurrando cuando esta sola en su cuarto",
            Urgent,
        ),
        (
            "il entend des voix chuchoter la nuit depuis une semaine",
            Urgent,
        ),
    ]);
}

/// Hard negative: gossip overheard once.
#[test]
fn gossip_overheard_once_is_not_psychosis() {
    check(&[(
        "i heard people whispering about the new receptionist, very rude",
        Routine,
    )]);
}

/// Asthma with the reliever needed every few hours: poorly controlled asthma [BTS].
#[test]
fn asthma_with_the_reliever_every_few_hours_is_same_day() {
    check(&[
        (
            "my asthma's playing up, I need the salbutamol every 2 hours",
            Urgent,
        ),
        ("con el asma necesito el inhalador cada 2 o 3 horas", Urgent),
        (
            "asthme, je prends la ventoline toutes les 3 heures depuis hier",
            Urgent,
        ),
    ]);
}

/// Hard negative: an asthma review, an inhaler technique question.
#[test]
fn an_asthma_review_is_routine() {
    check(&[(
        "asthma review due, I use my preventer twice a day, can I book it",
        Routine,
    )]);
}

/// A sore, ulcer or wound gone smelly is infected: a same-day look [NG141].
#[test]
fn a_smelly_sore_is_an_infection() {
    check(&[
        (
            "diabetic, the ulcer on my heel is really smelly since the weekend",
            Urgent,
        ),
        ("the dog bite on my arm is red and stinks now", Urgent),
    ]);
}

/// Hard negatives: smelly feet are no wound; a baby's sticky eye is not "stinky".
#[test]
fn smelly_feet_are_routine() {
    check(&[
        (
            "my son's feet are so smelly, any spray you recommend?",
            Routine,
        ),
        ("my baby has a sore sticky eye, do we need drops", Routine),
    ]);
}

/// Belly pain low on the right: appendicitis until seen [APP].
#[test]
fn belly_pain_low_on_the_right_is_same_day() {
    check(&[(
        "my daughter has a bad ache low down on the right since lunch, won't jump",
        Urgent,
    )]);
}

/// Hard negative: a low mood, a phone battery low, "right" as "OK".
#[test]
fn low_on_the_right_without_a_belly_is_routine() {
    check(&[(
        "my mood has been low, right, can I book a talk with the GP next week",
        Routine,
    )]);
}
