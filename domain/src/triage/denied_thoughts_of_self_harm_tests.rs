//! Tests for `denied_thoughts_of_self_harm.rs`: a denial far from the harm words is a
//! denial; a wish told beside a "no" is still a wish.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine};

/// Denials of thoughts of self-harm, in other words than batch 117.
#[test]
fn denied_thoughts_of_self_harm_stay_routine() {
    check(&[
        (
            "je n'ai pas d'idées de me faire du mal, juste envie de parler à quelqu'un",
            Routine,
        ),
        (
            "no tengo pensamientos suicidas pero duermo fatal, quiero cita",
            Routine,
        ),
        (
            "nessun pensiero di farmi male, vorrei solo parlare con uno psicologo",
            Routine,
        ),
    ]);
}

/// Wishes these must not hide.
#[test]
fn wishes_beside_a_no_still_count() {
    check(&[
        ("no tengo ganas de nada solo de hacerme daño", Emergency),
        ("quiero hacerme daño esta noche", Emergency),
    ]);
}
