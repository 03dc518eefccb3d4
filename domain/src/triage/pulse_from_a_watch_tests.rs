//! Tests for a heart rate read off a watch (`readings.rs`, `watch_pulse`), in other words than
//! the corpus, with hard negatives (steps, calories, a time of day, a pulse while running).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A watch's number with the heart named: a resting rate of 110 or more is a same-day look, with
/// faintness (or under 40 with dizziness) an emergency [NG51, consensus]. Palpitations
/// alone are urgent at most: CLINICAL-SOURCES.md has no palpitations section.
#[test]
fn a_fast_or_slow_pulse_on_a_watch_is_a_heart_rate() {
    check(&[
        (
            "my garmin says 135 and my heart won't slow down, no pain",
            Urgent,
        ),
        (
            "desde esta mañana el corazón a mil, el reloj marca 140, sin dolor",
            Urgent,
        ),
        ("mein Herz rast, die Uhr zeigt 150, sonst geht es", Urgent),
        (
            "il cuore batte forte, l'orologio segna 130 da stamattina",
            Urgent,
        ),
        ("o coração está disparado, o relógio diz 145", Urgent),
        (
            "my watch says 175 and my heart is pounding, i nearly passed out",
            Emergency,
        ),
        (
            "apple watch says 36 and i feel dizzy and my heart feels slow",
            Emergency,
        ),
    ]);
}

/// Hard negatives: steps, calories, a time of day, a rate during exercise.
#[test]
fn what_else_a_watch_counts_is_not() {
    check(&[
        (
            "my watch says 10000 steps today, is my heart healthy enough for the gym?",
            Routine,
        ),
        (
            "my watch said 160 calories burnt, heart rate was fine, just asking about diet advice",
            Routine,
        ),
        (
            "can i come at 14 uhr instead, my heart check is due",
            Routine,
        ),
        (
            "ma montre dit 125 de pouls pendant mon jogging, normal ?",
            Routine,
        ),
    ]);
}
