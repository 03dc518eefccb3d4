//! Long clinical words that dictation writes as shorter words it knows (session 23b,
//! batch 121): "war farin", "key tones", "para set a mall", "Schlag an Fall", "sa gesse".
//! Any voice typing splits an unfamiliar word this way, so the split is joined back in
//! the text before it is read, as `spoken_numbers.rs` does for numbers; a pattern per
//! message would only catch the one split it was written from. Only splits whose pieces
//! together mean nothing else are listed ("key tones" of a piano is a hard negative:
//! it stays, unless a number follows, as a ketone reading does).

use std::borrow::Cow;

/// Each split, its pieces in order, and the word it stands for.
const SPLITS: &[(&[&str], &str)] = &[
    (&["war", "farin"], "warfarin"),
    (&["war", "for", "in"], "warfarin"),
    (&["a", "pixaban"], "apixaban"),
    (&["a", "pixa", "ban"], "apixaban"),
    (&["para", "set", "a", "mall"], "paracetamol"),
    (&["para", "seat", "a", "mole"], "paracetamol"),
    (&["para", "cetamol"], "paracetamol"),
    (&["ibu", "profen"], "ibuprofen"),
    (&["i", "be", "profen"], "ibuprofen"),
    (&["in", "sulin"], "insulin"),
    (&["sal", "butamol"], "salbutamol"),
    (&["schlag", "an", "fall"], "Schlaganfall"),
    (&["herz", "in", "farkt"], "Herzinfarkt"),
    (&["sa", "gesse"], "sagesse"),
    (&["kettone"], "Ketone"),
    (&["kettonen"], "Ketonen"),
];

/// "Key tones" is a ketone only before a reading ("key tones one point nine").
const KETONE_SPLIT: &[&str] = &["key", "tones"];

/// The text with dictation's splits joined back; borrowed when there are none.
pub(crate) fn joined(text: &str) -> Cow<'_, str> {
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() {
            start.get_or_insert(at);
        } else if let Some(from) = start.take() {
            words.push((from, at, text[from..at].to_lowercase()));
        }
    }
    // Pieces of one split must sit side by side with only a space between.
    let spaced = |a: usize, b: usize| text[words[a].1..words[b].0].chars().all(|c| c == ' ');
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let found = SPLITS.iter().find(|(pieces, _)| {
            pieces.len() + index <= words.len()
                && pieces.iter().enumerate().all(|(k, piece)| {
                    words[index + k].2 == *piece && (k == 0 || spaced(index + k - 1, index + k))
                })
        });
        let ketone = index + 1 < words.len()
            && KETONE_SPLIT
                .iter()
                .enumerate()
                .all(|(k, piece)| words[index + k].2 == *piece)
            && spaced(index, index + 1)
            && text[words[index + 1].1..]
                .trim_start_matches([' ', ':', '='])
                .starts_with(|c: char| c.is_ascii_digit());
        if let Some((pieces, word)) = found {
            spans.push((words[index].0, words[index + pieces.len() - 1].1, word));
            index += pieces.len();
        } else if ketone {
            spans.push((words[index].0, words[index + 1].1, "ketones"));
            index += 2;
        } else {
            index += 1;
        }
    }
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, word) in spans {
        out.push_str(&text[at..start]);
        out.push_str(word);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// What dictation wrote, read as if typed: numbers said in words as digits
/// (`spoken_numbers.rs`), then split words joined. Borrowed when nothing changed.
pub(crate) fn as_typed(text: &str) -> Cow<'_, str> {
    match super::spoken_numbers::written_as_digits(text) {
        Cow::Borrowed(same) => joined(same),
        Cow::Owned(digits) => Cow::Owned(joined(&digits).into_owned()),
    }
}
