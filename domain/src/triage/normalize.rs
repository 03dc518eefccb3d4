//! Over 500 lines because the shorthand, clause-word and elision tables (about 200 lines)
//! sit beside the one function that applies them.
//!
//! Text normalisation for triage: one spelling per word, whatever the patient typed.
//!
//! Lowercase, accents stripped, repeated letters squeezed ("bleeeding" and "bleding"
//! both become "bleding"), French elisions split ("n'arrive" → "n arrive"), English
//! contractions joined ("can't" → "cant"), a few emoji read as words, and clause and
//! sentence boundaries kept so negation and questions stay local.

/// One normalised word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Lowercase, accent-free, repeated letters squeezed: what patterns match.
    pub key: String,
    /// Lowercase and accent-free, not squeezed: what reasons quote.
    pub plain: String,
    /// Index of the clause (split at punctuation and "but"-like words).
    pub clause: u16,
    /// Index of the sentence (split at . ! ? and line breaks).
    pub sentence: u16,
    /// Index of the stretch a pattern may span: the clause, joined across the commas of
    /// a list ("red, warm, swollen"; `list_commas.rs`).
    pub phrase: u16,
}

/// A message ready for matching.
#[derive(Debug, Clone, Default)]
pub(crate) struct Normalized {
    pub tokens: Vec<Token>,
    /// Per sentence: whether it is phrased as a question.
    pub questions: Vec<bool>,
    /// Letters that only some languages use, as hints for language guessing.
    pub script_hints: ScriptHints,
    /// Tokens that opened a clause by being a clause word ("but": "mais", "pero"), not
    /// after punctuation: Portuguese "mais" is "more", and undoes its break
    /// (`regional_words.rs`).
    pub word_breaks: Vec<usize>,
}

/// Counts of language-specific characters seen before accents were stripped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ScriptHints {
    pub spanish: u16,
    pub french: u16,
    pub german: u16,
}

/// Words that open a new clause: a negation before them must not reach past them.
const CLAUSE_WORDS: &[&str] = &[
    "but",
    "however",
    "although",
    "though",
    "pero",
    "aunque",
    "sino",
    "mais",
    "pourtant",
    "cependant",
    "aber",
    "doch",
    "sondern",
    "obwohl",
    "jedoch",
];

