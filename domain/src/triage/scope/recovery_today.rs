//! "Today" that dates the recovery or the telling, not the event: "chest pain on Saturday
//! for 20 minutes, today I'm fine", "ieri è svenuta, oggi sta benone", "hoy estoy
//! perfecto", "anteontem ... hoje to bem", "his arm went numb 10 days ago, he only told us
//! today", "no lo hemos contado hasta hoy", "hat sie uns erst heute erzählt". Read as a time
//! within the day, such a "today" made an emergency sign that had passed days before read
//! as passed within the day (an emergency) where it wants a same-day look [CG95, NG128].
//! Only a bare "today" counts, with a word for well or for telling beside it, and only when
//! the message names an earlier day: "gone all muddled today" (no earlier day) and "fainted
//! at school today, she's home now and ok" (the well word is not beside "today") keep
//! their reading, and a relative's event told today is still a report (`family_history`
//! keeps [`Scope::recent`]). Session 19f's wider try (any resolution cue in the clause)
//! moved two emergencies down; this one is tested both ways in `recovery_today_tests.rs`.

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Scope;

/// The words for today.
const TODAY: &[&str] = &[
    "today",
    "hoy",
    "aujourdhui",
    "heute",
    "oggi",
    "hoje",
    "vandaag",
];

/// Words for being well, beside "today" ("fine today", "oggi sta bene", "hoje nada").
const WELL: &[&str] = &[
    "fine",
    "well",
    "ok",
    "okay",
    "alright",
    "good",
    "normal",
    "perfect",
    "better",
    "bien",
    "perfecto",
    "perfecta",
    "perfectamente",
    "bene",
    "benone",
    "bem",
    "gut",
    "goed",
    "prima",
    "normale",
    "normaal",
    "nothing",
    "nada",
    "rien",
    "aucune",
    "nichts",
    "niente",
    "niks",
];

/// Words for telling before "today" ("only told us today", "hasta hoy", "erst heute").
const TOLD: &[&str] = &[
    "till", "until", "told", "hasta", "contado", "contou", "so", "erst", "jusqu", "jusqua", "solo",
    "soltanto", "pas", "tot",
];

impl Scope<'_> {
    /// Whether the message places the event itself within the last day: as
    /// [`Scope::recent`], less a "today" that dates only the recovery or the telling. A
    /// relative's event told today is still a report (`family_history` keeps `recent`).
    pub(crate) fn recent_event(&self) -> bool {
        self.cues_of(Sig::Recent).any(|cue| {
            !self.duration_on_a_day_before(cue)
                && !self.today_is_a_day(cue)
                && !self.today_dates_the_recovery(cue)
        })
    }

    /// Whether a Recent cue is a bare "today" that dates the recovery or the telling of an
    /// event on an earlier day the message names.
    pub(super) fn today_dates_the_recovery(&self, cue: &Match<Sig>) -> bool {
        let sentence = self.sentence(cue.start);
        let near = |from: usize, to: usize, words: &[&str]| {
            (from..to).any(|i| {
                i < self.tokens.len()
                    && self.tokens[i].sentence == sentence
                    && self.word_in(i, words)
            })
        };
        let well = near(cue.start.saturating_sub(3), cue.start, WELL)
            || near(cue.end + 1, cue.end + 5, WELL);
        let told = near(cue.start.saturating_sub(3), cue.start, TOLD);
        self.only_words(cue, TODAY) && (well || told) && self.names_an_earlier_day()
    }
}

impl Scope<'_> {
    /// Whether an emergency sign told on an earlier day is followed by "today" with a word
    /// for well ("ontem tive uma dor no peito, hoje tô bem", "hier soir une oppression ...
    /// aujourd'hui aucune douleur", "ayer ... hoy estoy perfecto"): the sign is over, and
    /// over before today, so a same-day look, not an emergency and not routine [CG95]. Only
    /// a sign before that "today", with no word of going on or coming back between them.
    pub(super) fn well_today_after(&self, m: &Match<Sig>) -> bool {
        let well_today = |i: usize| {
            self.word_in(i, TODAY)
                && (i.saturating_sub(2)..i).chain(i + 1..i + 4).any(|j| {
                    j < self.tokens.len()
                        && self.tokens[j].sentence == self.tokens[i].sentence
                        && self.word_in(j, WELL)
                })
        };
        (m.signal.is_emergency() || matches!(m.signal, Sig::ChestPain | Sig::Unconscious))
            && self.names_an_earlier_day()
            && (m.end + 1..self.tokens.len()).any(|i| {
                well_today(i)
                    && !(m.end + 1..i).any(|j| {
                        self.covers(j, &[Sig::Persist, Sig::Nonstop, Sig::Worse, Sig::Recur])
                    })
            })
    }
}
