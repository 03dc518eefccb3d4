//! An emergency sign dated days or weeks back that a clinician or a test has since cleared,
//! told with nothing going on now: "chest pain three weeks ago, went to A&E, ECG and bloods
//! normal, can I book the follow-up?", "hace un mes tuve dolor de pecho, en urgencias me
//! dijeron que todo bien", "vor drei Wochen Brustschmerzen, in der Notaufnahme EKG
//! unauffällig". That is history, a routine request (the letter, the follow-up, the gym), not
//! a same-day look: the look was had [CG95]. `reviewed_since` already reads it when the date
//! and the verdict share the mention's sentence; this reads the same story told over two or
//! three sentences. It is narrow on purpose, since session 19f's wider "they said" cue read
//! a chest pain now as history: the whole message must tell nothing as going on (no time
//! within the day, nothing persisting, worse, non-stop or present), and a "came back" counts
//! only as a test that came back normal.

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Scope;

/// Who or what checked it: a clinician, a department, a test. A verdict with none of these
/// ("yesterday he was fine") is a state, not a check.
const CHECKERS: &[&str] = &[
    "ae",
    "er",
    "hospital",
    "gp",
    "doctor",
    "dr",
    "cardiology",
    "cardiologist",
    "ecg",
    "ekg",
    "bloods",
    "tests",
    "urgencias",
    "urgences",
    "urgencia",
    "urgencias",
    "notaufnahme",
    "notarzt",
    "arzt",
    "hausarzt",
    "soccorso",
    "guardia",
    "spoed",
    "huisarts",
    "medico",
    "medecin",
    "medecins",
    "electro",
    "analitica",
    "troponin",
    "elettrocardiogramma",
    "ziekenhuis",
    "krankenhaus",
    "ospedale",
    "hospital",
    "hopital",
];

impl Scope<'_> {
    /// Whether a mention is an event on an earlier day that a later review or test cleared,
    /// in a message that reports nothing as going on now.
    pub(super) fn checked_and_cleared(&self, m: &Match<Sig>) -> bool {
        let sentence = self.sentence(m.start);
        let dated = self
            .cues_of(Sig::WeeksAgo)
            .any(|c| self.sentence(c.start) <= sentence)
            || self.names_an_earlier_day();
        let cleared = self.cues_of(Sig::Reviewed).any(|cue| {
            cue.start > m.end
                && self.sentence(cue.start) <= sentence + 1
                && !self.only_words(cue, super::STATE_WORDS)
        });
        // "Everything came back normal" is a test's verdict, not a sign's return.
        let returned = self.cues_of(Sig::Recur).any(|r| {
            !self
                .cues_of(Sig::Reviewed)
                .any(|cue| cue.start > r.end && cue.start <= r.end + 2)
        });
        let going_on = self.tells_something_going_on();
        let now_first = (0..m.start).any(|i| {
            self.tokens[i].sentence == sentence
                && super::NOW_WORDS.contains(&self.tokens[i].key.as_str())
        });
        let checker = (0..self.tokens.len()).any(|i| self.word_in(i, CHECKERS));
        dated && cleared && checker && !returned && !going_on && !now_first
    }

    /// Whether anything in the message is told as going on: a time within the day, or
    /// something persisting, worse, non-stop or present.
    pub(super) fn tells_something_going_on(&self) -> bool {
        [
            Sig::PresentReport,
            Sig::Persist,
            Sig::Nonstop,
            Sig::Worse,
            Sig::Recent,
        ]
        .into_iter()
        .any(|signal| self.cues_of(signal).next().is_some())
    }
}
