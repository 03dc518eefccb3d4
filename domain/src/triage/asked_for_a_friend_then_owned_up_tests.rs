//! Tests for `asked_for_a_friend_then_owned_up.rs`, in other words than batch 133, with
//! hard negatives (a what-if never owned up, a friend's question passed on, a form).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn an_overdose_asked_about_then_owned_up_is_an_emergency() {
    check(&[
        ("what happens if someone takes 20 paracetamol at once? asking for a friend. ok it's me, i did it earlier", Emergency),
        ("que se passe-t-il si on prend 18 cachets d'un coup ? c'est pour une copine. enfin pour moi. je l'ai fait ce soir", Emergency),
        ("wat gebeurt er als je 14 ibuprofen in een keer neemt? voor een vriendin. eigenlijk voor mij. heb ik net gedaan", Emergency),
    ]);
}

#[test]
fn a_what_if_never_owned_up_or_a_form_is_not() {
    check(&[
        ("what happens if someone takes 20 paracetamol at once? it's for my first aid course quiz", Routine),
        ("was passiert, wenn man 12 Ibuprofen auf einmal nimmt? Frage für die Pflegeschule", Routine),
        ("si on prend 15 cachets d'un coup c'est grave ? je l'ai lu dans un roman", Routine),
        ("can I fill in the registration form for my mum? ok it's me who is registering, sorry", Routine),
    ]);
}
