//! Tests for drink and drugs as young adults tell them
//! (`drink_and_drugs_told_by_young_adults.rs`), in other words than batch 125, with hard
//! negatives (a weekend drinker, a hangover, a question about naloxone kits).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// The same drinker shaking or sweating: a same-day look [CG100].
#[test]
fn a_daily_drinker_shaking_is_urgent() {
    check(&[
        (
            "been on the booze every day since christmas, hands wont stop shaking",
            Urgent,
        ),
        (
            "trinke seit Monaten jeden Tag, jetzt zittere ich und schwitze",
            Urgent,
        ),
    ]);
}

/// A weekend drinker, a hangover, a harm-reduction question: not these signs.
#[test]
fn weekends_hangovers_and_kit_questions_are_not() {
    check(&[
        ("i drink most weekends, can i get my liver checked", Routine),
        ("hungover af, any tips lol", Routine),
        (
            "my brother used heroin years ago, does the pharmacy hand out naloxone kits for families?",
            Routine,
        ),
        ("reparten kits de naloxona en el centro?", Routine),
    ]);
}

/// A clock time is not a count of tablets (`matcher.rs`, `without_clock_counts`); a count
/// told beside a clock time still is.
#[test]
fn a_clock_time_is_not_a_count_of_tablets() {
    check(&[
        (
            "took my antibiotic at 10 and felt sick after, is that normal",
            Routine,
        ),
        (
            "took my iron tablet at 9 and felt queasy after breakfast",
            Routine,
        ),
        (
            "nehme meine Tabletten um 20 Uhr, darf ich Alkohol trinken?",
            Routine,
        ),
        ("took 30 pills at 10 tonight", Emergency),
        ("me tomé 25 pastillas a las 11", Emergency),
        ("ich habe um 22 Uhr 30 Tabletten geschluckt", Emergency),
    ]);
}

/// A number after "at" with a unit is a quantity, not a time: weeks of pregnancy still read.
#[test]
fn at_with_a_unit_is_not_a_clock_time() {
    check(&[
        ("spotting at 26 weeks, only a little", Urgent),
        ("swallowed 40 tablets at 9 tonight", Emergency),
    ]);
}
