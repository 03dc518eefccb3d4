//! Tests for a belly pain on the right that eased and came back worse or spread
//! (`belly_pain_lower_right.rs`), in other words than the corpus, with hard negatives
//! (right now, a knee on the right, a pain that eased and stayed away).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A pain on the lower right that eased and came back worse, or spread all over: a burst
/// appendix [APP].
#[test]
fn a_right_sided_belly_pain_that_eased_and_returned_worse_is_an_emergency() {
    check(&[
        ("stomach on the right hurt all night. It eased at breakfast. Now it is back and far worse", Emergency),
        ("pain low down in the right since Sunday, eased for an hour, now back worse and she has a fever", Emergency),
        ("mi hijo tiene dolor de barriga a la derecha, se calmó, ahora volvió peor y tiene fiebre", Emergency),
        ("Schmerzen im Bauch rechts seit gestern, jetzt überall und viel schlimmer", Emergency),
        ("belly pain on the right side since lunch, now it hurts all over and is much worse", Emergency),
    ]);
}

/// Hard negatives: a pain on the right alone is a same-day look; "right now"; a knee; a
/// pain that eased and stayed away.
#[test]
fn a_right_sided_pain_without_a_return_or_spread_is_not_an_emergency() {
    check(&[
        (
            "tummy ache on the right since this morning, no fever",
            Urgent,
        ),
        (
            "pain in the right side of my tummy eased off yesterday and has gone now",
            Routine,
        ),
        (
            "my stomach is fine right now, can I book a smear test",
            Routine,
        ),
        (
            "low down on the right of my knee it aches after running",
            Routine,
        ),
    ]);
}
