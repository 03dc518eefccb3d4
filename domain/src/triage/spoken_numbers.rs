//! Over 600 lines because the number words of seven languages, their compounds and the one
//! reader that joins them are one table; split by language, each part would repeat the reader.
//!
//! Numbers said aloud and written out in words by voice typing (session 23b, batch 121):
//! "thirty eight point three", "achtunddreißig komma zwei", "trente-neuf deux" (39.2, as
//! French speakers say a temperature), "peak flow four fifty" (450), "Zucker
//! zweihundertneunzig", "deux mille seize", "zweitausendachtzehn". Any dictation does
//! this, not only one batch's, so the words are turned into digits before the message is
//! read: the readings then see a temperature, a glucose, a peak flow or a week of
//! pregnancy, and a year dates a clause as history the way "in 2016" does.
//!
//! Only what is unambiguous becomes digits: a number of two or more words or of a
//! compound word, a number of 13 or more, a decimal ("one point nine", "zwei komma
//! eins"), a temperature told as "38 5" with its decimal unsaid, and English "four fifty"
//! or "twenty eighteen". A lone small number ("two days", "ten minutes", "dix comprimés")
//! stays a word, as the lexicon's patterns read it; "seize" (English), "cent", "mille",
//! "mil" and "cem" alone are words too.

use std::borrow::Cow;

/// One part of a number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// 1 to 9.
    Unit(u32),
    /// 10 to 19.
    Teen(u32),
    /// 20, 30, ... 90.
    Tens(u32),
    Hundred,
    Thousand,
    /// "und", "en" inside a German or Dutch word, "and", "y", "e", "et" between words.
    And,
}

