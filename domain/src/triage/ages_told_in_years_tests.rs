//! Tests for `ages_told_in_years.rs` and `readings.rs` (`told_as_years_of_age`): "j'ai
//! 38 ans", "tengo 38 años", "ich bin 39" with an everyday complaint is the writer's age,
//! while "j'ai 38 de fièvre" and "tengo 39 de fiebre" stay a fever.

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// An age in whole years is not a fever, in seven languages.
#[test]
fn an_age_in_years_with_a_cold_is_routine() {
    check(&[
        (
            "bonjour, j'ai 38 ans et le nez qui coule depuis hier, un rdv cette semaine ?",
            Routine,
        ),
        (
            "hola, tengo 39 años y me pica la garganta, ¿hay cita la semana que viene?",
            Routine,
        ),
        (
            "ich bin 39 und brauche einen Termin für eine Vorsorgeuntersuchung",
            Routine,
        ),
        (
            "ho 38 anni e vorrei prenotare una visita per un neo",
            Routine,
        ),
        (
            "tenho 39 anos e queria marcar uma consulta de rotina",
            Routine,
        ),
        (
            "ik ben 38 en wil graag een afspraak voor een uitstrijkje",
            Routine,
        ),
        ("I'm 38 and would like to book a smear test", Routine),
    ]);
}

/// A number told as a fever keeps its reading, with an age beside it or not.
#[test]
fn a_fever_told_with_a_number_stays_a_fever() {
    check(&[
        ("j'ai 39 de fièvre depuis hier soir", Urgent),
        ("tengo 39 de fiebre desde ayer", Urgent),
        ("ich habe seit gestern 39 Fieber", Urgent),
        (
            "j'ai 38 ans et depuis hier 39,2 de fièvre avec des frissons",
            Urgent,
        ),
    ]);
}
