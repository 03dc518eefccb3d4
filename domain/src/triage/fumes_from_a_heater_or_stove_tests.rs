//! Tests for `fumes_from_a_heater_or_stove.rs`, in other words than batch 133, with hard
//! negatives (a service booked, a heater asked about, one headache and an electric fan).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_household_sick_since_a_flame_heater_was_lit_is_an_emergency() {
    check(&[
        ("sorry probably nothing, the kids and I have headaches and feel dizzy since we lit the paraffin heater", Emergency),
        ("depuis qu'on a allumé le poêle à pétrole on a tous mal à la tête et ma fille a vomi", Emergency),
        ("desde ontem à noite com o esquentador ligado, todos com dor de cabeça e tonturas", Emergency),
        ("da quando abbiamo acceso la stufa a pellet abbiamo mal di testa e mio marito ha vomitato", Emergency),
        ("seit wir den Heizpilz im Wohnzimmer anhaben, Kopfweh und Schwindel bei allen", Emergency),
    ]);
}

#[test]
fn a_service_or_a_question_about_a_heater_is_not() {
    check(&[
        (
            "can the gas engineer service the boiler at the clinic before saturday?",
            Routine,
        ),
        (
            "la caldaia della sala d'attesa è rotta, fa freddo, lo sapevate?",
            Routine,
        ),
        (
            "la chaudière est en panne chez moi, je peux décaler le rendez-vous de jeudi ?",
            Routine,
        ),
    ]);
}
