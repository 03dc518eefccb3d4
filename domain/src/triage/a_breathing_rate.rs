//! A breathing rate the person counted and quotes without calling it bad: "he's
//! breathing 34 times a minute", "30 respirations par minute", "atmet 32 mal pro
//! Minute", "RR 28". A rate of 25 or more (or 8 or less) in an adult is an emergency
//! [NG51: RR >= 25; BTS: acute severe asthma], 21-24 a same-day look [NG51 amber]; in a
//! baby or young child over 60 is red [NG143], over 50 amber. `readings.rs` scopes each
//! rate like its other readings (past, hypothetical, a target); the rows are in
//! `presentations.rs`. Tests, in other words than any batch, with hard negatives (minutes
//! of a journey, a pulse a minute, a normal count), are in `a_breathing_rate_tests.rs`.

use super::readings::{fold, Span};

/// Words for breaths counted, after the number ("30 breaths") or before it ("breaths,
/// 30 a minute").
const BREATHS: &[&str] = &[
    "breaths",
    "breath",
    "respirations",
    "respiraciones",
    "respiracoes",
    "respirazioni",
    "respiri",
    "atemzuge",
    "atemzuege",
    "ademhalingen",
    "ademteugen",
];

/// A rate named before its number ("RR 28", "resp rate 30", "Atemfrequenz 32").
const RATE_NAMES: &[&str] = &[
    "rr",
    "resp",
    "respiratory",
    "respiratoria",
    "respiratoire",
    "atemfrequenz",
    "ademhalingsfrequentie",
];

/// Breathing told as a verb before the count ("respira unas 32 veces por minuto").
const BREATHE: &[&str] = &[
    "breathing",
    "breathes",
    "breathe",
    "respira",
    "respire",
    "respirando",
    "atmet",
    "atmen",
    "ademt",
    "ademhaling",
    "respirazione",
    "respiracao",
    "respiracion",
    "respiration",
];

/// The heart: a count after it is a pulse, not breaths.
const HEART: &[&str] = &[
    "heart", "pulse", "hr", "bpm", "pouls", "puls", "pulso", "battito", "hartslag", "pols", "herz",
    "coeur", "corazon", "cuore", "coracao", "hart",
];

/// Words for a minute.
const MINUTE: &[&str] = &[
    "minute", "min", "minuto", "minuut", "minuten", "minuti", "minutos", "mn",
];

/// "A", "per", "por", "al", "pro", "par", "in", "each", "every": a count per minute, not
/// minutes of something ("took 30 minutes").
const PER: &[&str] = &[
    "a", "per", "por", "al", "pro", "par", "in", "each", "every", "em", "op", "la",
];

/// Each word of the text, folded to lowercase without accents, with its byte offset.
fn words(text: &str) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (index, &(at, c)) in chars.iter().enumerate() {
        let decimal = (c == '.' || c == ',')
            && index > 0
            && chars[index - 1].1.is_ascii_digit()
            && chars
                .get(index + 1)
                .is_some_and(|(_, n)| n.is_ascii_digit());
        if c.is_alphanumeric() || decimal {
            if current.is_empty() {
                start = at;
            }
            current.extend(c.to_lowercase().map(fold));
        } else if !current.is_empty() {
            out.push((std::mem::take(&mut current), start));
        }
    }
    if !current.is_empty() {
        out.push((current, start));
    }
    out
}

fn is(words: &[(String, usize)], at: usize, set: &[&str]) -> bool {
    words
        .get(at)
        .is_some_and(|(w, _)| set.contains(&w.as_str()))
}

/// Every breathing rate the text quotes, in breaths a minute, with its span (from the
/// word that names it to the number).
pub(crate) fn breathing_rates(text: &str) -> Vec<(f32, Span)> {
    let words = words(text);
    let mut out = Vec::new();
    for (index, (word, start)) in words.iter().enumerate() {
        // "30/min": the unit glued after a slash is split off as its own word.
        let Ok(value) = word.parse::<f32>() else {
            continue;
        };
        // "RR 85/50" is the German blood pressure (Riva-Rocci), not breaths.
        let after = &text[start + word.len()..];
        let a_pressure =
            after.starts_with('/') && after[1..].starts_with(|c: char| c.is_ascii_digit());
        if !(4.0..=90.0).contains(&value) || value.fract() != 0.0 || a_pressure {
            continue;
        }
        let count_after = (1..=2).any(|ahead| is(&words, index + ahead, BREATHS));
        // "30 a minute", "30 mal in der Minute", "30/min"; not "30 minutes".
        let per_minute = (1..=4).any(|ahead| {
            is(&words, index + ahead, MINUTE)
                && (ahead == 1 && after.starts_with('/')
                    || (index + 1..index + ahead).any(|i| is(&words, i, PER)))
        });
        let before = index.saturating_sub(6)..index;
        let heart_between = |from: usize| (from..index).any(|i| is(&words, i, HEART));
        let named_before = before
            .clone()
            .rev()
            .find(|&i| is(&words, i, BREATHS) || is(&words, i, BREATHE))
            .filter(|&i| !heart_between(i));
        let rate_name = (index.saturating_sub(3)..index)
            .find(|&i| is(&words, i, RATE_NAMES))
            .filter(|&i| !heart_between(i));
        let first = if count_after {
            Some(index)
        } else if per_minute {
            named_before.or(rate_name)
        } else {
            rate_name.filter(|&i| i + 1 == index || i + 2 == index)
        };
        if let Some(first) = first {
            out.push((value, (words[first].1, *start)));
        }
    }
    out
}
