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

/// Message text that passed validation; stored verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    /// Accepts any printable text up to the limit; tabs and newlines are allowed.
    pub fn parse(raw: String) -> Result<MessageText, TextError> {
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

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
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
