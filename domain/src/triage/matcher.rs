//! Over 500 lines because the compiler of patterns and the typo-tolerant matcher share one
//! token model and its not-a-typo lists; splitting them would expose that model to both.
//!
//! Compiled phrase patterns and a fast, typo-tolerant matcher over normalised tokens.
//!
//! A pattern is words separated by spaces; each word may list alternatives with `|`,
//! end in `*` (a stem: "bleed*"), start with `*` (a compound tail: "*blutung"), or be
//! `#N` (any number of at least N: "took #10 pills").
//! Consecutive words may have up to [`MAX_GAP`] other words between them, within one
//! clause, so "pain in my chest" matches "pain chest"; a word written `~word` may sit
//! up to [`LONG_GAP`] words after the previous one ("stitches on my knee split open").
//! A leading `!` marks a pattern that already contains its own negation ("can't
//! breathe"), so outside negation cues don't apply to it. Whole words of five letters or more also match with one
//! typo (edit distance 1, same first letter), found through a deletion index so the
//! cost does not grow with the size of the lexicon.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::critical_typos;
use super::normalize::{normalize_word, Token};
use super::run_together;

/// How many unrelated words may sit between two words of one pattern.
pub(crate) const MAX_GAP: usize = 2;

/// The gap allowed before a `~word`.
pub(crate) const LONG_GAP: usize = 5;

/// Shortest whole word that may match with a typo.
const FUZZY_MIN_LEN: usize = 5;

/// Common words one typo away from a lexicon word; they are never read as typos.
const NOT_TYPOS: &[&str] = &[
    "fewer", "never", "lever", "flood", "blond", "bloom", "bread", "chess", "chase", "cheap",
    "paint", "saint", "point", "later", "water", "fiber", "fiver", "hurry", "stick", "stuck",
    "strike", "struck", "parking", "parked", "booked", "looked", "cooked", "often", "until",
    "under", "falls", "false", "toast", "color", "valor", "sangria", "sante", "mauvais", "calor",
    "lunes", "mardi", "trage", "fines", "seite", "tratar", "saber", "wenn", "wedding", "quedado",
    "nasen", "comment", "grune", "grunen", "gruner", "groene", "nachts", "cooking",
    // "putting" the cannula in is not "puking" (batch 82).
    "putting",
    // "number" is not "numb", "playing" not "paying", "changes" not "charges" (batches 49-50).
    "number", "numbers", "playing", "changes",
    // "drooling" is not "drooping" (a teething baby is not a stroke; session 12b).
    "drooling", "drooled",
    // "dropping" is not "drooping", nor French "signé" (signed) "saigne" (bleeds; session 20e).
    "dropping", "dropped", "signe", "signes", "signee", "signees",
    // "ripetere" (repeat) is not "rimettere" (throw up; session 20g).
    "ripetere",
    // "se me está pelando la cara" (peeling) and "pagando" (paying) are not "pegando"
    // (hitting; session 13).
    "pelando", "pagando",
    // Italian "vorrei" (I would like) is not German "vorbei" (over; session 16d).
    "vorrei", // "completo" is not "complotto" (a plot; session 16d).
    "completo", "completa", "completi",
    // A dry socket that "tastes rotten" is not "testes" (session 17b).
    "tastes", // "sports" (a sports medical) is not "spurts" (a bleed; session 20a).
    "sports",
    // Portuguese "consulta marcada" (booked) is not Spanish "mareada" (dizzy; session 21c).
    "marcada", "marcado",
    // A "beach" is not "bleach" (sunburnt skin peeling is not a caustic; session 17d).
    "beach", "beaches",
    // German "schielt" (squints) is not "schwillt" (swells; session 17e).
    "schielt", "schielen", // "Chopping" onions is not "choking" (session 18b).
    "chopping", "schielt", "schielen",
    // French "mordre" (to bite) is not Italian "morire" (to die; session 19d).
    "mordre",
    // "couples" counselling is not French "couilles" (testicles; session 18f).
    "couples", // Someone "fixing" the gutter is not "fitting" (session 18f).
    "fixing",
    // Dutch "stippen" (dots: a scarf "met witte stippen") is not "stuipen" (fits; session 22e).
    "stippen", "stippels",
];

/// Words before a clock time, normalised: "at 10", "um 10", "om 10" (and "a las 10", see
/// `without_clock_counts`). A number after one is a time, never a count of tablets. Not
/// "alle", "às" or a bare "las": "alle 10 Tabletten", "as 20 pílulas" and "las 20
/// pastillas" are counts.
const CLOCK_WORDS: &[&str] = &["at", "um", "om"];

