//! "Not worse" is no worsening. "No worse than yesterday", "hasn't got any worse",
//! "não piorou", "nicht schlimmer", "c'est pas pire" tell a complaint that is stable, so
//! the "getting worse" cue inside them must not raise a pain as if it were worsening
//! (the cues that carry their own negation, "not getting better", are kept).

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Token;

/// Words that deny a worsening just before it.
const NOT: &[&str] = &[
    "not", "no", "isnt", "hasnt", "havent", "arent", "wasnt", "never", "nicht", "kein", "keine",
    "pas", "nao", "non", "niet", "geen", "ni",
];

/// Words that may stand between the denial and the worsening ("hasn't got any worse").
const BETWEEN: &[&str] = &[
    "any", "getting", "got", "gotten", "become", "becoming", "been", "gone", "ficou", "esta", "ha",
    "ist", "plus", "est", "e", "it", "is", "much", "really", "mas",
];

/// Comparatives read as severity too ("schlimmer" also matches "schlimm"): denied, they
/// are no severity either.
const WORSE_WORDS: &[&str] = &["worse", "schlimmer", "pire", "peor", "erger", "peggio"];

/// How many such words may stand between them.
const REACH: usize = 2;

/// Whether a "getting worse" cue (or a comparative read as severity) is denied in its
/// own clause.
pub(super) fn denied(tokens: &[Token], cue: &Match<Sig>) -> bool {
    let comparative = cue.signal == Sig::Severe
        && (cue.start..=cue.end).all(|i| WORSE_WORDS.contains(&tokens[i].plain.as_str()));
    if !(cue.signal == Sig::Worse || comparative) || cue.immune {
        return false;
    }
    let clause = tokens[cue.start].clause;
    (cue.start.saturating_sub(REACH + 1)..cue.start).any(|i| {
        tokens[i].clause == clause
            && NOT.contains(&tokens[i].plain.as_str())
            && (i + 1..cue.start).all(|j| BETWEEN.contains(&tokens[j].plain.as_str()))
    })
}
