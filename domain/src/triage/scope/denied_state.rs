//! A swelling denied between the part and its state: "Zunge nicht dick", "lips not
//! swollen", "lábios não inchados". The swelling patterns join the part and the state
//! across a gap, so the negation sits inside the mention, where the negation cues (which
//! a concept's words consume) do not see it. Told that way it is a reassurance, as in
//! "atmet normal, Lippen und Zunge nicht dick" after hives.

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Token;

/// Negations that stand between a part and its state.
const NOT: &[&str] = &[
    "not", "isnt", "arent", "nicht", "niet", "pas", "nao", "non", "no", "kein", "keine",
];

/// Whether a swelling mention carries its own denial inside it.
pub(super) fn denied(tokens: &[Token], m: &Match<Sig>) -> bool {
    matches!(m.signal, Sig::FaceSwelling | Sig::Swelling)
        && !m.immune
        && (m.start + 1..m.end).any(|i| NOT.contains(&tokens[i].plain.as_str()))
}
