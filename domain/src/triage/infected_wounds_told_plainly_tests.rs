//! Tests for wounds that look infected, told plainly (`infected_wounds_told_plainly.rs`), in
//! other words than the corpus, with hard negatives (a clean wound, stitches to come out, a
//! scar that is pink).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// Discharge, smell or a red streak from a wound [NG141].
#[test]
fn a_wound_with_discharge_smell_or_a_streak_is_a_same_day_look() {
    check(&[
        ("the graze on his knee has green gunk coming out", Urgent),
        ("my stitches are weeping and the skin is hot", Urgent),
        ("die Narbe eitert seit gestern", Urgent),
        ("a cicatriz da cirurgia tem pus", Urgent),
        ("de wond op mijn been ruikt en is rood", Urgent),
        ("la plaie du genou suinte et elle est rouge", Urgent),
    ]);
}

/// A wound healing well stays routine.
#[test]
fn a_clean_wound_stays_routine() {
    check(&[
        (
            "when can my stitches come out, the wound looks clean",
            Routine,
        ),
        ("my scar is pink and a bit itchy, is that normal", Routine),
        ("the dressing on my wound can i shower with it", Routine),
    ]);
}
