//! A cheap guess at the message language, from function words and accented letters.

use super::normalize::Normalized;

/// Languages the built-in lexicon covers, in tie-break order.
pub(crate) const LANGUAGES: [&str; 7] = ["en", "es", "fr", "de", "it", "pt", "nl"];

/// Frequent short words per language (normalised: no accents, squeezed letters), each
/// language's list one string (`pats!`).
const FUNCTION_WORDS: [&str; 7] = [
    pats![
        "the", "and", "i", "my", "is", "it", "to", "have", "you", "of", "a", "in", "im", "can",
        "cant", "with", "what", "do", "dont", "he", "she", "since", "after", "when", "how", "much",
        "this", "are", "for", "please", "hi", "hello", "thanks", "still", "not", "where", "your",
    ],
    pats![
        "el", "la", "los", "las", "de", "que", "y", "mi", "tengo", "es", "por", "para", "con",
        "una", "un", "me", "se", "esta", "estoy", "muy", "pero", "hola", "gracias", "cuanto",
        "donde", "puedo", "despues", "desde", "del", "al", "lo", "mucho", "ya", "su", "hace",
        "sigo", "cuando", "como", "quiero",
    ],
    pats![
        "le", "la", "les", "de", "et", "je", "j", "mon", "ma", "mes", "est", "pas", "une", "des",
        "du", "il", "elle", "c", "n", "ai", "vous", "pour", "avec", "sur", "au", "aux", "ne",
        "qui", "que", "bonjour", "merci", "depuis", "apres", "tres", "ca", "suis", "plus", "l",
        "d", "s", "qu", "est",
    ],
    pats![
        "der", "die", "das", "und", "ich", "mein", "meine", "meinen", "ist", "nicht", "ein",
        "eine", "mit", "zu", "habe", "sie", "es", "auf", "bei", "seit", "nach", "wie", "was",
        "kann", "hallo", "danke", "bitte", "wo", "wann", "mir", "mich", "sehr", "noch", "den",
        "dem", "hat", "bin", "kein", "keine",
    ],
    pats![
        "il",
        "che",
        "di",
        "non",
        "nn",
        "mi",
        "ho",
        "sono",
        "della",
        "del",
        "per",
        "con",
        "una",
        "gli",
        "ciao",
        "grazie",
        "dopo",
        "molto",
        "anche",
        "ma",
        "mio",
        "mia",
        "ha",
        "sto",
        "perche",
        "buongiorno",
        "quando",
        "come",
        "dove",
        "posso",
        "oggi",
        "ieri",
        "sempre",
    ],
    pats![
        "o", "a", "os", "as", "de", "que", "e", "eu", "meu", "minha", "nao", "tenho", "estou",
        "com", "uma", "um", "para", "por", "do", "da", "no", "na", "obrigado", "obrigada", "ola",
        "voce", "vc", "ta", "to", "tem", "depois", "muito", "mt", "hoje", "ontem", "quando",
        "como", "posso",
    ],
    pats![
        "de", "het", "een", "en", "ik", "mijn", "is", "niet", "met", "van", "voor", "op", "heb",
        "heeft", "ben", "dat", "die", "maar", "hallo", "bedankt", "dank", "na", "sinds", "nog",
        "wat", "hoe", "waar", "kan", "ook", "geen", "al", "zijn", "erg", "gisteren", "vandaag",
    ],
];

/// Returns an ISO 639-1 code; English when nothing points elsewhere.
pub(crate) fn guess(normalized: &Normalized) -> &'static str {
    let hints = normalized.script_hints;
    let mut scores = [
        0u32,
        u32::from(hints.spanish) * 2,
        u32::from(hints.french) * 2,
        u32::from(hints.german) * 2,
        0,
        0,
        0,
    ];
    for token in &normalized.tokens {
        for (index, words) in FUNCTION_WORDS.iter().enumerate() {
            if super::patterns(words).any(|word| word == token.key) {
                scores[index] += 1;
            }
        }
    }
    let mut best = 0;
    for index in 1..LANGUAGES.len() {
        if scores[index] > scores[best] {
            best = index;
        }
    }
    LANGUAGES[best]
}

#[cfg(test)]
mod tests {
    use super::super::normalize::normalize;
    use super::*;

    #[test]
    fn language_table() {
        let cases = [
            ("I can't breathe", "en"),
            ("No puedo respirar, tengo dolor de pecho", "es"),
            ("Je n'arrive pas à respirer", "fr"),
            ("Ich kann nicht atmen", "de"),
            ("non riesco a respirare, ho male al petto", "it"),
            ("nao consigo respirar, estou com dor no peito", "pt"),
            ("ik krijg geen lucht en heb pijn op de borst", "nl"),
            ("¿dónde?", "es"),
            ("", "en"),
        ];
        for (text, expected) in cases {
            assert_eq!(guess(&normalize(text)), expected, "{text}");
        }
    }
}