/// The parts number words are made of, in the seven languages, accents folded. Longer
/// forms come first so a word is cut into the longest parts ("dreizehn" before "drei").
const PARTS: &[(&str, Part)] = &[
    // Teens and tens first: they contain units ("siebzehn", "veintiocho").
    ("diciassette", Part::Teen(17)),
    ("diciannove", Part::Teen(19)),
    ("quattordici", Part::Teen(14)),
    ("dezesseis", Part::Teen(16)),
    ("dezessete", Part::Teen(17)),
    ("dezenove", Part::Teen(19)),
    ("seventeen", Part::Teen(17)),
    ("thirteen", Part::Teen(13)),
    ("fourteen", Part::Teen(14)),
    ("eighteen", Part::Teen(18)),
    ("nineteen", Part::Teen(19)),
    ("fifteen", Part::Teen(15)),
    ("sixteen", Part::Teen(16)),
    ("dreizehn", Part::Teen(13)),
    ("vierzehn", Part::Teen(14)),
    ("funfzehn", Part::Teen(15)),
    ("sechzehn", Part::Teen(16)),
    ("siebzehn", Part::Teen(17)),
    ("achtzehn", Part::Teen(18)),
    ("neunzehn", Part::Teen(19)),
    ("zeventien", Part::Teen(17)),
    ("negentien", Part::Teen(19)),
    ("veertien", Part::Teen(14)),
    ("vijftien", Part::Teen(15)),
    ("achttien", Part::Teen(18)),
    ("dertien", Part::Teen(13)),
    ("zestien", Part::Teen(16)),
    ("quatorze", Part::Teen(14)),
    ("catorze", Part::Teen(14)),
    ("catorce", Part::Teen(14)),
    ("dieciseis", Part::Teen(16)),
    ("diecisiete", Part::Teen(17)),
    ("dieciocho", Part::Teen(18)),
    ("diecinueve", Part::Teen(19)),
    ("tredici", Part::Teen(13)),
    ("quindici", Part::Teen(15)),
    ("diciotto", Part::Teen(18)),
    ("sedici", Part::Teen(16)),
    ("dezoito", Part::Teen(18)),
    ("quince", Part::Teen(15)),
    ("quinze", Part::Teen(15)),
    ("treize", Part::Teen(13)),
    ("seize", Part::Teen(16)),
    ("trece", Part::Teen(13)),
    ("treze", Part::Teen(13)),
    ("twelve", Part::Teen(12)),
    ("eleven", Part::Teen(11)),
    ("zwolf", Part::Teen(12)),
    ("twaalf", Part::Teen(12)),
    ("undici", Part::Teen(11)),
    ("dodici", Part::Teen(12)),
    ("douze", Part::Teen(12)),
    ("doce", Part::Teen(12)),
    ("doze", Part::Teen(12)),
    ("onze", Part::Teen(11)),
    ("once", Part::Teen(11)),
    ("elf", Part::Teen(11)),
    ("dieci", Part::Teen(10)),
    ("zehn", Part::Teen(10)),
    ("tien", Part::Teen(10)),
    ("diez", Part::Teen(10)),
    ("ten", Part::Teen(10)),
    ("dix", Part::Teen(10)),
    ("dez", Part::Teen(10)),
    ("twenty", Part::Tens(20)),
    ("thirty", Part::Tens(30)),
    ("forty", Part::Tens(40)),
    ("fifty", Part::Tens(50)),
    ("sixty", Part::Tens(60)),
    ("seventy", Part::Tens(70)),
    ("eighty", Part::Tens(80)),
    ("ninety", Part::Tens(90)),
    ("veinte", Part::Tens(20)),
    ("veinti", Part::Tens(20)),
    ("treinta", Part::Tens(30)),
    ("cuarenta", Part::Tens(40)),
    ("cincuenta", Part::Tens(50)),
    ("sesenta", Part::Tens(60)),
    ("setenta", Part::Tens(70)),
    ("ochenta", Part::Tens(80)),
    ("noventa", Part::Tens(90)),
    ("vingts", Part::Tens(20)),
    ("vingt", Part::Tens(20)),
    ("trente", Part::Tens(30)),
    ("quarante", Part::Tens(40)),
    ("cinquante", Part::Tens(50)),
    ("soixante", Part::Tens(60)),
    ("zwanzig", Part::Tens(20)),
    ("dreissig", Part::Tens(30)),
    ("vierzig", Part::Tens(40)),
    ("funfzig", Part::Tens(50)),
    ("sechzig", Part::Tens(60)),
    ("siebzig", Part::Tens(70)),
    ("achtzig", Part::Tens(80)),
    ("neunzig", Part::Tens(90)),
    ("venti", Part::Tens(20)),
    ("vent", Part::Tens(20)),
    ("trenta", Part::Tens(30)),
    ("trent", Part::Tens(30)),
    ("quaranta", Part::Tens(40)),
    ("quarant", Part::Tens(40)),
    ("cinquanta", Part::Tens(50)),
    ("cinquant", Part::Tens(50)),
    ("sessanta", Part::Tens(60)),
    ("sessant", Part::Tens(60)),
    ("settanta", Part::Tens(70)),
    ("settant", Part::Tens(70)),
    ("ottanta", Part::Tens(80)),
    ("ottant", Part::Tens(80)),
    ("novanta", Part::Tens(90)),
    ("novant", Part::Tens(90)),
    ("vinte", Part::Tens(20)),
    ("trinta", Part::Tens(30)),
    ("quarenta", Part::Tens(40)),
    ("cinquenta", Part::Tens(50)),
    ("sessenta", Part::Tens(60)),
    ("oitenta", Part::Tens(80)),
    ("twintig", Part::Tens(20)),
    ("dertig", Part::Tens(30)),
    ("veertig", Part::Tens(40)),
    ("vijftig", Part::Tens(50)),
    ("zestig", Part::Tens(60)),
    ("zeventig", Part::Tens(70)),
    ("tachtig", Part::Tens(80)),
    ("negentig", Part::Tens(90)),
    // Hundreds told as one word in Spanish and Portuguese.
    ("doscientos", Part::Tens(200)),
    ("trescientos", Part::Tens(300)),
    ("cuatrocientos", Part::Tens(400)),
    ("quinientos", Part::Tens(500)),
    ("duzentos", Part::Tens(200)),
    ("trezentos", Part::Tens(300)),
    ("quatrocentos", Part::Tens(400)),
    ("quinhentos", Part::Tens(500)),
    ("hundred", Part::Hundred),
    ("hundert", Part::Hundred),
    ("honderd", Part::Hundred),
    ("ciento", Part::Hundred),
    ("cento", Part::Hundred),
    ("cents", Part::Hundred),
    ("cent", Part::Hundred),
    ("cien", Part::Hundred),
    ("cem", Part::Hundred),
    ("thousand", Part::Thousand),
    ("tausend", Part::Thousand),
    ("duizend", Part::Thousand),
    ("mille", Part::Thousand),
    ("mila", Part::Thousand),
    ("mil", Part::Thousand),
    ("one", Part::Unit(1)),
    ("two", Part::Unit(2)),
    ("three", Part::Unit(3)),
    ("four", Part::Unit(4)),
    ("five", Part::Unit(5)),
    ("six", Part::Unit(6)),
    ("seven", Part::Unit(7)),
    ("eight", Part::Unit(8)),
    ("nine", Part::Unit(9)),
    ("eins", Part::Unit(1)),
    ("ein", Part::Unit(1)),
    ("zwei", Part::Unit(2)),
    ("drei", Part::Unit(3)),
    ("vier", Part::Unit(4)),
    ("funf", Part::Unit(5)),
    ("sechs", Part::Unit(6)),
    ("sieben", Part::Unit(7)),
    ("acht", Part::Unit(8)),
    ("neun", Part::Unit(9)),
    ("un", Part::Unit(1)),
    ("une", Part::Unit(1)),
    ("deux", Part::Unit(2)),
    ("trois", Part::Unit(3)),
    ("quatre", Part::Unit(4)),
    ("cinq", Part::Unit(5)),
    ("six", Part::Unit(6)),
    ("sept", Part::Unit(7)),
    ("huit", Part::Unit(8)),
    ("neuf", Part::Unit(9)),
    ("uno", Part::Unit(1)),
    ("dos", Part::Unit(2)),
    ("tres", Part::Unit(3)),
    ("cuatro", Part::Unit(4)),
    ("cinco", Part::Unit(5)),
    ("seis", Part::Unit(6)),
    ("siete", Part::Unit(7)),
    ("ocho", Part::Unit(8)),
    ("nueve", Part::Unit(9)),
    ("due", Part::Unit(2)),
    ("tre", Part::Unit(3)),
    ("quattro", Part::Unit(4)),
    ("cinque", Part::Unit(5)),
    ("sei", Part::Unit(6)),
    ("sette", Part::Unit(7)),
    ("otto", Part::Unit(8)),
    ("nove", Part::Unit(9)),
    ("um", Part::Unit(1)),
    ("dois", Part::Unit(2)),
    ("duas", Part::Unit(2)),
    ("quatro", Part::Unit(4)),
    ("sete", Part::Unit(7)),
    ("oito", Part::Unit(8)),
    ("een", Part::Unit(1)),
    ("twee", Part::Unit(2)),
    ("drie", Part::Unit(3)),
    ("vijf", Part::Unit(5)),
    ("zes", Part::Unit(6)),
    ("zeven", Part::Unit(7)),
    ("negen", Part::Unit(9)),
    ("und", Part::And),
    ("en", Part::And),
];

