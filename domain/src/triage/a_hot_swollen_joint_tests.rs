//! Tests for `a_hot_swollen_joint.rs`, with negatives (a warm compress asked about, a
//! knee swollen last year).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn a_joint_hot_and_swollen_or_that_cannot_bear_the_sheet_is_a_same_day_look() {
    check(&[
        (
            "woke up and my big toe joint is swollen and burning hot, never had this",
            Urgent,
        ),
        (
            "mijn knie is sinds vanochtend dik en gloeit, ik kan er amper op staan",
            Urgent,
        ),
        (
            "il ginocchio di mio padre è gonfio e scotta da stamattina",
            Urgent,
        ),
        ("meu joelho está inchado e pelando desde ontem", Urgent),
        (
            "my foot is so painful I can't bear the sheet touching it overnight",
            Urgent,
        ),
    ]);
}

#[test]
fn a_warm_compress_or_an_old_swelling_is_not_a_hot_joint() {
    check(&[
        (
            "can I put a warm compress on my knee before physio on Thursday?",
            Routine,
        ),
        (
            "mes chevilles gonflent un peu quand il fait chaud, c'est normal ?",
            Routine,
        ),
        (
            "last year my knee was swollen after football, the review letter says to book a check",
            Routine,
        ),
    ]);
}
