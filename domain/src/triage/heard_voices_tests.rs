//! Tests for voices heard or the television talking (`heard_voices.rs`), in other words than the
//! corpus, with hard negatives (a film on TV, the neighbours' voices through the wall).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// After a birth: postpartum psychosis [CG192].
#[test]
fn voices_heard_after_a_birth_are_an_emergency() {
    check(&[
        (
            "gave birth a fortnight ago and now she says the tv is talking to her and won't sleep",
            Emergency,
        ),
        (
            "mia moglie ha partorito da due settimane e sente voci che non ci sono",
            Emergency,
        ),
        (
            "sie hat vor 10 Tagen entbunden und hoert Stimmen, schläft nicht",
            Emergency,
        ),
        (
            "my sister had her baby last week and keeps hearing voices that nobody else hears",
            Emergency,
        ),
    ]);
}

/// Hard negatives.
#[test]
fn a_tv_and_real_voices_are_not() {
    check(&[
        ("we watched a film on tv, the baby slept, thank you for the leaflet", Routine),
        ("I can hear the voices of the neighbours through the wall at night, can I get ear plugs advice", Routine),
    ]);
}
