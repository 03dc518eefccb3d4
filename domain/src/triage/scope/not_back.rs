//! A lost function that "hasn't come back": "nothing since" tells an event is over
//! ("chest pain for half an hour, it hasn't come back"), but for sight, speech, feeling or
//! strength the same words say the loss goes on: "my eye went black and it hasn't come
//! back" is a sudden loss of vision now [EYE, FAST] (session 17b, batch 89).

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Scope;

/// Signs that are the loss of a function, which "coming back" would end.
const LOSSES: &[Sig] = &[
    Sig::VisionLoss,
    Sig::VisionChange,
    Sig::SpeechLoss,
    Sig::Stroke,
    Sig::Weakness,
    Sig::LimbNoFeeling,
    Sig::SuddenDeafness,
    Sig::SaddleNumb,
];

impl Scope<'_> {
    /// True when the resolution cue says a lost function has not returned: a "not" and
    /// a "back" in the cue ("went back to normal" is a recovery).
    pub(super) fn loss_not_back(&self, m: &Match<Sig>, cue: &Match<Sig>) -> bool {
        let has = |words: &[&str]| {
            (cue.start..=cue.end).any(|i| words.contains(&self.tokens[i].key.as_str()))
        };
        LOSSES.contains(&m.signal)
            && has(&["hasnt", "havent", "not", "never"])
            && has(&["back", "returned"])
    }
}
