//! Tests for `half_an_hour_ago.rs`, in other words than the corpus, with hard negatives
//! (the same signs days ago).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Urgent};

#[test]
fn stroke_signs_passed_within_the_hour_are_an_emergency() {
    check(&[
        ("mio nonno una mezzoretta fa non riusciva a parlare e aveva la bocca storta, ora sta meglio", Emergency),
        ("mezzora fa mia madre aveva il braccio debole e parlava male, adesso è tutto passato", Emergency),
        // Hard negative: the same signs a week ago want a same-day look, not an ambulance.
        ("una settimana fa mia madre aveva il braccio debole e parlava male per dieci minuti, poi è passato", Urgent),
    ]);
}
