//! Validation of visitor and staff message text at the boundary.

use frontdesk_protocol::MAX_MESSAGE_CHARS;

/// Why a message text was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TextError {
    #[error("the message is empty")]
    Empty,
    #[error("the message has {0} characters; the limit is {MAX_MESSAGE_CHARS}")]
    TooLong(usize),
    #[error("the message contains control characters")]
    ControlCharacters,
}

/// Message text that passed validation; stored as sent, less bidirectional controls
/// ([`without_bidi_controls`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    /// Accepts any printable text up to the limit; tabs and newlines are allowed, and
    /// bidirectional controls are dropped.
    pub fn parse(raw: String) -> Result<MessageText, TextError> {
        let raw = without_bidi_controls(&raw);
        if raw.trim().is_empty() {
            return Err(TextError::Empty);
        }
        let chars = raw.chars().count();
        if chars > MAX_MESSAGE_CHARS {
            return Err(TextError::TooLong(chars));
        }
        if raw
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        {
            return Err(TextError::ControlCharacters);
        }
        Ok(MessageText(raw))
    }

    /// Like [`MessageText::parse`], but empty text is allowed: the words sent with
    /// attachments, which may be none.
    pub fn caption(raw: String) -> Result<MessageText, TextError> {
        if without_bidi_controls(&raw).trim().is_empty() {
            return Ok(MessageText(String::new()));
        }
        Self::parse(raw)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// Whether `c` is a bidirectional embedding, override or isolate control (U+202A–U+202E,
/// U+2066–U+2069): text around it can be shown in another order than it was written
/// ("Trojan Source"), so a console could show staff something other than what was sent.
/// Right-to-left text needs none of them; the marks (U+200E, U+200F, U+061C) and joiners
/// stay, as Arabic, Hebrew, Persian and emoji use them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` without bidirectional controls ([`is_bidi_control`]).
pub fn without_bidi_controls(text: &str) -> String {
    text.chars().filter(|&c| !is_bidi_control(c)).collect()
}

/// A short single-line preview for the inbox, cut on a character boundary.
pub fn preview(text: &str, max_chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        flat
    } else {
        let mut cut: String = flat.chars().take(max_chars.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Whether `raw` is a UUID in canonical text form (any version), as `client_msg_id` must be.
pub fn is_uuid(raw: &str) -> bool {
    raw.len() == 36
        && raw.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidirectional_controls_are_dropped_and_right_to_left_text_stays() {
        let spoof = "Pay \u{202E}gnp.exe\u{202C} now \u{2067}x\u{2069}";
        let parsed = MessageText::parse(spoof.into()).unwrap();
        assert_eq!(parsed.as_str(), "Pay gnp.exe now x");
        assert!(!parsed.as_str().chars().any(is_bidi_control));
        let hebrew = "שלום, \u{200F}תודה 👩\u{200D}⚕️";
        assert_eq!(MessageText::parse(hebrew.into()).unwrap().as_str(), hebrew);
        assert_eq!(
            MessageText::parse("\u{202E}\u{202C} ".into()),
            Err(TextError::Empty)
        );
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ] {
            assert!(is_bidi_control(c), "{c:?}");
        }
        for c in ['\u{200E}', '\u{200F}', '\u{061C}', '\u{200D}', 'a', 'ש'] {
            assert!(!is_bidi_control(c), "{c:?}");
        }
    }

    #[test]
    fn message_text_table() {
        let long = "a".repeat(MAX_MESSAGE_CHARS + 1);
        let cases: Vec<(String, Result<(), TextError>)> = vec![
            ("hello".into(), Ok(())),
            ("line one\nline two\ttab".into(), Ok(())),
            ("<script>alert(1)</script>".into(), Ok(())),
            ("¿Dónde están? 🩸".into(), Ok(())),
            ("é".repeat(MAX_MESSAGE_CHARS), Ok(())),
            ("".into(), Err(TextError::Empty)),
            ("   \n ".into(), Err(TextError::Empty)),
            (long, Err(TextError::TooLong(MAX_MESSAGE_CHARS + 1))),
            ("bell\u{7}".into(), Err(TextError::ControlCharacters)),
        ];
        for (raw, expected) in cases {
            let got = MessageText::parse(raw.clone()).map(|t| assert_eq!(t.as_str(), raw));
            assert_eq!(got, expected, "{raw:?}");
        }
    }

    #[test]
    fn previews_are_short_and_flat() {
        assert_eq!(preview("a\n b", 10), "a b");
        assert_eq!(preview("abcdefghij", 5), "abcd…");
        assert_eq!(preview("ééééé", 5), "ééééé");
    }

    #[test]
    fn uuid_shape() {
        assert!(is_uuid("7c0e4a0e-8f1a-4a8e-9b1e-2f3c4d5e6f70"));
        assert!(!is_uuid("7c0e4a0e8f1a4a8e9b1e2f3c4d5e6f70"));
        assert!(!is_uuid("7c0e4a0e-8f1a-4a8e-9b1e-2f3c4d5e6f7z"));
        assert!(!is_uuid(""));
    }
}
