//! Tests for an event that happened to someone outside the family (`someone_elses_event.rs`)
//! and the scope defects mended with it (`scope/long_ago.rs`, `scope/normal_temperature.rs`),
//! in other words than the corpus, with hard negatives both ways.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A friend's, a neighbour's or a classmate's past event with the writer's worry: history.
#[test]
fn someone_elses_past_event_is_not_the_writers_emergency() {
    check(&[
        ("my neighbour had a stroke at 50 and now I'm anxious about my own blood pressure, can I get it checked", Routine),
        ("a girl at my son's school had a seizure in assembly, should he avoid flashing games?", Routine),
        ("un compañero de trabajo tuvo un infarto, me gustaría hacerme un chequeo", Routine),
        ("mijn collega kreeg een beroerte, kan ik mijn bloeddruk laten meten?", Routine),
    ]);
}

/// Hard negatives: the friend's event under way now, or the writer's own.
#[test]
fn someone_elses_event_under_way_stays_an_emergency() {
    check(&[
        (
            "my friend is having a seizure right now and won't stop shaking",
            Emergency,
        ),
        ("my friend had a fit and now she isn't waking up", Emergency),
        (
            "I had a seizure at school an hour ago and my face droops",
            Emergency,
        ),
    ]);
}

/// A knock-out years back, fine since, is history; a knock-out today is NG232's, even
/// when recovered.
#[test]
fn a_knock_out_years_back_is_history_and_todays_is_not() {
    check(&[
        (
            "knocked out in a bike crash ten years ago, fine ever since, can I scuba dive",
            Routine,
        ),
        (
            "vor Jahren beim Fußball bewusstlos am Kopf getroffen, jetzt alles gut, Tauchschein?",
            Routine,
        ),
        (
            "got knocked out at football this morning after a blow to the head, seems fine now",
            Emergency,
        ),
    ]);
}

/// A temperature told as normal is no fever; a high one is.
#[test]
fn a_normal_temperature_is_not_a_fever() {
    check(&[
        (
            "she's got a normal temperature and a runny nose, can she go to nursery",
            Routine,
        ),
        (
            "temperatura normale, solo un po' di raffreddore, serve un certificato?",
            Routine,
        ),
        (
            "he has a high temperature and a rash that doesn't fade under a glass",
            Emergency,
        ),
        (
            "my son has a temperature and a sore ear since yesterday",
            Urgent,
        ),
    ]);
}

/// A child drowsy or floppy while vomiting: altered responsiveness [NG143 red].
#[test]
fn a_child_drowsy_while_vomiting_is_an_emergency() {
    check(&[
        (
            "my daughter, 6, threw up all night and now she's so sleepy she barely answers",
            Emergency,
        ),
        (
            "mon fils de 3 ans vomit depuis ce matin et il est tout mou",
            Emergency,
        ),
        (
            "my toddler was sick once this morning and is running around fine",
            Urgent,
        ),
    ]);
}
