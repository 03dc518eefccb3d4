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

#[test]
fn italian_portuguese_and_dutch_same_day_lines_are_urgent() {
    check(&[
        // A burden to everyone; no one would miss her.
        (
            "mia sorella continua a dire che è un peso per tutti",
            Urgent,
        ),
        (
            "mijn zoon zegt dat niemand hem zou missen, hij wil niks doen zegt hij",
            Urgent,
        ),
        // New suspicion of everyone, chosen by God; laughing alone.
        (
            "a minha irmã desconfia de todos e diz que é a escolhida de Deus",
            Urgent,
        ),
        // An antidepressant stopped at once, with dizziness and crying.
        (
            "ho smesso di colpo la paroxetina, ho capogiri e piango sempre",
            Urgent,
        ),
        // Coming off tramadol or drink, with symptoms.
        (
            "quero largar o tramadol, estou com suores e tremores desde ontem",
            Urgent,
        ),
        // Used again after months clean; flashbacks.
        ("ik ben na een jaar teruggevallen en schaam me", Urgent),
        (
            "tenho flashbacks do acidente todas as noites e não consigo trabalhar",
            Urgent,
        ),
        // Self-harm begun again.
        ("ze is weer begonnen met snijden in haar armen", Urgent),
        // Hard negatives: a weight for everyone at the gym, a film about a relapse.
        (
            "o peso para todos os alunos do ginásio é registado, preciso de atestado?",
            Routine,
        ),
        (
            "we keken een film over flashbacks in de oorlog, goede film. wanneer is de griepprik?",
            Routine,
        ),
    ]);
}

#[test]
fn a_fixed_thought_of_dropping_the_baby_after_the_birth_is_an_emergency() {
    check(&[
        (
            "desde o parto tenho a ideia fixa de deixar o bebé cair da varanda",
            Emergency,
        ),
        (
            "sinds de bevalling heb ik gedachten om haar te laten vallen",
            Emergency,
        ),
    ]);
}