/// Units after a number that make it a quantity, not a clock time ("at 28 weeks").
const NOT_CLOCK_UNITS: &[&str] = &[
    "week",
    "weeks",
    "wk",
    "wks",
    "w",
    "day",
    "days",
    "month",
    "months",
    "year",
    "years",
    "yrs",
    "mg",
    "ml",
    "kg",
    "units",
    "percent",
    "wochen",
    "weken",
    "jahren",
    "jaar",
    "tagen",
    "dagen",
    "pills",
    "tablets",
    "tabletten",
    "pillen",
];

/// A small multiply-rotate hasher (the FxHash scheme): lexicon keys are short,
/// trusted strings, so DoS-resistant SipHash is wasted time on every message.
#[derive(Debug, Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 =
                (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// [`NOT_TYPOS`], normalised once.
fn not_typos() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| NOT_TYPOS.iter().map(|word| normalize_word(word)).collect())
}

/// What kind of word alternative this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AltKind {
    Word,
    Prefix,
    Suffix,
    Number(u32),
}

/// One alternative of one pattern word, already normalised.
#[derive(Debug, Clone)]
struct Alt {
    kind: AltKind,
    text: String,
}

impl Alt {
    fn parse(raw: &str) -> Option<Alt> {
        if let Some(min) = raw.strip_prefix('#') {
            let min = min.parse().unwrap_or(0);
            return Some(Alt {
                kind: AltKind::Number(min),
                text: String::new(),
            });
        }
        let (kind, body) = if let Some(stem) = raw.strip_suffix('*') {
            (AltKind::Prefix, stem)
        } else if let Some(tail) = raw.strip_prefix('*') {
            (AltKind::Suffix, tail)
        } else {
            (AltKind::Word, raw)
        };
        let text = normalize_word(body);
        (!text.is_empty()).then_some(Alt { kind, text })
    }
}

/// A compiled pattern: the signal it reports and its words.
#[derive(Debug, Clone)]
pub(crate) struct Pattern<S> {
    pub signal: S,
    /// Carries its own negation; outside negation cues don't apply.
    pub immune: bool,
    words: Vec<Vec<Alt>>,
    /// Per word: how many other words may precede it since the previous pattern word.
    gaps: Vec<usize>,
}

/// Where a pattern matched, in token indices (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match<S> {
    pub signal: S,
    pub start: usize,
    pub end: usize,
    pub immune: bool,
}

/// (pattern index, word index within the pattern).
type WordRef = (u32, u8);

/// A set of patterns indexed for matching.
#[derive(Debug, Clone)]
pub(crate) struct Matcher<S> {
    patterns: Vec<Pattern<S>>,
    exact: Map<String, Vec<WordRef>>,
    prefixes: Map<String, Vec<WordRef>>,
    suffixes: Vec<(String, WordRef)>,
    numbers: Vec<(u32, WordRef)>,
    /// Fuzzy keys (each long word and its one-letter deletions) → long words.
    deletions: Map<String, Vec<u32>>,
    long_words: Vec<String>,
    /// Lengths (in bytes) of the stems, so only those prefixes are looked up.
    prefix_lengths: Vec<usize>,
}

/// Damerau-Levenshtein distance, but only answers "is it at most one?".
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if prefix == a.len() && prefix == b.len() {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// Whether two words differ only by swapped letters: the one typo five-letter words
/// may have, since other single edits of short words collide with real words
/// ("quelle" is not "queme", "lassen" is not "lallen").
fn is_transposition(a: &str, b: &str) -> bool {
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

/// Every string made by deleting one character.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(index, c)| {
        let mut out = String::with_capacity(word.len());
        out.push_str(&word[..index]);
        out.push_str(&word[index + c.len_utf8()..]);
        out
    })
}

