//! Tests for `pads_soaked_each_hour.rs`, in other words than the corpus, with hard
//! negatives (a heavy period, a pad changed each morning).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_pad_soaked_each_hour_after_a_birth_is_an_emergency() {
    check(&[
        (
            "gave birth last week and I'm soaking a pad an hour",
            Emergency,
        ),
        (
            "dei à luz há 5 dias, cada hora um absorvente cheio",
            Emergency,
        ),
        (
            "Entbindung vor 10 Tagen, jede Stunde ist die Binde voll",
            Emergency,
        ),
        // Hard negatives: a pad changed each morning, no birth or pregnancy.
        (
            "I change my pad every morning since the birth, is a little spotting normal?",
            Routine,
        ),
        (
            "heavy period, I change my pad every few hours, can I get tranexamic acid?",
            Routine,
        ),
    ]);
}
