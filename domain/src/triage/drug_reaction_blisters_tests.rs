//! Tests for mouth sores after a new medicine (`drug_reaction_blisters.rs`), in other words
//! than the batch, with hard negatives (hand, foot and mouth disease, a cold sore, mouth
//! ulcers with no new medicine).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Mouth sores after a new medicine with skin blisters, a rash, a fever or sore eyes:
/// Stevens-Johnson syndrome.
#[test]
fn mouth_sores_after_a_new_medicine_with_blisters_or_fever_are_an_emergency() {
    check(&[
        ("10 days on carbamazepine and now ulcers all over my mouth and a temperature", Emergency),
        ("started new tablets last week, now my lips are crusted and there are blisters on my back", Emergency),
        ("desde que tomo allopurinol tengo llagas en la boca y fiebre", Emergency),
    ]);
}

/// Mouth sores without a new medicine lift nothing here.
#[test]
fn mouth_sores_without_a_new_medicine_are_not_an_emergency() {
    check(&[
        ("my son has sores in his mouth and spots on his hands, nursery says hand foot and mouth", Routine),
        ("I keep getting mouth ulcers when I'm stressed, anything to help?", Routine),
    ]);
}
