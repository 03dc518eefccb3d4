//! Tests for `sorry_to_be_a_pain.rs`: the apology is nothing, a pain told after it is read.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn an_apology_with_pain_in_it_is_not_a_symptom() {
    check(&[
        (
            "so sorry to be a pain, the link died again, could you email my invoice? it went to spam",
            Routine,
        ),
        (
            "I know I'm being a pain, but can my slot move to 3pm",
            Routine,
        ),
        (
            "the parking machine is a pain in the neck, does it take cards?",
            Routine,
        ),
    ]);
}

#[test]
fn a_pain_told_after_the_apology_still_reads() {
    check(&[(
        "sorry to be a pain, crushing pain in my chest since 20 minutes and sweating",
        Emergency,
    )]);
}
