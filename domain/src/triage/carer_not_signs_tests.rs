//! Tests for `carer_not_signs.rs` (session 17e): what is not a sign, in other words than
//! blind batch 93, each beside a message where the real sign is told and still counts.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_newborns_breathing_in_sleep_and_a_snuffly_nose() {
    // Periodic breathing and a snuffly nose are normal; effort or grunting is not.
    check(&[
        (
            "2 week old, when asleep her breathing is quick then slower, she feeds fine",
            Routine,
        ),
        (
            "my 4 week old's breathing is snorty and noisy at night, nose seems blocked",
            Routine,
        ),
        (
            "newborn breathing goes fast then slow and now she's grunting with every breath",
            Emergency,
        ),
    ]);
}

#[test]
fn grunting_while_doing_a_poo() {
    // A baby pushing out a poo; grunting with each breath is still an emergency.
    check(&[
        (
            "6 week old grunts and strains for ages before pooing, poo is soft",
            Routine,
        ),
        (
            "my 3 week old is grunting with every breath and won't feed",
            Emergency,
        ),
    ]);
}

#[test]
fn a_swelling_from_the_birth() {
    // A ventouse or forceps swelling; a fall onto the head is still a head injury.
    check(&[
        (
            "the bump on her head from the forceps is still there at 2 weeks, is that ok?",
            Routine,
        ),
        (
            "my 8 month old rolled off the bed onto the floor and has a lump on his head",
            Urgent,
        ),
    ]);
}

#[test]
fn a_parent_tired_and_confused_lol() {
    // Puzzled by a label, not confused; a confused grandparent still counts.
    check(&[
        (
            "how many ml of ibuprofen for a 3 year old? the label has me confused lol",
            Routine,
        ),
        (
            "my grandad is suddenly confused and can't find his words",
            Emergency,
        ),
    ]);
}

#[test]
fn what_to_do_if_in_other_languages() {
    // "What do I do if" questions; a report of the same event is still an emergency.
    check(&[
        ("qué hago si mi hijo se traga una pila de botón?", Routine),
        ("o que fazer se o meu filho engolir lixívia?", Routine),
        ("mon fils vient d'avaler une pile bouton", Emergency),
    ]);
}

#[test]
fn a_newborn_who_squints() {
    // German "schielt" (squints) is not "schwillt" (swells).
    check(&[("mein Baby schielt ab und zu, sie ist 6 Wochen alt", Routine)]);
}

#[test]
fn a_clinician_who_cannot_see_someone_yet() {
    // No appointment until later is not a loss of sight; lost sight still is.
    check(&[
        (
            "the GP can't see him until Thursday, can a nurse ring me?",
            Routine,
        ),
        (
            "I suddenly can't see out of my left eye since this morning",
            Emergency,
        ),
    ]);
}
