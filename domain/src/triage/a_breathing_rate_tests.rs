//! Tests for `a_breathing_rate.rs` and the readings told plainly at the values that
//! score 3 in NEWS2 (a pulse, a systolic, a low temperature, a saturation told with the
//! person between), in other words than any batch, with hard negatives (a normal count,
//! minutes of a journey, a pulse a minute, last week's reading, a target, the weather).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn an_adult_breathing_fast_by_count_is_an_emergency() {
    check(&[
        (
            "I timed my husband's breathing, it's 33 a minute and he says he's just tired",
            Emergency,
        ),
        ("resp rate 29 on the home monitor, he feels ok", Emergency),
        (
            "mi marido respira 31 veces por minuto, lo he contado con el reloj",
            Emergency,
        ),
        (
            "ma femme fait 28 respirations à la minute depuis ce matin",
            Emergency,
        ),
        (
            "meine Mutter atmet ungefähr 30 Mal in der Minute",
            Emergency,
        ),
        (
            "mia moglie respira 29 volte al minuto, le ho contate",
            Emergency,
        ),
        (
            "a minha mãe respira 30 vezes por minuto, contei agora",
            Emergency,
        ),
        (
            "mijn man haalt 30 keer per minuut adem, ademt 30 keer per minuut",
            Emergency,
        ),
        // Very slow breathing at any age.
        (
            "he's only breathing 6 times a minute and is hard to wake",
            Emergency,
        ),
    ]);
}

#[test]
fn a_breathing_count_that_is_normal_or_of_something_else_is_not() {
    check(&[
        (
            "my breathing was 16 a minute at the nurse check, can I book my asthma review",
            Routine,
        ),
        (
            "the wait was 30 minutes last time, is there parking",
            Routine,
        ),
        (
            "sie atmet 14 mal pro Minute, alles gut, ich brauche nur ein Rezept",
            Routine,
        ),
        // A baby breathes faster: 40 is normal at rest.
        (
            "my baby breathes about 40 times a minute asleep, she's feeding well, is that normal",
            Routine,
        ),
    ]);
}

#[test]
fn a_baby_breathing_over_60_is_an_emergency() {
    check(&[
        (
            "counted my baby's breaths, 66 a minute, she's 4 months",
            Emergency,
        ),
        ("mon bébé respire 70 fois par minute", Emergency),
    ]);
}

#[test]
fn a_systolic_of_220_or_a_low_pressure_in_centimetres_is_an_emergency() {
    check(&[
        ("machine reads 226/118, I feel ok", Emergency),
        ("ma tension est à 8/5 ce matin", Emergency),
        ("a minha tensão está 8/5", Emergency),
        // A normal one, in centimetres.
        (
            "ma tension est à 12/8, je voudrais un rendez-vous de contrôle",
            Routine,
        ),
    ]);
}

#[test]
fn a_temperature_of_35_or_under_is_an_emergency() {
    check(&[
        ("grandad's temp is 34.9 and he's very quiet", Emergency),
        ("la temperatura de mi abuela es 34,7", Emergency),
        ("thermometre indique 34,5 chez mon père", Emergency),
        ("Temperatur bei meinem Vater nur 34,8", Emergency),
        ("temperatura 34,9 a mio nonno stamattina", Emergency),
        ("temperatuur van mijn moeder is 34,8", Emergency),
        // 35.6 alone, in a well person, is no emergency.
        (
            "temp 35.6 this morning, I feel fine, is that low for 80",
            Routine,
        ),
    ]);
}

#[test]
fn a_low_number_of_the_weather_or_of_last_week_is_not() {
    check(&[
        (
            "it's 35 degrees outside today, is the clinic air conditioned",
            Routine,
        ),
        (
            "la temperatura fuera es de 34 grados, ¿abrís mañana?",
            Routine,
        ),
    ]);
}

#[test]
fn a_saturation_told_with_the_person_between_is_read() {
    check(&[
        ("a saturação do meu avô está em 87", Emergency),
        ("saturatie van mijn oma is 87", Emergency),
        ("el saturómetro marca 87 en mi tío", Emergency),
        // The person's age, not the saturation.
        (
            "saturatie prima, mijn oma is 87 jaar en wil een afspraak",
            Routine,
        ),
    ]);
}