/// "And" between number words: "a hundred and forty", "treinta y ocho", "trinta e oito",
/// "vingt et un".
const AND_WORDS: &[&str] = &["and", "y", "e", "et"];

/// The word for a decimal point: "one point nine", "zwei komma eins", "trente-huit
/// virgule cinq".
const POINT_WORDS: &[&str] = &[
    "point", "komma", "virgule", "coma", "punto", "virgola", "virgula", "ponto",
];

/// Number words that are also ordinary words when alone: English "seize", a "cent",
/// "mille" and "mil". They count only beside another number word.
const NOT_ALONE: &[&str] = &[
    "seize", "cent", "cents", "mille", "mil", "cem", "mila", "un", "une", "en", "und",
];

/// Units of time: "thirty eight five days" is not a temperature with its decimal unsaid.
const TIME_WORDS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hours",
    "minutes",
    "jours",
    "semaines",
    "mois",
    "ans",
    "heures",
    "tage",
    "tagen",
    "wochen",
    "monate",
    "jahre",
    "stunden",
    "minuten",
    "dias",
    "semanas",
    "meses",
    "anos",
    "horas",
    "giorni",
    "settimane",
    "mesi",
    "anni",
    "ore",
    "dagen",
    "weken",
    "maanden",
    "jaar",
    "uur",
];

/// A word's parts, if the whole word is made of number parts.
fn parts(word: &str) -> Option<Vec<Part>> {
    if word.is_empty() {
        return Some(Vec::new());
    }
    PARTS.iter().find_map(|(form, part)| {
        let rest = word.strip_prefix(form)?;
        let mut tail = parts(rest)?;
        tail.insert(0, *part);
        Some(tail)
    })
}

