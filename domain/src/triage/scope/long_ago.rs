//! A mention dated years back ("knocked out playing rugby years ago, fine now", "vor Jahren",
//! "hace años", "il y a 3 ans", "anni fa", "há anos", "jaren geleden") is history, even when a
//! word for "fine now" would otherwise read it as over: a knock-out over long ago is not the
//! recovered knock-out after today's blow that NG232 counts. Only the resolved reading gives
//! way to it, so a pain that "started 2 years ago" and is told as present stays present.

use super::Token;

/// Words for years.
const YEARS: &[&str] = &[
    "year", "years", "yrs", "ano", "anos", "ans", "annees", "jahr", "jahre", "jahren", "anno",
    "anni", "jaar", "jaren",
];

/// Words after the years that date them back ("years ago", "anni fa", "Jahre her").
const AGO: &[&str] = &["ago", "atras", "fa", "geleden", "her"];

/// Where in the clause a span of years is dated back, if anywhere.
pub(super) fn years_back(tokens: &[Token], clause: u16) -> Option<usize> {
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.clause == clause)
            .map(|t| t.plain.as_str())
    };
    (0..tokens.len()).find(|&i| {
        let Some(years) = word(i).filter(|w| YEARS.contains(w)) else {
            return false;
        };
        let before = |back: usize| i.checked_sub(back).and_then(word);
        word(i + 1).is_some_and(|w| AGO.contains(&w))
            || (1..=2).any(|back| {
                // "vor 3 Jahren", "hace años", "il y a 3 ans", Portuguese "há 3 anos" (not
                // Italian "ha 3 anni", an age).
                matches!(before(back), Some("vor" | "hace"))
                    || before(back) == Some("ha") && years == "anos"
                    || before(back) == Some("a") && before(back + 1) == Some("y")
            })
    })
}
