//! Tests for `blow_to_a_pregnant_belly.rs`, in other words than the corpus, with hard
//! negatives (the baby's own kicks, a blow without a pregnancy).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_blow_to_a_pregnant_belly_with_bleeding_or_pain_is_an_emergency() {
    check(&[
        (
            "he hit me in the stomach last night, I'm 28 weeks pregnant and now there's blood",
            Emergency,
        ),
        (
            "mi novio me pegó en la barriga, estoy embarazada y me duele mucho",
            Emergency,
        ),
        (
            "er hat mir in den Bauch getreten, ich bin schwanger und blute",
            Emergency,
        ),
        (
            "mio marito mi ha preso a pugni nella pancia, sono incinta e ho male",
            Emergency,
        ),
        (
            "ele me bateu na barriga, estou grávida e estou sangrando",
            Emergency,
        ),
        (
            "hij heeft me in mijn buik geslagen, ik ben zwanger en heb veel pijn",
            Emergency,
        ),
    ]);
}

#[test]
fn the_babys_own_kicks_are_not_a_blow() {
    check(&[
        (
            "o bebê chuta muito a minha barriga à noite, estou grávida de 31 semanas",
            Routine,
        ),
        (
            "il bambino mi tira calci nella pancia tutta la notte, sono incinta di 7 mesi",
            Routine,
        ),
        (
            "el bebé da patadas en la barriga cada noche, estoy embarazada de 30 semanas",
            Routine,
        ),
    ]);
}
