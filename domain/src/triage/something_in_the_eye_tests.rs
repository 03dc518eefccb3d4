//! Tests for `something_in_the_eye.rs`, in other words than the corpus, with hard negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Routine, Urgent};

/// Grit or dust that will not come out, or a scratched eye: seen the same day [EYE].
#[test]
fn something_in_the_eye_or_a_scratched_eye_is_same_day() {
    check(&[
        (
            "there's a speck of grit in my eye since this morning, rubbing makes it worse",
            Urgent,
        ),
        ("the cat scratched my eye and it keeps streaming", Urgent),
        (
            "se me metió arena en el ojo y no sale, lo tengo rojo",
            Urgent,
        ),
        (
            "j'ai de la sciure dans l'oeil depuis ce matin, ça pique",
            Urgent,
        ),
        ("Staub im Auge seit gestern, tränt und kratzt", Urgent),
        ("ho della segatura nell'occhio che non esce", Urgent),
        ("entrou areia no olho e continua a arder", Urgent),
        ("zaagsel in mijn oog, krijg het er niet uit", Urgent),
    ]);
}

/// Hard negatives: a dust allergy with itchy eyes, grit in the eye that washed out, a
/// question ahead about sand at the beach.
#[test]
fn itchy_eyes_from_dust_or_grit_that_washed_out_is_not_this_sign() {
    check(&[
        (
            "dust allergy makes my eyes itchy, can I get a repeat of my drops?",
            Routine,
        ),
        (
            "had some grit in my eye yesterday, rinsed it out, fine now",
            Routine,
        ),
    ]);
}
