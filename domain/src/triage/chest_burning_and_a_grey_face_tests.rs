//! Tests for `chest_burning_and_a_grey_face.rs`, in other words than the corpus, with hard
//! negatives (heartburn after a curry, a grey face with a cold, a past heart attack's pain
//! told as over).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_burning_chest_with_companions_or_a_grey_face_with_indigestion_is_an_emergency() {
    check(&[
        (
            "burning across my chest for 40 minutes now and I'm clammy",
            Emergency,
        ),
        ("my chest is burning and it goes up into my jaw", Emergency),
        (
            "dad says it's indigestion but he's gone a grey colour and keeps rubbing his stomach",
            Emergency,
        ),
        (
            "it's the same pain as my heart attack, started while shovelling snow",
            Emergency,
        ),
        (
            "dice que es el mismo dolor que cuando tuvo el infarto",
            Emergency,
        ),
        (
            "er sagt, es ist derselbe Schmerz wie beim Herzinfarkt damals",
            Emergency,
        ),
        (
            "hij zegt dat het dezelfde pijn is als bij zijn hartaanval",
            Emergency,
        ),
    ]);
}

#[test]
fn heartburn_alone_or_a_grey_face_alone_is_not_an_emergency() {
    check(&[
        (
            "burning in my chest after a spicy curry, gaviscon helps, can I get more?",
            Routine,
        ),
        (
            "my son looks pale and grey with this cold, can we get an appointment?",
            Routine,
        ),
        (
            "I had a heart attack in 2019 and need my statins renewed please",
            Routine,
        ),
    ]);
}
