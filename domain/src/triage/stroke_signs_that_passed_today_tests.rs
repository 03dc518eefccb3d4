//! Tests for `scope/fast_sign_today.rs`: a stroke sign that passed earlier today, placed by
//! a part of the day, a meal or minutes, is a suspected TIA (an emergency) in seven
//! languages; one dated last week or years back keeps its reading.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A face, an arm or speech that went and came back within today.
#[test]
fn a_stroke_sign_that_passed_today_is_an_emergency() {
    check(&[
        (
            "after breakfast mum's mouth went lopsided for a few minutes, it's gone back to normal now",
            Emergency,
        ),
        (
            "a media mañana a mi padre se le torció la boca unos minutos, ya está bien",
            Emergency,
        ),
        (
            "ce midi mon mari n'arrivait plus à parler pendant quelques minutes, maintenant ça va",
            Emergency,
        ),
        (
            "beim Mittagessen hing Omas Mundwinkel ein paar Minuten herunter, jetzt ist alles wieder normal",
            Emergency,
        ),
        (
            "a pranzo il nonno aveva la bocca storta per qualche minuto, ora è tornato normale",
            Emergency,
        ),
        (
            "no almoço a minha mãe ficou com a boca torta uns minutos, agora já passou",
            Emergency,
        ),
        (
            "vanmiddag was mijn vaders arm een paar minuten slap en krachteloos, nu is het weer normaal",
            Emergency,
        ),
    ]);
}

/// Dated last week, months or years back, a passed stroke sign is not today's.
#[test]
fn a_stroke_sign_dated_before_today_keeps_its_reading() {
    check(&[
        (
            "last week my arm went numb and weak for ten minutes one morning, it's been fine since",
            Urgent,
        ),
        (
            "mums face drooped for 5 mins last weds, fine since, can she see someone",
            Urgent,
        ),
        (
            "my dad had a mini stroke 3 years ago, can he have his statin repeat please",
            Routine,
        ),
    ]);
}
