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

/// Whether `m`, a mention of an overdose or a count of tablets, rests only on numbers
/// that a unit of time or distance follows.
pub(super) fn only_a_duration(tokens: &[Token], m: &Match<Sig>) -> bool {
    let numbers: Vec<usize> = (m.start..=m.end)
        .filter(|&i| tokens[i].key.parse::<u32>().is_ok())
        .collect();
    matches!(m.signal, Sig::Overdose | Sig::PillCount)
        && !numbers.is_empty()
        && numbers.iter().all(|&i| {
            tokens
                .get(i + 1)
                .is_some_and(|next| UNITS.contains(&next.plain.as_str()))
        })
}
