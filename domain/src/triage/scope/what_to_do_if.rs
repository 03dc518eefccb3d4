//! "What do I do if he gets a temperature over 40 again?": a condition asked after a
//! question about what to do opens its clause as much as a bare "if" does, so the
//! "again" inside it belongs to the condition, not to a report of a relapse now (batch
//! 101's corpus check: a plan asked for before flu season read as a fever now).

use super::Token;

/// The only words that may come before the "if" in its clause: a question about what to
/// do ("what do I do", "what should we do", "qué hago", "que faire", "was tun wir").
const ASKING_WHAT_TO_DO: &[&str] = &[
    "what", "do", "i", "we", "should", "shall", "to", "and", "so", "que", "hago", "hacemos", "hay",
    "hacer", "faire", "fait", "on", "je", "dois", "was", "tun", "ich", "wir", "soll", "sollen",
];

/// Whether every word before `at` in its clause asks what to do, and there is one.
pub(super) fn asks_what_to_do(tokens: &[Token], at: usize) -> bool {
    let clause = tokens[at].clause;
    let start = (0..at)
        .rev()
        .take_while(|&i| tokens[i].clause == clause)
        .last();
    start.is_some_and(|first| {
        (first..at).all(|i| ASKING_WHAT_TO_DO.contains(&tokens[i].plain.as_str()))
            && ["what", "que", "was"].contains(&tokens[first].plain.as_str())
    })
}
