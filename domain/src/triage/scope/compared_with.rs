//! A past cue that a comparison introduces dates the thing compared with, not the
//! mention: "chest pain again, same as last month, but it hasn't gone this time", "el
//! mismo dolor que el mes pasado", "comme le mois dernier" report a pain now that is like
//! an earlier one. Left as a past cue it read the new episode as over (batch 101: a
//! chest pain spreading to the jaw for 25 minutes read as routine).

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Token;

/// Words that compare just before a past cue ("same as", "like", "como", "comme", "wie").
const COMPARING: &[&str] = &[
    "as", "like", "than", "como", "que", "comme", "wie", "als", "come", "zoals",
];

/// Articles that may stand between the comparing word and the cue ("que el mes pasado"
/// where the cue matched is "mes pasado").
const ARTICLES: &[&str] = &["the", "el", "la", "le", "der", "die", "de", "il"];

/// Whether a past cue follows a comparing word in its own clause.
pub(super) fn compared(tokens: &[Token], cue: &Match<Sig>) -> bool {
    if cue.signal != Sig::Past {
        return false;
    }
    let clause = tokens[cue.start].clause;
    let word = |i: usize| tokens[i].plain.as_str();
    let mut before = cue.start.checked_sub(1);
    if let Some(i) = before.filter(|&i| ARTICLES.contains(&word(i))) {
        before = i.checked_sub(1);
    }
    before.is_some_and(|i| tokens[i].clause == clause && COMPARING.contains(&word(i)))
}
