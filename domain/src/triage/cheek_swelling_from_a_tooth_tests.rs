//! Tests for `cheek_swelling_from_a_tooth.rs`, in other words than the corpus, with hard
//! negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Routine, Urgent};

/// A cheek or jaw swollen from a tooth: a dental abscess, seen the same day [SDCEP].
#[test]
fn a_cheek_swollen_from_a_tooth_is_same_day() {
    check(&[
        (
            "bad molar and now my cheek has puffed up on that side",
            Urgent,
        ),
        ("me duele la muela y tengo el cachete hinchado", Urgent),
        ("rage de dent, ma joue a enflé depuis ce matin", Urgent),
        ("Zahn tut weh und die Wange ist geschwollen", Urgent),
        ("mal di denti, la guancia è gonfia da ieri", Urgent),
        ("dor de dente e a bochecha inchou", Urgent),
        ("kiespijn en mijn wang is dik", Urgent),
    ]);
}

/// Hard negatives: a cheek without a tooth, a tooth without swelling.
#[test]
fn a_cheek_without_a_tooth_or_a_tooth_without_swelling_is_not_this_sign() {
    check(&[
        ("cheek filler 2 weeks ago, can I book a top up?", Routine),
        (
            "my tooth is a bit sensitive to cold, can I book a check up?",
            Routine,
        ),
    ]);
}
