//! Tests for `violence_under_way_at_home.rs`: violence at home now, in other words than
//! blind batch 107, with hard negatives (a boxing class, a courier at the door, a past
//! beating asked about, a worry).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn violence_under_way_at_home_is_an_emergency() {
    check(&[
        ("mon copain frappe ma soeur dans le salon, je sais pas quoi faire", Emergency),
        ("mi tío está pegando a mi madre, estoy escondida en el baño", Emergency),
        ("papa dit qu'il va la tuer, je suis cachée dans la salle de bain", Emergency),
        ("er hat mich gewürgt, mir wurde schwindelig, er kommt gleich zurück", Emergency),
        ("il m'a étranglée avec ses mains, j'ai la voix rauque", Emergency),
        ("mi ex tiene una orden de alejamiento y está aporreando la puerta", Emergency),
        ("mon mari m'a battue, je saigne de la tête", Emergency),
        // Hard negatives: a sport, a courier, a film.
        ("mi hijo hace boxeo y está pegando al saco todo el día, ¿necesita revisión?", Routine),
        ("el repartidor está aporreando la puerta, ¿abrís a las 9?", Routine),
        ("im Film schreit eine Frau um Hilfe, ich konnte nicht schlafen. Termin für Schlafberatung?", Routine),
    ]);
}

#[test]
fn italian_portuguese_and_dutch_violence_now_is_an_emergency() {
    check(&[
        // A weapon held with a threat to kill, the writer hiding.
        (
            "mio marito ha una pistola e ha detto che ammazza me se chiamo qualcuno",
            Emergency,
        ),
        (
            "meu ex tem uma faca e disse que me mata, estou trancada no banheiro",
            Emergency,
        ),
        (
            "mijn ex heeft een mes bij zich en ik zit opgesloten in de wc",
            Emergency,
        ),
        // The door broken in; screams and blows heard next door.
        (
            "o meu pai arrombou a porta do quarto da minha mae",
            Emergency,
        ),
        (
            "sento urla e colpi dal piano di sopra, la signora non risponde",
            Emergency,
        ),
        (
            "hij bedreigt mijn moeder met een mes in de keuken",
            Emergency,
        ),
        // Hard negatives: a knife bought for the kitchen, a film, a door repaired.
        (
            "mio marito ha un coltello nuovo per il pane, posso spostare la visita?",
            Routine,
        ),
        (
            "ontem vimos um filme com gritos e pancadas e a minha filha não dorme bem, é normal?",
            Routine,
        ),
        (
            "heeft een mes van de keuken nodig voor de kookles, sorry verkeerde chat",
            Routine,
        ),
    ]);
}

#[test]
fn a_slap_or_an_ex_who_follows_is_urgent_not_routine() {
    check(&[
        (
            "il mio ragazzo ieri mi ha dato un pugno sul braccio, oggi vorrei parlarne con qualcuno",
            Urgency::Urgent,
        ),
        (
            "mijn ex achtervolgt me al weken en ik slaap niet meer",
            Urgency::Urgent,
        ),
    ]);
}

// Session 22e: someone trying to break the door in now, with a knife held, in other words
// than batch 119; a door forced by the fire brigade or a locksmith is not violence.
#[test]
fn a_door_being_broken_in_by_someone_with_a_knife_is_an_emergency() {
    check(&[
        (
            "o pai dele ta la fora querendo arrombar a porta, esta com um facao",
            Urgency::Emergency,
        ),
        (
            "mio cognato sta cercando di sfondare la porta con un coltello in mano",
            Urgency::Emergency,
        ),
        (
            "mijn ex probeert de deur in te trappen en staat met een mes in de gang",
            Urgency::Emergency,
        ),
        (
            "my ex is trying to kick the door in and he has a knife",
            Urgency::Emergency,
        ),
    ]);
}

#[test]
fn a_door_forced_or_a_knife_in_the_kitchen_is_not_violence() {
    check(&[
        (
            "il fabbro ha dovuto forzare la porta ieri, posso spostare la visita di domani?",
            Urgency::Routine,
        ),
        (
            "estou com uma faca nova de cozinha e cortei so a cebola, queria marcar a limpeza",
            Urgency::Routine,
        ),
    ]);
}
