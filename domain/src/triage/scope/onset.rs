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
    "wonky", "quiet", "limp", "stiff", "yellow",
];

/// Words that, a few words before "any more", say something can no longer be done.
const CANNOT: &[&str] = &["cant", "cannot", "couldnt", "unable", "wont", "impossible"];

/// How far "can't" may sit before "any more" ("can't open the eye any more").
const CANNOT_REACH: usize = 5;

impl Scope<'_> {
    /// True when a resolution cue tells that a function was lost, not that a symptom
    /// passed.
    pub(super) fn tells_onset(&self, cue: &Match<Sig>) -> bool {
        // Unsqueezed words: the keys fold "stopped" to "stoped".
        let key = |i: usize| self.tokens.get(i).map(|t| t.plain.as_str());
        // "stopped" or "has stopped", then what stopped.
        if key(cue.end) == Some("stopped") {
            return key(cue.end + 1).is_some_and(|next| FUNCTIONS.contains(&next));
        }
        // "it's gone misty", "his lips went blue": a new state, not a symptom gone.
        if matches!(key(cue.end), Some("gone" | "went")) {
            return key(cue.end + 1).is_some_and(|next| STATES.contains(&next));
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
}
