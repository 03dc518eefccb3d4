//! Tests for everyday words that looked like a sign (session 20g): "dropping" squeezed to
//! the key of "drooping" (`normalize.rs`), "signé" one letter from "saigne" and "ripetere"
//! from "rimettere" (`matcher.rs` NOT_TYPOS), "rimettere" (to put back) and "boîte" (a box)
//! in `findings.rs`, and an age read as an oxygen saturation (`readings.rs`). Each with the
//! sign itself as the hard negative, in other words than the batches.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn dropping_is_not_drooping_but_a_drooping_face_still_is_a_stroke() {
    check(&[
        (
            "my blood pressure keeps dropping when I stand, is that the tablets?",
            Routine,
        ),
        ("the price dropped, can I rebook?", Routine),
        (
            "her face is drooping on one side since ten minutes",
            Emergency,
        ),
        (
            "his mouth is dropping on the left and his words are slurred",
            Emergency,
        ),
    ]);
}

#[test]
fn signing_and_a_box_are_not_bleeding_or_a_limp() {
    check(&[
        (
            "j'ai signé les papiers pour l'intervention, je les envoie où ?",
            Routine,
        ),
        (
            "ma boîte de vitesses m'a lâché, je serai en retard au rendez-vous",
            Routine,
        ),
        (
            "je saigne encore beaucoup depuis l'extraction ce matin",
            Emergency,
        ),
        (
            "ma fille boite depuis hier soir et ne veut plus marcher",
            Urgent,
        ),
    ]);
}

#[test]
fn putting_back_a_cream_is_not_vomiting() {
    check(&[
        (
            "posso rimettere il trucco due giorni dopo il peeling?",
            Routine,
        ),
        ("devo ripetere le analisi del sangue?", Routine),
        (
            "mio figlio ha battuto la testa e ha rimesso due volte",
            Emergency,
        ),
        ("rimette tutto da stanotte, anche l'acqua", Urgent),
    ]);
}

#[test]
fn an_age_after_a_saturation_is_not_a_saturation() {
    check(&[
        (
            "oxygen on the clip is 95, I'm 72 and just want a check-up slot",
            Routine,
        ),
        ("sats 87 and I'm 72", Emergency),
    ]);
}

// Session 22e: Dutch "stippen" (dots) is not "stuipen" (fits).
#[test]
fn dots_on_a_scarf_in_dutch_are_not_fits() {
    super::thumb_tests::check(&[(
        "ik ben mijn muts vergeten bij jullie, blauw met gele stippen",
        Urgency::Routine,
    )]);
}
