//! Tests for `bleeding_with_faintness.rs`, in other words than the corpus, with hard
//! negatives (a faint feeling at the sight of a bleed that stopped, dizziness without a
//! bleed, a bleed without faintness).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_bleed_with_faintness_and_clamminess_or_pallor_is_an_emergency() {
    check(&[
        (
            "my nose has been bleeding for ages and now I feel faint and sweaty",
            Emergency,
        ),
        (
            "after the tooth came out the gauze keeps soaking, I'm dizzy and all clammy",
            Emergency,
        ),
        (
            "la herida sigue sangrando, estoy mareado y sudando frío",
            Emergency,
        ),
        (
            "er blutet aus der Wunde, ihm ist schwindelig und er ist ganz grau im Gesicht",
            Emergency,
        ),
    ]);
}

#[test]
fn faintness_without_a_bleed_or_a_bleed_that_stopped_is_not_an_emergency() {
    check(&[
        // Dizzy and sweaty in the heat, with no bleed: a same-day look.
        ("dizzy and a bit sweaty since the heatwave started", Urgent),
        // A gauze soaked in salt water is a mouthwash, not a bleed.
        (
            "the nurse said to rinse with salt water on a gauze, can I buy the gauze at the pharmacy?",
            Routine,
        ),
    ]);
}
