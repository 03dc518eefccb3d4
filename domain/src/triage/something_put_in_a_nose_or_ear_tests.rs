//! Tests for something a child put in a nose or an ear (`something_put_in_a_nose_or_ear.rs`),
//! with hard negatives: a nose piercing, a blocked nose, drops put in an ear.

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// The object or the putting, in seven languages: the same day [MTS].
#[test]
fn an_object_in_a_nose_or_ear_is_the_same_day() {
    check(&[
        (
            "my toddler pushed a bead up her nose and we can't get it out",
            Urgent,
        ),
        ("mi hija se metió una lenteja en el oído y no sale", Urgent),
        ("mon fils s'est mis un petit pois dans le nez", Urgent),
        ("er hat sich eine Erbse ins Ohr gesteckt", Urgent),
        ("si è infilato un sassolino nel naso", Urgent),
        ("ele enfiou um feijão no nariz e não sai", Urgent),
        ("ze heeft een knikker in haar oor gestopt", Urgent),
    ]);
}

/// Not an object lodged: a piercing, a blocked nose, drops in an ear.
#[test]
fn a_piercing_or_drops_are_routine() {
    check(&[
        ("can I book a nose piercing check, it has healed", Routine),
        (
            "le puse las gotas en el oído como dijo la doctora, ¿cuántos días más?",
            Routine,
        ),
        (
            "stuck at home with a blocked nose, can I get a repeat of my spray?",
            Routine,
        ),
    ]);
}
