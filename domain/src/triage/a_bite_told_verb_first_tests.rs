//! Tests for an animal bite told verb first (`a_bite_told_verb_first.rs`), with hard
//! negatives: a dental bite, a mosquito, a dog named beside a question.

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// The verb, then the animal: the same day [MTS].
#[test]
fn a_bite_told_verb_first_is_the_same_day() {
    check(&[
        ("ayer me mordió el gato de mi hermana en la mano", Urgent),
        (
            "j'ai été mordue par le chat de la voisine au poignet",
            Urgent,
        ),
        ("ich wurde gestern von einem Hund ins Bein gebissen", Urgent),
        ("sono stato morso da un cane al polpaccio", Urgent),
        ("fui mordida por um gato na mão ontem à noite", Urgent),
        ("mijn zoon is gebeten door een hond in zijn arm", Urgent),
    ]);
}

/// Not an animal bite: the teeth's bite, a mosquito, a pet named for a booking.
#[test]
fn no_animal_bite_is_routine() {
    check(&[
        (
            "mi mordida está desviada, quiero pedir cita con el ortodoncista",
            Routine,
        ),
        (
            "gebeten door een mug in de tuin, wat kan ik erop smeren?",
            Routine,
        ),
        ("kann ich meinen Hund mit in die Praxis bringen?", Routine),
    ]);
}
