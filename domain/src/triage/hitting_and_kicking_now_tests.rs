//! Tests for `hitting_and_kicking_now.rs`, with negatives (a boxing class, a past beating
//! asked about, a locked bathroom door to fix).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn hitting_now_or_hiding_from_it_is_an_emergency() {
    check(&[
        ("mijn vriend is weer aan het schoppen, ik zit met de baby in de slaapkamer met de deur op slot", Emergency),
        ("mio marito mi sta picchiando, sono chiusa in bagno perché lui urla", Emergency),
        ("o meu namorado está me batendo agora", Emergency),
        ("my boyfriend is hitting me right now, I'm locked in the bathroom", Emergency),
    ]);
}

#[test]
fn a_class_a_past_beating_or_a_lock_is_not_violence_now() {
    check(&[
        (
            "mijn zoon is aan het slaan op de tennisbaan, kunnen we de afspraak verzetten?",
            Routine,
        ),
        (
            "the bathroom door lock is broken at your clinic, thought you'd want to know",
            Routine,
        ),
    ]);
}
