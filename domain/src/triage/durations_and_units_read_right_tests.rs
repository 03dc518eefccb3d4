//! Tests for three reading errors fixed in session 23e (`readings.rs`, `findings.rs`): a
//! duration read as a baby's age ("lleva 5 días con fiebre", "6 dagen koorts"), a dose's
//! "mg" read as diabetes, and a number beside another unit or measure read as a glucose or
//! a saturation (an HbA1c, a pulse after the saturation). Real infant ages and real
//! readings are kept.

use super::readings::read;
use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// How long an illness has lasted is not a baby's age, whoever is named beside it.
#[test]
fn a_duration_is_not_a_babys_age() {
    assert_eq!(
        read("mi hija mayor lleva 4 dias con tos y fiebre").infant_days,
        None
    );
    assert_eq!(read("zoon heeft nu 5 dagen koorts").infant_days, None);
    assert_eq!(read("my son 4 days of fever and a cough").infant_days, None);
    assert_eq!(
        read("mio figlio da 6 giorni ha la febbre").infant_days,
        None
    );
    assert_eq!(
        read("ma fille, ça fait 4 jours de fièvre").infant_days,
        None
    );
    check(&[
        ("my daughter is 7 and she's had a fever for 4 days", Urgent),
        ("mi hijo lleva 3 dias con fiebre y tos", Urgent),
        ("onze zoon heeft al 5 dagen koorts", Urgent),
    ]);
}

/// A real infant age still reads as one, in words or figures, with "con" or "with".
#[test]
fn an_infant_age_is_still_read() {
    assert_eq!(
        read("mi bebe de 5 dias tiene fiebre").infant_days,
        Some(5.0)
    );
    assert_eq!(read("my 9 day old feels hot").infant_days, Some(9.0));
    assert_eq!(read("bebe de 10 dias con fiebre").infant_days, Some(10.0));
    assert_eq!(
        read("la bimba di 2 mesi da ieri ha la febbre").infant_days,
        Some(60.0)
    );
    check(&[
        ("my 3 week old has a fever", Emergency),
        ("mijn baby van 4 weken heeft koorts", Emergency),
    ]);
}

/// A dose in mg is not diabetes; an HbA1c is not a glucose now; a pulse told after the
/// saturation is not a saturation.
#[test]
fn units_and_other_measures_are_not_conditions() {
    assert_eq!(
        read("my last HbA1c was 52 mmol/mol, is that high").glucose_mmol,
        None
    );
    assert_eq!(read("sugar ok, hba1c 41 at the review").glucose_mmol, None);
    assert_eq!(
        read("oxygen 98% and pulse 62 after the run").oxygen,
        Some(98.0)
    );
    assert_eq!(
        read("saturatie 96, hartslag 58, alles prima").oxygen,
        Some(96.0)
    );
    check(&[
        (
            "took my citalopram twice by mistake this morning, 20 mg each, I feel fine",
            Routine,
        ),
        (
            "my HbA1c came back at 46, the nurse said pre-diabetes, what should I eat?",
            Routine,
        ),
        (
            "sats 97 pulse 66 after the flu, do I still need to check?",
            Routine,
        ),
    ]);
}

/// The real readings stay: a low glucose in mg/dL, a low saturation, a pulse after it.
#[test]
fn real_readings_stay() {
    let sugar = read("glucose 45 mg/dl and shaky")
        .glucose_mmol
        .unwrap_or(99.0);
    assert!((sugar - 2.5).abs() < 0.01, "{sugar}");
    assert_eq!(read("sats 86 and pulse 120").oxygen, Some(86.0));
    check(&[
        (
            "insulin dependent, sugar 40 mg/dl, sweating and confused",
            Emergency,
        ),
        (
            "oxygen 88% on the finger thing and pulse 110, struggling to breathe",
            Emergency,
        ),
    ]);
}
