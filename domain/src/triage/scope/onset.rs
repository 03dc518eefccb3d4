//! Resolution cues that tell an onset. "Stopped" and "any more" usually say a symptom
//! is over ("the bleeding stopped", "it doesn't hurt any more"), but dictated and
//! second-language messages use them for a function that has just been lost: "she's
//! stopped talking", "he stopped answering me", "I can't open my eye any more". Those
//! are new signs (exhaustion in asthma, a closing eye in a dental infection), so the
//! symptoms around them stay current.

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Scope;

/// What a person stops doing when they are getting worse, not better.
const FUNCTIONS: &[&str] = &[
    "talking",
    "speaking",
    "responding",
    "answering",
    "reacting",
    "eating",
    "drinking",
    "feeding",
    "moving",
    "walking",
    "peeing",
    "weeing",
    "making",
    "crying",
    "playing",
    "breathing",
    "kicking",
    "waking",
    "opening",
    "swallowing",
    "recognising",
    "recognizing",
    "replying",
    "focusing",
    "blinking",
];

/// States a part of the body has "gone" into.
const STATES: &[&str] = &[
    "misty", "blurry", "blurred", "cloudy", "foggy", "dark", "black", "blue", "grey", "gray",
    "white", "pale", "purple", "numb", "cold", "floppy", "weak", "red", "hard", "swollen", "funny",
    "wonky", "quiet", "limp", "stiff", "yellow", "hoarse", "croaky", "husky",
];

/// Words that may stand between "gone" and the state: "my voice has gone really weak",
/// "went all blurry", "gone a bit numb" (session 23c, batch 125).
const INTENSIFIERS: &[&str] = &[
    "really",
    "so",
    "very",
    "all",
    "super",
    "proper",
    "totally",
    "completely",
    "kinda",
    "a",
    "bit",
    "quite",
    "properly",
];

/// Words that, a few words before "any more", say something can no longer be done.
const CANNOT: &[&str] = &["cant", "cannot", "couldnt", "unable", "wont", "impossible"];

/// Words that open a clause dating a sign from an event: "seeing things since I stopped
/// smoking weed", "depuis que j'ai arrêté": the stopping is when the sign began.
const SINCE: &[&str] = &["since", "desde", "depuis", "seit", "seitdem", "sinds"];

/// Who stopped, or an auxiliary, between "since" and the cue: nothing else may stand
/// there, or the cue ends a symptom ("since the bleeding stopped").
const STOPPER: &[&str] = &[
    "i", "she", "he", "we", "they", "you", "ive", "shes", "hes", "weve", "theyve", "has", "have",
    "had", "que", "je", "j", "ai", "a", "il", "elle", "on", "ich", "er", "sie", "wir", "ik", "hij",
    "zij", "ze", "yo", "ella", "el", "eu", "ela", "ele", "quando", "io", "lui", "lei", "ho", "ha",
    "ever",
];

/// A treatment someone stops taking: "stopped my meds 2 weeks ago, the voices are back"
/// tells when a sign came back, not that it passed (batch 106).
const TREATMENTS: &[&str] = &[
    "meds",
    "medication",
    "medications",
    "medicine",
    "tablets",
    "pills",
    "injections",
    "injection",
    "antidepressants",
];

/// Whose treatment was stopped ("stopped my tablets", "stopped taking her pills").
const WHOSE: &[&str] = &["my", "his", "her", "their", "taking", "the"];

/// How far "since" may sit before the cue ("since she has stopped").
const SINCE_REACH: usize = 4;

/// How far "can't" may sit before "any more" ("can't open the eye any more").
const CANNOT_REACH: usize = 5;

impl Scope<'_> {
    /// True when a resolution cue tells that a function was lost, not that a symptom
    /// passed.
    pub(super) fn tells_onset(&self, cue: &Match<Sig>) -> bool {
        // Unsqueezed words: the keys fold "stopped" to "stoped".
        let key = |i: usize| self.tokens.get(i).map(|t| t.plain.as_str());
        if self.stopping_dates_onset(cue) {
            return true;
        }
        // "stopped" or "has stopped", then what stopped.
        if key(cue.end) == Some("stopped") {
            return key(cue.end + 1).is_some_and(|next| FUNCTIONS.contains(&next))
                || self.stopped_a_treatment(cue.end);
        }
        // "it's gone misty", "his lips went blue": a new state, not a symptom gone.
        if matches!(key(cue.end), Some("gone" | "went")) {
            let state = (cue.end + 1..cue.end + 4)
                .map(key)
                .find(|word| !word.is_some_and(|word| INTENSIFIERS.contains(&word)));
            return state.flatten().is_some_and(|next| STATES.contains(&next));
        }
        let first = key(cue.start);
        let any_more = matches!(first, Some("anymore"))
            || (first == Some("any") && key(cue.end) == Some("more"));
        any_more
            && (cue.start.saturating_sub(CANNOT_REACH)..cue.start).any(|i| {
                self.clause(i) == self.clause(cue.start)
                    && key(i).is_some_and(|word| CANNOT.contains(&word))
            })
    }

    /// "Stopped my meds", "stopped taking his tablets": the word after "stopped" names a
    /// treatment, within the cue's clause.
    fn stopped_a_treatment(&self, stopped: usize) -> bool {
        let key = |i: usize| self.tokens.get(i).map(|t| t.plain.as_str());
        let clause = self.clause(stopped);
        (stopped + 1..stopped + 3).any(|i| {
            key(i).is_some_and(|word| TREATMENTS.contains(&word))
                && self.clause(i) == clause
                && (stopped + 1..i).all(|j| key(j).is_some_and(|word| WHOSE.contains(&word)))
        })
    }

    /// "Paranoid again since she stopped her olanzapine": a stopping told after "since",
    /// with only who stopped between them, dates the sign's start; the sign is current.
    fn stopping_dates_onset(&self, cue: &Match<Sig>) -> bool {
        let clause = self.clause(cue.start);
        (cue.start.saturating_sub(SINCE_REACH)..cue.start)
            .find(|&i| self.word_in(i, SINCE))
            .is_some_and(|since| {
                self.clause(since) == clause
                    && (since + 1..cue.start).all(|j| self.word_in(j, STOPPER))
            })
    }
}