/// One word of the text with its place, folded for lookup.
struct Word {
    start: usize,
    end: usize,
    key: String,
    /// Only spaces or hyphens between this word and the one before.
    joined: bool,
}

fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut start = None;
    let mut gap_start = 0;
    let push = |out: &mut Vec<Word>, from: usize, to: usize, gap: &str| {
        let key = text[from..to]
            .to_lowercase()
            .replace('ß', "ss")
            .chars()
            .map(super::readings::fold)
            .collect();
        out.push(Word {
            start: from,
            end: to,
            key,
            joined: gap.chars().all(|c| c == ' ' || c == '-'),
        });
    };
    for (at, c) in text.char_indices() {
        if c.is_alphabetic() {
            if start.is_none() {
                start = Some(at);
            }
        } else if let Some(from) = start.take() {
            push(&mut out, from, at, &text[gap_start..from]);
            gap_start = at;
        }
    }
    if let Some(from) = start {
        push(&mut out, from, text.len(), &text[gap_start..from]);
    }
    out
}

/// A number read from words `first..=last`.
struct Spoken {
    first: usize,
    last: usize,
    value: u32,
    /// Written with more than one part ("thirty eight", "achtunddreissig").
    compound: bool,
    /// Tens and a unit ("thirty eight", "achtunddreissig"), so a unit word right after
    /// it is a decimal told without "point" ("trente-huit cinq").
    ends_in_unit: bool,
}

/// The longest number starting at word `first`, if any.
fn spoken_at(words: &[Word], first: usize) -> Option<Spoken> {
    let mut total = 0;
    let mut group = 0;
    let mut last: Option<Part> = None;
    let mut count = 0;
    let mut end = None;
    let mut pending_and = false;
    let mut index = first;
    while index < words.len() {
        if index > first && !words[index].joined {
            break;
        }
        let key = words[index].key.as_str();
        if index > first
            && AND_WORDS.contains(&key)
            && matches!(last, Some(Part::Tens(_) | Part::Hundred | Part::Thousand))
        {
            index += 1;
            pending_and = true;
            continue;
        }
        // "one cent" is a coin; the French hundred follows a French unit ("deux cents").
        if index > first && key.starts_with("cent") && is_english(&words[index - 1]) {
            break;
        }
        let Some(word_parts) = parts(key) else { break };
        if word_parts.is_empty() {
            break;
        }
        let mut accepted = true;
        let (mut g, mut t, mut l, mut c) = (group, total, last, count);
        let mut and_inside = false;
        for part in &word_parts {
            let fits = match (*part, l) {
                (Part::And, Some(Part::Unit(_) | Part::Tens(_) | Part::Hundred)) => {
                    and_inside = true;
                    continue;
                }
                (Part::And, _) => false,
                (Part::Unit(u), None | Some(Part::Tens(_) | Part::Hundred | Part::Thousand)) => {
                    g += u;
                    true
                }
                // "vier und zwanzig": the unit comes before its tens in German and Dutch.
                (Part::Tens(n), Some(Part::Unit(_))) if and_inside && n < 100 => {
                    g += n;
                    true
                }
                // French "quatre-vingt(s)": four twenties.
                (Part::Tens(20), Some(Part::Unit(4))) if key.contains("vingt") => {
                    g = g - 4 + 80;
                    true
                }
                // French "dix-sept", "dix-huit", "dix-neuf".
                (Part::Unit(u), Some(Part::Teen(10))) if u >= 7 => {
                    g += u;
                    true
                }
                // "doscientos cuarenta", "duzentos e dez": a hundreds word, then the rest.
                (Part::Tens(n) | Part::Teen(n), Some(Part::Tens(h))) if h >= 200 && n < 100 => {
                    g += n;
                    true
                }
                (Part::Teen(n), None | Some(Part::Hundred | Part::Thousand)) => {
                    g += n;
                    true
                }
                // French "soixante-dix", "quatre-vingt-onze".
                (Part::Teen(n), Some(Part::Tens(60 | 80))) if g % 100 == 60 || g % 100 == 80 => {
                    g += n;
                    true
                }
                (Part::Tens(n), None | Some(Part::Hundred | Part::Thousand)) => {
                    g += n;
                    true
                }
                (Part::Hundred, None | Some(Part::Unit(_) | Part::Thousand)) => {
                    g = g.max(1) * 100;
                    true
                }
                (
                    Part::Thousand,
                    Some(Part::Unit(_) | Part::Teen(_) | Part::Tens(_) | Part::Hundred) | None,
                ) => {
                    t += g.max(1) * 1000;
                    g = 0;
                    true
                }
                _ => false,
            };
            if !fits {
                accepted = false;
                break;
            }
            // "quatre-vingt" is eighty: "quatre-vingt-onze" adds a teen as "soixante-dix" does.
            l = Some(if *part == Part::Tens(20) && g % 100 == 80 {
                Part::Tens(80)
            } else {
                *part
            });
            c += 1;
        }
        if !accepted || (pending_and && c == count) {
            break;
        }
        pending_and = false;
        group = g;
        total = t;
        last = l;
        count = c;
        end = Some(index);
        index += 1;
    }
    let last_word = end?;
    let single = last_word == first && count == 1;
    if single && NOT_ALONE.contains(&words[first].key.as_str()) {
        return None;
    }
    Some(Spoken {
        first,
        last: last_word,
        value: total + group,
        compound: count > 1,
        ends_in_unit: count > 1 && total + group < 100 && (total + group) % 10 != 0,
    })
}

