//! Tests for what a child swallowed told the long way round (`swallowed_lay_objects.rs`),
//! in other words than the batch, with hard negatives (a battery changed, a descaler
//! bought, a sip of juice).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A battery by its shape, or a sip of a caustic, swallowed by a child [POIS].
#[test]
fn a_battery_by_its_shape_or_a_sip_of_a_caustic_is_an_emergency() {
    check(&[
        (
            "my 2 year old swallowed a tiny flat battery from a birthday card",
            Emergency,
        ),
        (
            "mi hijo de 3 años se tragó una de esas pilas de botón",
            Emergency,
        ),
        (
            "ma fille (2 ans) a avalé une pile bouton de la télécommande",
            Emergency,
        ),
        (
            "toddler had a swig of the oven cleaner before I grabbed it",
            Emergency,
        ),
        (
            "mein Kleiner (3) hat einen Schluck WC-Reiniger getrunken",
            Emergency,
        ),
        (
            "il bimbo di 2 anni ha bevuto un sorso di anticalcare",
            Emergency,
        ),
        (
            "ons dochtertje heeft een slokje ontkalker genomen",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a battery changed, a descaler bought, juice.
#[test]
fn batteries_and_descalers_not_swallowed_are_routine() {
    check(&[
        (
            "the battery in my hearing aid is flat, can I pick up new ones at reception?",
            Routine,
        ),
        (
            "I bought descaler for the kettle, nothing to do with my appointment, just a note",
            Routine,
        ),
        (
            "he had a sip of apple juice and now says his tooth hurts a bit",
            Routine,
        ),
    ]);
}

// Session 22e: Dutch and German put what was swallowed before the participle.
#[test]
fn magnets_or_a_battery_swallowed_told_object_first_is_an_emergency() {
    check(&[
        (
            "mijn zoontje van 2 heeft twee magneten doorgeslikt denk ik",
            Urgency::Emergency,
        ),
        (
            "onze peuter heeft een knoopcel ingeslikt",
            Urgency::Emergency,
        ),
        (
            "meine Tochter (3) hat kleine Magnetkugeln verschluckt",
            Urgency::Emergency,
        ),
    ]);
}

#[test]
fn a_pill_swallowed_as_prescribed_or_a_vitamin_told_object_first_is_not() {
    check(&[
        (
            "ik heb mijn pil vanochtend gewoon ingeslikt, mag ik daarna koffie?",
            Urgency::Routine,
        ),
        (
            "die Tablette hat er brav geschluckt, wann ist die nächste Impfung?",
            Urgency::Routine,
        ),
    ]);
}
