//! Tests for `a_baby_fallen_from_a_height.rs`, with negatives (a changing table bought,
//! a fall last month checked).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_baby_fallen_from_a_height_and_now_drowsy_is_an_emergency() {
    check(&[
        (
            "onze baby van 5 maanden is van de commode gevallen en is nu heel suf",
            Emergency,
        ),
        (
            "my 7 month old rolled off the bed onto the floor and now she's really drowsy",
            Emergency,
        ),
        (
            "a bebê caiu do trocador e agora está muito sonolenta",
            Emergency,
        ),
    ]);
}

#[test]
fn a_changing_table_asked_about_is_not_a_fall() {
    check(&[(
        "which changing table do you recommend for a small flat? we're due in June",
        Routine,
    )]);
}
