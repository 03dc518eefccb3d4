//! Tests for chest pressure and vague chest discomfort in lay words (`chest_discomfort.rs`),
//! in other words than the corpus, with hard negatives (years of the same feeling, negated,
//! resolved last month, a tummy, "une gêne pour marcher", "een raar gevoel" about a plan).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A discomfort with a companion CG95 names, or a pressure, is possibly cardiac [CG95].
#[test]
fn chest_discomfort_with_a_companion_sign_is_an_emergency() {
    check(&[
        (
            "odd feeling in my chest for the last half hour and i'm dripping with sweat",
            Emergency,
        ),
        (
            "weird feeling across my chest since dinner, feel a bit sick with it",
            Emergency,
        ),
        (
            "tightness across my chest while carrying shopping, still there 25 min later",
            Emergency,
        ),
        (
            "tengo una molestia en el pecho desde hace media hora y sudor frío",
            Emergency,
        ),
        (
            "une gêne dans la poitrine qui monte dans la mâchoire depuis 30 minutes",
            Emergency,
        ),
        (
            "seit einer halben Stunde ein komisches Gefühl in der Brust, mir ist übel",
            Emergency,
        ),
        (
            "ho un'oppressione al petto e sudo freddo da mezz'ora",
            Emergency,
        ),
        (
            "sinto um desconforto no peito que desce para o braço esquerdo",
            Emergency,
        ),
        (
            "al een half uur een vreemd gevoel op mijn borst en ik ben misselijk",
            Emergency,
        ),
        (
            "mijn vader heeft een drukkend gevoel op zijn borst sinds het eten",
            Emergency,
        ),
    ]);
}

/// Hard negatives.
#[test]
fn old_denied_or_other_discomforts_are_not() {
    check(&[
        ("odd feeling in my chest when i'm nervous before exams, had it for years, GP said anxiety", Routine),
        ("no chest discomfort, no sweating, just a cold and a blocked nose", Routine),
        ("the discomfort in my chest went away last month after the antibiotics, all fine since", Routine),
        ("i get a funny feeling in my tummy when i'm hungry", Routine),
        ("une gêne pour marcher depuis mon entorse, rdv possible ?", Routine),
        ("ik heb een raar gevoel over die afspraak, kan ik verzetten", Routine),
    ]);
}

/// The weight told before the chest ("as if an elephant sits on my chest"), in the
/// languages that put it first (the chest pain row).
#[test]
fn a_weight_told_before_the_chest_is_chest_pain() {
    check(&[
        (
            "het voelt alsof er een olifant op mijn borst staat, al een half uur",
            Emergency,
        ),
        (
            "como si tuviera un elefante sentado sobre el pecho, y sudo",
            Emergency,
        ),
        ("wie ein Elefant auf der Brust, seit 20 Minuten", Emergency),
    ]);
}

/// Hard negative: an elephant that is a toy or a picture, not a weight on the chest.
#[test]
fn an_elephant_that_is_not_on_the_chest_is_not() {
    check(&[(
        "mijn dochter kreeg een knuffel olifant, mag die mee naar de afspraak?",
        Routine,
    )]);
}
