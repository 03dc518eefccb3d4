//! Tests for `a_floppy_child.rs`, in other words than the corpus, with hard negatives (a
//! limp from football, a sulking teenager, a floppy adult with flu).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_floppy_child_or_a_baby_not_responding_is_an_emergency() {
    check(&[
        ("my toddler is all floppy this evening", Emergency),
        ("mon fils de 2 ans est tout mou depuis la sieste", Emergency),
        ("mi bebé de 4 meses está flojito y con fiebre", Emergency),
        (
            "unser Sohn (3) ist ganz schlaff und will nichts trinken",
            Emergency,
        ),
        (
            "il mio bambino di un anno è tutto molle da stamattina",
            Emergency,
        ),
        ("a minha filha de 10 meses está molinha", Emergency),
        ("ons dochtertje van 1 is helemaal slap", Emergency),
        (
            "my 6 month old has a temperature and doesn't look at me when I talk to her",
            Emergency,
        ),
        ("mein Baby hat Fieber und schaut mich kaum an", Emergency),
    ]);
}

#[test]
fn a_limp_a_sulking_teenager_or_a_tired_adult_is_not_an_emergency() {
    check(&[
        // A limp is a way of walking, not a floppy child.
        (
            "my son has had a limp since football on saturday, can we book a physio?",
            Routine,
        ),
        // A teenager not looking at a parent after a row, with no fever or drowsiness.
        (
            "my daughter (15) won't look at me since our argument, can we book family counselling?",
            Routine,
        ),
        // A floppy adult alone is a same-day look, not an emergency.
        ("je me sens toute molle depuis hier", Urgent),
    ]);
}
