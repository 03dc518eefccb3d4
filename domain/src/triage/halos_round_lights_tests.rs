//! Tests for halos round lights (`halos_round_lights.rs`), in other words than the batch,
//! with hard negatives (halos after laser surgery, a migraine with no eye named, a painful
//! eye without halos, a greeting that squeezes to "halo").

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A painful eye with halos and a headache or vomiting: acute angle-closure glaucoma.
#[test]
fn a_painful_eye_with_halos_and_a_headache_or_vomiting_is_an_emergency() {
    check(&[
        ("my left eye is aching badly, there are halos round the street lamps and I've thrown up", Emergency),
        ("ojo muy dolorido, veo aureolas en las luces y me duele la cabeza", Emergency),
        ("j'ai très mal à l'oeil, des cercles colorés autour des lumières et la nausée", Emergency),
    ]);
}

/// Halos alone, after laser surgery or in a migraine told without the eye, stay below an
/// emergency; a painful eye without halos keeps its same-day row.
#[test]
fn halos_without_a_painful_eye_are_not_an_emergency() {
    check(&[
        (
            "still seeing halos round headlights at night a month after my LASIK, vision is great",
            Routine,
        ),
        ("Hallo, ich möchte einen Termin für eine Brille", Routine),
        (
            "my eye is painful and I'm sensitive to light since yesterday",
            Urgent,
        ),
    ]);
}
