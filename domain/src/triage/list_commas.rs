//! The commas of a list of signs ("a red, warm, swollen ankle"; "hot, red and hard").
//!
//! Every comma ends a clause, so a negation before it does not reach past it ("no fever,
//! chest pain since an hour"). But a pattern is matched within one clause, and a list of
//! signs written with commas then never reaches one: "red, warm, swollen" did not match
//! "red warm swollen". Here the clauses a pattern may span (a token's `phrase`) join
//! across a comma when one side of it is a list item: one or two words, or one word
//! before "and"/"or" ("..., red and hard"). Only the matcher reads `phrase`; negation,
//! past and the other scopes keep reading the clause.

use super::normalize::Token;

/// Most words a clause may have and still be one item of a list ("warm", "very red").
const ITEM_WORDS: usize = 2;

/// The words that close a list: "red and hard", "rouge et dur", "rot und hart".
const LIST_ENDS: &[&str] = &[
    "and", "or", "n", "y", "o", "e", "et", "ou", "und", "oder", "en", "of", "ed",
];

/// Words that negate or reassure a clause: "no fever, pee normal" and "swallowing fine,
/// some pain" are not lists of signs, and "no" must not reach "pee" ("can't pee").
const NEGATIONS: &[&str] = &[
    "fine", "ok", "okay", "normal", "normally", "good", "better", "bien", "bem", "bene", "gut",
    "goed", "prima", "normale", "normaal", "no", "not", "nor", "never", "without", "nothing",
    "none", "dont", "doesnt", "didnt", "cant", "isnt", "wont", "arent", "sin", "ni", "nada",
    "ningun", "ninguna", "sans", "pas", "ne", "ni", "aucun", "aucune", "rien", "kein", "keine",
    "keinen", "nicht", "ohne", "nichts", "non", "nn", "niente", "senza", "nessun", "nessuna",
    "nao", "sem", "nem", "nenhum", "nenhuma", "geen", "niet", "zonder", "niks", "nooit",
];

/// Sets each token's `phrase`: its clause, joined with the next one across every comma
/// in `comma_ends` (the clauses a comma ended) that separates items of a list.
pub(crate) fn join_list_commas(tokens: &mut [Token], comma_ends: &[u16]) {
    let Some(last) = tokens.last().map(|t| t.clause) else {
        return;
    };
    let clauses = usize::from(last) + 1;
    let mut words = vec![Vec::new(); clauses];
    for token in tokens.iter() {
        words[usize::from(token.clause)].push(token);
    }
    let negated = |clause: usize| {
        words[clause]
            .iter()
            .any(|t| NEGATIONS.contains(&t.plain.as_str()))
    };
    // An item is a word or two with a letter in them ("152/101" is a reading, not a sign).
    let is_item = |clause: usize| {
        let these = &words[clause];
        these
            .iter()
            .any(|t| t.plain.chars().any(char::is_alphabetic))
            && (these.len() <= ITEM_WORDS
                || these
                    .get(1)
                    .is_some_and(|t| LIST_ENDS.contains(&t.plain.as_str())))
    };
    let mut phrase = vec![0u16; clauses];
    for clause in 1..clauses {
        let before = clause - 1;
        let same_sentence =
            words[before].last().map(|t| t.sentence) == words[clause].first().map(|t| t.sentence);
        let joined = same_sentence
            && comma_ends.contains(&(before as u16))
            && !negated(before)
            && !negated(clause)
            && (is_item(before) || is_item(clause));
        phrase[clause] = phrase[before] + u16::from(!joined);
    }
    for token in tokens.iter_mut() {
        token.phrase = phrase[usize::from(token.clause)];
    }
}
