//! Tests for a suicide plan told quietly (`quiet_plans_told_by_phone.rs`), in other words
//! than batch 111, with hard negatives (an appointment not needed, a diet plan made, a
//! note left at reception, a dog left with a sister, a razor for shaving, a knife for
//! cooking, a train to catch).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Things no longer needed, a decision told as known, a note left where it will be found,
/// the means carried or rigged, with a goodbye, no answer or a wish not to wake [MHF,
/// NG225, POIS].
#[test]
fn a_plan_told_without_a_clinical_word_is_an_emergency() {
    check(&[
        (
            "please stop my prescriptions, i wont be needing it after tonight",
            Emergency,
        ),
        (
            "she handed me all her jewellery yesterday and said she wont need any of it",
            Emergency,
        ),
        (
            "my dad wrote a note and left it on his pillow, now hes not answering",
            Emergency,
        ),
        (
            "ive written it all down for my wife, the insurance and the pin numbers. i know exactly how and when",
            Emergency,
        ),
        (
            "been holding a blade for an hour, i cant trust myself tonight",
            Emergency,
        ),
        (
            "my brother has a rope tied to the loft hatch and he wont answer me",
            Emergency,
        ),
        (
            "my mate texted that hes driving off the cliff road into the sea and cant stop himself",
            Emergency,
        ),
        (
            "i dont want to wake up ever again, took something to make sure of it",
            Emergency,
        ),
        (
            "my son swallowed a load of tablets but wont say how many",
            Emergency,
        ),
    ]);
}

/// The same words in an ordinary life: an appointment or a repeat no longer needed, a
/// place picked, a note for reception, a pet left for a holiday, shaving, cooking, a train.
#[test]
fn the_same_words_in_an_ordinary_life_are_not_an_emergency() {
    check(&[
        (
            "i wont need the appointment on monday, the rash has cleared",
            Routine,
        ),
        (
            "thanks, i wont be needing the inhaler after this week, moving to the brown one",
            Routine,
        ),
        (
            "made my plan with the dietitian, i know how and when to eat now",
            Routine,
        ),
        (
            "i left a note at reception for the doctor about my repeat, has she seen it",
            Routine,
        ),
        (
            "gave my dog to my sister for the fortnight, can i book a travel vaccine",
            Routine,
        ),
        (
            "what age can my son start holding a razor to shave his top lip",
            Routine,
        ),
        (
            "im at the train station now, running 10 min late for my appointment",
            Routine,
        ),
    ]);
}

/// The last message told as the last, beside a goodbye; "no point anymore" beside a plan
/// made; the means told only as "what I need" beside a plan [MHF, NG225].
#[test]
fn given_up_beside_a_goodbye_or_a_plan_is_an_emergency() {
    check(&[
        (
            "this is my last message. thank you for everything, tell my sister i love her",
            Emergency,
        ),
        (
            "im sorry, no point anymore. i know how and when now",
            Emergency,
        ),
        (
            "stop the therapy emails, made my plan and ive got everything i need",
            Emergency,
        ),
    ]);
}

/// The same words about a booking, a bill or a trip: no goodbye and no plan.
#[test]
fn given_up_on_a_booking_is_not_an_emergency() {
    check(&[
        ("thanks for trying to fit me in on friday", Routine),
        (
            "no point anymore in the reminder texts, i moved to leeds",
            Routine,
        ),
        (
            "i have everything i need for the scan tomorrow, thanks",
            Routine,
        ),
    ]);
}
