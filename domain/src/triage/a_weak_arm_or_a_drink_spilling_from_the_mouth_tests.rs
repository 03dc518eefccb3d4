//! Tests for `a_weak_arm_or_a_drink_spilling_from_the_mouth.rs`, with negatives (a
//! baby's milk, a sore arm after a jab).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn an_arm_that_would_not_move_or_a_drink_spilling_is_a_stroke_sign() {
    check(&[
        (
            "mia nonna non muove bene il braccio sinistro da stamattina e parla impastato",
            Emergency,
        ),
        (
            "a nonno usciva l'acqua dalla bocca mentre beveva, da un lato solo",
            Emergency,
        ),
        (
            "mijn opa zijn linkerarm is ineens slap, hij zit op de bank",
            Emergency,
        ),
        (
            "mijn moeder haar rechterbeen is sinds een half uur krachteloos",
            Emergency,
        ),
    ]);
}

#[test]
fn a_babys_milk_or_a_jabbed_arm_is_not_a_stroke_sign() {
    check(&[
        (
            "la bimba ha 2 mesi, dopo la poppata il latte le esce dalla bocca, è normale?",
            Routine,
        ),
        (
            "dopo il vaccino il braccio fa male ma lo muove bene, posso dare il paracetamolo?",
            Routine,
        ),
    ]);
}
