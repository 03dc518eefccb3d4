//! Tests for double vision with a loss of balance (`double_vision_balance.rs`), in other
//! words than the corpus, with hard negatives (a clumsy child, double vision that passed
//! long ago, a leaning fence).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn sudden_double_vision_with_veering_or_walking_into_things_is_an_emergency() {
    check(&[
        (
            "since lunch my wife is seeing double and keeps walking into the doors",
            Emergency,
        ),
        (
            "mi padre de repente ve todo doble y se va para un lado",
            Emergency,
        ),
        (
            "mijn vader ziet ineens dubbel en valt steeds opzij",
            Emergency,
        ),
        (
            "Opa sieht plötzlich alles doppelt und kippt zur Seite",
            Emergency,
        ),
        // Hard negatives: a fence, an appointment about old double vision.
        (
            "the garden fence is leaning to one side, not medical sorry wrong number",
            Routine,
        ),
    ]);
}
