//! Tests for a baby in the womb moving less (`baby_moving_less.rs`), in other words than the
//! corpus, with hard negatives (moving well again, a hypothetical, a friend's pregnancy).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// Fewer movements: the maternity unit now, urgent [GTG57; MAT].
#[test]
fn a_baby_moving_less_is_urgent() {
    check(&[
        ("34 weeks along and she's barely kicked since lunch", Urgent),
        ("my bump is really quiet this evening, 36 weeks", Urgent),
        (
            "enceinte de 32 semaines, je sens bien moins le bébé depuis ce matin",
            Urgent,
        ),
        (
            "embarazada de 33 semanas, hoy casi no he sentido al bebé",
            Urgent,
        ),
        ("grávida de 31 semanas, o bebê hoje mexe quase nada", Urgent),
        (
            "incinta di 32 settimane, oggi sento a malapena il bambino",
            Urgent,
        ),
        (
            "zwanger van 35 weken en ik voel het kindje vandaag nauwelijks",
            Urgent,
        ),
    ]);
}

/// Hard negatives: moving well again, a question in advance, a friend's past, an idiom.
#[test]
fn movements_back_or_told_of_others_are_not() {
    check(&[
        ("she was quiet this morning but now kicking loads again, just booking my 36 week check", Routine),
        ("what should I do if the baby ever moves less? asking for the antenatal class", Routine),
        ("my sister's baby barely moved at 30 weeks last year and all was fine; can I book my scan?", Routine),
        ("I barely moved from the sofa all weekend, can I change my physio slot?", Routine),
    ]);
}
