//! SMS text rules that hold for any SMS provider: GSM-7 or UCS-2 encoding, segment counts
//! and boundaries, and the opt-out, opt-in and help keywords.
//!
//! A text that fits GSM-7 (3GPP TS 23.038's basic table plus its extension table, whose
//! characters take an escape and so count 2) goes in 160 septets, or 153 per segment when
//! concatenated; anything else goes as UCS-2 (UTF-16 code units): 70, or 67 per segment.

use serde::Serialize;

/// GSM 03.38 basic character set, in code order (0x1B, the escape, left out).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// GSM 03.38 extension table: each is sent as escape + code, two septets.
const GSM7_EXTENSION: &str = "\u{0c}^{}\\[~]|€";

/// How an SMS text is encoded on the air.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

impl Encoding {
    /// Units in a single, unsplit message.
    pub fn single_limit(self) -> usize {
        match self {
            Encoding::Gsm7 => 160,
            Encoding::Ucs2 => 70,
        }
    }

    /// Units per segment of a concatenated message (the rest carries the joining header).
    pub fn segment_limit(self) -> usize {
        match self {
            Encoding::Gsm7 => 153,
            Encoding::Ucs2 => 67,
        }
    }

    /// What one character costs in this encoding.
    fn units(self, character: char) -> usize {
        match self {
            Encoding::Gsm7 if GSM7_EXTENSION.contains(character) => 2,
            Encoding::Gsm7 => 1,
            Encoding::Ucs2 => character.len_utf16(),
        }
    }
}

fn is_gsm7(character: char) -> bool {
    GSM7_BASIC.contains(character) || GSM7_EXTENSION.contains(character)
}

/// The encoding a text needs: GSM-7 when every character is in its tables.
pub fn encoding(text: &str) -> Encoding {
    if text.chars().all(is_gsm7) {
        Encoding::Gsm7
    } else {
        Encoding::Ucs2
    }
}

/// What the reply box shows: encoding, length in units and segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SmsLength {
    pub encoding: Encoding,
    /// Septets (GSM-7) or UTF-16 code units (UCS-2).
    pub units: usize,
    /// How many messages the carrier sends; 0 for an empty text.
    pub segments: usize,
}

/// The length of a text as an SMS.
pub fn measure(text: &str) -> SmsLength {
    let encoding = encoding(text);
    let units: usize = text
        .chars()
        .map(|character| encoding.units(character))
        .sum();
    let segments = if units == 0 {
        0
    } else if units <= encoding.single_limit() {
        1
    } else {
        units.div_ceil(encoding.segment_limit())
    };
    SmsLength {
        encoding,
        units,
        segments,
    }
}

/// The text cut at its segment boundaries. A character is never cut: an extension
/// character's escape stays with it, and a UCS-2 surrogate pair stays whole (moving to the
/// next segment when only one unit is left).
pub fn segments(text: &str) -> Vec<&str> {
    let length = measure(text);
    if length.segments <= 1 {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![text]
        };
    }
    let limit = length.encoding.segment_limit();
    let mut parts = Vec::with_capacity(length.segments);
    let (mut start, mut used) = (0, 0);
    for (index, character) in text.char_indices() {
        let cost = length.encoding.units(character);
        if used + cost > limit {
            parts.push(&text[start..index]);
            start = index;
            used = 0;
        }
        used += cost;
    }
    parts.push(&text[start..]);
    parts
}

/// What a whole inbound SMS means to the carrier and to Frontdesk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Keyword {
    /// Stop all messages to this number.
    OptOut,
    /// Messages may go to this number again.
    OptIn,
    Help,
}

/// Twilio's default opt-out keywords, plus "OPT OUT" from the FCC's examples of a
/// reasonable revocation (CHANNELS-NOTES.md).
const OPT_OUT: [&str; 9] = [
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "OPTOUT",
    "REVOKE",
    "OPT OUT",
];
const OPT_IN: [&str; 3] = ["START", "YES", "UNSTOP"];
const HELP: [&str; 2] = ["HELP", "INFO"];