/// Phone shorthand, written out so the lexicon sees the words: SMS and WhatsApp
/// abbreviations and contractions in the seven languages. Only forms that are not
/// also ordinary words in another of the languages.
const SHORTHAND: &[(&str, &str)] = &[
    // English
    ("u", "you"),
    ("ur", "your"),
    ("pls", "please"),
    ("plz", "please"),
    ("rn", "right now"),
    ("2day", "today"),
    ("tmrw", "tomorrow"),
    ("tmr", "tomorrow"),
    ("b4", "before"),
    ("cuz", "because"),
    ("bc", "because"),
    ("coz", "because"),
    ("wanna", "want to"),
    ("gonna", "going to"),
    ("gna", "going to"),
    ("cnt", "cant"),
    ("dnt", "dont"),
    ("hes", "he is"),
    ("shes", "she is"),
    ("thx", "thanks"),
    ("idk", "dont know"),
    ("dr", "doctor"),
    ("hosp", "hospital"),
    ("bby", "baby"),
    ("ppl", "people"),
    // Units and times as thumbs type them: "last wk", "yrs ago", "19 wks" (the past and
    // pregnancy cues are written with the whole words).
    ("wk", "week"),
    ("wks", "weeks"),
    ("yr", "year"),
    ("yrs", "years"),
    ("hr", "hour"),
    ("hrs", "hours"),
    ("mth", "month"),
    ("mths", "months"),
    ("yday", "yesterday"),
    ("yest", "yesterday"),
    ("tonite", "tonight"),
    ("2nite", "tonight"),
    ("2moro", "tomorrow"),
    ("2mrw", "tomorrow"),
    ("shd", "should"),
    ("shld", "should"),
    ("cld", "could"),
    ("wld", "would"),
    ("abt", "about"),
    ("smth", "something"),
    ("sth", "something"),
    ("dunno", "dont know"),
    ("kinda", "kind of"),
    ("w", "with"),
    ("wiv", "with"),
    ("havnt", "havent"),
    // "bleeding thru the towel", "can swallow tho" (batch 106).
    ("thru", "through"),
    ("tho", "though"),
    // Spanish
    ("q", "que"),
    ("xq", "porque"),
    ("pq", "porque"),
    ("xfa", "por favor"),
    ("porfa", "por favor"),
    ("tb", "tambien"),
    ("tmb", "tambien"),
    ("nse", "no se"),
    ("toy", "estoy"),
    ("ta", "esta"),
    ("izq", "izquierda"),
    ("izqda", "izquierda"),
    ("dcha", "derecha"),
    ("kiero", "quiero"),
    ("mxo", "mucho"),
    ("grax", "gracias"),
    // French
    ("jpeux", "je peux"),
    ("jpeu", "je peux"),
    ("jarrive", "j arrive"),
    ("jsuis", "je suis"),
    ("chui", "je suis"),
    ("chuis", "je suis"),
    ("jsp", "je sais pas"),
    ("jai", "j ai"),
    ("jme", "je me"),
    ("jsens", "je sens"),
    ("jvois", "je vois"),
    ("jvais", "je vais"),
    ("pk", "pourquoi"),
    ("pcq", "parce que"),
    ("stp", "s il te plait"),
    ("svp", "s il vous plait"),
    ("bcp", "beaucoup"),
    ("tkt", "t inquiete"),
    ("pdt", "pendant"),
    ("ds", "dans"),
    ("qd", "quand"),
    ("tjrs", "toujours"),
    ("mtn", "maintenant"),
    ("auj", "aujourd hui"),
    ("vrmt", "vraiment"),
    ("jcrois", "je crois"),
    ("jsais", "je sais"),
    // German
    ("nich", "nicht"),
    ("nix", "nichts"),
    ("hab", "habe"),
    ("vllt", "vielleicht"),
    ("kp", "keine ahnung"),
    ("nen", "einen"),
    ("iwie", "irgendwie"),
    ("bissl", "bisschen"),
    ("grad", "gerade"),
    ("jz", "jetzt"),
    ("evtl", "eventuell"),
    ("eigtl", "eigentlich"),
    ("sry", "sorry"),
    // Italian
    ("nn", "non"),
    ("cmq", "comunque"),
    ("xke", "perche"),
    ("xche", "perche"),
    ("qlc", "qualcosa"),
    ("dv", "dove"),
    ("sn", "sono"),
    ("nnt", "niente"),
    ("dmn", "domani"),
    ("grz", "grazie"),
    ("qst", "questo"),
    // Portuguese
    ("vc", "voce"),
    ("mt", "muito"),
    ("mto", "muito"),
    ("hj", "hoje"),
    ("qdo", "quando"),
    ("td", "tudo"),
    ("nd", "nada"),
    ("agr", "agora"),
    ("dps", "depois"),
    ("msm", "mesmo"),
    ("pfv", "por favor"),
    ("obg", "obrigado"),
    ("tds", "todos"),
    // Dutch
    ("kben", "ik ben"),
    ("mn", "mijn"),
    ("zn", "zijn"),
    ("ff", "even"),
    ("idd", "inderdaad"),
    ("wss", "waarschijnlijk"),
    ("mss", "misschien"),
    ("gwn", "gewoon"),
    ("nx", "niks"),
    ("ivm", "in verband met"),
    ("zsm", "zo snel mogelijk"),
    ("ajb", "alsjeblieft"),
];

/// A phone shorthand's written-out words, looked up by the unsqueezed word ("nn" is
/// Italian "non", while the squeezed "n" is a French elision).
fn shorthand(key: &str) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<String, &'static str>> =
        std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            SHORTHAND
                .iter()
                .map(|(short, long)| ((*short).to_owned(), *long))
                .collect()
        })
        .get(key)
        .copied()
}

/// Squeezes runs of the same letter, as message keys are.
fn squeeze(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_alphabetic() && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// French and Italian elided articles, prepositions and pronouns: "l'", "n'", "qu'",
/// "dell'", "un'" end a word ("dell'occhio" is "dell occhio", not "delochio"). English
/// contractions never start with one of these, so "don't" still reads "dont".
const ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "s", "c", "m", "t", "v", "qu", "jusqu", "lorsqu", "puisqu", "dell", "del",
    "nell", "nel", "all", "al", "dall", "dal", "sull", "sul", "un", "quest", "quell", "quel",
    "tutt", "tut", "cos", "com", "dov", "anch",
];

/// Folds one lowercase character to ASCII where it is a Latin letter with a mark.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'ē' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => "o",
        'ú' | 'ù' | 'û' | 'ü' => "u",
        'ñ' => "n",
        'ç' => "c",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        'œ' => "oe",
        'æ' => "ae",
        _ => return None,
    })
}

/// Emoji that carry a symptom; they become words so the lexicon can see them.
fn emoji_word(c: char) -> Option<&'static str> {
    Some(match c {
        '🩸' => "blood",
        '🤮' => "vomiting",
        '🤒' | '🌡' => "fever",
        '🚑' => "ambulance",
        '🆘' => "help",
        '💊' => "pills",
        '🤕' => "hurt",
        _ => return None,
    })
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | '´' | 'ʼ')
}

