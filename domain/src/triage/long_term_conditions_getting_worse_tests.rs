//! Tests for `long_term_conditions_getting_worse.rs` and session 23a's rows, in other
//! words than batch 124, with hard negatives: the long-standing baseline, "as usual", a
//! review to book, a repeat prescription, a dose question, a cold's green phlegm.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_change_the_family_notices_is_a_same_day_look() {
    check(&[
        (
            "grandad is more agitated than usual since tuesday, can someone come",
            Urgent,
        ),
        ("Opa ist seit heute früh viel unruhiger als sonst", Urgent),
        ("mi abuela ha dejado de andar desde el domingo", Urgent),
        ("mijn vader is onrustiger dan anders sinds gisteren", Urgent),
        ("minha mãe parou de comer desde sexta", Urgent),
        // Hard negatives: a review to book, a walk stopped for the rain.
        (
            "can we book dad's annual dementia review for march?",
            Routine,
        ),
        (
            "we stopped walking to the shops because of the rain, can the pharmacy deliver?",
            Routine,
        ),
        (
            "quando è la prossima visita per la demenza di mio padre?",
            Routine,
        ),
    ]);
}

#[test]
fn seeing_people_who_are_not_there_is_a_same_day_look() {
    check(&[
        (
            "my husband keeps seeing insects that aren't there since the new tablets",
            Urgent,
        ),
        (
            "mi padre ve gente en la habitación por la noche desde ayer",
            Urgent,
        ),
        (
            "vader ziet beestjes op de muur sinds de nieuwe pillen",
            Urgent,
        ),
        // Hard negative: seeing people at a club is not a hallucination.
        (
            "he sees people at the day centre on tuesdays, can we change his lift?",
            Routine,
        ),
    ]);
}

#[test]
fn not_recognising_the_family_is_a_change_and_barely_responsive_an_emergency() {
    check(&[
        // As English reads it (`everyday_lay_signs_tests.rs`): a change the family notices.
        ("la nonna non mi riconosce da stamattina", Urgent),
        ("il est à peine réagit quand on le secoue", Emergency),
        ("mi abuelo apenas responde cuando le hablo", Emergency),
        (
            "opa is nauwelijks aanspreekbaar na zijn middagslaap",
            Emergency,
        ),
        // Hard negative: a receptionist who did not know the patient.
        (
            "the new receptionist didn't recognise my voice, can I update my address",
            Routine,
        ),
    ]);
}

#[test]
fn copd_with_the_phlegm_changed_is_a_flare() {
    check(&[
        (
            "my copd is playing up, phlegm turned brown since monday",
            Urgent,
        ),
        ("EPOC: flemas verdes desde ayer y más pitos", Urgent),
        ("BPCO, crachats jaunes et épais depuis deux jours", Urgent),
        ("COPD en sinds gisteren slijm groen", Urgent),
        // Hard negatives: green phlegm with a cold and no COPD; a repeat rescue pack.
        (
            "bit of a cold, green phlegm, otherwise fine, can I get a sick note",
            Routine,
        ),
    ]);
}

#[test]
fn heart_failure_with_new_swelling_is_a_same_day_look() {
    check(&[
        ("hartfalen, benen sinds gisteren dikker opgezwollen", Urgent),
        (
            "insuficiencia cardiaca y los tobillos muy hinchados desde el lunes",
            Urgent,
        ),
        // Hard negatives: the usual swelling, a swelling denied.
        (
            "heart failure clinic asked me to send my weights, all steady, no swelling",
            Routine,
        ),
    ]);
}

#[test]
fn dialysis_and_tube_problems_are_a_same_day_look() {
    check(&[
        (
            "my peritoneal dialysis fluid came out cloudy tonight",
            Urgent,
        ),
        ("el líquido de la diálisis sale turbio esta mañana", Urgent),
        ("de insteekplaats van zijn katheter is rood en lekt", Urgent),
        ("the exit site of my PD catheter is red and weeping", Urgent),
        (
            "la fistola non si sente più il fremito da stamattina",
            Urgent,
        ),
        ("the sore on her heel has turned black", Urgent),
        ("depuis hier soir il a presque rien urine", Urgent),
        // Hard negatives: clear fluid, a dialysis timetable, a healing wound.
        (
            "PD bags all clear this week, can I order more supplies",
            Routine,
        ),
        (
            "can we move mum's dialysis from monday to tuesday?",
            Routine,
        ),
    ]);
}

#[test]
fn chemotherapy_with_a_temperature_or_infection_is_a_same_day_look() {
    check(&[
        ("mum is on chemo and her temperature is 37.7", Urgent),
        (
            "sous chimio, il a des plaques blanches dans la bouche",
            Urgent,
        ),
        ("ik zit in chemo en heb 37,8", Urgent),
        // Hard negatives: a normal temperature on chemo, a chemo date to move.
        (
            "on chemo, temperature 36.8, feeling ok, just confirming thursday",
            Routine,
        ),
        ("can I move my chemo appointment to the afternoon?", Routine),
    ]);
}

#[test]
fn a_defibrillator_shock_with_a_faint_or_chest_pain_is_an_emergency() {
    check(&[
        (
            "my ICD went off once and now I feel dizzy and sick",
            Emergency,
        ),
        ("le défibrillateur m'a choqué deux fois ce matin", Emergency),
        (
            "mijn ICD gaf net een schok en nu ben ik erg duizelig",
            Emergency,
        ),
        // Hard negative: a device check to book.
        ("when is my next ICD check? the letter didn't say", Routine),
    ]);
}

#[test]
fn pills_to_take_all_tonight_with_the_means_is_an_emergency() {
    check(&[
        (
            "j'en peux plus, les cachets sont devant moi, je vais tout avaler ce soir",
            Emergency,
        ),
        (
            "no puedo más, tengo las pastillas delante de mí y voy a tomarme todas esta noche",
            Emergency,
        ),
        // Hard negative: a dose moved to the evening, no means and no despair.
        (
            "le médecin a changé l'heure, je vais tout prendre ce soir maintenant?",
            Routine,
        ),
    ]);
}

#[test]
fn drooling_and_unable_to_swallow_or_stool_in_vomit_is_an_emergency() {
    check(&[
        ("hij kwijlt en kan niet slikken sinds het eten", Emergency),
        (
            "she is drooling and cannot swallow after a fish bone",
            Emergency,
        ),
        (
            "his vomit smells of poo and his belly is swollen",
            Emergency,
        ),
        // Hard negative: a baby's milky sick that smells sour.
        (
            "the baby's sick smells a bit sour after her milk, is that normal?",
            Routine,
        ),
    ]);
}

#[test]
fn a_saturation_told_as_the_persons_usual_is_not_low_now() {
    check(&[
        (
            "his sats sit at 89 most days which the nurse told us is his normal, repeat oxygen please",
            Routine,
        ),
        // A baseline with its own number after it leaves the first number the reading.
        ("sats 84, my normal is 94", Emergency),
    ]);
}

#[test]
fn an_arm_swollen_beside_a_line_or_a_swallowed_denture_is_read() {
    check(&[
        (
            "her arm with the PICC line is swollen up to the elbow",
            Urgent,
        ),
        ("il braccio del portacath è gonfio da ieri", Urgent),
        (
            "opa heeft zijn gebit ingeslikt denk ik, hij kwijlt en kan niet slikken",
            Emergency,
        ),
        // Hard negatives: a PICC flush to book, a denture to reline.
        (
            "can the nurse flush my PICC line on friday instead?",
            Routine,
        ),
        (
            "mum's denture is loose, can she see the dentist next month",
            Routine,
        ),
    ]);
}
