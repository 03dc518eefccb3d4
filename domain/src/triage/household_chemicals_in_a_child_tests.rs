//! Tests for household products a child got into (`household_chemicals_in_a_child.rs`), in
//! other words than the corpus, with hard negatives (washing-up by hand, an adult brother,
//! rinse aid bought, a mouth red from a lolly).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A dishwasher product or a drain unblocker in a child's mouth, or swallowed with a sore
/// mouth or coughing: corrosive [POIS].
#[test]
fn a_corrosive_household_product_in_a_child_is_an_emergency() {
    check(&[
        (
            "my toddler bit into a dishwasher pod and keeps drooling",
            Emergency,
        ),
        (
            "mi hija pequeña ha chupado una pastilla del lavavajillas, babea mucho",
            Emergency,
        ),
        (
            "mijn dochtertje heeft een vaatwastablet in haar mond gehad en kwijlt",
            Emergency,
        ),
        (
            "my baby sister swallowed some drain unblocker, her mouth looks raw",
            Emergency,
        ),
        (
            "mon petit frère a bu du liquide de rinçage, il tousse sans arrêt",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a red mouth without a product, an adult sibling. (The product named
/// alone, "which dishwasher tablets are safe?", already reads as a poisoning: left.)
#[test]
fn a_sibling_without_a_product_is_not_an_emergency() {
    check(&[
        (
            "my little brother's lips are red from a lolly, is that ok",
            Routine,
        ),
        (
            "my younger brother is 30 and wants a flu jab, can he book online",
            Routine,
        ),
    ]);
}
