//! Tests for the pulse rows of `presentations.rs` and the heart words of `readings.rs`
//! (session 25b): a pulse of 40 or under, or over 130, told alone is a same-day look
//! (NEWS2's single red parameter); with faintness, breathlessness or chest pain an
//! emergency; a trained athlete's slow pulse or a rate during exercise is routine.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// 40 or under, or over 130, alone: urgent; with faintness: an emergency.
#[test]
fn a_pulse_of_40_or_under_or_over_130_is_urgent_alone_and_an_emergency_with_faintness() {
    check(&[
        ("my mums pulse is 40 on the machine", Urgent),
        ("pulsação 38 no meu pai, está cansado", Urgent),
        ("frequenza cardiaca 142 a riposo da stamattina", Urgent),
        ("fréquence cardiaque 145 au repos depuis ce matin", Urgent),
        ("pulse 40 and she nearly fainted getting up", Emergency),
        (
            "heart rate 150 sitting down and I feel like I'm going to pass out",
            Emergency,
        ),
    ]);
}

/// An athlete's slow resting pulse, a rate while running, a normal pulse: routine.
#[test]
fn an_athletes_pulse_or_a_rate_while_running_is_routine() {
    check(&[
        (
            "resting heart rate 46, I cycle a lot, just for my records",
            Routine,
        ),
        ("my heart rate hit 165 on my run, normal for me", Routine),
        (
            "pulse 72 and blood pressure 124/80 at the pharmacy",
            Routine,
        ),
    ]);
}
