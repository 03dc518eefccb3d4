//! Tests for `pads_soaked_each_hour.rs`, in other words than the corpus, with hard
//! negatives (a heavy period, a pad changed each morning).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_pad_soaked_each_hour_after_a_birth_is_an_emergency() {
    check(&[
        (
            "gave birth last week and I'm soaking a pad an hour",
            Emergency,
        ),
        (
            "dei à luz há 5 dias, cada hora um absorvente cheio",
            Emergency,
        ),
        (
            "Entbindung vor 10 Tagen, jede Stunde ist die Binde voll",
            Emergency,
        ),
        // Hard negatives: a pad changed each morning, no birth or pregnancy.
        (
            "I change my pad every morning since the birth, is a little spotting normal?",
            Routine,
        ),
        (
            "heavy period, I change my pad every few hours, can I get tranexamic acid?",
            Routine,
        ),
    ]);
}

// Session 22e: pads soaked within minutes, in pregnancy.
#[test]
fn pads_soaked_within_minutes_in_pregnancy_is_an_emergency() {
    check(&[
        (
            "incinta di 16 settimane, ho inzuppato 2 assorbenti in 15 minuti",
            Emergency,
        ),
        (
            "22 weken zwanger, 3 maandverbanden doorweekt in 30 minuten",
            Emergency,
        ),
        ("pregnant 19 weeks, soaked two pads in 25 mins", Emergency),
    ]);
}

#[test]
fn pads_changed_over_a_day_are_not_soaked_fast() {
    check(&[(
        "grávida de 10 semanas, uso absorvente diário por causa do corrimento, é normal?",
        Routine,
    )]);
}
