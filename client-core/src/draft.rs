//! A draft the visitor or staff member typed, checked before any request by the rule the
//! server applies (`domain::text::MessageText`), so a client never sends what the edge
//! would refuse, and never refuses what it would take.

use frontdesk_domain::text::{MessageText, TextError};

/// The text to send (trimmed, bidirectional controls dropped), or why not.
pub fn validate_draft(draft: &str) -> Result<MessageText, TextError> {
    MessageText::parse(draft.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use frontdesk_protocol::MAX_MESSAGE_CHARS;

    use super::*;

    #[test]
    fn drafts_are_trimmed_and_checked_like_the_server_does() {
        let sent = |draft: &str| validate_draft(draft).map(MessageText::into_inner);
        assert_eq!(sent("  hi \n"), Ok("hi".to_owned()));
        assert_eq!(sent(" \n\t"), Err(TextError::Empty));
        // Counted in characters, not bytes.
        let limit = "é".repeat(MAX_MESSAGE_CHARS);
        assert_eq!(sent(&limit), Ok(limit.clone()));
        assert_eq!(
            sent(&format!("{limit}é")),
            Err(TextError::TooLong(MAX_MESSAGE_CHARS + 1))
        );
        // The rule the widget's own copy lacked: the server refuses control characters.
        assert_eq!(
            sent("ring\u{7} the bell"),
            Err(TextError::ControlCharacters)
        );
        assert_eq!(sent("line\nand\ttab"), Ok("line\nand\ttab".to_owned()));
        // Spoofing controls are dropped as the server drops them.
        assert_eq!(sent("pay \u{202E}now"), Ok("pay now".to_owned()));
    }
}
