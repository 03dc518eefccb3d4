//! Tests for `medicine_mixups_and_device_shocks.rs` and the readings added with it (peak flow
//! against a best in six languages, a pressure told in centimetres, a pulse told as a range),
//! in other words than batch 108, with hard negatives.

use super::readings::read;
use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine, Urgent};

/// A defibrillator that fired more than once is an electrical storm; once and well, the
/// device clinic the same day [consensus].
#[test]
fn a_defibrillator_that_fires_is_told_by_how_often() {
    check(&[
        (
            "my husband's icd gave him two shocks in ten minutes",
            Emergency,
        ),
        (
            "o cdi da minha avó disparou dois choques seguidos",
            Emergency,
        ),
        (
            "de icd van mijn vader heeft drie keer geschokt, hij is grauw",
            Emergency,
        ),
        (
            "il defibrillatore di mio padre ha dato due scariche stanotte",
            Emergency,
        ),
        ("my defib went off this morning, just the once", Urgent),
        (
            "o desfibrilador do meu pai deu uma descarga, ele está bem",
            Urgent,
        ),
    ]);
}

/// Hard negatives: a device check booked, a question about what to do if it fires.
#[test]
fn a_defibrillator_named_without_a_shock_is_not_a_sign() {
    check(&[
        ("can I book my ICD check for next month?", Routine),
        ("Quando é a revisão do desfibrilhador do meu pai?", Routine),
    ]);
}

/// A weekly medicine taken daily, with a fever or mouth ulcers: marrow toxicity [POIS];
/// one insulin instead of the other: too much insulin, the same day at least.
#[test]
fn a_weekly_medicine_taken_daily_or_the_wrong_insulin_is_a_dose_error() {
    check(&[
        (
            "mum has been having her methotrexate every day instead of weekly, now a temperature and ulcers",
            Emergency,
        ),
        (
            "il nonno ha preso il metotressato ogni giorno invece di una volta a settimana, ha la febbre",
            Emergency,
        ),
        (
            "ik heb per ongeluk mijn snelle insuline in plaats van de langwerkende gespoten, suiker 8",
            Urgent,
        ),
        (
            "injected 30 units of my quick insulin instead of my long one, sugar 9 at the moment",
            Urgent,
        ),
    ]);
}

/// Hard negatives: a dose question, a weekly medicine taken weekly.
#[test]
fn a_medicine_taken_as_prescribed_is_not_a_dose_error() {
    check(&[
        (
            "I take my methotrexate once a week on Fridays, can I have a repeat?",
            Routine,
        ),
        ("Posso tomar o remédio todos os dias de manhã?", Routine),
    ]);
}

/// Gasping in Dutch and Italian; not knowing a close person's name or "switched off" is new
/// confusion [BTS; NG51 red].
#[test]
fn gasping_and_a_switched_off_mind_are_emergencies() {
    check(&[
        ("mijn moeder zit rechtop en hapt naar lucht", Emergency),
        (
            "oma kan niet liggen, ze zit naar adem te snakken",
            Emergency,
        ),
        ("mio padre boccheggia seduto sul letto", Emergency),
        (
            "grandad doesn't know my name this afternoon and is very sleepy",
            Emergency,
        ),
        ("o meu avô está meio desligado desde a manhã", Emergency),
    ]);
}

/// Hard negatives: a forgotten name of a stranger is not a sign; a question about a leaflet.
#[test]
fn a_name_forgotten_in_passing_is_not_confusion() {
    check(&[("can you tell me the name of the new nurse?", Routine)]);
}

/// Peak flow against a personal best in six languages [BTS: under half an emergency,
/// 50-75% a same-day review].
#[test]
fn peak_flow_against_a_best_in_six_languages() {
    let cases: &[(&str, f32, f32)] = &[
        (
            "peak flow dropping for days, this morning only 200, my best is 500",
            35.0,
            45.0,
        ),
        ("picco di flusso 300, il mio migliore è 480", 55.0, 70.0),
        ("peak flow 180, o meu melhor é 460", 35.0, 45.0),
        ("piekstroom 320, mijn beste is 500", 60.0, 70.0),
        ("pico flujo 300 y mi mejor es 450", 60.0, 70.0),
        ("débit de pointe 250, mon meilleur est 500", 45.0, 55.0),
    ];
    for (text, low, high) in cases {
        let pef = read(text).peak_flow.unwrap_or(0.0);
        assert!((*low..=*high).contains(&pef), "{text}: {pef}");
    }
    check(&[
        (
            "peak flow been falling all week, 200 this morning, best 480",
            Emergency,
        ),
        ("Peak-Flow 290, Bestwert 450, Spray hilft", Urgent),
        // At the best: a diary entry.
        (
            "peak flow 430, o meu melhor é 450, só para registo",
            Routine,
        ),
    ]);
}

/// A pressure told in centimetres ("12 por 8"), the way Portuguese speakers say it.
#[test]
fn a_pressure_told_in_centimetres() {
    assert_eq!(
        read("a pressão deu 8 por 5").blood_pressure,
        Some((80.0, 50.0))
    );
    assert_eq!(
        read("pressão 21 por 12 hoje").blood_pressure,
        Some((210.0, 120.0))
    );
    // Not a date, a slash or a count.
    assert_eq!(read("pressão medida dia 12/8").blood_pressure, None);
    assert_eq!(read("tomo 2 por dia para a pressão").blood_pressure, None);
    check(&[
        ("Pressão 12 por 8 como sempre, só anotando", Routine),
        (
            "a pressão do meu pai está 6 por 4, frio e sonolento",
            Emergency,
        ),
    ]);
}

/// A pulse told as a range, the name after it ("between 36 and 39 for his pulse").
#[test]
fn a_pulse_told_as_a_range() {
    assert_eq!(
        read("readings of 36 to 39 on his pulse").slowest_heart,
        Some(36.0)
    );
    // A range of something else: not a pulse.
    assert_eq!(read("36 to 39 weeks, pulse fine").slowest_heart, None);
}

/// A pulse under 50 on a medicine that slows the heart: a same-day review; a fit person's
/// slow resting pulse is not [consensus].
#[test]
fn a_slow_pulse_on_a_rate_slowing_medicine_is_same_day() {
    check(&[
        (
            "since the atenolol went up my pulse is 45, feel flat",
            Urgent,
        ),
        ("o meu pai toma digoxina e o pulso está 46", Urgent),
        (
            "my resting pulse is 46, I cycle a lot, is my watch right?",
            Routine,
        ),
    ]);
}

/// Shivering with a urinary catheter: infection [NG51 amber]; a catheter change is not.
#[test]
fn shivering_with_a_catheter_is_same_day() {
    check(&[
        (
            "dad has a catheter and he is shivering under two blankets",
            Urgent,
        ),
        (
            "mio marito ha il catetere e trema tutto da stamattina",
            Urgent,
        ),
        ("when is dad's catheter due to be changed?", Routine),
    ]);
}

/// Heart failure weight gain in Italian and Portuguese; glucose readings named in the plural.
#[test]
fn weight_gain_and_plural_glucose_words() {
    check(&[
        (
            "scompenso cardiaco, peso salito di 3 kg in due giorni",
            Urgent,
        ),
        (
            "tenho insuficiência cardíaca e aumentei 2,5 kg em 2 dias",
            Urgent,
        ),
        ("glicemie a 350 da ieri, ho una sete continua", Urgent),
        // Weight lost, not put on.
        (
            "insuficiência cardíaca, perdi 2 kg em 3 dias com o diurético",
            Routine,
        ),
    ]);
}
