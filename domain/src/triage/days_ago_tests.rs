//! Tests for "N days ago" and "today is Monday" as dates before today (`scope/across.rs`,
//! `names_days_ago`, `today_is_a_day`), in other words than the corpus, with hard negatives
//! (still there now, a duration with no date, since this morning).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Urgent};

/// Chest pain 12-72 hours ago, over: a same-day look [CG95], in six languages.
#[test]
fn a_chest_pain_n_days_ago_that_has_not_come_back_is_a_same_day_look() {
    check(&[
        ("3 days ago I had a tight chest for twenty minutes, nothing since", Urgent),
        ("hace tres días tuve un dolor en el pecho de media hora, ya no he vuelto a tener nada", Urgent),
        ("il y a 2 jours j'ai eu une douleur à la poitrine pendant une demi-heure, plus rien depuis", Urgent),
        ("vor 2 Tagen hatte ich eine halbe Stunde Druck auf der Brust, seitdem nichts mehr", Urgent),
        ("2 giorni fa ho avuto dolore al petto per mezz'ora, niente da allora", Urgent),
        ("2 dagen geleden een half uur pijn op mijn borst, sindsdien niets meer", Urgent),
    ]);
}

/// Hard negatives: still there now, or told with no day before today.
#[test]
fn a_pain_still_there_or_undated_stays_an_emergency() {
    check(&[
        (
            "2 days ago the chest pain started and it is still there now",
            Emergency,
        ),
        (
            "chest pain for half an hour, nothing since, it was this morning",
            Emergency,
        ),
    ]);
}

/// "Today is Monday" names the day the message is written, against which an earlier
/// event is dated: no event within the day (CG95's 12-72 hours, a same-day look). A
/// finding told as since this morning stays an emergency.
#[test]
fn today_named_as_a_weekday_is_no_event_today() {
    check(&[
        (
            "tight chest on Friday night for ten minutes, gone since, today is Sunday",
            Urgent,
        ),
        (
            "dolor en el pecho el sábado por la noche, nada desde entonces, hoy es lunes",
            Urgent,
        ),
        (
            "Druck auf der Brust am Samstag, seitdem nichts mehr. Heute ist Montag",
            Urgent,
        ),
        (
            "chest pain since this morning, today is monday and the surgery is shut",
            Emergency,
        ),
    ]);
}
