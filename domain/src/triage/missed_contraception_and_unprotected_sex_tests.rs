//! Tests for sex without protection or after a missed method
//! (`missed_contraception_and_unprotected_sex.rs`), in other words than batch 120, with hard
//! negatives (a contraception question, a pill taken late with no sex, a screening test).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// Sex without protection, a condom told as failed verb first, a late injection then sex:
/// a window for emergency contraception, so the same day.
#[test]
fn sex_without_protection_is_the_same_day() {
    check(&[
        (
            "my jab was 3 weeks late and we had unprotected sex on sunday",
            Urgent,
        ),
        (
            "had sex without a condom last night and im not on anything",
            Urgent,
        ),
        (
            "anoche tuvimos relaciones sin preservativo, que hago",
            Urgent,
        ),
        ("se nos rompio el preservativo ayer", Urgent),
        ("on a eu un rapport non protégé samedi soir", Urgent),
        ("hatten gestern Sex ohne Kondom, was jetzt", Urgent),
        ("ieri abbiamo avuto un rapporto non protetto", Urgent),
        ("transamos sem camisinha ontem à noite", Urgent),
        ("we hadden gisteren onbeschermde seks", Urgent),
    ]);
}

/// Hard negatives: a question about methods, a pill late with no sex, a screening test
/// after sex long ago, a condom asked about in advance.
#[test]
fn contraception_questions_are_not() {
    check(&[
        (
            "can i switch from the pill to the depo injection at my next review",
            Routine,
        ),
        (
            "took my pill 3 hours late this morning, no sex since, is it still ok",
            Routine,
        ),
        ("what contraception do you offer for under 25s", Routine),
        (
            "quiero cambiar de pastilla anticonceptiva, me dais cita",
            Routine,
        ),
    ]);
}
