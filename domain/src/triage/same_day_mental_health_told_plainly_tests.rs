//! Tests for `same_day_mental_health_told_plainly.rs`: the same-day mental-health line,
//! in other words than blind batch 107, with hard negatives (a film, a book, a joke, grief
//! without danger, an old episode) and the emergencies it must not lower.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_wish_to_die_without_a_plan_is_urgent() {
    check(&[
        (
            "vuelvo a tener ganas de morirme, no tengo ningún plan, ¿puedo hablar con alguien?",
            Urgent,
        ),
        ("j'ai de nouveau envie de mourir, mais aucun projet", Urgent),
        (
            "manchmal denke ich, es wäre okay, wenn ich morgen nicht aufwache",
            Urgent,
        ),
        ("mi padre dice que estaríamos mejor sin él", Urgent),
        (
            "depuis la mort de ma mère je pense à la rejoindre, je ne ferais rien",
            Urgent,
        ),
        // With the means, still an emergency.
        (
            "tengo ganas de morirme y tengo las pastillas guardadas",
            Emergency,
        ),
        // Hard negatives: a film, a joke, grief without danger.
        (
            "la película trata de un chico con ganas de morir, ¿es apta para mi hijo de 12?",
            Routine,
        ),
        (
            "ma grand-mère est morte la semaine dernière, je suis triste mais ça va",
            Routine,
        ),
    ]);
}

#[test]
fn self_harm_with_no_injury_to_treat_is_urgent() {
    check(&[
        (
            "mi hija se ha hecho cortes otra vez, rayas finas, ya no sangran",
            Urgent,
        ),
        (
            "mon fils s'est recoupé, des petites griffures, il a désinfecté",
            Urgent,
        ),
        (
            "unser Sohn ritzt sich, die Wunden sind klein, wir hätten gern einen Termin",
            Urgent,
        ),
        (
            "ma fille a cherché comment se faire du mal sur internet",
            Urgent,
        ),
        // Hard negative: a book about it for school.
        (
            "estoy leyendo una novela para clase, ¿tenéis cita el martes?",
            Routine,
        ),
    ]);
}

#[test]
fn withdrawal_and_akathisia_and_paranoia_are_urgent() {
    check(&[
        (
            "je suis en manque de subutex depuis ce matin, j'ai des sueurs",
            Urgent,
        ),
        ("dejé el lorazepam de golpe y ahora tengo temblores", Urgent),
        (
            "das neue Medikament macht mich so unruhig, dass ich nicht sitzen kann",
            Urgent,
        ),
        ("creo que los vecinos me graban desde su piso", Urgent),
        // Hard negative: a neighbour recording a party.
        ("¿me pueden cambiar la cita del jueves al viernes?", Routine),
    ]);
}
