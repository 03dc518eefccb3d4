//! Tests for `suicide_told_as_a_farewell.rs`, in other words than the corpus, with hard
//! negatives (a pram given away, a babysitter, a hose for the garden, ready for an
//! appointment, a visit to a grandmother).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn things_given_away_or_a_parent_handed_over_with_no_answer_is_an_emergency() {
    check(&[
        (
            "my sister gave away all her books and her cat last week, now she's not answering",
            Emergency,
        ),
        (
            "mi hermano ha regalado todas sus cosas y no contesta ya al móvil",
            Emergency,
        ),
        (
            "my dad messaged 'look after the girls for me' and his phone is off",
            Emergency,
        ),
        // Hard negatives: a pram given away, a friend asked to mind the dog on holiday.
        (
            "we gave away the old pram, do you have a leaflet on car seats?",
            Routine,
        ),
        (
            "can my neighbour look after the dog for me while I'm in for the scan?",
            Routine,
        ),
    ]);
}

#[test]
fn the_children_or_a_pet_handed_over_with_an_absence_announced_is_an_emergency() {
    check(&[
        ("left the kids with my mum tonight. I won't be around when they wake up, sorry for everything", Emergency),
        ("j'ai confié mes enfants à ma soeur. tout est rangé, je suis prêt maintenant", Emergency),
        ("dejé a los niños con mi madre, ya estoy lista, gracias por todo", Emergency),
        // Hard negatives: a babysitter for an appointment, ready for a blood test.
        ("I've left the kids with my husband so I can come to the smear test", Routine),
        ("je suis prête maintenant pour la prise de sang, à quelle heure ?", Routine),
        ("I won't be here when the nurse calls, I'm at work, can she ring after 5?", Routine),
    ]);
}

#[test]
fn a_hose_in_the_car_with_a_goodbye_is_an_emergency() {
    check(&[
        (
            "since my wife died he says he'll join her soon, and there's a hosepipe in his car",
            Emergency,
        ),
        (
            "mein Vater will Mama bald wiedersehen, sagt er, der Schlauch ist schon im Wagen",
            Emergency,
        ),
        // Hard negatives: a hose for the allotment, a visit to a grandmother.
        (
            "the hose is already in the car for the allotment, is the flu clinic on Saturday?",
            Routine,
        ),
        (
            "ich werde Oma bald besuchen, sie hat Geburtstag, brauche ich eine Impfung?",
            Routine,
        ),
    ]);
}
