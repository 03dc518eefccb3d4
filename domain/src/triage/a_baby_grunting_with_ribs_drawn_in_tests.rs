//! Tests for `a_baby_grunting_with_ribs_drawn_in.rs`, in other words than batch 133, with
//! hard negatives (a slim child's ribs, a grumbling father, a cold with a snore).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_noise_with_each_breath_or_ribs_drawn_in_is_an_emergency() {
    check(&[
        ("sorry to bother, my 5 week old's ribs are sucking in when she breathes, probably just a cold", Emergency),
        ("mon bébé de 7 semaines fait du tirage, sans doute rien, on peut venir demain ?", Emergency),
        ("mi niño de 4 meses hace un quejido cada respiración, seguro que son mocos", Emergency),
        ("bei unserem Sohn ziehen die Rippen beim Atmen ein, wahrscheinlich nur Schnupfen", Emergency),
        ("vejo as costelas quando respira, o bebé tem 2 meses, deve ser da constipação", Emergency),
        ("bij onze baby van 6 weken trekken de ribben in, vast niks", Emergency),
    ]);
}

#[test]
fn slim_ribs_a_grumble_or_a_snore_are_not() {
    check(&[
        (
            "my son is so slim you can see his ribs, should we book a weight check?",
            Routine,
        ),
        (
            "mon fils est si mince qu'on voit ses côtes, il peut avoir une pesée ?",
            Routine,
        ),
        (
            "la bimba russa un po' quando dorme col raffreddore, niente febbre, mangia bene",
            Routine,
        ),
    ]);
}
