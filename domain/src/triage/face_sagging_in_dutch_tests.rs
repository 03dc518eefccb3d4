//! Tests for `face_sagging_in_dutch.rs`, in other words than the corpus, with hard
//! negatives (the same sign days ago, now better).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Urgent};

#[test]
fn a_face_sagging_away_now_is_a_stroke_sign() {
    check(&[
        (
            "mijn opa zijn mond zakt links weg en hij praat raar",
            Emergency,
        ),
        (
            "haar mondhoek zakt rechts weg sinds een kwartier",
            Emergency,
        ),
        // Hard negative: the same sign a week ago, gone since, wants a same-day look.
        (
            "twee weken geleden: mijn mondhoek zakte even weg, na tien minuten was het over",
            Urgent,
        ),
    ]);
}
