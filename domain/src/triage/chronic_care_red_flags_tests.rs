//! Tests for `chronic_care_red_flags.rs` and session 18c's readings (batch 96): each
//! concept in other words than the batch, with hard negatives (one shock and well, a
//! bleach spill wiped up, a mug of tea, a neighbour's past stroke, beetroot, a dose).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_defibrillator_that_fires_again_and_again() {
    // Two or more shocks in a day is an electrical storm; a question about the device is
    // not.
    check(&[
        (
            "my ICD shocked me 3 times this afternoon and I feel awful",
            Emergency,
        ),
        (
            "el desfibrilador de mi padre le ha dado descargas varias veces hoy",
            Emergency,
        ),
        (
            "when is the next check of my defibrillator battery please",
            Routine,
        ),
    ]);
}

#[test]
fn something_poking_out_of_an_opened_wound() {
    check(&[
        (
            "after her hernia operation the scar has split and there's something red bulging out",
            Emergency,
        ),
        (
            "can the nurse take the stitches out of my wound on thursday",
            Routine,
        ),
    ]);
}

#[test]
fn a_caustic_swallowed_with_coughing() {
    // A caustic swallowed by an adult who then coughs or burns: the airway [POIS].
    check(&[
        (
            "grandad drank some bleach by mistake thinking it was water and he keeps coughing",
            Emergency,
        ),
        (
            "dad drank his water too fast and was coughing for a minute, fine now",
            Routine,
        ),
    ]);
}

#[test]
fn blood_brought_up_by_the_cupful() {
    check(&[
        (
            "he's brought up about a cupful of blood and looks grey",
            Emergency,
        ),
        ("drank a mug of tea and brought up some phlegm", Routine),
    ]);
}

#[test]
fn a_squeezing_pain_behind_the_breastbone() {
    check(&[
        (
            "there's a pressure behind my breastbone since lunch",
            Emergency,
        ),
        (
            "un dolor que aprieta detras del esternon desde hace una hora",
            Emergency,
        ),
        (
            "broke my sternum 2 years ago, need a copy of the x-ray report",
            Routine,
        ),
    ]);
}

#[test]
fn gasping_for_air_in_german() {
    check(&[
        ("opa ringt nach luft und ist ganz grau", Emergency),
        ("ich wollte einen termin zur lungenfunktion", Routine),
    ]);
}

#[test]
fn seeing_people_who_are_not_there() {
    // New hallucinations in an older person: delirium until shown otherwise.
    check(&[
        (
            "nan keeps seeing children in the garden that aren't there",
            Urgent,
        ),
        (
            "mi padre ve gente en el salon que no estan, desde ayer",
            Urgent,
        ),
        (
            "we saw people at the door who weren't expected, just the postman",
            Routine,
        ),
    ]);
}

#[test]
fn pink_or_red_urine() {
    check(&[
        ("my urine is red today and I take rivaroxaban", Urgent),
        ("need a urine pot for my sample please", Routine),
    ]);
}

#[test]
fn talking_nonsense() {
    check(&[
        (
            "seit heute früh redet er wirr und erkennt mich kaum",
            Emergency,
        ),
        ("mamma parla di cose senza senso da stamattina", Emergency),
    ]);
}

#[test]
fn missed_dialysis_told_as_not_going() {
    // With dialysis named; weakness with it is high potassium.
    check(&[
        (
            "my husband is on dialysis and didn't go yesterday, now his legs feel heavy and weak",
            Emergency,
        ),
        (
            "no fui ayer a la peluqueria, quiero cambiar la cita",
            Routine,
        ),
    ]);
}

#[test]
fn ending_it_in_italian() {
    check(&[
        (
            "mio fratello dice che la fa finita, ha preso la corda",
            Emergency,
        ),
        (
            "mio fratello ha finito la terapia, serve un certificato",
            Routine,
        ),
    ]);
}

#[test]
fn a_heart_failure_gain_over_a_few_days() {
    // 2 kg over three days, or the same pace within a week; not over weeks.
    check(&[
        (
            "heart failure, up 3 kg in 4 days and my feet are puffy",
            Urgent,
        ),
        (
            "heart failure, gained 2 kg over 3 weeks since christmas",
            Routine,
        ),
    ]);
}

#[test]
fn a_glucose_of_20_to_35_is_mmol_unless_low() {
    // Leftover of session 17: "glucosa en 20" read as 20 mg/dL, a severe hypo.
    let triager = Triager::with_model(&TriageRules::default(), None);
    let high = triager.assess("diabetica, la glucosa en 24 desde anoche");
    assert_ne!(high.urgency, Emergency, "{}", high.reason);
    let low = triager.assess("zucker 28 und er zittert und schwitzt");
    assert_eq!(low.urgency, Emergency, "{}", low.reason);
}

#[test]
fn a_normal_ketone_reading_raises_nothing() {
    check(&[
        ("ketones 0.2 this morning, all fine", Routine),
        ("chetoni 0,1 stamattina, tutto ok", Routine),
    ]);
}

#[test]
fn a_dose_is_not_a_temperature() {
    check(&[
        (
            "repeat please: bisoprolol 5, atorvastatin 40 and amlodipine 10",
            Routine,
        ),
        ("temp 39 and shivering", Urgent),
    ]);
}

#[test]
fn a_high_sugar_with_thirst_or_ketones_not_checked() {
    // 15 mmol/L (270 mg/dL) or more with thirst or no ketone check: the sick-day rules.
    check(&[
        (
            "blood sugar 17 since lunch and I can't test ketones, ran out of strips",
            Urgent,
        ),
        ("glucemia 310 desde ayer y mucha sed", Urgent),
        ("sugar 12 today and thirsty after the gym", Routine),
    ]);
}

#[test]
fn a_wound_leaking_yellow_or_green() {
    check(&[
        (
            "my c-section scar is oozing greenish fluid since last night",
            Urgent,
        ),
        ("the dressing looks clean and dry, can I shower?", Routine),
    ]);
}

#[test]
fn cannot_put_weight_on_a_leg() {
    check(&[
        (
            "mum slipped on the ice and can't bear weight on her right leg",
            Urgent,
        ),
        (
            "trying to lose weight, can I get a referral to the dietitian",
            Routine,
        ),
    ]);
}

#[test]
fn someone_elses_tablets_given_by_mistake() {
    check(&[
        (
            "the carer gave dad the wrong tablets this morning, they were for the lady next door",
            Urgent,
        ),
        ("can I take my tablets with food or not", Routine),
    ]);
}

#[test]
fn a_blood_test_is_not_bleeding() {
    check(&[
        ("wann kann ich zum Blut abnehmen kommen, nüchtern?", Routine),
        ("mi serve un prelievo di sangue per la tiroide", Routine),
    ]);
}
