//! "It took 30 minutes to stop", "the bus took 45 minutes", "ça m'a pris 30 minutes",
//! "tardé 30 minutos": a number with a unit of time or distance after it tells how long,
//! never how many tablets. The overdose patterns that read a bare count after a verb of
//! taking ("took 20", "pris 30") read these as an overdose (batches 44, 82 and 88: a
//! nosebleed that "took 20 min to stop" read as one). A count of tablets or of a strong
//! medicine ("took 20 of my sertraline", "took 20 tablets 30 minutes ago") has its own
//! number with no unit after it, so it still reads [POIS].

use super::{Match, Sig, Token};

/// Units of time and distance, normalised, in the seven languages.
const UNITS: &[&str] = &[
    "min",
    "mins",
    "minute",
    "minutes",
    "minuto",
    "minutos",
    "minuti",
    "minuten",
    "minuut",
    "mn",
    "hour",
    "hours",
    "hr",
    "hrs",
    "hora",
    "horas",
    "heure",
    "heures",
    "stunde",
    "stunden",
    "ora",
    "ore",
    "uur",
    "uren",
    "sec",
    "secs",
    "second",
    "seconds",
    "segundos",
    "secondes",
    "sekunden",
    "secondi",
    "seconden",
    "day",
    "days",
    "dias",
    "jours",
    "tage",
    "tagen",
    "giorni",
    "dagen",
    "week",
    "weeks",
    "semanas",
    "semaines",
    "wochen",
    "settimane",
    "weken",
    "km",
    "miles",
    "metres",
    "meters",
    "steps",
    "pasos",
    "pas",
    "schritte",
    "passi",
    "passos",
    "stappen",
];

/// Units of a dose: "tomo 15 mg de mirtazapina" counts milligrams, not tablets. Only for
/// the counts of a named medicine (`Sig::PillCount`); the overdose patterns keep theirs.
const DOSE_UNITS: &[&str] = &["mg", "mcg", "ug"];

/// Words before a number that make it how often ("every 2 hours", "toutes les 2 heures"):
/// a dose repeated too often is an overdose, which its own patterns read.
const EVERY: &[&str] = &[
    "every", "cada", "toutes", "tous", "alle", "ogni", "elke", "om",
];

/// Whether `m`, a mention of an overdose or a count of tablets, rests only on numbers
/// that a unit of time or distance (or, for a count, of a dose) follows.
pub(super) fn only_a_duration(tokens: &[Token], m: &Match<Sig>) -> bool {
    let numbers: Vec<usize> = (m.start..=m.end)
        .filter(|&i| tokens[i].key.parse::<u32>().is_ok())
        .collect();
    let unit = |i: usize| {
        tokens.get(i + 1).is_some_and(|next| {
            UNITS.contains(&next.plain.as_str())
                || (m.signal == Sig::PillCount && DOSE_UNITS.contains(&next.plain.as_str()))
        })
    };
    let how_often = |i: usize| {
        (1..=2).any(|back| {
            i.checked_sub(back)
                .is_some_and(|at| EVERY.contains(&tokens[at].plain.as_str()))
        })
    };
    matches!(m.signal, Sig::Overdose | Sig::PillCount)
        && !numbers.is_empty()
        && numbers.iter().all(|&i| unit(i) && !how_often(i))
}
