//! Tests for the commas of a list of signs (`list_commas.rs`): a list of signs written
//! with commas reaches the pattern it would reach without them, in other words than the
//! corpus; and the hard negatives: a negated or reassured item does not join its
//! neighbours, and a negation still stops at the comma.

use super::normalize::normalize;
use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

fn phrases(text: &str) -> Vec<u16> {
    normalize(text).tokens.iter().map(|t| t.phrase).collect()
}

/// The items of a list share one phrase; the clauses stay apart for negation.
#[test]
fn a_list_of_words_is_one_phrase_but_keeps_its_clauses() {
    let normalized = normalize("a red, warm, swollen knee");
    let clauses: Vec<u16> = normalized.tokens.iter().map(|t| t.clause).collect();
    assert_eq!(clauses, [0, 0, 1, 2, 2]);
    assert_eq!(phrases("a red, warm, swollen knee"), [0, 0, 0, 0, 0]);
    // "..., red and hard": one word before "and" closes a list.
    assert_eq!(
        phrases("my shin is hot, red and hard"),
        [0, 0, 0, 0, 0, 0, 0]
    );
    // Two long clauses are not a list.
    assert_eq!(
        phrases("my shin is hot tonight, the dog is fine and asleep"),
        [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]
    );
}

/// A negated or reassured item, a reading, or a new sentence does not join.
#[test]
fn negated_items_readings_and_sentences_do_not_join() {
    assert_eq!(phrases("no fever, wee normal"), [0, 0, 1, 1]);
    assert_eq!(phrases("swallowing fine, sore"), [0, 0, 1]);
    assert_eq!(
        phrases("my blood pressure was taken, 150/95"),
        [0, 0, 0, 0, 0, 1, 1]
    );
    assert_eq!(phrases("knee hot. red"), [0, 0, 1]);
}

/// Red, hot and swollen written as a list, in several languages: a same-day look, as
/// the same words without commas are.
#[test]
fn a_hot_red_swollen_joint_written_as_a_list_is_urgent() {
    check(&[
        ("a red, warm, swollen big toe since last night", Urgent),
        (
            "mi tobillo está rojo, caliente, hinchado desde ayer",
            Urgent,
        ),
        ("son genou est rouge, chaud, gonflé depuis ce matin", Urgent),
        (
            "mijn pols is rood, warm, gezwollen sinds vanochtend",
            Urgent,
        ),
        ("il gomito è rosso, caldo, gonfio da stamattina", Urgent),
    ]);
}

/// Hard negatives: items that are denied, or a list with no sign in it.
#[test]
fn denied_items_and_lists_of_errands_are_not_raised() {
    check(&[
        (
            "no redness, no swelling, no heat, the scar looks good",
            Routine,
        ),
        ("bought milk, bread, eggs and a new toothbrush", Routine),
        ("sin fiebre, come bien, duerme bien", Routine),
    ]);
}

/// A negation before a comma still does not reach past it: the item after it is
/// reported, and a chest pain after "no fever," stays an emergency.
#[test]
fn a_negation_still_stops_at_the_comma() {
    check(&[("no fever, crushing chest pain for half an hour", Emergency)]);
}
