//! The built-in pattern tables packed, at compile time, into one text and one signal list.
//!
//! The tables stay `&[(Sig, &str)]` in their concept files, where the triage engineers edit
//! them; only this module's two statics reach the binary. As consts read by a `const fn`
//! the tables themselves are never emitted: a `(Sig, &str)` entry in the edge's data
//! section was a signal, a pointer and a length between the strings (1,635 of them, about
//! 15.8 KB of the edge's gzip size; BENCHMARKS.md "Edge size, round 10"). The packed text
//! keeps every pattern in the tables' order, so the matcher is built from the same
//! sequence as before.

use super::lexicon::Sig;

/// Every built-in table, in the order the matcher reads them.
type Tables = &'static [&'static [(Sig, &'static str)]];

/// Ends one entry's patterns in the packed text (patterns inside an entry are separated
/// by a newline, as `pats!` writes them).
const ENTRY_END: char = '\0';

/// How many `(Sig, patterns)` entries the tables hold.
pub(super) const fn entry_count(tables: Tables) -> usize {
    let mut count = 0;
    let mut table = 0;
    while table < tables.len() {
        count += tables[table].len();
        table += 1;
    }
    count
}

/// The packed text's length: every entry's patterns and one `ENTRY_END` after each.
pub(super) const fn text_len(tables: Tables) -> usize {
    let mut len = 0;
    let mut table = 0;
    while table < tables.len() {
        let mut entry = 0;
        while entry < tables[table].len() {
            len += tables[table][entry].1.len() + 1;
            entry += 1;
        }
        table += 1;
    }
    len
}

/// Every entry's patterns, in order, each followed by `ENTRY_END`.
pub(super) const fn packed_text<const LEN: usize>(tables: Tables) -> [u8; LEN] {
    let mut out = [0u8; LEN];
    let mut rest: &mut [u8] = &mut out;
    let mut table = 0;
    while table < tables.len() {
        let mut entry = 0;
        while entry < tables[table].len() {
            let bytes = tables[table][entry].1.as_bytes();
            let (head, tail) = rest.split_at_mut(bytes.len());
            head.copy_from_slice(bytes);
            let (end, tail) = tail.split_at_mut(1);
            end[0] = ENTRY_END as u8;
            rest = tail;
            entry += 1;
        }
        table += 1;
    }
    assert!(rest.is_empty(), "text_len and packed_text disagree");
    out
}

/// Every entry's signal, in order.
pub(super) const fn signals<const COUNT: usize>(tables: Tables) -> [Sig; COUNT] {
    let mut out = [tables[0][0].0; COUNT];
    let mut at = 0;
    let mut table = 0;
    while table < tables.len() {
        let mut entry = 0;
        while entry < tables[table].len() {
            out[at] = tables[table][entry].0;
            at += 1;
            entry += 1;
        }
        table += 1;
    }
    assert!(at == COUNT, "entry_count and signals disagree");
    out
}

/// The built-in tables' patterns, packed.
pub(super) static TEXT: [u8; text_len(super::BUILT_IN_TABLES)] =
    packed_text(super::BUILT_IN_TABLES);

/// The built-in tables' signals, one an entry.
pub(super) static SIGNALS: [Sig; entry_count(super::BUILT_IN_TABLES)] =
    signals(super::BUILT_IN_TABLES);

/// The `(signal, patterns)` entries of a packed text (`TEXT` read as UTF-8, which a text
/// packed from `&str`s always is) and its signal list, in order.
pub(super) fn entries<'a>(
    text: &'a str,
    signals: &'a [Sig],
) -> impl Iterator<Item = (Sig, &'a str)> {
    let text = text.strip_suffix(ENTRY_END).unwrap_or(text);
    signals.iter().copied().zip(text.split(ENTRY_END))
}
