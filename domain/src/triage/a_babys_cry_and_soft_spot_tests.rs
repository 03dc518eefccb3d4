//! Tests for `a_babys_cry_and_soft_spot.rs`, in other words than the corpus, with hard
//! negatives (a baby crying a lot while teething, a high voice, a bump on an adult's head).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_high_pitched_cry_or_a_bulging_soft_spot_is_an_emergency() {
    check(&[
        (
            "our 3 month old keeps crying in a high pitched way since lunch",
            Emergency,
        ),
        ("mi bebé llora agudo y no hay forma de calmarlo", Emergency),
        (
            "mon bébé pleure avec une voix très aiguë depuis ce matin",
            Emergency,
        ),
        (
            "das Baby schreit ganz schrill und lässt sich nicht beruhigen",
            Emergency,
        ),
        ("la neonata piange in modo stridulo da un'ora", Emergency),
        ("o bebê está chorando muito agudo e com febre", Emergency),
        (
            "onze baby huilt heel hoog en schel sinds vanochtend",
            Emergency,
        ),
        ("bébé de 4 mois, le haut de la tête est bombé", Emergency),
        (
            "il punto morbido sulla testa della bimba è gonfio",
            Emergency,
        ),
    ]);
}

#[test]
fn crying_a_lot_or_a_high_voice_is_not_an_emergency() {
    check(&[
        (
            "baby cries a lot in the evenings, teething we think, any tips?",
            Routine,
        ),
        (
            "my daughter sings in a high pitched voice and it hurts my ears lol",
            Routine,
        ),
        // A bump on an adult's head is a head injury (urgent), not a soft spot.
        (
            "bosse sur le haut de la tête après la porte du placard, ça va bien",
            Urgent,
        ),
    ]);
}
