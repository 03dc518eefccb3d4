//! Tests for `grunting_with_each_breath.rs`: grumbling about a wait or an appointment and
//! a rumbling stomach are not grunting, in seven languages; a grunting baby and a grunt as
//! the only answer stay emergencies.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A baby grunting with its breaths, or someone who only grunts when shaken: an emergency.
#[test]
fn a_grunting_baby_or_a_grunt_as_the_only_answer_is_an_emergency() {
    check(&[
        (
            "notre nourrisson de 5 semaines grogne à chaque respiration",
            Emergency,
        ),
        (
            "la bebé de 6 semanas hace gruñidos cuando respira",
            Emergency,
        ),
        ("unser Säugling grunzt bei jedem Atemzug", Emergency),
        ("onze baby knort bij elke ademhaling", Emergency),
        (
            "mon grand-père grogne quand on le secoue, il ouvre à peine les yeux",
            Emergency,
        ),
        (
            "opa reageert alleen met gekreun als we hem aanspreken",
            Emergency,
        ),
    ]);
}

/// Grumbling about a wait or an appointment, and a rumbling stomach, are not grunting.
#[test]
fn grumbling_about_a_wait_or_a_rumbling_stomach_is_not_grunting() {
    check(&[
        (
            "mon mari grogne parce qu'il doit attendre, on peut décaler le rendez-vous ?",
            Routine,
        ),
        (
            "mi padre está gruñendo porque tiene que esperar, ¿hay cita antes?",
            Routine,
        ),
        (
            "mein Opa grunzt wegen dem langen Warten, gibt es einen früheren Termin?",
            Routine,
        ),
        (
            "mio marito grugnisce perché deve aspettare, posso spostare l'appuntamento?",
            Routine,
        ),
        (
            "o meu pai grunhe porque tem de esperar, dá para mudar a consulta?",
            Routine,
        ),
        (
            "mijn maag knort de hele ochtend, kan ik een afspraak maken voor volgende week",
            Routine,
        ),
    ]);
}
