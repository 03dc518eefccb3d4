//! Tests for a child who swallowed a household poison or a medicine (`swallowed_poisons.rs`),
//! in other words than the corpus, with hard negatives (a harmless swallow, a repeat
//! request, an idiom, a question about what if).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Each language, with the child looking well in some (harm comes later) [POIS].
#[test]
fn a_child_who_swallowed_a_poison_or_a_medicine_is_an_emergency() {
    check(&[
        (
            "my 4 year old has been sucking on one of those washing capsules, his mouth is foamy",
            Emergency,
        ),
        (
            "our 2yo was licking the drain cleaner bottle, he keeps coughing",
            Emergency,
        ),
        (
            "found my daughter (3) chewing grandma's blood pressure tablets on the floor",
            Emergency,
        ),
        (
            "my little boy swallowed a watch battery about an hour ago, he seems ok",
            Emergency,
        ),
        (
            "the baby had a couple of my iron tablets in her mouth, not sure if she swallowed",
            Emergency,
        ),
        (
            "mi hijo de 3 años ha tragado una pila de botón del mando",
            Emergency,
        ),
        (
            "mi niña de 2 bebió lavandina de un vaso, no para de llorar",
            Emergency,
        ),
        (
            "mon fils de 2 ans a mâché une capsule de lessive",
            Emergency,
        ),
        ("ma fille a bu de l'huile à lampe, elle tousse", Emergency),
        (
            "meine Tochter (2) hat eine Knopfzelle verschluckt, wirkt aber fit",
            Emergency,
        ),
        ("unser Sohn hat Lampenöl getrunken und hustet", Emergency),
        (
            "il bimbo di 2 anni ha ingoiato una pila, adesso gioca tranquillo",
            Emergency,
        ),
        (
            "o meu filho de 2 anos engoliu uma pilha do comando",
            Emergency,
        ),
        (
            "mijn dochtertje van 1 heeft een wasmiddelcapsule gekauwd",
            Emergency,
        ),
        (
            "ons zoontje heeft aan de fles chloor gezeten en hoest",
            Emergency,
        ),
        (
            "my 18 month old got hold of the blister pack, 2 gone, they're nan's heart tablets",
            Emergency,
        ),
    ]);
}

/// Hard negatives: toothpaste, a repeat, a pencil, a phone battery, a what-if, chips.
#[test]
fn harmless_swallows_requests_and_idioms_are_not() {
    check(&[
        (
            "i swallowed a bit of toothpaste brushing, is that bad",
            Routine,
        ),
        (
            "can i get my iron tablets repeated please, running low",
            Routine,
        ),
        (
            "my son chewed his pencil at school, the teacher says it's fine",
            Routine,
        ),
        (
            "the app is eating my phone battery, can you send the form by email instead",
            Routine,
        ),
        (
            "what should i do if my toddler ever swallows a battery? asking for a leaflet",
            Routine,
        ),
        (
            "mijn dochter heeft gisteren friet gegeten en was daarna misselijk, nu weer goed",
            Routine,
        ),
    ]);
}

/// A medicine named in one compound word, eaten up by a child [POIS].
#[test]
fn a_child_who_ate_up_a_compound_named_medicine_is_an_emergency() {
    check(&[
        (
            "ons zoontje van 3 heeft de slaaptabletten van opa opgegeten",
            Emergency,
        ),
        (
            "mein Sohn (2) hat die Blutdrucktabletten aufgegessen",
            Emergency,
        ),
    ]);
}

/// Hard negative: the tablets eaten up as prescribed by an adult.
#[test]
fn tablets_taken_as_prescribed_are_not() {
    check(&[(
        "ik heb mijn ijzertabletten van deze maand opgemaakt, graag een nieuw recept",
        Routine,
    )]);
}
