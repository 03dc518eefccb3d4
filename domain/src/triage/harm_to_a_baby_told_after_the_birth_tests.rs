//! Tests for `harm_to_a_baby_told_after_the_birth.rs`, in other words than batch 133, with
//! hard negatives (a fear of dropping the baby, a rough sibling, a sleep question).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn thoughts_of_harming_a_new_baby_are_an_emergency() {
    check(&[
        ("Entschuldigung, vor 4 Wochen entbunden und ich habe Gedanken, meinem Baby weh zu tun. Bin bestimmt nur müde", Emergency),
        ("tive o menino há duas semanas e às vezes tenho vontade de lhe fazer mal, desculpem", Emergency),
    ]);
}

#[test]
fn a_fear_of_dropping_or_a_sleep_question_is_not() {
    check(&[
        ("tive a bebé há 5 meses, ela acorda muito de noite, é normal? podemos falar na consulta", Routine),
        ("unser großer Sohn ist manchmal grob zum Baby, Tipps für die Eifersucht?", Routine),
    ]);
}
