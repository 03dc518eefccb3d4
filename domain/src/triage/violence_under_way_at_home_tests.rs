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
