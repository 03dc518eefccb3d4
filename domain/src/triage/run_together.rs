//! Words typed without the space between them: "chestpain", "cantbreathe",
//! "hesnotbreathing", "bledalot", "nopuedorespirar". A phone keyboard that missed the
//! space bar, or voice-to-text that glued two words, leaves one token the lexicon does
//! not know. The matcher asks this module for ways to cut such a token into words it
//! does know, and keeps a cut only when a lexicon phrase runs across it and every
//! piece is read (see `Matcher::run_together_matches`), so a real word that happens to
//! be made of lexicon words ("visita", "female", "Fieberkrampf") is not read as them.
//!
//! The bounds are what keep it cheap and safe: only tokens that are not a known word
//! (not a whole lexicon word or a typo of one; a stem match alone does not count, so
//! "bledalot" is cut although "bled*" is a stem), of 6 to 24 letters, into at most four
//! pieces, each a lexicon word of three letters or more, a negation, or a glue word
//! that does not end the cut; the last piece may be a stem. Read in the matcher only,
//! so the learned model's tokens, and `model.bin`, do not change.

/// Shortest and longest token that may be cut.
const MIN_LEN: usize = 6;
const MAX_LEN: usize = 24;

/// At most this many pieces ("hes" "not" "breathing" is three).
const MAX_PIECES: usize = 4;

/// At most this many cuts are offered for one token, so the cost stays bounded.
const MAX_CUTS: usize = 4;

/// Shortest piece that must be a lexicon word (glue words and negations may be shorter).
const MIN_PIECE: usize = 3;

/// Words that carry no concept but glue a run-together phrase: pronouns, articles and
/// "very" in the seven languages. A cut may contain them without them being read.
const GLUE: &[&str] = &[
    // en
    "a", "im", "hes", "shes", "its", "he", "she", "my", "is", "so", "very", "really", "just", "the",
    "has", "keeps", // es, pt, it
    "me", "se", "mi", "muy", "el", "la", "lo", "le", "eu", "ele", "ela", "muito", "molto",
    // fr
    "je", "il", "elle", "tres", // de, nl
    "ich", "er", "sie", "es", "sehr", "ik", "hij", "ze", "erg", "heel",
];

/// The longest glue word ("really").
const MAX_GLUE: usize = 6;

/// Negations. A negation inside a cut token must belong to a pattern that spans the
/// cut ("not breathing", "no puedo respirar"): read alone it would sit on the same token
/// as the concept it was glued to and could not negate it ("nofever" stays unread).
pub(crate) const NEGATIONS: &[&str] = &[
    "no", "not", "cant", "cannot", "dont", "doesnt", "isnt", "wont", "non", "nao", "niet", "nicht",
    "kein", "keine", "geen", "pas", "ne", "sin", "senza", "sem", "never", "nie",
];

/// Real words that are two lexicon words put together; never cut.
const NEVER_CUT: &[&str] = &[
    "heartburn",
    "breakfast",
    "painkiller",
    "painkillers",
    "nobody",
    "nothing",
    "nowhere",
    "without",
    "cannot",
    "another",
    "notfall",
    "notaufnahme",
    "notdienst",
    "bloodtest",
    "checkup",
    "headache",
    "headaches",
    "backache",
    "toothache",
    "stomachache",
];

/// Whether a token is a candidate: the right length, letters only, not a real word
/// on the guard list.
pub(crate) fn may_cut(key: &str) -> bool {
    let len = key.chars().count();
    (MIN_LEN..=MAX_LEN).contains(&len)
        && key.chars().all(|c| c.is_ascii_lowercase())
        && !NEVER_CUT.contains(&key)
}

/// Whether a piece is a glue word.
pub(crate) fn is_glue(piece: &str) -> bool {
    GLUE.contains(&piece)
}

/// Ways to cut `key` into known pieces, longest first piece first, at most
/// [`MAX_CUTS`]. `known(piece, last)` says whether the lexicon knows a piece (the last
/// piece may be a stem match).
pub(crate) fn cuts<'k>(key: &'k str, known: &dyn Fn(&str, bool) -> bool) -> Vec<Vec<&'k str>> {
    let mut found = Vec::new();
    let mut pieces = Vec::new();
    search(key, known, &mut pieces, &mut found);
    found
}

fn search<'k>(
    rest: &'k str,
    known: &dyn Fn(&str, bool) -> bool,
    pieces: &mut Vec<&'k str>,
    found: &mut Vec<Vec<&'k str>>,
) {
    if found.len() >= MAX_CUTS {
        return;
    }
    // The rest as the last piece (only once there is a piece before it).
    if !pieces.is_empty() && acceptable(rest, known, true) {
        let mut cut = pieces.clone();
        cut.push(rest);
        found.push(cut);
    }
    if pieces.len() + 1 >= MAX_PIECES {
        return;
    }
    // Keys are ASCII (checked by `may_cut`), so every byte is a boundary.
    for at in (1..rest.len()).rev() {
        let (head, tail) = rest.split_at(at);
        if acceptable(head, known, false) {
            pieces.push(head);
            search(tail, known, pieces, found);
            pieces.pop();
            if found.len() >= MAX_CUTS {
                return;
            }
        }
    }
}

fn acceptable(piece: &str, known: &dyn Fn(&str, bool) -> bool, last: bool) -> bool {
    // Glue never ends a cut ("visita" is not "visit a"); two-letter pieces other than
    // glue are only negations ("no", "ne"), which must then sit inside a phrase.
    // Cheapest tests first: this runs for every cut point of every unknown token.
    let len = piece.len();
    (!last && len <= MAX_GLUE && is_glue(piece))
        || ((len >= MIN_PIECE || (len == 2 && NEGATIONS.contains(&piece))) && known(piece, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(piece: &str, _last: bool) -> bool {
        ["chest", "pain", "not", "breathing", "bled", "lot", "alot"].contains(&piece)
    }

    #[test]
    fn cuts_into_known_pieces_and_glue() {
        assert_eq!(cuts("chestpain", &known), vec![vec!["chest", "pain"]]);
        assert_eq!(
            cuts("hesnotbreathing", &known),
            vec![vec!["hes", "not", "breathing"]]
        );
        let bled = cuts("bledalot", &known);
        assert_eq!(bled[0], vec!["bled", "alot"]);
        assert!(bled.contains(&vec!["bled", "a", "lot"]));
        assert!(cuts("chestpian", &known).is_empty());
        assert!(cuts("pain", &known).is_empty());
    }

    #[test]
    fn max_glue_bounds_the_glue_words() {
        assert!(GLUE.iter().all(|glue| glue.len() <= MAX_GLUE));
    }

    #[test]
    fn guards_length_letters_and_real_words() {
        assert!(may_cut("chestpain"));
        assert!(!may_cut("heartburn"));
        assert!(!may_cut("notfall"));
        assert!(!may_cut("pain"));
        assert!(!may_cut("chest2pain"));
        assert!(!may_cut("abcdefghijklmnopqrstuvwxyz"));
    }
}
