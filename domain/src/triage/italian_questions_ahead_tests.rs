//! Tests for `italian_questions_ahead.rs`, in other words than batch 109, with hard
//! negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine};

/// An Italian question asked ahead: "if after ...", "if a child swallows".
#[test]
fn an_italian_if_before_an_italian_word_is_a_question_ahead() {
    check(&[
        (
            "solo per sapere: se dopo la pulizia dei denti sanguinano le gengive è grave?",
            Routine,
        ),
        (
            "curiosità: se il cane ingoia un tappo cosa succede? e se un bimbo ingoia una moneta?",
            Routine,
        ),
    ]);
}

/// Hard negatives: a child who did swallow; Spanish "se" is not "if".
#[test]
fn a_child_who_did_swallow_is_not_a_question() {
    check(&[(
        "mi hijo se despertó con un dolor horrible en un testículo y vomita",
        Emergency,
    )]);
    check(&[(
        "il bimbo ha ingoiato una pila a bottone, se ne è accorta la nonna",
        Emergency,
    )]);
}
