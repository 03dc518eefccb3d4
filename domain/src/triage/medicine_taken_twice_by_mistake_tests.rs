//! Tests for a medicine taken twice by mistake (`medicine_taken_twice_by_mistake.rs`), in
//! other words than the corpus, with hard negatives (twice a day as prescribed, a question
//! before any mistake, an antidepressant doubled, a dose missed).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A pressure, heart-rate or narrow-margin medicine doubled by mistake [POIS].
#[test]
fn a_pressure_or_narrow_margin_medicine_doubled_is_a_same_day_call() {
    check(&[
        ("i took my ramipril twice this morning, no symptoms", Urgent),
        (
            "my dad got his bisoprolol twice today, carer mix up",
            Urgent,
        ),
        ("ho preso per sbaglio due volte l'amlodipina", Urgent),
        ("habe aus Versehen das Amlodipin zweimal genommen", Urgent),
        ("tomé por error dos veces la pastilla de la tension", Urgent),
    ]);
}

/// Twice a day as prescribed, or a medicine with a wide margin, stays routine.
#[test]
fn a_dose_as_prescribed_or_a_harmless_double_stays_routine() {
    check(&[
        (
            "i take my amlodipine twice a day, can i have a repeat",
            Routine,
        ),
        ("took two paracetamol this morning for a headache", Routine),
        (
            "forgot my blood pressure tablet this morning, take it now?",
            Routine,
        ),
    ]);
}
