//! Tests for a dry socket told by its signs (`dry_socket_told_by_its_signs.rs`), in other
//! words than the corpus, with hard negatives (an earache with a cold, a socket healing
//! well, a bad taste from a mouthwash).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// Pain to the ear or a foul taste days after a tooth came out [SDCEP].
#[test]
fn pain_to_the_ear_or_a_foul_taste_after_an_extraction_is_urgent() {
    check(&[
        (
            "molar pulled on monday, today the pain shoots up to my ear",
            Urgent,
        ),
        (
            "tooth out 3 days ago, awful pain and a rotten taste",
            Urgent,
        ),
        (
            "me sacaron la muela y ahora el dolor va hasta el oido",
            Urgent,
        ),
        ("Zahn gezogen, jetzt Schmerzen bis ins Ohr", Urgent),
        ("kies getrokken, nu pijn tot in mijn oor", Urgent),
    ]);
}

/// An earache with no tooth out, or a socket healing, stays routine.
#[test]
fn an_earache_or_a_healing_socket_stays_routine() {
    check(&[
        (
            "earache with my cold, pain goes up to the ear when i swallow",
            Routine,
        ),
        (
            "tooth out last week, healing nicely, when can i eat crisps",
            Routine,
        ),
        (
            "new mouthwash leaves a horrible taste, can i change it",
            Routine,
        ),
    ]);
}
