//! Privacy on open channels (issue 18): SMS is not private (the text sits on a shared
//! phone's lock screen and at the carrier), so a clinic may choose, per channel, to send a
//! notice without patient content instead of a staff reply's text: "You have a new message
//! from Lakeside Family Clinic: <link>". The link opens the conversation on the Frontdesk
//! origin for whoever holds it.
//!
//! The link's secret is 256 random bits, only its SHA-256 digest is stored, and it rides
//! in the URL's fragment (`/notice/#fdn_…`), which browsers never send to a server: no
//! request line, access log or `Referer` ever carries it. The page sends it in an
//! `Authorization` header. A link stops working at its expiry.

use chrono::{DateTime, Duration, Utc};
use frontdesk_protocol::Author;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::one_time_code::CodeChannel;

/// What a channel carries of a staff reply: `content = "text" | "notice"` in the
/// channel's table of the clinic file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelContent {
    /// The reply's text itself (the default: what patients expect on WhatsApp).
    #[default]
    Text,
    /// A notice naming the clinic, with a link to the conversation.
    Notice,
}

impl ChannelContent {
    /// For `skip_serializing_if`: the default is left out of a written config.
    pub fn is_text(&self) -> bool {
        *self == ChannelContent::Text
    }
}

/// How long a notice link works unless the clinic says otherwise: three days, long
/// enough for a patient who reads texts once a weekend.
pub const DEFAULT_LINK_SECONDS: u32 = 72 * 3600;

/// The longest a clinic may let a link work: a lost phone's links die within a month.
pub const MAX_LINK_SECONDS: u32 = 30 * 24 * 3600;

/// What goes out on the channel for one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outgoing {
    Text,
    Notice,
    /// The text and, after it, the conversation's link: a survey invitation on a channel
    /// in text mode, which the patient answers on the conversation's page.
    TextWithLink,
}

/// What a message by `author` becomes on a channel set to `content`; `survey` says it is
/// an after-treatment survey invitation.
///
/// In notice mode a staff reply (and a message the practice software sends as the
/// clinic, also a staff message) becomes a notice. Automatic replies (`Bot`) still go as
/// text: they are the clinic's own fixed words and never quote the patient, and one of
/// them is the safety reply to an emergency ("call 911 now"), which a link would delay
/// when minutes count. System messages (survey invitations) become notices, like staff
/// replies: they say what care the patient had. A survey invitation always carries the
/// link, since it is answered on the conversation's page.
pub fn outgoing(content: ChannelContent, author: Author, survey: bool) -> Outgoing {
    match (content, author) {
        (ChannelContent::Notice, Author::Staff | Author::System) => Outgoing::Notice,
        (ChannelContent::Text, Author::System) if survey => Outgoing::TextWithLink,
        _ => Outgoing::Text,
    }
}

/// The notice's text: the clinic's name and the link, nothing of the conversation.
pub fn notice_text(clinic_name: &str, link: &str) -> String {
    format!("You have a new message from {clinic_name}: {link}")
}

/// The prefix of a link's secret, so a leaked one is recognisable in a secret scanner.
const TOKEN_PREFIX: &str = "fdn_";

/// A notice link's secret: `fdn_` and 64 lowercase hex digits (256 random bits).
#[derive(Clone, PartialEq, Eq)]
pub struct LinkToken(String);

impl std::fmt::Debug for LinkToken {
    // Never printed: a token in a log would open the conversation.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkToken(…)")
    }
}

impl LinkToken {
    /// A token from 32 bytes of the platform's CSPRNG.
    pub fn from_random(random: [u8; 32]) -> LinkToken {
        LinkToken(format!("{TOKEN_PREFIX}{}", hex::encode(random)))
    }

