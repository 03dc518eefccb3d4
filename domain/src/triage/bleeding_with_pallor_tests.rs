//! Tests for `bleeding_with_pallor.rs`, in other words than the corpus, with hard
//! negatives (white discharge, white enamel, a pale person without a bleed).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_bleed_with_the_person_gone_white_is_an_emergency() {
    check(&[
        (
            "my son cut his arm on glass, it's bleeding a lot and he's gone white",
            Emergency,
        ),
        (
            "sangra mucho por la nariz y se puso blanca como la pared",
            Emergency,
        ),
        (
            "sie blutet stark nach der Geburt und ist kreidebleich",
            Emergency,
        ),
        (
            "sanguina tanto dalla ferita ed è diventato pallido",
            Emergency,
        ),
        ("ela está sangrando muito e ficou branca", Emergency),
        ("hij bloedt flink uit zijn hoofd en is lijkbleek", Emergency),
        (
            "il saigne beaucoup du bras et son visage est tout blanc",
            Emergency,
        ),
    ]);
}

#[test]
fn a_pale_colour_that_is_not_a_person_or_not_with_a_bleed_is_not_an_emergency() {
    check(&[
        // A white discharge and a pale stool are colours of things, not a pale face.
        (
            "white discharge and a bit of bleeding after sex, is that normal?",
            Routine,
        ),
        (
            "bit of bleeding from my gums when I brush, the enamel looks white and chalky, can I book a cleaning?",
            Routine,
        ),
        // Pale without a bleed lifts nothing by itself.
        (
            "my daughter has gone a bit pale since the flu, can we book a blood test?",
            Routine,
        ),
    ]);
}
