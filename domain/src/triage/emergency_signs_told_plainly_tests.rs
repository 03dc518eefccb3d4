//! Tests for `emergency_signs_told_plainly.rs`, in other words than the corpus, with hard
//! negatives (a growth spurt, a sports medical, an insulin pen, someone else's epilepsy,
//! shaking with cold).

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine, Urgent};

/// A spurting bleed, a bone through the skin, adrenaline given, a long fit or fits one after
/// another, a face fallen to one side, a heart attack's pain down the arm [BLEED, BOAST,
/// RCUK, EPI, FAST, CG95].
#[test]
fn emergency_signs_told_plainly_are_emergencies() {
    check(&[
        (
            "cut my thigh on glass and it's spurting everywhere",
            Emergency,
        ),
        ("het bot komt door de huid bij zijn enkel", Emergency),
        (
            "Biene gestochen, Zunge dick, Adrenalinpen gespritzt, jetzt geht es besser",
            Emergency,
        ),
        (
            "inyecté la adrenalina a mi hijo y ya respira mejor",
            Emergency,
        ),
        (
            "she's epileptic and this one has lasted 7 minutes",
            Emergency,
        ),
        (
            "il a fait deux crises à la suite sans se réveiller",
            Emergency,
        ),
        ("la bouche de mon père est tombée d'un côté", Emergency),
        (
            "a boca do meu avô ficou descaída do lado esquerdo",
            Emergency,
        ),
        (
            "numbness down the right side of her face since lunch",
            Emergency,
        ),
        ("pain going down my left arm up to my jaw", Emergency),
        (
            "seeing two of everything and walking into walls since lunch",
            Emergency,
        ),
    ]);
}

/// Two of everything, on its own: a change in vision, a same-day look [EYE].
#[test]
fn seeing_two_of_everything_is_a_change_in_vision() {
    check(&[("seeing 2 of everything since this morning", Urgent)]);
}

/// Hard negatives: a growth spurt, a sports medical, someone else's epilepsy asked about,
/// shaking with cold.
#[test]
fn look_alikes_of_these_signs_are_routine() {
    check(&[
        ("he had a growth spurt and his knees ache", Routine),
        ("is it ok for sports a week after his knee op", Routine),
        (
            "mon frère fait des crises d'épilepsie, est-ce héréditaire ?",
            Routine,
        ),
        ("I'm shaking with cold, can I get a flu jab?", Routine),
    ]);
}