impl<S: Copy> Matcher<S> {
    /// Compiles `(signal, pattern source)` pairs; empty patterns are skipped.
    pub(crate) fn new<'a>(sources: impl IntoIterator<Item = (S, &'a str)>) -> Matcher<S> {
        let mut matcher = Matcher {
            patterns: Vec::new(),
            exact: Map::default(),
            prefixes: Map::default(),
            suffixes: Vec::new(),
            numbers: Vec::new(),
            deletions: Map::default(),
            long_words: Vec::new(),
            prefix_lengths: Vec::new(),
        };
        for (signal, source) in sources {
            let (immune, body) = match source.trim().strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, source.trim()),
            };
            let mut gaps = Vec::new();
            let words: Vec<Vec<Alt>> = body
                .split_whitespace()
                .filter_map(|word| {
                    let (gap, word) = match word.strip_prefix('~') {
                        Some(rest) => (LONG_GAP, rest),
                        None => (MAX_GAP, word),
                    };
                    let mut alts: Vec<Alt> = word.split('|').filter_map(Alt::parse).collect();
                    // Dutch typed on phones (and Flemish speech) drops the t of "niet":
                    // "kan nie slikken", "nie weg te drukken" [session 14b].
                    if alts
                        .iter()
                        .any(|a| matches!(a.kind, AltKind::Word) && a.text == "niet")
                        && !alts.iter().any(|a| a.text == "nie")
                    {
                        alts.push(Alt {
                            kind: AltKind::Word,
                            text: "nie".to_owned(),
                        });
                    }
                    (!alts.is_empty()).then(|| {
                        gaps.push(gap);
                        alts
                    })
                })
                .collect();
            if words.is_empty() || words.len() > usize::from(u8::MAX) {
                continue;
            }
            let pattern_index = matcher.patterns.len() as u32;
            for (word_index, alts) in words.iter().enumerate() {
                let word_ref = (pattern_index, word_index as u8);
                for alt in alts {
                    match alt.kind {
                        AltKind::Word => matcher.add_word(&alt.text, word_ref),
                        AltKind::Prefix => matcher
                            .prefixes
                            .entry(alt.text.clone())
                            .or_default()
                            .push(word_ref),
                        AltKind::Suffix => matcher.suffixes.push((alt.text.clone(), word_ref)),
                        AltKind::Number(min) => matcher.numbers.push((min, word_ref)),
                    }
                }
            }
            matcher.patterns.push(Pattern {
                signal,
                immune,
                words,
                gaps,
            });
        }
        let mut lengths: Vec<usize> = matcher.prefixes.keys().map(String::len).collect();
        lengths.sort_unstable();
        lengths.dedup();
        matcher.prefix_lengths = lengths;
        matcher
    }

    fn add_word(&mut self, text: &str, word_ref: WordRef) {
        let refs = self.exact.entry(text.to_owned()).or_default();
        let first_time = refs.is_empty();
        refs.push(word_ref);
        if first_time && text.chars().count() >= FUZZY_MIN_LEN {
            let id = self.long_words.len() as u32;
            self.long_words.push(text.to_owned());
            for key in std::iter::once(text.to_owned()).chain(deletions(text)) {
                self.deletions.entry(key).or_default().push(id);
            }
        }
    }

    /// The pattern words one token can stand for; whether the token is a known word
    /// (a whole lexicon word as typed, a typo of one, or a corrected critical word),
    /// rather than matched only by a stem or tail or not at all.
    fn token_refs(&self, key: &str, out: &mut Vec<WordRef>) -> bool {
        out.clear();
        let exact = self.direct_refs(key, out);
        let fuzzy_allowed = !exact
            && key.chars().count() >= FUZZY_MIN_LEN
            && !key.chars().any(|c| c.is_ascii_digit())
            && !not_typos().contains(key);
        let before = out.len();
        if fuzzy_allowed {
            self.one_typo_refs(key, out);
        }
        let typo = out.len() > before;
        // Last, a typo inside an emergency-critical word ("unconcious", "seizuring").
        if out.is_empty() {
            if let Some(corrected) = critical_typos::correct(key) {
                self.direct_refs(&corrected, out);
                return true;
            }
        }
        exact || typo
    }

    /// The pattern words a token stands for as typed (whole word, stem, tail or
    /// number), added to `out`; whether it is a whole lexicon word.
    fn direct_refs(&self, key: &str, out: &mut Vec<WordRef>) -> bool {
        let exact = self.exact.get(key);
        if let Some(refs) = exact {
            out.extend_from_slice(refs);
        }
        for &length in &self.prefix_lengths {
            if length > key.len() {
                break;
            }
            let Some(prefix) = key.get(..length) else {
                continue;
            };
            if let Some(refs) = self.prefixes.get(prefix) {
                out.extend_from_slice(refs);
            }
        }
        for (tail, word_ref) in &self.suffixes {
            if key.len() > tail.len() && key.ends_with(tail.as_str()) {
                out.push(*word_ref);
            }
        }
        if let Ok(number) = key.parse::<u32>() {
            for (min, word_ref) in &self.numbers {
                if number >= *min {
                    out.push(*word_ref);
                }
            }
        }
        exact.is_some()
    }

    /// Whole lexicon words one typo away from the token, added to `out`.
    fn one_typo_refs(&self, key: &str, out: &mut Vec<WordRef>) {
        let first = key.chars().next();
        let mut seen: Vec<u32> = Vec::new();
        for probe in std::iter::once(key.to_owned()).chain(deletions(key)) {
            let Some(ids) = self.deletions.get(&probe) else {
                continue;
            };
            for &id in ids {
                let word = &self.long_words[id as usize];
                if !seen.contains(&id)
                    && word.chars().next() == first
                    && within_one_edit(key, word)
                    && (word.len() > FUZZY_MIN_LEN || is_transposition(key, word))
                {
                    seen.push(id);
                    if let Some(refs) = self.exact.get(word) {
                        out.extend_from_slice(refs);
                    }
                }
            }
        }
    }

    /// Every place a pattern matches, in order of start token.
    pub(crate) fn find(&self, tokens: &[Token]) -> Vec<Match<S>> {
        let mut known = Vec::with_capacity(tokens.len());
        let hits: Vec<Vec<WordRef>> = tokens
            .iter()
            .map(|token| {
                let mut refs = Vec::new();
                known.push(self.token_refs(&token.key, &mut refs));
                refs
            })
            .collect();
        let hits = self.without_clock_counts(tokens, hits);
        let mut found = self.matches_in(tokens, &hits);
        let before = found.len();
        for (index, token) in tokens.iter().enumerate() {
            if !known[index] && run_together::may_cut(&token.key) {
                // The pieces' matches may repeat the whole token's stem matches;
                // scope keeps each mention once.
                found.extend(self.run_together_matches(index, token));
            }
        }
        if found.len() > before {
            found.sort_by_key(|m| m.start);
        }
        found
    }

    /// `hits` without the `#N` counts read from a clock time: "took my tablets at 10",
    /// "a las 10", "um 10", "om 10" and the minutes after it ("at 12:30") tell when, not
    /// how many (batch 125: a pill taken "at 11" read as 11 pills).
    fn without_clock_counts(
        &self,
        tokens: &[Token],
        mut hits: Vec<Vec<WordRef>>,
    ) -> Vec<Vec<WordRef>> {
        let mut previous_is_clock = false;
        for (index, token) in tokens.iter().enumerate() {
            let is_number = token.key.parse::<u32>().is_ok();
            let before = |back: usize| {
                index
                    .checked_sub(back)
                    .map(|at| &tokens[at])
                    .filter(|word| word.clause == token.clause)
                    .map(|word| word.key.as_str())
            };
            let after_clock_word = before(1).is_some_and(|word| CLOCK_WORDS.contains(&word))
                || (before(1) == Some("las") && before(2) == Some("a"));
            // A time is an hour (then its minutes), with no unit after it: "at 28 weeks",
            // "um 20 mg" are not times.
            let hour = token.key.parse::<u32>().is_ok_and(|number| number <= 24);
            let unit_after = tokens
                .get(index + 1)
                .filter(|next| next.clause == token.clause)
                .is_some_and(|next| NOT_CLOCK_UNITS.contains(&next.key.as_str()));
            let is_clock =
                is_number && !unit_after && ((after_clock_word && hour) || previous_is_clock);
            if is_clock {
                hits[index].retain(|word_ref| !self.numbers.iter().any(|(_, n)| n == word_ref));
            }
            previous_is_clock = is_clock;
        }
        hits
    }

    /// Every pattern that matches, given each token's pattern words.
    fn matches_in(&self, tokens: &[Token], hits: &[Vec<WordRef>]) -> Vec<Match<S>> {
        let mut found = Vec::new();
        for (start, refs) in hits.iter().enumerate() {
            for &(pattern_index, word_index) in refs {
                if word_index != 0 {
                    continue;
                }
                let pattern = &self.patterns[pattern_index as usize];
                if let Some(end) = self.extend(pattern_index, pattern, start, tokens, hits) {
                    found.push(Match {
                        signal: pattern.signal,
                        start,
                        end,
                        immune: pattern.immune,
                    });
                }
            }
        }
        found
    }

    /// The matches inside a token typed as words run together ("chestpain",
    /// "hesnotbreathing"), all placed on that token; none unless a cut of it into
    /// lexicon words is read whole: a phrase runs across the cut, every piece but glue
    /// is inside a match, and every negation inside a match that spans pieces (see
    /// `run_together`). Only for tokens that are not a known word (see `token_refs`).
    fn run_together_matches(&self, index: usize, token: &Token) -> Vec<Match<S>> {
        // The last piece may be a stem ("chestpains"); tails and numbers are not looked at.
        let known = |piece: &str, last: bool| {
            self.exact.contains_key(piece)
                || (last
                    && piece.len() >= 4
                    && self
                        .prefix_lengths
                        .iter()
                        .take_while(|&&length| length <= piece.len())
                        .any(|&length| {
                            piece
                                .get(..length)
                                .is_some_and(|prefix| self.prefixes.contains_key(prefix))
                        }))
        };
        let cuts = run_together::cuts(&token.key, &known);
        for cut in cuts {
            let pieces: Vec<Token> = cut
                .iter()
                .map(|piece| Token {
                    key: (*piece).to_owned(),
                    ..token.clone()
                })
                .collect();
            let hits: Vec<Vec<WordRef>> = cut
                .iter()
                .map(|piece| {
                    let mut refs = Vec::new();
                    self.direct_refs(piece, &mut refs);
                    if *piece == "no" {
                        // "nobreathing": a glued "no" is the English "not".
                        self.direct_refs("not", &mut refs);
                    }
                    refs
                })
                .collect();
            let matches = self.matches_in(&pieces, &hits);
            let spanned = |at: usize| {
                matches
                    .iter()
                    .any(|m| m.start < m.end && (m.start..=m.end).contains(&at))
            };
            let covered = |at: usize| matches.iter().any(|m| (m.start..=m.end).contains(&at));
            // At least one phrase must run across the cut: two single words side by side
            // are as often a real word ("fieberkrampf", "female") as two glued ones.
            let phrase = matches.iter().any(|m| m.start < m.end);
            let read_whole = phrase
                && cut.iter().enumerate().all(|(at, piece)| {
                    if run_together::NEGATIONS.contains(piece) {
                        spanned(at)
                    } else {
                        covered(at) || run_together::is_glue(piece)
                    }
                });
            if read_whole {
                return matches
                    .iter()
                    // A negation read alone would sit on the concept's token.
                    .filter(|m| m.start < m.end || !run_together::NEGATIONS.contains(&cut[m.start]))
                    .map(|m| Match {
                        start: index,
                        end: index,
                        ..*m
                    })
                    .collect();
            }
        }
        Vec::new()
    }

    /// Matches the rest of a pattern after its first word, left to right.
    fn extend(
        &self,
        pattern_index: u32,
        pattern: &Pattern<S>,
        start: usize,
        tokens: &[Token],
        hits: &[Vec<WordRef>],
    ) -> Option<usize> {
        // The phrase, not the clause: a list's commas do not stop a pattern
        // (`list_commas.rs`). One with its own negation keeps to its clause: in "no
        // fever, swallowing fine" the "no" is not about swallowing.
        let span = |token: &Token| {
            if pattern.immune {
                token.clause
            } else {
                token.phrase
            }
        };
        let phrase = span(&tokens[start]);
        let mut position = start;
        for word_index in 1..pattern.words.len() {
            let wanted = (pattern_index, word_index as u8);
            let last = (position + 1 + pattern.gaps[word_index]).min(tokens.len() - 1);
            position = (position + 1..=last)
                .take_while(|&j| span(&tokens[j]) == phrase)
                .find(|&j| hits[j].contains(&wanted))?;
        }
        Some(position)
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalize::normalize;
    use super::*;

    #[test]
    fn one_edit() {
        let cases = [
            ("bleding", "bleding", true),
            ("bleading", "bleding", true),
            ("bleing", "bleding", true),
            ("belding", "bleding", true),
            ("blxding", "bleding", true),
            ("bxxding", "bleding", false),
            ("bleedingg", "bleding", false),
        ];
        for (a, b, expected) in cases {
            assert_eq!(within_one_edit(a, b), expected, "{a} vs {b}");
        }
    }

    #[test]
    fn patterns_match_with_gaps_stems_tails_and_typos() {
        let matcher = Matcher::new([
            (1, "pain* chest"),
            (2, "bleeding|bleed*"),
            (3, "*blutung"),
            (4, "!cant breath*"),
            (5, "stitches ~open"),
            (6, "took #10"),
        ]);
        let cases: &[(&str, &[i32])] = &[
            ("pain in my chest", &[1]),
            ("pain. chest", &[]),
            ("still bleading", &[2]),
            ("Nachblutung", &[3]),
            ("cant really breathe", &[4]),
            ("never", &[]),
            ("stitches on my left knee are open", &[5]),
            ("stitches on my left knee, they are open", &[]),
            ("took 20", &[6]),
            ("took 2", &[]),
        ];
        for (text, expected) in cases {
            let tokens = normalize(text).tokens;
            let got: Vec<i32> = matcher.find(&tokens).iter().map(|m| m.signal).collect();
            assert_eq!(got, *expected, "{text}");
        }
    }
}
