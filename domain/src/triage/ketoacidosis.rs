//! Diabetic ketoacidosis in the words people type: a urine strip read as "++"/"+++" or
//! by its darkest colour ("went dark purple"), blood ketones spelt "keytones" or
//! "cuerpos cetónicos", and deep, fast breathing told as "respirando fundo e rápido" or
//! "big breaths". The source makes ketones of 3 mmol/L or more in the blood, or 2+ or
//! more in the urine, an emergency on their own [DKA]; a strip of one plus sits with the
//! lower blood readings (0.6-1.5 mmol/L, a same-day look). Tests, in other words than the
//! corpus, with hard negatives, are in `ketoacidosis_tests.rs`.

use super::lexicon::Sig;
use super::readings::{fold, Span};

/// A urine strip read as two plusses or more, or its darkest colour, is read as a blood
/// value at the emergency line (the source puts both there); one plus as a value in the
/// 0.6-1.5 band.
const STRIP_EMERGENCY: f32 = 3.0;
const STRIP_ONE_PLUS: f32 = 1.0;

/// How far after the word for ketones a strip's result may sit, in bytes, within one
/// sentence: "cetona na urina deu +++" but not a plus in a later, unrelated clause.
const REACH: usize = 40;

/// Stems of the word for ketones in the seven languages, accents folded by the caller.
const KETONE_STEMS: &[&str] = &["keton", "ketoon", "keyton", "ceton", "cheton"];

/// The darkest pad of a urine strip ("large"), in the seven languages.
const DARKEST: &[&str] = &[
    "dark purple",
    "deep purple",
    "really purple",
    "morado oscuro",
    "violeta oscuro",
    "violet fonce",
    "dunkellila",
    "dunkel lila",
    "viola scuro",
    "roxo escuro",
    "donkerpaars",
    "donker paars",
];

/// Urine-strip results told after a word for ketones: each as an equivalent blood value
/// (mmol/L) and the span from the word to the result, for the caller to scope.
pub(crate) fn strip_readings(text: &str) -> Vec<(f32, Span)> {
    // An ASCII view whose byte offsets are the original's, so spans point into `text`.
    let folded = fold_accents(text);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((start, stem_len)) = next_stem(&folded, from) {
        from = start + stem_len;
        let end = (start + REACH).min(folded.len());
        let window = &folded[start..end];
        let window = window
            .find(['.', '!', '?', ';', '\n'])
            .map_or(window, |stop| &window[..stop]);
        let plusses = longest_plus_run(window);
        let darkest = DARKEST
            .iter()
            .find_map(|colour| window.find(colour).map(|at| at + colour.len()));
        let value = match (plusses, darkest) {
            (Some((n, _)), _) if n >= 2 => Some((STRIP_EMERGENCY, plusses.map(|p| p.1))),
            (_, Some(at)) => Some((STRIP_EMERGENCY, Some(at))),
            (Some((1, at)), None) => Some((STRIP_ONE_PLUS, Some(at))),
            _ => None,
        };
        if let Some((value, Some(tail))) = value {
            found.push((value, (start, start + tail)));
        }
    }
    found
}

/// The next word starting with a ketone stem at or after `from`: its byte start and the
/// stem's length.
fn next_stem(folded: &str, from: usize) -> Option<(usize, usize)> {
    KETONE_STEMS
        .iter()
        .filter_map(|stem| {
            folded
                .get(from..)?
                .match_indices(stem)
                .map(|(at, _)| from + at)
                .find(|&at| at == 0 || !folded.as_bytes()[at - 1].is_ascii_alphanumeric())
                .map(|at| (at, stem.len()))
        })
        .min()
}

/// The longest run of '+' in the window: its length and the byte just after it.
fn longest_plus_run(window: &str) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let mut run = 0;
    for (at, c) in window.char_indices() {
        if c == '+' {
            run += 1;
            if best.is_none_or(|(n, _)| run > n) {
                best = Some((run, at + 1));
            }
        } else {
            run = 0;
        }
    }
    best
}

/// Lowercase with the accents of the seven languages folded, byte for byte with `text`:
/// a two-byte accented letter becomes its plain letter and a placeholder.
fn fold_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let folded = fold(c.to_lowercase().next().unwrap_or(c));
        let plain = if folded.is_ascii() { folded } else { '_' };
        out.push(plain);
        // Keep byte offsets aligned with the original text.
        for _ in 1..c.len_utf8() {
            out.push('_');
        }
    }
    out
}

/// Deep or fast breathing in the words the lexicon lacked; with vomiting or drowsiness in
/// a diabetic, the presentation table makes it DKA [DKA].
pub(crate) const KETOACIDOSIS: &[(Sig, &str)] = &[(
    Sig::KetoneBreath,
    pats![
        "respirando ~fundo|profundo|profundamente|rapido|forte",
        "big|huge|deep|heavy ~breaths",
        "gasping ~big|deep ~breaths",
        "respire|respirant ~fort|vite ~profond*",
        "atmet|atmen ~ganz ~tief ~schnell",
        "respira|respirando ~forte ~profond*",
        "ademt|ademen ~diep ~snel",
    ],
)];
