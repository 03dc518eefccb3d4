//! The saved-reply picker's rules: when typing `/word` opens it, which templates match
//! a search and in what order, and what the reply box holds after a pick. Pure, so it
//! is tested natively; `components/template_picker.rs` wires it to the reply box.

/// The `/word` being typed at the end of the draft: its byte offset and the word after
/// the slash. The slash must start the draft or follow whitespace, so "and/or" or a
/// URL never opens the picker.
pub fn slash_query(draft: &str) -> Option<(usize, &str)> {
    let start = draft
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(at, c)| at + c.len_utf8());
    let word = &draft[start..];
    let query = word.strip_prefix('/')?;
    let fits = query.len() <= 32 && query.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    fits.then_some((start, query))
}

/// Indexes of the templates matching `query`, best first: shortcuts starting with it,
/// then shortcuts containing it, then titles containing it (case-insensitive). Within
/// each group the list's own order (by shortcut) stays.
pub fn matches(templates: &[(&str, &str)], query: &str) -> Vec<usize> {
    let query = query.trim().to_lowercase();
    let mut ranked: Vec<(u8, usize)> = templates
        .iter()
        .enumerate()
        .filter_map(|(index, (shortcut, title))| {
            let shortcut = shortcut.to_lowercase();
            let rank = if shortcut.starts_with(&query) {
                0
            } else if shortcut.contains(&query) {
                1
            } else if title.to_lowercase().contains(&query) {
                2
            } else {
                return None;
            };
            Some((rank, index))
        })
        .collect();
    ranked.sort();
    ranked.into_iter().map(|(_, index)| index).collect()
}

/// The draft after picking `text`: it replaces the `/word` at `slash_at`, or, from the
/// Templates button (`None`), goes after what is already written.
pub fn insert(draft: &str, slash_at: Option<usize>, text: &str) -> String {
    match slash_at.filter(|at| draft.is_char_boundary(*at)) {
        Some(at) => format!("{}{text}", &draft[..at]),
        None if draft.trim().is_empty() => text.to_owned(),
        None => format!("{}\n{text}", draft.trim_end()),
    }
}

/// The option `step` places from `active` among `count`, wrapping round.
pub fn step(active: usize, count: usize, step: isize) -> usize {
    if count == 0 {
        return 0;
    }
    let count = count as isize;
    ((active as isize + step).rem_euclid(count)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slash_word_at_the_end_opens_the_picker() {
        let cases: [(&str, Option<(usize, &str)>); 10] = [
            ("/", Some((0, ""))),
            ("/park", Some((0, "park"))),
            ("Hello /park", Some((6, "park"))),
            ("Hi\n/x-ray", Some((3, "x-ray"))),
            ("é /p", Some((3, "p"))),
            ("and/or", None),
            ("/park now", None),
            ("see https://a.example/park", None),
            ("/park!", None),
            ("", None),
        ];
        for (draft, want) in cases {
            assert_eq!(slash_query(draft), want, "{draft:?}");
        }
    }

    #[test]
    fn shortcut_prefixes_rank_before_substrings_and_titles() {
        let templates = [
            ("cancellation", "Cancellation policy"),
            ("parking", "Parking and directions"),
            ("car-park-2", "Second car park"),
            ("running-late", "Running late (parking tips)"),
        ];
        assert_eq!(matches(&templates, "park"), [1, 2, 3]);
        assert_eq!(matches(&templates, "PARK"), [1, 2, 3]);
        assert_eq!(matches(&templates, "policy"), [0]);
        assert_eq!(matches(&templates, ""), [0, 1, 2, 3]);
        assert!(matches(&templates, "zzz").is_empty());
    }

    #[test]
    fn picking_replaces_the_slash_word_or_appends() {
        assert_eq!(insert("/park", Some(0), "Parking is…"), "Parking is…");
        assert_eq!(insert("Hello /par", Some(6), "P."), "Hello P.");
        assert_eq!(insert("", None, "P."), "P.");
        assert_eq!(insert("Hi Ana,  ", None, "P."), "Hi Ana,\nP.");
        // An offset that no longer fits the draft appends instead of panicking.
        assert_eq!(insert("é", Some(1), "P."), "é\nP.");
    }

    #[test]
    fn arrow_keys_wrap_round() {
        assert_eq!(step(0, 3, 1), 1);
        assert_eq!(step(2, 3, 1), 0);
        assert_eq!(step(0, 3, -1), 2);
        assert_eq!(step(0, 0, 1), 0);
    }
}
