//! Tests for injected blood thinners and a counted double dose
//! (`blood_thinner_injections.rs`), in other words than batch 102, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A double dose of a blood thinner, injected or swallowed, is a same-day call [BLEED].
#[test]
fn a_double_dose_of_an_injected_blood_thinner_is_urgent() {
    check(&[
        (
            "I've done two fragmin jabs today by mistake, no bleeding so far",
            Urgent,
        ),
        (
            "j'ai fait deux piqûres de Lovenox ce soir par erreur",
            Urgent,
        ),
        (
            "mi marido se puso dos inyecciones de heparina por error",
            Urgent,
        ),
        (
            "ho fatto due punture di eparina per sbaglio stamattina",
            Urgent,
        ),
        (
            "took 2 doses of my apixaban by mistake this morning",
            Urgent,
        ),
    ]);
}

/// Hard negatives: a question about the course, a vaccine given in two doses, a repeat.
#[test]
fn injections_without_a_double_dose_are_not() {
    check(&[
        (
            "how many clexane injections will I need after my knee arthroscopy?",
            Routine,
        ),
        (
            "the travel clinic said the rabies vaccine is two doses, can I book both?",
            Routine,
        ),
        (
            "can I get a repeat prescription for my fragmin please",
            Routine,
        ),
    ]);
}
