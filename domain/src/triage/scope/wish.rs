//! A wish to die denied. German and Dutch put the negation between the verb and the
//! death word ("sie will nicht sterben", "hij wil niet dood"), where the matcher's gap
//! lets "will sterben" or "wil dood" match across it, and where "will nicht" / "wil
//! niet" (a baby who won't feed) takes the negation as its own word, so no negation cue
//! reaches the death word. "Will nicht mehr leben" (does not want to live any more)
//! carries its negation in its pattern and is not touched here; nor is "will nicht
//! mehr, will sterben", where "will" stands before the death word.

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::super::normalize::Token;
use super::Scope;

/// Negations that can stand right before a word for dying.
const NEGATIONS: &[&str] = &[
    "not", "never", "nicht", "nie", "niet", "nooit", "pas", "jamais", "no", "nunca", "non", "nn",
    "mai", "nao",
];

/// Words for dying.
const DYING: &[&str] = &[
    "die", "dead", "sterben", "sterven", "dood", "doodgaan", "morir", "morirme", "morirse",
    "mourir", "morire", "morrer",
];

fn is(token: Option<&Token>, words: &[&str]) -> bool {
    token.is_some_and(|t| words.contains(&t.key.as_str()) || words.contains(&t.plain.as_str()))
}

/// "will nicht" / "wil niet" read as a baby not feeding, when the next word is one for
/// dying ("sie will nicht sterben"): the words deny a wish to die.
pub(super) fn refusal_is_about_dying(tokens: &[Token], m: &Match<Sig>) -> bool {
    m.signal == Sig::NotFeeding && is(tokens.get(m.end + 1), DYING)
}

/// Words for "any more" ("nicht mehr", "niet meer", "no más").
const ANY_MORE: &[&str] = &[
    "more", "anymore", "mehr", "meer", "plus", "mas", "piu", "mais",
];

/// A denial of intent ("will nicht sterben", a cue that self-harm is not meant to kill)
/// that spans "will nicht mehr [...] sterben": it does not want to live any more and
/// then wants to die, so it denies nothing.
pub(super) fn denial_spans_no_more(tokens: &[Token], m: &Match<Sig>) -> bool {
    m.signal == Sig::Superficial
        && is(tokens.get(m.end), DYING)
        && (m.start..m.end).any(|i| is(tokens.get(i), ANY_MORE))
}

impl Scope<'_> {
    /// A wish to die, or a fear of dying, whose word for dying comes right after a
    /// negation, inside the phrase or just before it: "will nicht sterben", "wil echt
    /// niet dood".
    pub(super) fn denied_wish_to_die(&self, m: &Match<Sig>) -> bool {
        matches!(m.signal, Sig::Suicidal | Sig::DarkThoughts | Sig::Doom)
            && m.end >= 1
            && is(self.tokens.get(m.end), DYING)
            && is(self.tokens.get(m.end - 1), NEGATIONS)
    }
}
