//! Email to staff and patients: one provider interface ([`EmailProvider`]) and its
//! adapters, like `channels` for messaging. Adapters are pure: they describe the
//! provider's documented HTTP call (`channels::OutboundRequest`), the edge makes it, and
//! the adapter reads the answer. Email carries notices only (a link, a code, the clinic's
//! name), never a patient's message text: see [`notices`].

pub mod config;
pub mod notices;
pub mod postmark;

use crate::channels::{OutboundRequest, ProviderFailure, SendReceipt};

/// Longest address accepted, as RFC 5321 bounds a forward path.
pub const MAX_ADDRESS_CHARS: usize = 254;

/// One mailbox, lowercased: `local@domain`. No display name, no list, nothing a provider
/// could read as a second recipient or a header.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// A single address as typed, trimmed and lowercased, or `None`.
    pub fn parse(raw: &str) -> Option<EmailAddress> {
        let raw = raw.trim();
        let (local, domain) = raw.split_once('@')?;
        let plain = |part: &str| {
            !part.is_empty()
                && !part
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>,;:\"()[]\\".contains(c))
        };
        let ok = raw.chars().count() <= MAX_ADDRESS_CHARS
            && plain(local)
            && plain(domain)
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@');
        ok.then(|| EmailAddress(raw.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One plain-text email to one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailMessage {
    pub to: EmailAddress,
    pub subject: String,
    pub text: String,
    /// A short label the provider files it under (Postmark's `Tag`): the kind of notice,
    /// never anything personal.
    pub tag: &'static str,
}

/// One transactional email provider. Object-safe, so the edge can pick one from the
/// clinic's config at run time; a second provider is one more file implementing it.
pub trait EmailProvider {
    /// The provider's documented send call for `message`.
    fn send_request(&self, message: &EmailMessage) -> OutboundRequest;

    /// Reads the provider's answer to [`Self::send_request`]: its message id, or why it
    /// refused. A failure's `message` may quote the address: never log it.
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_one_lowercased_mailbox() {
        assert_eq!(
            EmailAddress::parse("  Ana.Lopez+clinic@Example.ORG ").map(|a| a.0),
            Some("ana.lopez+clinic@example.org".to_owned())
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "ana@.example.org",
            "ana@example.org.",
            "ana@b@example.org",
            "Ana <ana@example.org>",
            "ana@example.org, eve@example.org",
            "ana@example.org\r\nBcc: eve@example.org",
            "ana lopez@example.org",
            "\"ana\"@example.org",
        ] {
            assert_eq!(EmailAddress::parse(bad), None, "{bad:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&long), None);
    }
}
