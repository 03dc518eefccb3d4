//! Tests for `transient_stroke_signs.rs`: a one-sided spell told as passed, in other words
//! than the corpus, with hard negatives (a hand numb from sleep, an arm sore after a jab).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn a_one_sided_spell_that_passed_days_ago_is_urgent() {
    check(&[
        (
            "4 days ago my arm went numb and clumsy for ten minutes, fine since",
            Urgent,
        ),
        (
            "tre giorni fa non riuscivo a muovere la gamba destra per 5 minuti, poi è passato",
            Urgent,
        ),
        (
            "anteontem fiquei sem conseguir mexer o braço direito uns minutos, já passou",
            Urgent,
        ),
    ]);
}

#[test]
fn numb_from_sleep_or_sore_after_a_jab_is_not_a_stroke() {
    check(&[
        (
            "my hand goes numb at night when I sleep on it, can I book a routine check",
            Routine,
        ),
        (
            "arm a bit sore after the flu jab yesterday, can still use it fine",
            Routine,
        ),
    ]);
}

// Session 22e: Portuguese "de manhã" / "hoje de manhã" dates a passed stroke sign today:
// still an emergency [NG128]; a spell days ago stays urgent.
#[test]
fn a_one_sided_spell_this_morning_in_portuguese_is_an_emergency() {
    check(&[
        (
            "hoje de manhã a fala ficou enrolada uns 5 minutos, já voltou ao normal",
            Urgency::Emergency,
        ),
        (
            "de manha fiquei com a boca torta por uns minutos, agora passou",
            Urgency::Emergency,
        ),
    ]);
}

#[test]
fn a_spell_last_week_in_portuguese_stays_urgent() {
    check(&[(
        "semana passada fiquei com a boca torta por uns minutos, já passou",
        Urgent,
    )]);
}