struct Builder {
    out: Normalized,
    key: String,
    plain: String,
    clause: u16,
    sentence: u16,
    /// The clauses a comma ended, for `list_commas`.
    comma_ends: Vec<u16>,
}

impl Builder {
    fn push_char(&mut self, folded: &str) {
        for c in folded.chars() {
            self.plain.push(c);
            // Squeeze runs of the same letter; digits keep their runs ("100" is not "10").
            if c.is_alphabetic() && self.key.ends_with(c) {
                continue;
            }
            self.key.push(c);
        }
    }

    fn end_word(&mut self) {
        if self.key.is_empty() {
            return;
        }
        let mut key = std::mem::take(&mut self.key);
        let plain = std::mem::take(&mut self.plain);
        if key == "we" && plain.len() > 2 {
            // "wee" (urine) squeezed is "we": "no fall we know of" read as "no wee", an
            // emergency (batch 84). The stretched forms stay "wee".
            key = "wee".into();
        }
        if key.starts_with("drop") && plain.starts_with("dropp") {
            // "dropping" squeezed is "droping", the key of "drooping": "sugar keeps
            // dropping" read as a stroke (session 20b). The doubled "p" is kept.
            key = plain.clone();
        }
        if key == "pe" && plain.len() > 2 {
            // "pee" squeezed is "pe", the Portuguese "pé" (foot): "gesso no pé" read as "no
            // pee", an emergency (batch 104). The stretched forms stay "pee".
            key = "pee".into();
        }
        if CLAUSE_WORDS.contains(&key.as_str()) {
            let opens = self
                .out
                .tokens
                .last()
                .is_some_and(|last| last.clause == self.clause);
            self.end_clause();
            if opens {
                self.out.word_breaks.push(self.out.tokens.len());
            }
        }
        if let Some(words) = shorthand(&plain) {
            for word in words.split(' ') {
                self.out.tokens.push(Token {
                    key: squeeze(word),
                    plain: word.to_owned(),
                    clause: self.clause,
                    sentence: self.sentence,
                    phrase: self.clause,
                });
            }
            return;
        }
        self.out.tokens.push(Token {
            key,
            plain,
            clause: self.clause,
            sentence: self.sentence,
            phrase: self.clause,
        });
    }

    fn push_word(&mut self, word: &str) {
        self.end_word();
        self.push_char(word);
        self.end_word();
    }

    fn end_clause(&mut self) {
        self.end_word();
        if self
            .out
            .tokens
            .last()
            .is_some_and(|last| last.clause == self.clause)
        {
            self.clause += 1;
        }
    }

    /// Ends a clause at a comma, and records it for `list_commas`.
    fn end_comma(&mut self) {
        let clause = self.clause;
        self.end_clause();
        if self.clause != clause {
            self.comma_ends.push(clause);
        }
    }

    fn end_sentence(&mut self, question: bool) {
        self.end_clause();
        let index = usize::from(self.sentence);
        if self.out.questions.len() <= index {
            self.out.questions.resize(index + 1, false);
        }
        if question {
            self.out.questions[index] = true;
        }
        if self
            .out
            .tokens
            .last()
            .is_some_and(|last| last.sentence == self.sentence)
        {
            self.sentence += 1;
        }
    }
}

/// Slash shorthand written out before reading: "w/o fever" is a negation and "w/"
/// is "with", which the slash would otherwise split into the letters "w" and "o".
const SLASH_FORMS: &[(&str, &str)] = &[("w/o", "without"), ("w/", "with "), ("b/c", "because")];

