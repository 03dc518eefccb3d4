//! Tests for an event dated one year back (`a_year_ago.rs`): the event is history, while a
//! complaint going on for days ("desde hace dos días", "depuis deux jours", "seit zwei
//! Tagen"), a year of use still going on, a one-year-old in Italian, or a year-old event
//! with a word for now, stays current.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A year back, told with the article or a number: history, so the booking stays routine.
#[test]
fn a_year_back_is_history() {
    check(&[
        (
            "a year ago I had a seizure, can I book my annual review",
            Routine,
        ),
        (
            "hace un año tuve una convulsión, quiero pedir cita de control",
            Routine,
        ),
        (
            "il y a un an j'ai fait une crise d'épilepsie, je voudrais un rendez-vous",
            Routine,
        ),
        (
            "vor einem Jahr hatte ich einen Krampfanfall, ich brauche einen Termin zur Kontrolle",
            Routine,
        ),
        (
            "een jaar geleden had ik een beroerte, ik wil een controle afspraak",
            Routine,
        ),
        (
            "há um ano tive um AVC, queria marcar a consulta de rotina",
            Routine,
        ),
        (
            "há 1 ano tive uma convulsão, preciso de atestado para a carta",
            Routine,
        ),
    ]);
}

/// Going on now, or now after a year: current.
#[test]
fn ongoing_days_and_a_now_after_the_year_stay_current() {
    check(&[
        ("desde hace dos días tengo dolor en el pecho", Emergency),
        ("depuis deux jours j'ai mal à la poitrine", Emergency),
        ("seit zwei Tagen habe ich Schmerzen in der Brust", Emergency),
        (
            "I had a stent a year ago and now I have chest pain again",
            Emergency,
        ),
        (
            "il mio bimbo di un anno fa fatica a respirare, tira dentro le costole",
            Emergency,
        ),
        (
            "tomo o clonazepam há 1 ano e parei de repente, estou a tremer e com suores",
            Urgent,
        ),
    ]);
}
