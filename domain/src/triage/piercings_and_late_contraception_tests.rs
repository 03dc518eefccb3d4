//! Tests for a piercing gone bad and an overdue contraceptive injection
//! (`piercings_and_late_contraception.rs`), in other words than batch 125, with hard
//! negatives (a jab due next week, a piercing healing well).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A red, throbbing swelling; an overdue injection: a same-day look.
#[test]
fn a_throbbing_swelling_or_an_overdue_injection_is_urgent() {
    check(&[
        (
            "my belly button piercing is swollen, red and throbbing since yesterday",
            Urgent,
        ),
        (
            "el piercing de la nariz está hinchado, rojo y palpitante",
            Urgent,
        ),
        ("mein Tattoo ist geschwollen, rot und pocht", Urgent),
        (
            "my injection was due 2 weeks ago and i missed it, had sex on saturday",
            Urgent,
        ),
    ]);
}

/// A jab due next week, a piercing that heals: routine.
#[test]
fn a_jab_due_soon_or_a_healing_piercing_is_not() {
    check(&[
        ("my depo is due next friday, can i book it in", Routine),
        (
            "new helix piercing healing nicely, can i swap the bar yet",
            Routine,
        ),
    ]);
}
