//! Tests for `scope/bleeding_stopped.rs`: a stop told of the bleeding leaves a gaping or
//! deep wound open; a wound told as closed, or a bleed alone that stopped, is over.

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn the_bleeding_stopped_but_the_wound_gapes() {
    check(&[
        (
            "sliced my palm on a tin lid, the bleeding stopped after a while but the cut is gaping",
            Urgent,
        ),
        (
            "caught my leg on barbed wire, it has stopped bleeding now, the wound is gaping open",
            Urgent,
        ),
    ]);
}

#[test]
fn a_bleed_alone_or_a_closed_wound_is_over() {
    check(&[
        (
            "had a small nosebleed this morning, it stopped after 5 minutes",
            Routine,
        ),
        (
            "the cut on my finger stopped bleeding and has closed up nicely, can I swim?",
            Routine,
        ),
    ]);
}
