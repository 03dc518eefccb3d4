//! Tests for `tablets_all_taken_or_counted_at_once.rs`, in other words than batch 133, with
//! hard negatives (a daily dose, a what-if, a box bought).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn many_tablets_at_once_or_all_of_them_are_an_emergency() {
    check(&[
        (
            "sorry lol, took 12 nurofen in one go after work, feel fine, can i still come thursday",
            Emergency,
        ),
        (
            "ich hab heute 20 Paracetamol auf einmal genommen, sorry für die Störung",
            Emergency,
        ),
        (
            "j'ai avalé 16 cachets d'un coup hier soir, tout va bien je crois",
            Emergency,
        ),
        (
            "engoli os comprimidos todos do frasco, mas estou bem, só queria desmarcar",
            Emergency,
        ),
        (
            "me he tomado las pastillas todas de la caja, perdón por la hora",
            Emergency,
        ),
    ]);
}

#[test]
fn a_daily_dose_a_question_or_a_box_bought_is_not() {
    check(&[
        (
            "tomo os comprimidos todos os dias à mesma hora, posso renovar a receita?",
            Routine,
        ),
        (
            "what if someone took 10 paracetamol at once? asking for my school project",
            Routine,
        ),
        (
            "me tomo las pastillas todas las noches, ¿me renováis la receta?",
            Routine,
        ),
        (
            "can my repeat give me 56 tablets at once instead of 28? going abroad",
            Routine,
        ),
    ]);
}
