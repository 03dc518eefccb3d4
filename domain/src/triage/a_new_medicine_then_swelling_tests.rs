//! Tests for a medicine just started, then the lips or face puffing up
//! (`a_new_medicine_then_swelling.rs`), in other words than batch 120, with hard negatives (a
//! course started and fine, a question about alcohol, puffy eyes after crying).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A new course, then the lips or tongue swelling: an allergy reaching the airway [RCUK].
#[test]
fn swelling_after_a_new_course_is_an_emergency() {
    check(&[
        (
            "started penicillin yesterday and my lips are puffing up now",
            Emergency,
        ),
        (
            "empecé la amoxicilina esta mañana y se me están hinchando los labios",
            Emergency,
        ),
        (
            "j'ai commencé l'amoxicilline hier, mes lèvres gonflent",
            Emergency,
        ),
        (
            "comecei o antibiótico hoje e os lábios estão inchando",
            Emergency,
        ),
    ]);
}

/// A course started with a rash alone is the urgent allergy line; started and well, or a
/// question, is routine.
#[test]
fn a_new_course_alone_lifts_nothing() {
    check(&[
        (
            "started amoxicillin on monday and now a rash on my arms",
            Urgent,
        ),
        (
            "started antibiotics yesterday, can i still have a glass of wine at the weekend",
            Routine,
        ),
        (
            "my eyes look puffy after crying all night at the film haha",
            Routine,
        ),
    ]);
}
