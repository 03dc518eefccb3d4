//! Tests for `a_face_gone_crooked_told_as_a_verb.rs`, with hard negatives (a sprain, a
//! crooked picture).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_mouth_gone_crooked_is_a_stroke_sign() {
    check(&[
        (
            "scusate, fate ancora prelievi il lunedì? a mia nonna si è storta la bocca dopo pranzo",
            Emergency,
        ),
        (
            "mi si è storto il viso da mezz'ora, probabilmente niente",
            Emergency,
        ),
    ]);
}

#[test]
fn a_sprain_or_a_crooked_picture_is_not() {
    check(&[
        (
            "mi sono storta la caviglia ieri giocando a calcetto, posso prenotare la fisioterapia?",
            Routine,
        ),
        (
            "il quadro nella sala d'attesa è storto, ve lo dico solo",
            Routine,
        ),
    ]);
}
