//! Tests for `scalp_sore_to_comb_and_jaw_tired_to_chew.rs`, with negatives (tangles, a jaw
//! sore after the dentist told as a question for the dentist).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn a_scalp_sore_to_comb_or_a_jaw_tired_by_chewing_is_a_same_day_look() {
    check(&[
        (
            "mia madre ha 78 anni, le fa male la testa quando si pettina e se mastica la mascella le duole",
            Urgent,
        ),
        (
            "my dad is 74, new headaches and it hurts when he combs his hair",
            Urgent,
        ),
        (
            "mijn oma van 80 heeft nieuwe hoofdpijn en als ze kauwt wordt haar kaak moe",
            Urgent,
        ),
        ("me duele la cabeza desde hace días y me duele al peinarme, tengo 70 años", Urgent),
    ]);
}

#[test]
fn tangles_or_a_question_about_a_brush_is_not_arteritis() {
    check(&[
        (
            "my daughter cries when I comb her hair because of tangles, any detangler you'd recommend?",
            Routine,
        ),
        ("quale spazzolino mi consigliate per masticare meglio? scherzo, vorrei solo prenotare la pulizia", Routine),
    ]);
}
