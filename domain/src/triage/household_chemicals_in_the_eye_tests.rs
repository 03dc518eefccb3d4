//! Tests for a household chemical in the eye (`household_chemicals_in_the_eye.rs`), in other
//! words than batch 120, with hard negatives (a cleaning question, a chemical bought, eye
//! drops, pale eyes).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A named household chemical in the eye: an emergency eye splash [EYE].
#[test]
fn a_household_chemical_in_the_eye_is_an_emergency() {
    check(&[
        ("splashed drain cleaner in my eye, it burns", Emergency),
        ("le ha saltado lejia al ojo a mi hija", Emergency),
        ("j'ai reçu de la javel dans l'oeil en nettoyant", Emergency),
        ("Abflussreiniger ins Auge bekommen, brennt total", Emergency),
        ("mi è schizzata la candeggina negli occhi", Emergency),
        ("caiu lixívia no olho do meu filho", Emergency),
        ("ontstopper in mijn oog gekregen", Emergency),
    ]);
}

/// Hard negatives: a chemical named without the eye, an eye named without a chemical.
#[test]
fn a_chemical_without_the_eye_is_not() {
    check(&[
        (
            "is it safe to clean the waiting room with bleach, asking for the rota",
            Routine,
        ),
        (
            "compré lejía para el baño de la consulta, dónde la dejo",
            Routine,
        ),
        (
            "my eyes are a bit dry, which drops do you recommend",
            Routine,
        ),
    ]);
}
