//! Words written out once the language is known: regional forms (Swiss German, Flemish,
//! Brazilian Portuguese) and texting shorthand that would collide with a word of another
//! language if written out everywhere ("isch", "cha", "het" are ordinary words or names
//! elsewhere; "to" is English, "x" a times sign). The shorthand that collides with
//! nothing is in `normalize.rs`; this runs after the language guess, so a Swiss "Aug"
//! becomes "auge" and an English "aug" stays a month. Found by blind batch 80 (session
//! 15d in TRIAGE.md); tests in `lay_red_flags_tests.rs`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::normalize::{normalize_word, Normalized, Token};

/// Per language: the word as typed (lowercase, accents folded) and what it means.
const REGIONAL: &[(&str, &[(&str, &str)])] = &[
    (
        "de",
        &[
            // Swiss German (Mundart as typed in chat).
            ("isch", "ist"),
            ("gsi", "gewesen"),
            ("het", "hat"),
            ("hend", "haben"),
            ("sig", "sei"),
            ("vo", "von"),
            ("cha", "kann"),
            ("chan", "kann"),
            ("chasch", "kannst"),
            ("chum", "kaum"),
            ("nod", "nicht"),
            ("nid", "nicht"),
            ("ned", "nicht"),
            ("net", "nicht"),
            ("nut", "nichts"),
            ("sit", "seit"),
            ("geschter", "gestern"),
            ("hut", "heute"),
            ("zobig", "abend"),
            ("obig", "abend"),
            ("maa", "mann"),
            ("chind", "kind"),
            ("chindli", "kind"),
            ("chopf", "kopf"),
            ("chopfweh", "kopfweh"),
            ("buuch", "bauch"),
            ("buuchweh", "bauchweh"),
            ("aug", "auge"),
            ("ouge", "auge"),
            ("tuet", "tut"),
            ("tuets", "tut es"),
            ("wah", "weh"),
            ("schmarze", "schmerzen"),
            ("bluet", "blut"),
            ("bluetet", "blutet"),
            ("gstoche", "gestochen"),
            ("gstocha", "gestochen"),
            ("waschpi", "wespe"),
            ("weschpi", "wespe"),
            ("biei", "biene"),
            ("gschwolle", "geschwollen"),
            ("gschwollnigs", "geschwollenes"),
            ("gschwollni", "geschwollene"),
            ("schnuufe", "atmen"),
            ("schnufe", "atmen"),
            ("schnuuft", "atmet"),
            ("chotze", "erbrechen"),
            ("gchotzet", "erbrochen"),
            ("schlacht", "schlecht"),
            ("umgheit", "umgefallen"),
            ("gfalle", "gefallen"),
            ("stah", "stehen"),
            ("ufstah", "aufstehen"),
            ("gspure", "spuren"),
            // Colloquial and texting German.
            ("is", "ist"),
            ("n", "ein"),
            ("nem", "einem"),
            ("bzw", "beziehungsweise"),
            ("ss", "schwangerschaft"),
            ("kh", "krankenhaus"),
        ],
    ),
    (
        "nl",
        &[
            // Flemish and texting Dutch.
            ("wrs", "waarschijnlijk"),
            ("k", "ik"),
            ("kheb", "ik heb"),
            ("kzit", "ik zit"),
            ("kweet", "ik weet"),
            ("kzie", "ik zie"),
            ("kvoel", "ik voel"),
            ("t", "het"),
            ("da", "dat"),
            ("ni", "niet"),
            ("nonkel", "oom"),
            ("bomma", "oma"),
            ("pepe", "opa"),
            ("ge", "je"),
            ("gij", "jij"),
            ("efkes", "even"),
            ("einen", "een"),
            ("aub", "alstublieft"),
        ],
    ),
    (
        "pt",
        &[
            // Brazilian Portuguese as typed.
            ("to", "estou"),
            ("tava", "estava"),
            ("tao", "estao"),
            ("cmg", "comigo"),
            ("ngm", "ninguem"),
            ("tbm", "tambem"),
            ("tambien", "tambem"),
            ("vo", "avo"),
            ("vovo", "avo"),
            ("n", "nao"),
            ("naum", "nao"),
            // "nem" (nor) negates like Spanish "ni"; German "nem" is "einem".
            ("nem", "nor"),
            ("oq", "o que"),
            ("pf", "por favor"),
            ("qnd", "quando"),
            ("dnv", "de novo"),
            ("aki", "aqui"),
        ],
    ),
    (
        "it",
        &[
            ("x", "per"),
            ("sx", "sinistra"),
            ("dx", "destra"),
            ("gg", "giorni"),
            ("qlcs", "qualcosa"),
            ("xo", "pero"),
            ("ke", "che"),
            ("k", "che"),
            ("cm", "come"),
            ("dpo", "dopo"),
            ("sett", "settimana"),
            ("qnd", "quando"),
            ("anke", "anche"),
        ],
    ),
    (
        "fr",
        &[
            ("tt", "tout"),
            ("tte", "toute"),
            ("ts", "tous"),
            ("qqn", "quelqu un"),
            ("qqch", "quelque chose"),
            ("qq", "quelques"),
            ("slt", "salut"),
            ("bjr", "bonjour"),
            ("bsr", "bonsoir"),
            ("dsl", "desole"),
            ("pr", "pour"),
            ("vs", "vous"),
            ("ns", "nous"),
            ("tjs", "toujours"),
            ("koi", "quoi"),
            ("ki", "qui"),
            ("jpp", "j en peux plus"),
            ("ptit", "petit"),
            ("bb", "bebe"),
            ("psk", "parce que"),
            ("pck", "parce que"),
            ("cb", "combien"),
        ],
    ),
    (
        "es",
        &[
            ("k", "que"),
            ("x", "por"),
            ("d", "de"),
            ("ntp", "no te preocupes"),
            ("pa", "para"),
            ("antier", "anteayer"),
            ("ahorita", "ahora"),
            ("tmbn", "tambien"),
        ],
    ),
];

