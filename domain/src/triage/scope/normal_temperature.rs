//! "A normal temperature", "temperatura normale", "normale Temperatur": the fever patterns
//! take the word for temperature whatever stands before it, so a temperature said to be
//! normal read as a fever. Told that way it is a reassurance, as "no fever" is; a high or
//! raised one stays a fever.

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Token;

/// Words for normal that describe the temperature after them.
const NORMAL: &[&str] = &[
    "normal", "normale", "normaal", "normala", "normales", "normalen",
];

/// Words that make the temperature a fever whatever else is said.
const HIGH: &[&str] = &[
    "high", "raised", "hoch", "hohe", "alta", "elevee", "haute", "hoge", "elevada",
];

/// Whether a fever mention is a temperature told as normal: the word for normal right before
/// or after the word for temperature in its clause ("a normal temperature", "temperatura
/// normale"), and no number after it ("like normal, temperature 38.2" is a fever).
pub(super) fn denied(tokens: &[Token], m: &Match<Sig>) -> bool {
    let last = (m.end + 1).min(tokens.len());
    let normal = |i: usize, j: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.clause == tokens[j].clause && NORMAL.contains(&t.plain.as_str()))
    };
    let number = |j: usize| {
        tokens[j + 1..(j + 4).min(tokens.len())]
            .iter()
            .any(|t| t.plain.starts_with(|c: char| c.is_ascii_digit()))
    };
    m.signal == Sig::Fever
        && !(m.start..last).any(|i| HIGH.contains(&tokens[i].plain.as_str()))
        && (m.start..last).any(|j| {
            tokens[j].plain.starts_with("temp")
                && (j.checked_sub(1).is_some_and(|i| normal(i, j)) || normal(j + 1, j))
                && !number(j)
        })
}
