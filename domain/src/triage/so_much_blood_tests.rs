//! Tests for `so_much_blood.rs`, in other words than the corpus, with hard negatives
//! (a little blood, so much of something else).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Urgent};

#[test]
fn so_much_blood_in_late_pregnancy_is_an_emergency() {
    check(&[
        (
            "sono alla 30esima settimana e sta uscendo tantissimo sangue, ho male alla pancia",
            Emergency,
        ),
        (
            "embarazada de 34 semanas, estoy perdiendo tanta sangre y me duele la barriga",
            Emergency,
        ),
        (
            "grávida de 33 semanas, saiu tanto sangue e estou com dor na barriga",
            Emergency,
        ),
    ]);
}

#[test]
fn a_little_blood_or_so_much_of_something_else_is_not_heavy() {
    check(&[
        // A little blood in late pregnancy is a same-day look at the unit, not an ambulance.
        (
            "incinta di 32 settimane, un po' di sangue sullo slip e tanto mal di schiena",
            Urgent,
        ),
        (
            "embarazada de 30 semanas, unas gotitas de sangre, tengo tanta sed",
            Urgent,
        ),
    ]);
}

// Session 22e: the verb with "a lot" after it ("sangrando muito", "bloedt heel erg").
#[test]
fn bleeding_a_lot_told_with_the_verb_in_pregnancy_is_an_emergency() {
    check(&[
        (
            "estou grávida de 18 semanas e sangrei muito agora",
            Emergency,
        ),
        (
            "incinta di 22 settimane, sanguino molto da un'ora",
            Emergency,
        ),
        ("zwanger van 24 weken en ik bloed heel erg", Emergency),
    ]);
}

#[test]
fn much_blood_in_another_sense_is_not_heavy() {
    check(&[
        // "Sangra muito pouco" is a very little bleed: gums on brushing stay routine.
        (
            "grávida de 12 semanas, a gengiva sangra muito pouco quando escovo",
            Urgency::Routine,
        ),
    ]);
}
