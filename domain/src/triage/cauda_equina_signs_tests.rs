//! Tests for cauda equina in lay words (`cauda_equina_signs.rs`), in other words than the
//! corpus, with hard negatives (past, negated, a toddler learning the potty).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Numbness "down there" or wetting unnoticed with back pain or sciatica [CES].
#[test]
fn saddle_numbness_and_unfelt_wetting_with_back_pain_are_an_emergency() {
    check(&[
        (
            "sciatica all week and today I can't feel myself wiping",
            Emergency,
        ),
        (
            "lower back agony and my privates have gone numb down there",
            Emergency,
        ),
        (
            "my back is killing me again and i wet myself without noticing",
            Emergency,
        ),
        (
            "Rückenschmerzen, und seit heute ist alles im Schritt gefühllos",
            Emergency,
        ),
        (
            "lumbago et des fourmillements dans le périnée depuis ce midi",
            Emergency,
        ),
        ("ciática e hoje fiz xixi sem sentir", Emergency),
        (
            "hernia discal, desde anoche no siento nada al limpiarme",
            Emergency,
        ),
        (
            "ho la sciatica e non sento niente sulle cosce e nell'inguine",
            Emergency,
        ),
        (
            "hernia in mijn rug en ik voel niks meer tussen mijn benen",
            Emergency,
        ),
        ("dolor lumbar y perdí orina sin darme cuenta", Emergency),
    ]);
}

/// Hard negatives: years ago, denied, plain back pain.
#[test]
fn past_or_denied_signs_and_plain_back_pain_are_not() {
    check(&[
        (
            "years ago after my epidural i was numb down there for a day, nothing like that since",
            Routine,
        ),
        (
            "back pain, no numbness between the legs, no problems peeing, just stiff",
            Routine,
        ),
        (
            "je n'arrive pas à dormir à cause du dos, besoin d'un rdv",
            Routine,
        ),
    ]);
}
