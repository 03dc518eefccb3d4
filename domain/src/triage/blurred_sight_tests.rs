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

/// A blurred eye after filler near the nose or brow is a vascular occlusion until shown
/// otherwise [ACE]; on its own, or wavy sight after eye surgery, it is urgent [EYE].
#[test]
fn an_eye_told_as_blurred_is_a_change_in_vision() {
    check(&[
        (
            "tear trough filler this morning and now my left eye has gone misty",
            Emergency,
        ),
        (
            "me pusieron relleno en la ojera ayer y hoy tengo el ojo borroso",
            Emergency,
        ),
        (
            "since this afternoon my eye is cloudy and it aches a bit",
            Urgent,
        ),
        (
            "2 days after my cataract op the eye is foggy, like looking through smoke",
            Urgent,
        ),
        ("depuis ce matin j'ai l'œil flou du côté opéré", Urgent),
        (
            "seit gestern Abend ist mein rechtes Auge ganz verschwommen",
            Urgent,
        ),
        (
            "mijn oog is sinds vanochtend wazig na de laserbehandeling",
            Urgent,
        ),
        ("after the laser my vision is wavy in the right eye", Urgent),
    ]);
}

/// Hard negatives: a blurred photo, a denied blur, a blur over the next morning, glasses
/// or a windscreen that fogged.
#[test]
fn a_blur_that_is_not_the_eye_now_is_not() {
    check(&[
        ("the photo of my mole came out blurry, can I send another?", Routine),
        ("eye not blurry at all, just a bit itchy from hay fever", Routine),
        ("my eye was blurry for a minute last month after swimming, fine ever since, can I book an eye test?", Routine),
        ("my glasses keep getting foggy with the mask, any tips?", Routine),
    ]);
}
