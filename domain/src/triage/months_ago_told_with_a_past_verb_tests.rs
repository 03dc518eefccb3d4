//! Tests for `months_ago_told_with_a_past_verb.rs`: months back with a past verb is
//! history; a duration ("da due mesi", "sinds twee maanden") and an age ("di 8 mesi fa un
//! verso") stay current.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn an_event_months_back_told_with_a_past_verb_is_history() {
    check(&[
        (
            "sei mesi fa ho avuto una crisi epilettica, serve il certificato per la patente",
            Routine,
        ),
        (
            "quattro mesi fa mio padre ha avuto un infarto, vorrei rinnovare le sue ricette",
            Routine,
        ),
        (
            "vijf maanden geleden had mijn moeder een herseninfarct, kan ze een griepprik krijgen?",
            Routine,
        ),
        (
            "il y a un mois il a eu un AVC, il faut renouveler son ordonnance",
            Routine,
        ),
    ]);
}

#[test]
fn a_duration_an_age_or_a_sign_now_after_the_months_stays_current() {
    check(&[
        (
            "da due mesi ho un dolore al petto che mi prende quando salgo le scale e ora anche a riposo con sudore freddo",
            Emergency,
        ),
        (
            "il piccolo di 8 mesi fa fatica a respirare e gli rientra la pancia",
            Emergency,
        ),
        (
            "drie maanden geleden een stent gekregen en nu sinds een uur weer drukkende pijn op de borst",
            Emergency,
        ),
    ]);
}
