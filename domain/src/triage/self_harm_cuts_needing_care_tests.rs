//! Tests for `self_harm_cuts_needing_care.rs`, in other words than the corpus, with hard
//! negatives (a kitchen cut, a deep cut from a fall, thoughts without an injury, a cut
//! deeper than usual years ago).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_self_harm_cut_that_needs_care_is_an_emergency() {
    check(&[
        (
            "I cut my arm again last night and went deeper than I meant to, it's gaping open",
            Emergency,
        ),
        (
            "slit my wrists an hour ago, you can see fat inside",
            Emergency,
        ),
        (
            "me he cortado los brazos otra vez, más hondo que nunca",
            Emergency,
        ),
        (
            "je me suis scarifiée ce soir, plus profond que d'habitude, on voit la graisse",
            Emergency,
        ),
        (
            "hab mich am Unterarm geritzt, tiefer als sonst, man sieht gelbes Fett",
            Emergency,
        ),
        (
            "mi sono fatta male da sola sul polso, si vede il grasso",
            Emergency,
        ),
        (
            "ela se cortou nos braços e dá pra ver gordura amarela",
            Emergency,
        ),
        (
            "heeft zich in de armen gesneden, dieper dan ooit",
            Emergency,
        ),
    ]);
}

#[test]
fn a_cut_without_self_harm_or_self_harm_without_an_injury_is_not_an_emergency() {
    check(&[
        // A deep kitchen cut is a wound to close today, not a self-harm emergency.
        (
            "sliced my thumb deep on a tin lid, it's gaping, do I need stitches?",
            Urgent,
        ),
        // A self-harm cut told as not deep: the same-day talk.
        (
            "cut my legs again tonight, it isn't deep, I just need someone to talk to",
            Urgent,
        ),
        (
            "me he cortado los brazos pero no muy hondo, necesito hablar con alguien hoy",
            Urgent,
        ),
        // Self-harm thoughts with no injury: the same-day talk.
        ("i keep thinking about cutting again but i haven't", Urgent),
        // Deeper than usual in another sense.
        (
            "the dentist cleaned deeper than usual, gums a bit sore, is that ok?",
            Routine,
        ),
        (
            "my voice is deeper than before since the flu, should I book?",
            Routine,
        ),
    ]);
}
