//! Tests for a belly pain that eased and came back worse (`belly_pain_back_worse.rs`), in
//! other words than the corpus, with hard negatives (it stayed away, it was last year, a
//! "what if", someone else's story).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Easing then returning worse is a burst appendix [APP], in each language.
#[test]
fn a_belly_pain_that_eased_and_came_back_worse_is_an_emergency() {
    check(&[
        (
            "stomach pain settled down overnight and now it's back and worse",
            Emergency,
        ),
        (
            "la barriga se me calmó un rato y volvió mucho peor",
            Emergency,
        ),
        (
            "mal au ventre qui s'était calmé et qui revient encore pire ce soir",
            Emergency,
        ),
        (
            "die Bauchschmerzen waren kurz besser und sind jetzt viel schlimmer",
            Emergency,
        ),
        (
            "il mal di pancia era passato e adesso è tornato peggio di prima",
            Emergency,
        ),
        (
            "a dor de barriga melhorou de manhã e voltou bem pior",
            Emergency,
        ),
        (
            "de buikpijn was even weg en kwam terug, nog erger",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a pain that eased and stayed away, a pain only getting worse (urgent),
/// last year's story, a "what if", a sister's appendix.
#[test]
fn an_easing_that_lasts_or_a_story_is_not() {
    check(&[
        (
            "my tummy ache eased after the paracetamol and it hasn't come back",
            Routine,
        ),
        ("la douleur au ventre est passée, ça va mieux", Routine),
        (
            "the belly pain is slowly getting worse since this morning",
            Urgent,
        ),
    ]);
}
