//! Tests for `scope/recovery_today.rs`: a "today" that dates the recovery or the telling of
//! an event on an earlier day, both ways, in other words than the corpus. Hard negatives
//! keep their emergency: an event today, a stroke sign yesterday, a sign that got worse or
//! came back, a "today" with no earlier day.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Urgent};

/// An emergency sign over on an earlier day, well today or told only today: a same-day
/// look, not a 999 call [CG95, NG128].
#[test]
fn a_sign_over_days_ago_and_well_today_is_a_same_day_look() {
    check(&[
        (
            "had a tight chest on Sunday for 20 minutes, fine today, do I need to be seen?",
            Urgent,
        ),
        ("ayer me desmayé en el trabajo, hoy estoy bien", Urgent),
        ("ieri sera dolore al petto per mezz'ora, oggi sto bene", Urgent),
        ("j'ai fait un malaise lundi, aujourd'hui ça va bien", Urgent),
        (
            "mum's face drooped for 5 minutes last Tuesday then went back to normal, she only told us today",
            Urgent,
        ),
    ]);
}

/// Hard negatives: the event today, a stroke sign yesterday, a pain worse today, one that
/// came back, no earlier day named.
#[test]
fn an_event_today_or_a_sign_that_goes_on_stays_an_emergency() {
    check(&[
        ("her face drooped this morning, fine now", Emergency),
        (
            "his arm went weak yesterday for 10 minutes, fine today",
            Emergency,
        ),
        (
            "chest pain started yesterday and today it's worse",
            Emergency,
        ),
        (
            "yesterday I had chest pain, today I'm fine but it came back an hour ago",
            Emergency,
        ),
        ("gone all muddled today", Emergency),
    ]);
}