/// `text` with [`SLASH_FORMS`] written out where they start a word.
fn expand_slashes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('/') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    'outer: while let Some(c) = rest.chars().next() {
        let starts_word = !out.chars().next_back().is_some_and(char::is_alphanumeric);
        if starts_word {
            for (short, long) in SLASH_FORMS {
                let Some(head) = rest.get(..short.len()) else {
                    continue;
                };
                let after = rest[short.len()..].chars().next();
                // "w/o" only before a word break: "w/other" is "with other".
                let ends = !short.ends_with('o') || !after.is_some_and(char::is_alphanumeric);
                if head.eq_ignore_ascii_case(short) && ends {
                    out.push_str(long);
                    rest = &rest[short.len()..];
                    continue 'outer;
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

/// Normalises a message into tokens with clause and sentence indices.
pub(crate) fn normalize(text: &str) -> Normalized {
    let text = expand_slashes(text);
    let chars: Vec<char> = text.chars().collect();
    let mut builder = Builder {
        out: Normalized::default(),
        key: String::new(),
        plain: String::new(),
        clause: 0,
        sentence: 0,
        comma_ends: Vec::new(),
    };
    let mut hints = ScriptHints::default();
    let mut open_question = false;
    for (index, &raw) in chars.iter().enumerate() {
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(index + 1).copied();
        for c in raw.to_lowercase() {
            match c {
                'ñ' | '¿' | '¡' => hints.spanish += 1,
                'ç' | 'œ' | 'è' | 'ê' | 'à' | 'ù' | 'â' | 'î' | 'ô' | 'û' => {
                    hints.french += 1
                }
                'ß' | 'ä' | 'ö' | 'ü' => hints.german += 1,
                _ => {}
            }
            if let Some(folded) = fold(c) {
                builder.push_char(folded);
            } else if c.is_alphanumeric() {
                let mut buffer = [0u8; 4];
                builder.push_char(c.encode_utf8(&mut buffer));
            } else if is_apostrophe(c) {
                // French elision ends the word; an English contraction joins it.
                let next_is_letter = next.is_some_and(char::is_alphabetic);
                if next_is_letter && ELISIONS.contains(&builder.key.as_str()) {
                    // French "n'" is the negation "ne"; a bare "n" is English "and" or
                    // Portuguese "não", which the caller tells apart by language.
                    if builder.key == "n" {
                        builder.key = "ne".into();
                        builder.plain = "ne".into();
                    }
                    builder.end_word();
                }
            } else if let Some(word) = emoji_word(c) {
                builder.push_word(word);
            } else {
                let between_digits = previous.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                match c {
                    // "38.5" and "39,5" are one reading, not two clauses.
                    '.' | ',' if between_digits => builder.end_word(),
                    '?' => {
                        builder.end_sentence(true);
                        open_question = false;
                    }
                    '¿' => {
                        builder.end_clause();
                        open_question = true;
                    }
                    '.' | '!' | '\n' | '…' | '¡' => {
                        builder.end_sentence(open_question);
                        open_question = false;
                    }
                    ',' => builder.end_comma(),
                    ';' | ':' | '(' | ')' | '–' | '—' => builder.end_clause(),
                    // A hyphen inside a word splits it ("x-ray"); a free-standing one is a pause.
                    '-' if previous.is_some_and(char::is_whitespace) => builder.end_clause(),
                    _ => builder.end_word(),
                }
            }
        }
    }
    builder.end_sentence(open_question);
    let mut out = builder.out;
    super::list_commas::join_list_commas(&mut out.tokens, &builder.comma_ends);
    out.script_hints = hints;
    let sentences = out
        .tokens
        .last()
        .map_or(0, |last| usize::from(last.sentence) + 1);
    out.questions
        .resize(sentences.max(out.questions.len()), false);
    out
}

/// Normalises a lexicon or clinic phrase word the same way message words are.
pub(crate) fn normalize_word(word: &str) -> String {
    normalize(word)
        .tokens
        .into_iter()
        .map(|token| token.key)
        .collect::<Vec<_>>()
        .join("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        normalize(text).tokens.into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn normalisation_table() {
        let cases: &[(&str, &[&str])] = &[
            ("I can't BREATHE!!", &["i", "cant", "breathe"]),
            ("bleeeeding", &["bleding"]),
            ("bleding", &["bleding"]),
            (
                "Je n'arrive pas à respirer",
                &["je", "ne", "arive", "pas", "a", "respirer"],
            ),
            ("Brustschmerzen, Atemnot", &["brustschmerzen", "atemnot"]),
            ("Übelkeit ß", &["ubelkeit", "s"]),
            ("¿Dónde está?", &["donde", "esta"]),
            ("x-ray", &["x", "ray"]),
            ("fever 38.5", &["fever", "38", "5"]),
            ("blood 🩸", &["blod", "blod"]),
            ("cough w/o fever", &["cough", "without", "fever"]),
            ("pain w/sweats b/c", &["pain", "with", "sweats", "because"]),
            ("last wk, 2 yrs ago", &["last", "wek", "2", "years", "ago"]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(keys(text), *expected, "{text}");
        }
    }

    #[test]
    fn clauses_and_questions() {
        let normalized = normalize("No pain. But is it bleeding? fine - thanks");
        let clauses: Vec<u16> = normalized.tokens.iter().map(|t| t.clause).collect();
        assert_eq!(clauses, [0, 0, 1, 1, 1, 1, 2, 3]);
        assert_eq!(normalized.questions, [false, true, false]);
    }
}
