//! Tests for lowered consciousness told by what a person cannot do, and swelling near the
//! airway after a tooth out or an operation (`airway_and_alertness_danger.rs`), in other
//! words than the corpus, with hard negatives (too tired to cook, a teenager who will not get
//! up, drooling with teething, an eye shut by hay fever).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Too drowsy to swallow, or barely waking: a lowered level of consciousness [RCUK, DKA;
/// NG143 red in a baby].
#[test]
fn too_drowsy_to_swallow_or_barely_waking_is_an_emergency() {
    check(&[
        (
            "my mum is too sleepy to swallow her tablets this evening",
            Emergency,
        ),
        (
            "he's groggy and drooling, the tea just runs out of his mouth",
            Emergency,
        ),
        ("unser Baby wacht kaum auf und trinkt nicht", Emergency),
        (
            "è difficile svegliare mio figlio di 2 anni stamattina",
            Emergency,
        ),
        ("o bebé não acorda para mamar desde a manhã", Emergency),
        ("el bebé no se despierta ni para comer", Emergency),
        ("mijn dochter wordt bijna niet wakker", Emergency),
    ]);
}

/// Swelling near the airway after a tooth out or an operation told by what it stops:
/// swallowing, the eye, breathing [SDCEP, RCUK].
#[test]
fn swelling_near_the_airway_told_by_what_it_stops_is_an_emergency() {
    check(&[
        (
            "had a molar pulled Tuesday, jaw swollen and I'm drooling because swallowing is agony",
            Emergency,
        ),
        (
            "dente del giudizio tolto, guancia gonfia, non apro la bocca né a deglutire",
            Emergency,
        ),
        (
            "after the extraction the swelling is going up and beginning to shut her eye",
            Emergency,
        ),
        (
            "operata alla tiroide ieri, il collo gonfio e respiro male",
            Emergency,
        ),
    ]);
}

/// Hard negatives: tiredness, a teenager, teething drool, an eye shut by hay fever.
#[test]
fn tiredness_and_drool_without_danger_are_not_an_emergency() {
    check(&[
        (
            "too tired to cook most nights, could it be my thyroid?",
            Routine,
        ),
        (
            "my teenager barely gets up before noon, is that normal?",
            Routine,
        ),
        (
            "teething and drooling loads, any gel you recommend?",
            Routine,
        ),
        (
            "ho uno sfogo dopo i gamberi, nessun problema a respirare né a ingoiare",
            Routine,
        ),
        (
            "hay fever is so bad my eyes keep closing, can I get a stronger antihistamine?",
            Routine,
        ),
    ]);
}