fn unit_of(word: Option<&Word>) -> Option<u32> {
    match parts(&word?.key)?.as_slice() {
        [Part::Unit(u)] => Some(*u),
        _ => None,
    }
}

fn is_english(word: &Word) -> bool {
    matches!(
        word.key.as_str(),
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
    )
}

/// The text with numbers said in words written as digits; borrowed when there are none.
pub(crate) fn written_as_digits(text: &str) -> Cow<'_, str> {
    let words = words(text);
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let Some(mut number) = spoken_at(&words, index) else {
            index += 1;
            continue;
        };
        let mut digits = number.value.to_string();
        let next = number.last + 1;
        let joined = |at: usize| words.get(at).is_some_and(|w| w.joined);
        if joined(next)
            && words
                .get(next)
                .is_some_and(|w| POINT_WORDS.contains(&w.key.as_str()))
            && joined(next + 1)
        {
            // "one point nine", "zwei komma eins": the digits after the point.
            let mut fraction = String::new();
            let mut at = next + 1;
            while let Some(unit) = unit_of(words.get(at)).filter(|_| joined(at)) {
                fraction.push_str(&unit.to_string());
                at += 1;
            }
            if fraction.is_empty() {
                if let Some(after) = spoken_at(&words, next + 1) {
                    fraction = after.value.to_string();
                    at = after.last + 1;
                }
            }
            if !fraction.is_empty() {
                digits = format!("{digits}.{fraction}");
                number.last = at - 1;
                number.compound = true;
            }
        } else if number.ends_in_unit && (34..=42).contains(&number.value) && joined(next) {
            // "trente-neuf deux", "achtunddreissig fünf": a temperature, its point unsaid.
            if let Some(unit) = unit_of(words.get(next)) {
                let after = words.get(next + 1).filter(|_| joined(next + 1));
                let free = after.is_none_or(|w| {
                    !TIME_WORDS.contains(&w.key.as_str()) && parts(&w.key).is_none()
                });
                if free {
                    digits = format!("{digits}.{unit}");
                    number.last = next;
                }
            }
        } else if number.first == number.last && is_english(&words[number.first]) && joined(next) {
            // English "four fifty" (450) and "twenty eighteen" (2018).
            if let Some(rest) = spoken_at(&words, next).filter(|r| {
                (10..100).contains(&r.value)
                    && (is_english(&words[next]) || words[next].key.ends_with("teen"))
            }) {
                let hundreds = match number.value {
                    1..=9 if rest.value >= 20 => Some(number.value),
                    19 | 20 => Some(number.value),
                    _ => None,
                };
                if let Some(hundreds) = hundreds {
                    digits = (hundreds * 100 + rest.value).to_string();
                    number.last = rest.last;
                    number.compound = true;
                }
            }
        }
        if number.compound || number.value >= 13 {
            spans.push((words[number.first].start, words[number.last].end, digits));
        }
        index = number.last + 1;
    }
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, digits) in spans {
        out.push_str(&text[at..start]);
        out.push_str(&digits);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}
