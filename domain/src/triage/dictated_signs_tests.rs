//! Tests for `dictated_signs.rs` and `dictation_splits.rs`, in other words than batch 121,
//! with hard negatives (a curtain at home, lightning in a storm, neighbours who are noisy,
//! a grunt at the gym, a war film, piano keys).

use super::dictation_splits::joined;
use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn burning_en_urinant_is_burning_urine_not_a_burn() {
    check(&[
        (
            "ça me pique en urinant depuis deux jours, j'ai 38 et mal au dos",
            Urgent,
        ),
        // Hard negative: a kitchen burn on a child stays an emergency.
        (
            "mon fils de trois ans s'est brûlé avec l'eau bouillante sur tout le bras",
            Emergency,
        ),
    ]);
}

#[test]
fn a_curtain_or_shadow_over_one_eye_is_a_same_day_look() {
    check(&[
        (
            "since this morning there's a shadow over my left eye and some flashes",
            Urgent,
        ),
        (
            "j'ai comme un voile devant l'oeil droit depuis hier soir",
            Urgent,
        ),
        ("es como una cortina que baja en el ojo izquierdo", Urgent),
        ("ik zie lichtflitsen en een schaduw voor mijn oog", Urgent),
        // Hard negatives: a curtain and lightning that are things.
        (
            "can you close the curtain in room 3, the sun is in my eyes during the scan",
            Routine,
        ),
        (
            "wir haben gestern beim Gewitter Blitze gesehen, der Termin morgen bleibt?",
            Routine,
        ),
    ]);
}

#[test]
fn a_new_belief_of_being_spied_on_is_a_same_day_mental_health_look() {
    check(&[
        ("my brother is convinced the neighbours are spying on him through the wall, barely sleeping", Urgent),
        ("ma fille croit que les voisins l'espionnent et ne dort plus", Urgent),
        ("mi padre cree que los vecinos lo envenenan, no come", Urgent),
        // Hard negative: neighbours who are noisy, told plainly.
        ("the neighbours are noisy at night, can I get a letter for the council about my sleep", Routine),
    ]);
}

#[test]
fn a_baby_grunting_told_with_the_german_verb_is_an_emergency() {
    check(&[
        (
            "unser Sohn ist drei Wochen alt und grunzt beim Atmen",
            Emergency,
        ),
        // Hard negative: a newborn breathing quietly, a check booked.
        (
            "unser Sohn ist drei Wochen alt und atmet ruhig, wann ist die U3?",
            Routine,
        ),
    ]);
}

#[test]
fn split_words_are_joined_back() {
    assert_eq!(
        joined("she is on war farin and fell"),
        "she is on warfarin and fell"
    );
    assert_eq!(joined("took para set a mall"), "took paracetamol");
    assert_eq!(joined("Schlag an Fall"), "Schlaganfall");
    assert_eq!(joined("blood key tones 1.9"), "blood ketones 1.9");
    // Hard negatives: piano keys with no reading, a war film, apart by punctuation.
    assert_eq!(
        joined("the key tones of the piano"),
        "the key tones of the piano"
    );
    assert_eq!(joined("a war film"), "a war film");
    assert_eq!(joined("war, farin"), "war, farin");
    check(&[
        // Hard negative: a programme about a stroke, the word split by dictation.
        (
            "im Radio kam was über Schlag an Fall, kann ich meinen Blutdruck messen lassen",
            Routine,
        ),
        (
            "grandad is on war farin and hit his head on the door frame",
            Emergency,
        ),
        (
            "my daughter blood key tones two point two sugar nineteen what now",
            Urgent,
        ),
    ]);
}