fn table(language: &str) -> Option<&'static HashMap<&'static str, &'static str>> {
    static TABLES: OnceLock<Vec<(&'static str, HashMap<&'static str, &'static str>)>> =
        OnceLock::new();
    TABLES
        .get_or_init(|| {
            REGIONAL
                .iter()
                .map(|(language, words)| (*language, words.iter().copied().collect()))
                .collect()
        })
        .iter()
        .find(|(known, _)| *known == language)
        .map(|(_, words)| words)
}

/// Writes out the regional and shorthand words of `language`, and undoes the clause
/// break of Portuguese "mais" ("não aguento mais" is one clause; French "mais" is "but").
pub(crate) fn rewrite(normalized: &mut Normalized, language: &str) {
    if language == "pt" {
        for &at in normalized.word_breaks.iter().rev() {
            if normalized.tokens.get(at).is_some_and(|t| t.key == "mais") {
                // The phrase moves back only if the break began a new one.
                let new_phrase = at
                    .checked_sub(1)
                    .is_some_and(|i| normalized.tokens[i].phrase < normalized.tokens[at].phrase);
                for token in &mut normalized.tokens[at..] {
                    token.clause = token.clause.saturating_sub(1);
                    if new_phrase {
                        token.phrase = token.phrase.saturating_sub(1);
                    }
                }
            }
        }
    }
    let Some(words) = table(language) else {
        return;
    };
    if !normalized
        .tokens
        .iter()
        .any(|t| words.contains_key(t.plain.as_str()))
    {
        return;
    }
    let tokens = std::mem::take(&mut normalized.tokens);
    for token in tokens {
        let Some(long) = words.get(token.plain.as_str()) else {
            normalized.tokens.push(token);
            continue;
        };
        for word in long.split(' ') {
            normalized.tokens.push(Token {
                key: normalize_word(word),
                plain: word.to_owned(),
                clause: token.clause,
                sentence: token.sentence,
                phrase: token.phrase,
            });
        }
    }
}
