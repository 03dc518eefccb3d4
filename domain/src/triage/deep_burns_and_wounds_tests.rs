//! Tests for `deep_burns_and_wounds.rs`: a burn deep or large, spurting blood, a blade
//! left in a wound, in other words than blind batch 107, with hard negatives (a small
//! blister, a splinter still in, a plate in the kitchen).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_deep_or_large_burn_is_an_emergency() {
    check(&[
        (
            "mon fils s'est ébouillanté le bras, c'est grand comme une main",
            Emergency,
        ),
        (
            "me quemé la pierna con aceite, es grande como un plato",
            Emergency,
        ),
        (
            "hab mir das Bein verbrannt, die Haut ist weiß und ledrig",
            Emergency,
        ),
        // Hard negatives: a small burn, a plate.
        (
            "se me cayó un plato grande y me corté un poco el dedo",
            Routine,
        ),
    ]);
}

#[test]
fn spurting_blood_or_a_blade_left_in_is_an_emergency() {
    check(&[
        (
            "er hat sich in die Hand geschnitten und es spritzt raus",
            Emergency,
        ),
        (
            "se ha cortado la pierna con la radial y sale a chorros",
            Emergency,
        ),
        (
            "il s'est enfoncé une lame dans le bras, elle est encore dedans",
            Emergency,
        ),
        // Hard negative: a splinter still in.
        (
            "une écharde encore dedans depuis hier, vous pouvez l'enlever ?",
            Routine,
        ),
    ]);
}
