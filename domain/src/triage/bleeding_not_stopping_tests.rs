//! Tests for a bleed that pressure or towels do not stop (`bleeding_not_stopping.rs`),
//! in other words than the corpus, with hard negatives (a crying baby that won't stop,
//! a bleed that stopped with pressure, towels for something else, pads bought).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Bleeding that pressure or towels do not stop is an emergency [BLEED].
#[test]
fn a_bleed_that_pressure_does_not_stop_is_an_emergency() {
    check(&[
        (
            "sliced my thumb on a tin, I can't get the bleeding to stop",
            Emergency,
        ),
        (
            "he's bled through 4 towels already from the cut on his shin",
            Emergency,
        ),
        (
            "die Wunde am Finger blutet trotz Druck immer weiter",
            Emergency,
        ),
        ("de snee in zijn hand stopt niet ondanks drukken", Emergency),
        (
            "la plaie au genou ne s'arrête pas malgré la compresse",
            Emergency,
        ),
        (
            "la herida no deja de sangrar aunque aprieto fuerte",
            Emergency,
        ),
        (
            "la ferita non smette di sanguinare nemmeno premendo",
            Emergency,
        ),
        ("o corte não para de sangrar mesmo apertando", Emergency),
    ]);
}

/// Soaking pads with clots, or "jsaigne" with clots: heavy bleeding [CG37, GTG52; MAT];
/// a little bleed told as "jsaigne un peu" stays mild.
#[test]
fn soaking_pads_with_clots_is_heavy_bleeding() {
    check(&[
        (
            "9 weeks pregnant, soaking pads and passing clots",
            Emergency,
        ),
        ("jsaigne avec des caillots depuis ce matin", Emergency),
        ("jsaigne un peu du nez", Routine),
    ]);
}

/// Hard negatives: a baby who won't stop crying, a bleed pressure stopped, towels and
/// pads that are not about a bleed.
#[test]
fn other_things_that_will_not_stop_are_not_a_haemorrhage() {
    check(&[
        (
            "can't get the baby to stop crying at night, any tips?",
            Routine,
        ),
        (
            "I need 2 towels for the swimming lesson, can I bring them?",
            Routine,
        ),
        ("could you stock maternity pads in the pharmacy?", Routine),
    ]);
}
