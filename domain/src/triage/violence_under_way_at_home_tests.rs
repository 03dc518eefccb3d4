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