    /// A token as the page sent it, if it has the shape this module makes.
    pub fn parse(raw: &str) -> Option<LinkToken> {
        let hex = raw.strip_prefix(TOKEN_PREFIX)?;
        let ok = hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| LinkToken(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What is stored: the SHA-256 of the token, in hex. A stolen table opens nothing.
    pub fn digest(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }

    /// The link on the Frontdesk `origin` (`https://host`): the page, the secret in the
    /// fragment.
    pub fn link(&self, origin: &str) -> String {
        format!("{}/notice/#{}", origin.trim_end_matches('/'), self.0)
    }
}

/// What a link opens on: the conversation at once (a channel notice, a survey), or only
/// after a fresh one-time code to the visitor's verified address (a continuity notice,
/// `continuity.rs`: the link went to an address a website visitor verified, and a lost
/// phone or a shared mailbox must not be enough to read the conversation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Open,
    Code(CodeChannel),
}

impl LinkKind {
    /// Its name in the store (`notice_links.kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Open => "open",
            LinkKind::Code(CodeChannel::Sms) => "sms_code",
            LinkKind::Code(CodeChannel::Email) => "email_code",
        }
    }

    pub fn parse(raw: &str) -> Option<LinkKind> {
        [
            LinkKind::Open,
            LinkKind::Code(CodeChannel::Sms),
            LinkKind::Code(CodeChannel::Email),
        ]
        .into_iter()
        .find(|kind| kind.as_str() == raw)
    }
}

/// When a link made at `now` stops working.
pub fn expires_at(now: DateTime<Utc>, link_seconds: u32) -> DateTime<Utc> {
    now + Duration::seconds(i64::from(link_seconds))
}

/// Whether a link that expires at `expires_at` still works at `now` (not at its expiry
/// instant itself).
pub fn is_open(expires_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now < expires_at
}

