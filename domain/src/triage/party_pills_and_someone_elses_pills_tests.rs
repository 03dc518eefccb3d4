//! Tests for `party_pills_and_someone_elses_pills.rs`, in other words than the corpus,
//! with hard negatives (a party without pills, a hot day, an adult's own tablets).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn pills_at_a_party_with_a_racing_heart_or_overheating_is_an_emergency() {
    check(&[
        (
            "my girlfriend took a pill at the festival, she's roasting and her heart is racing",
            Emergency,
        ),
        (
            "mein Sohn hat auf einer Party Pillen geschluckt, er glüht und das Herz rast",
            Emergency,
        ),
        (
            "mi hija tomó pastillas en una fiesta y el corazón le va a mil, está temblando",
            Emergency,
        ),
        // Hard negatives: a party with no pills, a hot day, a sore head after a party.
        (
            "we had a party last night and my heart is racing from the coffee, is that normal?",
            Routine,
        ),
        (
            "it is boiling hot in the waiting room, can you open a window?",
            Routine,
        ),
        (
            "I've got the pill for the party weekend, can I take it with antibiotics?",
            Routine,
        ),
    ]);
}

#[test]
fn a_child_with_a_grandparents_or_a_whole_supply_of_pills_is_an_emergency() {
    check(&[
        (
            "ons dochtertje heeft tabletten van opa gegeten, ze lijkt nog goed",
            Emergency,
        ),
        (
            "meine Tochter hat alle ihre Medikinet geschluckt, sie ist ganz zittrig",
            Emergency,
        ),
        // Hard negative: an adult who took their own tablets as prescribed.
        (
            "ik heb mijn pillen van de apotheek ingenomen, mag ik nu eten?",
            Routine,
        ),
    ]);
}

#[test]
fn pills_taken_on_purpose_are_an_overdose() {
    check(&[
        (
            "my son says he took some tablets on purpose after school, he seems ok",
            Emergency,
        ),
        (
            "mi hermana se tomó las pastillas a propósito esta mañana",
            Emergency,
        ),
        (
            "Sie hat absichtlich Tabletten geschluckt, sagt sie",
            Emergency,
        ),
        // Hard negative: a dose taken on purpose before a procedure is not told this way.
        ("can I take paracetamol before the coil fitting?", Routine),
    ]);
}
