//! A stroke sign (BE-FAST) told as over, in a message that places it within today by a
//! part of the day, a meal or minutes ("his arm went dead while he made tea, back to
//! normal now", "de manhã o braço ficou fraco uns 10 min, depois passou", "after lunch
//! she couldn't get her words out for a bit, fine now"): a suspected TIA, which NICE sends
//! for specialist assessment the same day and the FAST campaign to 999 even when the
//! signs go [NG128, FAST]. Read as over with no "today" or "this morning" the
//! [`Scope::recent`] cues know, it was a same-day look. Not when the message names an
//! earlier day, or weeks, months or years ("a mini stroke 3 years ago", "last week my arm
//! went numb for 10 minutes"): history and last week's TIA keep their reading. Tests both
//! ways in `stroke_signs_that_passed_today_tests.rs`.

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::{is_fast_sign, Scope};

/// Parts of the day, meals and minutes that place a passed sign within today.
const WITHIN_TODAY: &[&str] = &[
    "morning",
    "afternoon",
    "lunch",
    "lunchtime",
    "breakfast",
    "tea",
    "dinner",
    "earlier",
    "minutes",
    "mins",
    "min",
    "manana",
    "desayuno",
    "comida",
    "minutos",
    "matin",
    "midi",
    "dejeuner",
    "fruh",
    "vormittag",
    "mittag",
    "mittagessen",
    "fruhstuck",
    "minuten",
    "mattina",
    "stamattina",
    "pranzo",
    "colazione",
    "minuti",
    "manha",
    "almoco",
    "ochtend",
    "vanochtend",
    "middag",
    "vanmiddag",
    "ontbijt",
];

/// Spans longer than a day, and weekdays: a passed sign dated by them is not today's.
const LONGER_THAN_A_DAY: &[&str] = &[
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "semana",
    "semanas",
    "meses",
    "ano",
    "anos",
    "semaine",
    "semaines",
    "mois",
    "ans",
    "woche",
    "wochen",
    "monat",
    "monaten",
    "jahr",
    "jahren",
    "settimana",
    "settimane",
    "mese",
    "mesi",
    "anno",
    "anni",
    "weken",
    "maand",
    "maanden",
    "jaar",
    "jaren",
    // Weekdays as typed on phones ("10 min last tues fine since"), which
    // `names_an_earlier_day` does not know; not "sat" or "sun", everyday words.
    "tue",
    "tues",
    "wed",
    "weds",
    "thu",
    "thur",
    "thurs",
    "fri",
];

impl Scope<'_> {
    /// Whether a stroke sign told as over is placed within today by a part of the day, a
    /// meal or minutes, with no earlier day, weeks, months or years named.
    pub(crate) fn fast_sign_passed_today(&self, m: &Match<Sig>) -> bool {
        let any = |words: &[&str]| (0..self.tokens.len()).any(|i| self.word_in(i, words));
        is_fast_sign(m.signal)
            && any(WITHIN_TODAY)
            && !any(LONGER_THAN_A_DAY)
            && !self.names_an_earlier_day()
    }
}
