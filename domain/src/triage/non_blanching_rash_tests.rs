//! Tests for the failed glass test in lay words (`non_blanching_rash.rs`), in other words
//! than the corpus, with hard negatives (a rash that fades when pressed, a heat rash).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_rash_that_stays_when_pressed_is_an_emergency() {
    check(&[
        (
            "my son is boiling hot and has spots on his legs, they dont go away when i press on them",
            Emergency,
        ),
        (
            "hot and floppy with a rash that stays there if you push a glass on it",
            Emergency,
        ),
        (
            "a minha filha tem febre e umas pintas que não desaparecem quando aperto",
            Emergency,
        ),
        (
            "mijn dochter heeft koorts en paarse stipjes op haar benen",
            Emergency,
        ),
        // Hard negatives: the rash fades when pressed; an ordinary question.
        (
            "he has a red rash after the beach that goes away when i press it, cream ok?",
            Routine,
        ),
    ]);
}
