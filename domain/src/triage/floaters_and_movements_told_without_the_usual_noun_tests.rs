//! Tests for `floaters_and_movements_told_without_the_usual_noun.rs`, in other words than
//! batch 133, with hard negatives (a fly, a camera flash, a grandmother at rest).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn floaters_flashes_and_a_quiet_baby_are_a_same_day_look() {
    check(&[
        (
            "sans doute rien, mais des taches noires dans l'oeil droit depuis hier soir",
            Urgent,
        ),
        (
            "probabilmente niente, da oggi puntini neri nell'occhio sinistro",
            Urgent,
        ),
        (
            "vast niks, maar sinds vanmiddag zwarte stipjes in mijn linkeroog",
            Urgent,
        ),
        (
            "34 semanas e desde ontem ele mexe muito pouco, se calhar está cansado",
            Urgent,
        ),
    ]);
}

#[test]
fn a_fly_a_camera_or_a_grandmother_at_rest_is_not() {
    check(&[
        ("il y a des mouches noires dans la salle d'attente, vous pouvez ouvrir la fenêtre ?", Routine),
        ("the photographer's flashes on the side of the stage were fun, thanks for the charity night", Routine),
    ]);
}
