//! Tests for `cannot_wake_them_told_plainly.rs`, in other words than batch 133, with hard
//! negatives (a teenager who will not get up, a baby who sleeps through).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_person_who_cannot_be_woken_is_an_emergency() {
    check(&[
        ("perdonad, mi padre se ha echado la siesta y no conseguimos despertarlo, respira fuerte", Emergency),
        ("mio marito ha bevuto troppo e non riusciamo a svegliarla... scusate, svegliarlo", Emergency),
        ("sorry dat ik stoor, opa ligt op de bank en we krijgen hem niet wakker", Emergency),
    ]);
}

#[test]
fn a_teenager_who_will_not_get_up_is_not() {
    check(&[
        ("onze puber slaapt elke zaterdag tot twaalf uur, lol, kan ik een afspraak maken voor zijn acne?", Routine),
        ("mio figlio non riesce a svegliarsi presto per la scuola, possiamo parlarne alla visita?", Routine),
    ]);
}
