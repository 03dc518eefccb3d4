//! Tests for `lip_filler_told_plainly.rs`, in other words than the corpus, with hard
//! negatives (lips done months ago and fine, a cold sore).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn lips_injected_then_white_or_purple_is_an_emergency() {
    check(&[
        (
            "0.5ml in the top lip this afternoon, now a patch has gone pale and blotchy",
            Emergency,
        ),
        (
            "labbra fatte stamattina, adesso un pezzo è bianco e poi viola",
            Emergency,
        ),
        (
            "me hicieron los labios ayer y tengo una zona morada que duele",
            Emergency,
        ),
        // Hard negatives: lips done and fine, a cold sore.
        (
            "lips done in March and I love them, can I book a top-up?",
            Routine,
        ),
        (
            "I have a cold sore on my lip, can I still have my smear test?",
            Routine,
        ),
    ]);
}
