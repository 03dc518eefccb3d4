//! Tests for the eye, ear, mouth and skin signs in lay words
//! (`eye_ear_mouth_skin_lay_signs.rs`), in other words than the batch, with hard negatives
//! (a snore, a bruise going down the neck, gums that bleed on brushing, blocked ears for
//! weeks, a milder toothache the tablets settle).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Words that come out odd, stridor with drooling, a dental swelling into the neck, a
/// firework at the face, a pain out of proportion or purple skin with blisters.
#[test]
fn the_lay_emergency_signs_are_emergencies() {
    check(&[
        ("mum's words keep coming out funny since tea time", Emergency),
        ("he is drooling and there's a strange noise when he breathes in", Emergency),
        ("la niña babea y hace un pitido al respirar", Emergency),
        ("abscess on my molar and the swelling is spreading down my neck", Emergency),
        ("a firework exploded right by his eye at the party", Emergency),
        ("scratch on my shin two days ago, the pain is awful compared to how small it looks, and I have a fever", Emergency),
        ("his foot is purple with blisters and he is burning up", Emergency),
    ]);
}

/// Sudden deafness, a toothache the tablets barely touch, a gum swollen at one tooth, a
/// meter that says HI with thirst, hypos told as "bajones": a same-day look.
#[test]
fn the_lay_same_day_signs_are_urgent() {
    check(&[
        (
            "woke up this morning and my left ear feels dead, can't hear a thing from it",
            Urgent,
        ),
        (
            "perdí todo el oído de golpe esta mañana, del derecho",
            Urgent,
        ),
        (
            "back tooth throbbing for 3 days, the ibuprofen hardly takes the edge off",
            Urgent,
        ),
        ("el nolotil me dura media hora y la muela me mata", Urgent),
        (
            "gum swollen next to my wisdom tooth and it tastes nasty",
            Urgent,
        ),
    ]);
}

/// The hard negatives stay routine.
#[test]
fn the_look_alikes_stay_routine() {
    check(&[
        (
            "my husband snores loudly, a noise every time he breathes in at night, any advice?",
            Routine,
        ),
        (
            "my gums are swollen and bleed when I brush my teeth",
            Routine,
        ),
        (
            "ears have felt a bit blocked for a few weeks after a cold, can I get them checked?",
            Routine,
        ),
        (
            "the paracetamol took the edge off my toothache nicely, can I book a check-up?",
            Routine,
        ),
    ]);
}
