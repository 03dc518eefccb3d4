//! Tests for "getting worse" in Portuguese, Italian and Dutch (`getting_worse.rs`), in
//! other words than batch 98, with hard negatives (better now, not worse, a question).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A tense limb whose pain worsens is compartment syndrome [BOAST], in each language.
#[test]
fn a_tense_limb_whose_pain_gets_worse_is_an_emergency_in_pt_it_nl() {
    check(&[
        ("a canela está tensa e a dor está piorando", Emergency),
        ("il polpaccio è teso e il dolore peggiora", Emergency),
        (
            "mijn kuit is keihard en de pijn wordt steeds erger",
            Emergency,
        ),
    ]);
}

/// Worse said of something that is not a symptom raises nothing.
#[test]
fn worse_without_a_symptom_is_not_raised() {
    check(&[
        (
            "o trânsito está cada vez pior, posso mudar a consulta para as 10?",
            Routine,
        ),
        (
            "il tempo peggiora, posso spostare l'appuntamento a giovedì?",
            Routine,
        ),
        (
            "de wachtlijst wordt steeds erger, kan ik ergens anders terecht voor mijn knie?",
            Routine,
        ),
    ]);
}
