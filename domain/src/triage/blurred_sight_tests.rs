//! Tests for blurred sight in one eye (`blurred_sight.rs`), in other words than the corpus, with
//! hard negatives (new glasses, a blurry photo).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// After a filler [ACE]; alone, a same-day look.
#[test]
fn blurred_sight_after_a_filler_is_an_emergency_and_alone_a_same_day_look() {
    check(&[
        (
            "lip filler an hour ago and now it's blurry in my left eye",
            Emergency,
        ),
        (
            "fiz preenchimento hoje e não vejo bem do olho direito",
            Emergency,
        ),
        ("since this morning i'm blurry in one eye, no pain", Urgent),
    ]);
}

/// Hard negatives.
#[test]
fn glasses_and_photos_are_not() {
    check(&[
        (
            "new glasses and everything is a bit blurry, is that normal for the first week?",
            Routine,
        ),
        (
            "the photo you sent is blurry, can you resend the letter?",
            Routine,
        ),
    ]);
}
