//! Tests for `sight_gone_in_an_injured_eye.rs`, with negatives (the idioms "ziet er niks
//! in", "non vede l'ora", an eye that sees fine).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn sight_gone_in_one_eye_told_of_someone_else_is_an_emergency() {
    check(&[
        (
            "mijn dochter kreeg een bal op haar oog en ziet sindsdien niets meer met dat oog",
            Emergency,
        ),
        (
            "mio figlio si è dato la matita nell'occhio e non vede niente da quell'occhio",
            Emergency,
        ),
        (
            "meu marido levou uma pancada no olho e agora não vê nada do olho direito",
            Emergency,
        ),
        (
            "a branch caught his eye and he can't see anything out of that eye",
            Emergency,
        ),
    ]);
}

#[test]
fn idioms_of_not_seeing_are_not_sight_lost() {
    check(&[
        (
            "mijn man ziet er niks in om naar de controle te gaan, kan ik toch een afspraak maken?",
            Routine,
        ),
        (
            "la bimba non vede l'ora di fare il vaccino per andare in gita, c'è posto giovedì?",
            Routine,
        ),
    ]);
}
