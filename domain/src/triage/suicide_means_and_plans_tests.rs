//! Tests for suicide plans, overdoses and goodbyes told plainly (`suicide_means_and_plans.rs`),
//! in other words than the corpus, with hard negatives (pills for a holiday, a climbing
//! rope in the past, bowel prep "tonight", an empty box of plasters, a form "tonight").

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// The means or a time set with "I can't go on", a whole box, empty packets beside someone, a goodbye and no answer, someone who cannot be woken [MHF, NG225, POIS].
#[test]
fn a_plan_with_the_means_or_a_goodbye_is_an_emergency() {
    check(&[
        (
            "i can't go on, i've got a rope in the garage and im going to do it tonight",
            Emergency,
        ),
        (
            "done with everything. got all my tablets ready, going to take them all tonight",
            Emergency,
        ),
        (
            "je n'en peux plus, j'ai compté mes comprimés, il y en a assez",
            Emergency,
        ),
        ("no puedo más, tengo una soga en el trastero", Emergency),
        (
            "found my brother out cold, empty pill bottles next to his bed",
            Emergency,
        ),
        (
            "mi madre se tomó la caja entera de pastillas para dormir",
            Emergency,
        ),
        (
            "ik kan mijn oom niet wakker krijgen, hij ligt op de bank",
            Emergency,
        ),
        (
            "mein Vater kommt nicht mehr zu sich, wir kriegen ihn nicht wach",
            Emergency,
        ),
        (
            "my sister texted 'look after the cat', now she isn't answering her phone",
            Emergency,
        ),
        (
            "zorg goed voor de hond, zei ze, en nu neemt ze niet op",
            Emergency,
        ),
    ]);
}

/// Hard negatives.
#[test]
fn means_and_plans_of_everyday_life_are_not() {
    check(&[
        ("i've got my pills here for the holiday, can I get a letter for the airport", Routine),
        ("we bought a rope for the climbing trip, my son hurt his finger on it last week, it's healed now", Routine),
        ("going to do it tonight - the bowel prep, any tips?", Routine),
        ("can you give me a new box of plasters? the old box is empty", Routine),
        ("ik doe het vanavond wel, die vragenlijst invullen", Routine),
    ]);
}
