//! Tests for `withdrawal_delirium_and_sedation.rs`: delirium, a fit or sedation told in
//! lay words, in other words than blind batch 107, with hard negatives (a real insect, a
//! dose in milligrams, a sleepy evening, a stranger not recognised).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn delirium_or_a_fit_after_stopping_drink_is_an_emergency() {
    check(&[
        (
            "mi padre dejó de beber hace 3 días y ve bichos por las paredes",
            Emergency,
        ),
        (
            "il a arrêté de boire lundi, il parle à des gens qui sont pas là",
            Emergency,
        ),
        (
            "sie hat aufgehört zu trinken und erkennt mich nicht mehr",
            Emergency,
        ),
        (
            "dejé el alcohol el viernes y me desperté con la lengua mordida",
            Emergency,
        ),
        // Hard negatives: real insects, a fit long ago not today.
        (
            "hay bichos en la cocina, ¿es peligroso para el bebé?",
            Routine,
        ),
    ]);
}

#[test]
fn sedation_after_pills_and_drink_is_an_emergency() {
    check(&[
        ("ha tomado orfidales con vino y no hay quien lo despierte", Emergency),
        ("me tomé unas 12 de paracetamol hace una hora", Emergency),
        ("bebió whisky y se ha tomado lo que quedaba de diazepam, solo quiere dormir para siempre", Emergency),
        // Hard negatives: a dose in milligrams, a sleepy evening.
        ("tomo 15 mg de mirtazapina, ¿puedo subir a 30?", Routine),
        ("¿el orfidal crea dependencia? lo tomo desde hace un mes", Routine),
    ]);
}

#[test]
fn italian_portuguese_and_dutch_fits_collapses_and_delusions_are_emergencies() {
    check(&[
        // A fit told by its traces after a drink spiked.
        (
            "hij schokt en zijn ogen zijn weggedraaid na dat drankje",
            Emergency,
        ),
        ("ficou com espuma pela boca depois da festa", Emergency),
        // No response with blue lips.
        (
            "mijn vriendin reageert nergens op na de pillen, lippen blauw",
            Emergency,
        ),
        // Sure she can fly, on a roof.
        (
            "mia sorella ha preso acidi ed è convinta di poter volare, è sul tetto del palazzo",
            Emergency,
        ),
        // A toddler who found the pills.
        (
            "ons kind heeft de pillen van opa gevonden en de strip is half leeg",
            Emergency,
        ),
        // About 20 of a sedative with a wish to sleep for ever.
        (
            "o meu pai tomou umas 20 de diazepam e diz que quer dormir para sempre",
            Emergency,
        ),
        // Hard negatives: a flight asked about, an impostor in a film, a child's toy
        // found, a tax form.
        (
            "mijn zoon denkt dat hij kan vliegen met zijn nieuwe drone, haha. afspraak voor zijn oren?",
            Routine,
        ),
        (
            "a minha filha está convencida que pode voar de avião sozinha, que idade é preciso?",
            Routine,
        ),
        (
            "preciso da declaração para o imposto de renda",
            Routine,
        ),
    ]);
}
