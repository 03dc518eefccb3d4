//! Tests for the severity details told in lay words (`severity_details.rs`), in other words
//! than batch 95, with hard negatives (a barking cough alone, a baby's snuffles, a door that
//! squeaks, a wet nappy, a fever of two days, a hair ending split, a
//! grinder without the eye).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Stridor at rest and a child who will not swallow his own spit: the upper airway is
/// closing [ENT, BTS].
#[test]
fn a_noise_at_rest_or_spit_not_swallowed_is_an_emergency() {
    check(&[
        (
            "daughter has croup and the crowing noise is there even when she is calm on my lap",
            Emergency,
        ),
        (
            "toddler making a honking sound even while resting",
            Emergency,
        ),
        (
            "my boy makes a squeaky sound at rest since midnight",
            Emergency,
        ),
        ("mijn zoontje heeft een gierende ademhaling", Emergency),
        // Told of days ago and gone, it is a past breathing difficulty (a same-day look),
        // not an emergency now.
        (
            "on saturday he had a squeaky noise even when calm, gone since sunday, can we book a check",
            Urgent,
        ),
        (
            "my 5 year old has a sore throat and wont swallow her saliva",
            Emergency,
        ),
        (
            "he just lets his spit dribble out, high temp too",
            Emergency,
        ),
    ]);
}

/// A barking cough, snuffles or a child refusing medicine are not the airway closing.
#[test]
fn a_barking_cough_or_refused_medicine_is_not_the_airway() {
    check(&[
        (
            "what can i give for croup, he has that barking cough at night",
            Routine,
        ),
        (
            "my baby sounds snuffly when she sleeps, is that normal",
            Routine,
        ),
        (
            "the door makes a squeaky noise when it is still, can someone fix it",
            Routine,
        ),
    ]);
}

/// A drowsy child with no wet nappy told with the verb, or with the eyes "sunken" after
/// them: dehydration, an emergency [NG143 red].
#[test]
fn a_drowsy_child_with_no_wet_nappy_is_an_emergency() {
    check(&[
        (
            "my daughter 2 has been sick all night, hasnt had a wet nappy since 6am and is so floppy",
            Emergency,
        ),
        ("toddler with a bug, eyes sunken and very drowsy", Emergency),
        // Alone, a nappy dry for hours is a same-day look, not an emergency.
        ("baby hasn't had a wet nappy since this morning", Urgent),
    ]);
}

/// A fever told by its length, five days or more, is seen the same day [NG143 amber].
#[test]
fn a_fever_for_five_days_is_urgent() {
    check(&[
        (
            "my 2 year old has had a temp for 6 days, nurofen helps a bit",
            Urgent,
        ),
        ("temperature on and off for 5 days with a cough", Urgent),
        ("ma fille a de la fièvre depuis 5 jours", Urgent),
        ("o meu filho tem febre há 6 dias", Urgent),
        (
            "la febbre è passata da 6 giorni, quando torna a scuola?",
            Routine,
        ),
        // A two-day temp that has gone, or a question, is not.
        (
            "he had a temp for 2 days last month, all gone, can we book his jabs",
            Routine,
        ),
        ("how many days of temp before i should worry?", Routine),
    ]);
}

/// A wound gaping at one end [NG51 amber, CG37]; a split end of hair is not a wound.
#[test]
fn a_wound_gaping_at_one_end_is_urgent() {
    check(&[
        (
            "my knee op scar is gaping at one end and a bit sore",
            Urgent,
        ),
        (
            "stitches out yesterday and now its splitting at the edge",
            Urgent,
        ),
        (
            "my hair keeps splitting at the ends, any shampoo you recommend",
            Routine,
        ),
    ]);
}

/// A fragment thrown into the eye by a grinder or a hammer on metal [EYE].
#[test]
fn metal_in_the_eye_from_a_grinder_is_urgent() {
    check(&[
        (
            "was using an angle grinder on steel and something flew in my eye",
            Urgent,
        ),
        (
            "got a bit of something in my eye hammering steel, sore and watering",
            Urgent,
        ),
        ("beim Flexen ist mir was ins Auge geflogen", Urgent),
        (
            "is the grinder noise outside your surgery going on all week?",
            Routine,
        ),
    ]);
}

/// "Chopping" onions is not "choking".
#[test]
fn chopping_is_not_choking() {
    check(&[(
        "can i book in for a smear, i'm free after chopping wood on saturday",
        Routine,
    )]);
}
