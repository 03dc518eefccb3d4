//! Tests for `bleeding_told_as_pouring.rs`: a bleed told by how it flows, in seven
//! languages and other words than the batches, with hard negatives (rain, a nosebleed
//! that stopped days ago, a heavy period asked about).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Blood that streams, pumps or pours through towels is an emergency.
#[test]
fn a_bleed_told_as_pouring_is_an_emergency() {
    check(&[
        (
            "sliced my palm on a tin lid and blood is streaming down my wrist",
            Emergency,
        ),
        (
            "my son's knee is bleeding like crazy, we've gone through three tea towels",
            Emergency,
        ),
        (
            "mi marido se ha cortado con la radial y sangra como un grifo",
            Emergency,
        ),
        (
            "mon père s'est ouvert le front, il saigne comme un bœuf",
            Emergency,
        ),
        (
            "Opa hat sich an der Glasscheibe geschnitten und es blutet wie verrückt",
            Emergency,
        ),
        (
            "mio figlio si è tagliato col coltello e sanguina come una fontana",
            Emergency,
        ),
        (
            "cortei o dedo no vidro e está sangrando feito uma torneira",
            Emergency,
        ),
        (
            "mijn dochter is gevallen en haar hoofd bloedt als een gek",
            Emergency,
        ),
    ]);
}

/// Rain, a nosebleed over days ago and a heavy period asked about are not a pouring bleed.
#[test]
fn rain_a_past_nosebleed_or_a_period_question_is_not_a_pouring_bleed() {
    check(&[
        ("it's pouring with rain, can I come at 4 instead of 3?", Routine),
        ("es schüttet wie verrückt, kann ich später kommen?", Routine),
        (
            "last tuesday my nose bled like crazy for a few minutes but it stopped, can I get it looked at next week?",
            Routine,
        ),
        (
            "my periods are really heavy every month, could I book a review of my pill?",
            Routine,
        ),
    ]);
}