/// The keyword a message is, if the whole message (trimmed, any case) is one. "Stop" is;
/// "please stop the pain" is not.
pub fn keyword(text: &str) -> Option<Keyword> {
    let text = text.trim();
    let is = |words: &[&str]| words.iter().any(|word| word.eq_ignore_ascii_case(text));
    if is(&OPT_OUT) {
        Some(Keyword::OptOut)
    } else if is(&OPT_IN) {
        Some(Keyword::OptIn)
    } else if is(&HELP) {
        Some(Keyword::Help)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_complete() {
        // 128 codes less the escape; 10 extension characters.
        assert_eq!(GSM7_BASIC.chars().count(), 127);
        assert_eq!(GSM7_EXTENSION.chars().count(), 10);
    }

    #[test]
    fn detects_the_encoding_and_counts_units() {
        let cases: [(&str, Encoding, usize); 9] = [
            ("", Encoding::Gsm7, 0),
            ("Hello, see you at 10:30?", Encoding::Gsm7, 24),
            ("Café £5 ¿sì? ÄÖÜ", Encoding::Gsm7, 16),
            // Extension characters count two.
            ("Cost: 5€ [ok]", Encoding::Gsm7, 16),
            ("{}", Encoding::Gsm7, 4),
            // One character outside GSM-7 turns the whole text UCS-2.
            ("Café ç", Encoding::Ucs2, 6),
            ("I’m fine", Encoding::Ucs2, 8),
            ("你好", Encoding::Ucs2, 2),
            // An emoji is a surrogate pair: two units.
            ("ok 👍", Encoding::Ucs2, 5),
        ];
        for (text, encoding, units) in cases {
            let length = measure(text);
            assert_eq!(
                (length.encoding, length.units),
                (encoding, units),
                "{text:?}"
            );
        }
    }

    #[test]
    fn counts_segments_at_each_boundary() {
        let gsm = |n: usize| "a".repeat(n);
        let ucs = |n: usize| "ж".repeat(n);
        let cases = [
            (gsm(0), 0),
            (gsm(1), 1),
            (gsm(160), 1),
            (gsm(161), 2),
            (gsm(306), 2),
            (gsm(307), 3),
            (ucs(70), 1),
            (ucs(71), 2),
            (ucs(134), 2),
            (ucs(135), 3),
            // 80 extension characters are 160 septets: still one message.
            ("€".repeat(80), 1),
            ("€".repeat(81), 2),
        ];
        for (text, expected) in cases {
            assert_eq!(
                measure(&text).segments,
                expected,
                "{} chars",
                text.chars().count()
            );
        }
    }

    #[test]
    fn splits_without_breaking_escapes_or_surrogate_pairs() {
        // 152 plain septets then "€": the escape would be unit 153 and the char 154, so the
        // euro moves whole to the second segment.
        let text = format!("{}€{}", "a".repeat(152), "b".repeat(10));
        let parts = segments(&text);
        assert_eq!(
            parts,
            vec!["a".repeat(152).as_str(), &format!("€{}", "b".repeat(10))]
        );

        // 66 units then an emoji (2 units): the pair moves whole.
        let text = format!("{}👍{}", "ж".repeat(66), "ж".repeat(10));
        let parts = segments(&text);
        assert_eq!(
            parts,
            vec!["ж".repeat(66).as_str(), &format!("👍{}", "ж".repeat(10))]
        );

        for text in [
            "x".repeat(1000),
            "ж€".repeat(300),
            "€".repeat(400),
            format!("{}{}", "👍".repeat(100), "a"),
        ] {
            let parts = segments(&text);
            assert_eq!(parts.concat(), text);
            let encoding = measure(&text).encoding;
            for part in &parts {
                let units: usize = part.chars().map(|c| encoding.units(c)).sum();
                assert!(units <= encoding.segment_limit(), "{units}");
            }
        }
        assert_eq!(segments("short"), vec!["short"]);
        assert!(segments("").is_empty());
    }

    #[test]
    fn keywords_match_only_the_whole_message() {
        let cases = [
            ("STOP", Some(Keyword::OptOut)),
            ("  stop \n", Some(Keyword::OptOut)),
            ("Unsubscribe", Some(Keyword::OptOut)),
            ("stopall", Some(Keyword::OptOut)),
            ("cancel", Some(Keyword::OptOut)),
            ("End", Some(Keyword::OptOut)),
            ("QUIT", Some(Keyword::OptOut)),
            ("optout", Some(Keyword::OptOut)),
            ("opt out", Some(Keyword::OptOut)),
            ("revoke", Some(Keyword::OptOut)),
            ("START", Some(Keyword::OptIn)),
            ("yes", Some(Keyword::OptIn)),
            ("Unstop", Some(Keyword::OptIn)),
            ("help", Some(Keyword::Help)),
            ("INFO", Some(Keyword::Help)),
            ("please stop the pain", None),
            ("Stop.", None),
            ("cancel my appointment", None),
            ("yes please", None),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(keyword(text), expected, "{text:?}");
        }
    }
}
