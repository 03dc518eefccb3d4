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
