//! Tests for `drugs_and_poisons_told_plainly.rs`, in other words than blind batch 99,
//! with hard negatives (a normal dose, cleaning with sanitiser, a perfume bought, speed
//! as velocity).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_handful_or_everything_there_was_is_an_overdose() {
    check(&[
        (
            "I took a handful of my mums diazepam an hour ago, feel floaty",
            Emergency,
        ),
        (
            "ive swallowed everything in the medicine cabinet",
            Emergency,
        ),
        // Hard negative: a normal dose, a handful of nuts.
        ("I took my usual dose of vitamin D this morning", Routine),
        ("ate a handful of nuts and my stomach is a bit off", Routine),
    ]);
}

#[test]
fn poisons_that_harm_later_are_an_emergency_even_if_well() {
    check(&[
        (
            "my flatmate drank antifreeze after a row, says he's fine",
            Emergency,
        ),
        (
            "mi primo se tomó anticongelante y dice que está bien",
            Emergency,
        ),
        ("il a avalé du raticide ce matin", Emergency),
        ("Er hat Rattengift geschluckt", Emergency),
        // Hard negatives: the product bought or used, not swallowed.
        ("do I need gloves to put antifreeze in the car?", Routine),
        (
            "wir haben Rattengift im Keller ausgelegt, ist das gefährlich für Kinder?",
            Routine,
        ),
    ]);
}

#[test]
fn alcohol_that_is_not_a_drink_with_drowsiness_or_in_a_child_is_an_emergency() {
    check(&[
        (
            "my grandson of 3 swallowed hand sanitizer from my bag",
            Emergency,
        ),
        ("mi padre bebió perfume y está vomitando", Emergency),
        (
            "Mein Neffe hat Mundwasser getrunken und ist jetzt sehr schläfrig",
            Emergency,
        ),
        (
            "my toddler ate some of my quetiapine off the table",
            Emergency,
        ),
        // Hard negatives: cleaning hands, a perfume bought.
        (
            "I use hand sanitiser all day at work and my skin is cracked",
            Routine,
        ),
        (
            "he bought a new perfume and it gives him a headache",
            Routine,
        ),
    ]);
}

#[test]
fn hard_to_wake_or_taking_nothing_in_is_an_emergency() {
    check(&[
        (
            "mon père est difficile à réveiller depuis ce matin",
            Emergency,
        ),
        ("Mein Onkel ist kaum wach zu kriegen", Emergency),
        ("mi abuela no se entera de nada desde esta tarde", Emergency),
        // Hard negative: a teenager's habit told as a question about sleep.
        (
            "how much sleep does a 15 year old need? he sleeps till noon at weekends",
            Routine,
        ),
    ]);
}

#[test]
fn a_stimulant_with_a_racing_heart_or_a_high_temperature_is_an_emergency() {
    check(&[
        (
            "took cocaine at a party, heart rate 150 and I feel awful",
            Emergency,
        ),
        (
            "mi novio tomó éxtasis, tiene 39.5 de fiebre y está sudando",
            Emergency,
        ),
        ("Speed genommen, Puls 170", Emergency),
        // Hard negatives: speed as velocity, a past use asked about, a normal pulse.
        (
            "I was caught for speed on the motorway and my heart rate was 90 at the check",
            Routine,
        ),
        (
            "I used cocaine years ago, does it show up on a blood test?",
            Routine,
        ),
    ]);
}