/// Checks a clinic's `notice_link_seconds`.
pub fn check_link_seconds(seconds: u32) -> Result<(), String> {
    if seconds == 0 || seconds > MAX_LINK_SECONDS {
        return Err(format!(
            "channels.notice_link_seconds must be between 1 and {MAX_LINK_SECONDS} (30 days)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .expect("time")
            .with_timezone(&Utc)
    }

    #[test]
    fn the_setting_reads_text_or_notice_and_defaults_to_text() {
        #[derive(Deserialize)]
        struct Table {
            #[serde(default)]
            content: ChannelContent,
        }
        let read = |raw: &str| toml::from_str::<Table>(raw).map(|t| t.content);
        assert_eq!(read("").expect("empty"), ChannelContent::Text);
        assert_eq!(
            read("content = \"text\"").expect("text"),
            ChannelContent::Text
        );
        assert_eq!(
            read("content = \"notice\"").expect("notice"),
            ChannelContent::Notice
        );
        assert!(read("content = \"link\"").is_err());
        assert!(read("content = \"Notice\"").is_err());
    }

    #[test]
    fn in_notice_mode_staff_and_system_messages_become_notices_and_automatic_replies_stay_text() {
        use Author::*;
        for author in [Staff, System, Bot, Visitor] {
            assert_eq!(
                outgoing(ChannelContent::Text, author, false),
                Outgoing::Text
            );
        }
        assert_eq!(
            outgoing(ChannelContent::Notice, Staff, false),
            Outgoing::Notice
        );
        assert_eq!(
            outgoing(ChannelContent::Notice, System, false),
            Outgoing::Notice
        );
        // The safety reply to an emergency is a bot message: it must say what to do.
        assert_eq!(outgoing(ChannelContent::Notice, Bot, false), Outgoing::Text);
    }

    #[test]
    fn a_survey_invitation_always_carries_the_link() {
        assert_eq!(
            outgoing(ChannelContent::Text, Author::System, true),
            Outgoing::TextWithLink
        );
        assert_eq!(
            outgoing(ChannelContent::Notice, Author::System, true),
            Outgoing::Notice
        );
    }

    #[test]
    fn the_notice_names_the_clinic_and_the_link_only() {
        let token = LinkToken::from_random([7; 32]);
        let link = token.link("https://frontdesk.lakeside.example/");
        assert_eq!(
            link,
            format!(
                "https://frontdesk.lakeside.example/notice/#fdn_{}",
                "07".repeat(32)
            )
        );
        assert_eq!(
            notice_text("Lakeside Family Clinic", &link),
            format!("You have a new message from Lakeside Family Clinic: {link}")
        );
    }

    #[test]
    fn a_token_is_256_random_bits_stored_only_as_its_digest() {
        let token = LinkToken::from_random([0xab; 32]);
        assert_eq!(token.as_str().len(), 4 + 64);
        assert_eq!(LinkToken::parse(token.as_str()), Some(token.clone()));
        // SHA-256 of the token's text, not the text.
        let digest = token.digest();
        assert_eq!(digest.len(), 64);
        assert!(!digest.contains(&token.as_str()[4..]));
        assert_eq!(
            digest,
            hex::encode(Sha256::digest(token.as_str().as_bytes()))
        );
        assert_ne!(LinkToken::from_random([0xac; 32]).digest(), digest);
        assert_eq!(format!("{token:?}"), "LinkToken(…)");
    }

    #[test]
    fn only_the_shape_this_module_makes_parses() {
        let good = format!("fdn_{}", "0f".repeat(32));
        assert!(LinkToken::parse(&good).is_some());
        for bad in [
            String::new(),
            "fdn_".into(),
            "0f".repeat(32),
            format!("fdn_{}", "0F".repeat(32)),
            format!("fdn_{}", "0f".repeat(31)),
            format!("fdn_{}0", "0f".repeat(32)),
            format!("fdx_{}", "0f".repeat(32)),
            format!("fdn_{}", "zz".repeat(32)),
        ] {
            assert!(LinkToken::parse(&bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn a_link_works_until_its_expiry_and_not_at_it() {
        let made = at("2026-12-06T10:00:00Z");
        let expiry = expires_at(made, DEFAULT_LINK_SECONDS);
        assert_eq!(expiry, at("2026-12-09T10:00:00Z"));
        assert!(is_open(expiry, made));
        assert!(is_open(expiry, at("2026-12-09T09:59:59Z")));
        assert!(!is_open(expiry, expiry));
        assert!(!is_open(expiry, at("2026-12-10T00:00:00Z")));
    }

    #[test]
    fn the_link_lifetime_is_bounded() {
        assert!(check_link_seconds(DEFAULT_LINK_SECONDS).is_ok());
        assert!(check_link_seconds(1).is_ok());
        assert!(check_link_seconds(MAX_LINK_SECONDS).is_ok());
        assert!(check_link_seconds(0).is_err());
        assert!(check_link_seconds(MAX_LINK_SECONDS + 1).is_err());
    }

    #[test]
    fn each_channel_table_takes_the_setting_and_the_clinic_the_link_lifetime() {
        use crate::channel_config::ChannelsConfig;
        use frontdesk_protocol::Channel;
        let config: ChannelsConfig = toml::from_str(
            "notice_link_seconds = 600\n\
             [sms]\naccount_sid = \"AC00000000000000000000000000000000\"\n\
             number = \"+15550100100\"\ncontent = \"notice\"\n\
             [whatsapp]\nphone_number_id = \"100200300\"\n",
        )
        .expect("parses");
        assert_eq!(config.validate(), Ok(()));
        assert_eq!(config.notice_link_seconds, 600);
        assert_eq!(config.content_of(Channel::Sms), ChannelContent::Notice);
        assert_eq!(config.content_of(Channel::Whatsapp), ChannelContent::Text);
        assert_eq!(config.content_of(Channel::Web), ChannelContent::Text);
        // A channel that is off carries nothing; asking is still answered (text).
        assert_eq!(config.content_of(Channel::X), ChannelContent::Text);
        assert_eq!(
            ChannelsConfig::default().notice_link_seconds,
            DEFAULT_LINK_SECONDS
        );
        let forever: ChannelsConfig = toml::from_str("notice_link_seconds = 0\n").expect("parses");
        assert!(forever.validate().is_err());
    }

    #[test]
    fn a_link_kind_reads_back_from_its_stored_name_only() {
        for kind in [
            LinkKind::Open,
            LinkKind::Code(CodeChannel::Sms),
            LinkKind::Code(CodeChannel::Email),
        ] {
            assert_eq!(LinkKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(LinkKind::parse("code"), None);
        assert_eq!(LinkKind::parse(""), None);
    }
}
