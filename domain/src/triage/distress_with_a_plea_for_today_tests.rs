//! Tests for distress told with the intent denied and a plea to talk today
//! (`distress_with_a_plea_for_today.rs`), in other words than the corpus, with hard negatives
//! (a call asked for about results or a bill, a denial with no plea, a leaflet for later).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// The denial does not make the thoughts wait: a same-day talk [NG225, MHF].
#[test]
fn a_denial_with_a_plea_for_today_is_a_same_day_talk() {
    check(&[
        (
            "everything feels pointless lately, i wont act on it but could somebody ring me today",
            Urgent,
        ),
        (
            "im not suicidal, the panic attacks just wont stop, can a doctor call me today",
            Urgent,
        ),
        (
            "mi sento a pezzi, non farei niente ma vorrei parlare con qualcuno oggi",
            Urgent,
        ),
        (
            "estou mal há dias, não vou fazer nada, mas preciso falar com alguém hoje",
            Urgent,
        ),
        (
            "het gaat echt niet goed, ik zou mezelf niks aandoen, kan iemand vandaag bellen",
            Urgent,
        ),
        (
            "ich würde mir nichts antun, aber kann heute noch jemand mit mir reden",
            Urgent,
        ),
        (
            "no haría nada, pero necesito hablar con alguien hoy, estoy fatal",
            Urgent,
        ),
        (
            "je ne ferais rien, mais j'aurais besoin de parler à quelqu'un, je craque",
            Urgent,
        ),
    ]);
}

/// The plea alone, or a denial about something else, lifts nothing.
#[test]
fn a_plea_without_distress_stays_routine() {
    check(&[
        ("can someone call me today about my blood results", Routine),
        ("could the surgery ring me today about the invoice", Routine),
        (
            "kann heute jemand mit mir reden wegen der Rechnung",
            Routine,
        ),
        ("preciso falar com alguém hoje sobre a marcação", Routine),
        (
            "do you have a leaflet about talking therapies for next month",
            Routine,
        ),
    ]);
}
