//! Tests for a threat at the door (`a_threat_at_the_door.rs`), in other words than batch
//! 125, with hard negatives (a door that sticks, a parcel, a joke).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A door being broken in or a threat shouted through it: violence under way [MHF].
#[test]
fn a_door_being_broken_in_is_an_emergency() {
    check(&[
        (
            "my dad is drunk and trying to break it down, i locked myself in my room",
            Emergency,
        ),
        (
            "my ex is pounding on my door screaming that he will kill me",
            Emergency,
        ),
        (
            "mi ex está aporreando la puerta diciendo que me va a hacer daño",
            Emergency,
        ),
        ("il essaie de l'enfoncer, j'ai peur", Emergency),
    ]);
}

/// A sticking door, a parcel, a joke: routine.
#[test]
fn a_door_that_sticks_or_a_parcel_is_not() {
    check(&[
        ("the clinic door sticks, you have to push it hard", Routine),
        (
            "courier was banging on the door with my parcel lol, can i still book for friday",
            Routine,
        ),
    ]);
}
