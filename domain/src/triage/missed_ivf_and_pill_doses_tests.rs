//! Tests for fertility injections missed, late or leaked, and pills missed before sex
//! (`missed_ivf_and_pill_doses.rs`), in other words than the corpus, with hard negatives
//! (a missed appointment, an injection booked, a pill taken late with no sex).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A stimulated cycle's injection missed or late, and pills missed with sex.
#[test]
fn a_missed_ivf_injection_or_missed_pills_with_sex_are_same_day() {
    check(&[
        (
            "forgot my menopur injection last night, egg collection on friday",
            Urgent,
        ),
        ("ho dimenticato la puntura di gonal ieri sera", Urgent),
        ("ich habe die Ovitrelle Spritze vergessen", Urgent),
        (
            "forgot two pills this week and we had sex on saturday",
            Urgent,
        ),
    ]);
}

/// A missed appointment, an injection ahead, a pill late without sex stay routine.
#[test]
fn a_missed_appointment_or_a_booked_injection_stays_routine() {
    check(&[
        ("i missed my ivf appointment, can i rebook", Routine),
        (
            "when should i do my trigger shot, collection is monday",
            Routine,
        ),
        ("took my pill 3 hours late, no sex since", Routine),
    ]);
}
