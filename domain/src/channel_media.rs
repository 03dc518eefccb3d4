//! Photos and documents patients send on a channel (WhatsApp, MMS): where the provider
//! keeps them, the provider's documented calls that fetch them, and what becomes of the
//! bytes: stored like a widget upload (`attachment::inspect`: type from the bytes, the
//! 10 MiB limit, metadata removed), or a visible mark on the message saying why not.
//!
//! Pure: the edge makes the calls described here (from the queue consumer, never on the
//! webhook's request path, which providers retry when it is slow) and hands the answers
//! back.
//!
//! Docs: WhatsApp Cloud API, "Media" (`GET /{media-id}` answers a `url` valid for five
//! minutes, which is fetched with the same access token),
//! <https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media>; Twilio,
//! "Media subresource" (`MediaUrl{N}` of the incoming-message webhook, HTTP Basic with the
//! account SID and auth token), <https://www.twilio.com/docs/messaging/api/media-resource>.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;

use crate::attachment::{self, Accepted, Refusal, MAX_ATTACHMENT_BYTES};
use crate::channels::meta::GraphApi;
use crate::channels::{Channel, HttpMethod, OutboundRequest, Secret};

/// Twilio's documented maximum of media items on one message.
pub const MAX_TWILIO_MEDIA: usize = 10;

/// Where the provider keeps one item of a patient's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaSource {
    /// A URL on the provider's API, fetched with the account's credentials (Twilio's
    /// `MediaUrl{N}`).
    ProviderUrl(String),
    /// A WhatsApp media id: `GET /{version}/{id}` gives a short-lived URL.
    WhatsappMedia(String),
    /// Media of a channel whose files are not fetched yet (Messenger, WeChat, X): counted,
    /// so staff see that something came and can ask.
    NotFetched,
}

/// One media item of an inbound message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundMedia {
    pub source: MediaSource,
    /// The type the provider declares. Never trusted: the stored type comes from the
    /// bytes.
    pub declared_type: Option<String>,
}

impl InboundMedia {
    /// `count` items this edge does not fetch.
    pub fn not_fetched(count: usize) -> Vec<InboundMedia> {
        (0..count)
            .map(|_| InboundMedia {
                source: MediaSource::NotFetched,
                declared_type: None,
            })
            .collect()
    }

    pub fn is_fetched(&self) -> bool {
        !matches!(self.source, MediaSource::NotFetched)
    }

    /// What the queue job carries to find the item again: the URL or media id (the
    /// channel says which). No serde enum crosses the queue: it cost the edge's wasm
    /// several KB.
    pub fn reference(&self) -> Option<&str> {
        match &self.source {
            MediaSource::ProviderUrl(url) => Some(url),
            MediaSource::WhatsappMedia(id) => Some(id),
            MediaSource::NotFetched => None,
        }
    }
}

/// Why an item is not stored. Each leaves a mark on the conversation instead
/// ([`MediaFailure::mark`]; logs carry [`MediaFailure::code`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaFailure {
    /// Over the attachments' limit (declared by the provider, or counted).
    TooLarge,
    /// Not on the allowlist, damaged or disguised (`attachment::inspect`).
    Refused(Refusal),
    /// The provider no longer has it (WhatsApp media ids expire), or never had it.
    Gone,
    /// The provider refused the clinic's credentials.
    Credentials,
    /// A URL outside the clinic's provider account: never fetched with its credentials.
    UntrustedUrl,
    /// The provider did not answer, or answered 429 or 5xx: worth trying again.
    Unavailable,
    /// An answer that is not the provider's documented shape.
    Unreadable,
}

impl MediaFailure {
    /// Whether the queue should try again (until it gives up).
    pub fn retryable(&self) -> bool {
        matches!(self, MediaFailure::Unavailable | MediaFailure::Credentials)
    }

    /// A stable code, for logs (which carry no URLs or ids).
    pub fn code(&self) -> &'static str {
        match self {
            MediaFailure::TooLarge => "too_large",
            MediaFailure::Refused(Refusal::NotAllowed) => "not_allowed",
            MediaFailure::Refused(_) => "malformed",
            MediaFailure::Gone => "gone",
            MediaFailure::Credentials => "credentials",
            MediaFailure::UntrustedUrl => "untrusted_url",
            MediaFailure::Unavailable => "unavailable",
            MediaFailure::Unreadable => "unreadable",
        }
    }

    /// The text stored in the item's place, so staff see that a file came and why it
    /// isn't shown.
    pub fn mark(&self, channel: Channel) -> String {
        let why = match self {
            MediaFailure::TooLarge => format!(
                "it is over the {} MB limit",
                MAX_ATTACHMENT_BYTES / (1024 * 1024)
            ),
            MediaFailure::Refused(Refusal::NotAllowed) => {
                "it is not a photo (JPEG, PNG, WebP, HEIC) or a PDF".to_owned()
            }
            MediaFailure::Refused(_) => "it is damaged or not what it claims to be".to_owned(),
            MediaFailure::Gone => "the provider no longer has it".to_owned(),
            MediaFailure::Credentials => {
                "the provider refused the clinic's credentials (an admin should check them)"
                    .to_owned()
            }
            MediaFailure::UntrustedUrl => "it is not on the clinic's provider account".to_owned(),
            MediaFailure::Unavailable => "the provider did not answer in time".to_owned(),
            MediaFailure::Unreadable => "the provider's answer could not be read".to_owned(),
        };
        format!(
            "[Attachment could not be fetched from {}: {why}. Ask the patient to send it \
             another way.]",
            channel_name(channel)
        )
    }
}

fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Sms => "MMS",
        Channel::Whatsapp => "WhatsApp",
        Channel::Messenger => "Messenger",
        Channel::Wechat => "WeChat",
        Channel::X => "X",
        Channel::Web => "the web",
    }
}

/// The clinic's Twilio account, as media downloads need it.
#[derive(Debug, Clone, Copy)]
pub struct TwilioAccount<'a> {
    pub api_base: &'a str,
    pub account_sid: &'a str,
    pub auth_token: &'a Secret,
}

/// `GET {MediaUrl}` with HTTP Basic (account SID, auth token). Only a URL under the
/// clinic's own account on the configured API is fetched: the webhook is signed, but
/// the credentials must never go to any other host.
pub fn twilio_download(
    account: TwilioAccount<'_>,
    url: &str,
) -> Result<OutboundRequest, MediaFailure> {
    let prefix = format!(
        "{}/2010-04-01/Accounts/{}/Messages/",
        account.api_base.trim_end_matches('/'),
        account.account_sid
    );
    let rest = url
        .strip_prefix(&prefix)
        .ok_or(MediaFailure::UntrustedUrl)?;
    let safe = rest
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'.');
    if !safe || rest.contains("..") || !rest.contains("/Media/") {
        return Err(MediaFailure::UntrustedUrl);
    }
    let credentials = STANDARD.encode(format!(
        "{}:{}",
        account.account_sid,
        account.auth_token.expose()
    ));
    Ok(get(url.to_owned(), format!("Basic {credentials}")))
}

/// `GET {base}/{version}/{media-id}`: the media's short-lived URL.
pub fn whatsapp_lookup(graph: &GraphApi, media_id: &str) -> Result<OutboundRequest, MediaFailure> {
    // Meta's ids are digits; anything else never reaches the URL's path.
    if media_id.is_empty() || !media_id.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(MediaFailure::Unreadable);
    }
    let url = format!(
        "{}/{}/{media_id}",
        graph.base.trim_end_matches('/'),
        graph.version
    );
    Ok(get(url, bearer(graph)))
}

/// What the media lookup answers (the documented fields used here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaLocation {
    pub url: String,
    pub mime_type: Option<String>,
    pub file_size: Option<u64>,
}

/// Reads the lookup's answer: the URL, or why not. A declared size over the limit is
/// refused here, before anything is downloaded.
pub fn read_whatsapp_lookup(status: u16, body: &[u8]) -> Result<MediaLocation, MediaFailure> {
    http_status(status)?;
    #[derive(Deserialize)]
    struct Lookup {
        url: String,
        mime_type: Option<String>,
        // A string in Meta's reference ("file_size": "303833"), a number in some answers.
        file_size: Option<serde_json::Value>,
    }
    let lookup: Lookup = serde_json::from_slice(body).map_err(|_| MediaFailure::Unreadable)?;
    if !lookup.url.starts_with("https://") && !lookup.url.starts_with("http://") {
        return Err(MediaFailure::Unreadable);
    }
    let file_size = match lookup.file_size {
        Some(serde_json::Value::String(size)) => size.parse::<u64>().ok(),
        Some(serde_json::Value::Number(size)) => size.as_u64(),
        _ => None,
    };
    if file_size.is_some_and(|size| size > MAX_ATTACHMENT_BYTES as u64) {
        return Err(MediaFailure::TooLarge);
    }
    Ok(MediaLocation {
        url: lookup.url,
        mime_type: lookup.mime_type,
        file_size,
    })
}

/// `GET {url}` of the lookup, with the same bearer token (Meta's documented download).
pub fn whatsapp_download(graph: &GraphApi, location: &MediaLocation) -> OutboundRequest {
    get(location.url.clone(), bearer(graph))
}

/// A download's answer: the file as it may be stored, or why not.
pub fn read_download(status: u16, bytes: &[u8]) -> Result<Accepted, MediaFailure> {
    http_status(status)?;
    attachment::inspect(bytes).map_err(|refusal| match refusal {
        Refusal::TooLarge => MediaFailure::TooLarge,
        refusal => MediaFailure::Refused(refusal),
    })
}

fn http_status(status: u16) -> Result<(), MediaFailure> {
    match status {
        200..=299 => Ok(()),
        401 | 403 => Err(MediaFailure::Credentials),
        404 | 410 => Err(MediaFailure::Gone),
        408 | 429 | 500..=599 => Err(MediaFailure::Unavailable),
        _ => Err(MediaFailure::Unreadable),
    }
}

fn bearer(graph: &GraphApi) -> String {
    format!("Bearer {}", graph.access_token.expose())
}

fn get(url: String, authorization: String) -> OutboundRequest {
    OutboundRequest {
        method: HttpMethod::Get,
        url,
        headers: vec![("Authorization".to_owned(), authorization)],
        body: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph() -> GraphApi {
        GraphApi {
            base: "https://graph.facebook.com".into(),
            version: "v21.0".into(),
            access_token: Secret::new("EAAtoken"),
        }
    }

    const SID: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

    fn twilio<'a>(token: &'a Secret) -> TwilioAccount<'a> {
        TwilioAccount {
            api_base: "https://api.twilio.com",
            account_sid: SID,
            auth_token: token,
        }
    }

    #[test]
    fn twilio_media_is_fetched_with_basic_auth_from_the_account_only() {
        let token = Secret::new("your_auth_token");
        // The Media subresource's documented URL shape.
        let url = format!(
            "https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages/MM800f449d0399ed014aae2bcc0cc2f2ec/Media/ME557ce644e5ab84fa21cc21112e22c485"
        );
        let request = twilio_download(twilio(&token), &url).unwrap();
        assert_eq!(request.method, HttpMethod::Get);
        assert_eq!(request.url, url);
        let expected = format!(
            "Basic {}",
            STANDARD.encode(format!("{SID}:your_auth_token"))
        );
        assert_eq!(request.header("authorization"), Some(expected.as_str()));
        for other in [
            "https://evil.example/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/MM1/Media/ME1".to_owned(),
            "https://api.twilio.com/2010-04-01/Accounts/ACother/Messages/MM1/Media/ME1".to_owned(),
            format!("https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages/MM1/../../Calls"),
            format!("https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages/MM1/Media/ME1?x=@evil"),
            format!("https://api.twilio.com.evil.example/2010-04-01/Accounts/{SID}/Messages/MM1/Media/ME1"),
        ] {
            assert_eq!(
                twilio_download(twilio(&token), &other),
                Err(MediaFailure::UntrustedUrl),
                "{other}"
            );
        }
    }

    #[test]
    fn whatsapp_media_is_looked_up_then_downloaded_with_the_bearer_token() {
        let lookup = whatsapp_lookup(&graph(), "1037543291543636").unwrap();
        assert_eq!(
            lookup.url,
            "https://graph.facebook.com/v21.0/1037543291543636"
        );
        assert_eq!(lookup.header("Authorization"), Some("Bearer EAAtoken"));
        assert_eq!(
            whatsapp_lookup(&graph(), "../me"),
            Err(MediaFailure::Unreadable)
        );
        // Meta's documented answer.
        let answer = br#"{"messaging_product":"whatsapp","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037543291543636&ext=1728904986&hash=ATtest","mime_type":"image/jpeg","sha256":"81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3","file_size":"303833","id":"1037543291543636"}"#;
        let location = read_whatsapp_lookup(200, answer).unwrap();
        assert_eq!(location.file_size, Some(303_833));
        assert_eq!(location.mime_type.as_deref(), Some("image/jpeg"));
        let download = whatsapp_download(&graph(), &location);
        assert!(download.url.starts_with("https://lookaside.fbsbx.com/"));
        assert_eq!(download.header("Authorization"), Some("Bearer EAAtoken"));
    }

    #[test]
    fn a_declared_size_over_the_limit_is_refused_before_downloading() {
        let big = format!(
            r#"{{"url":"https://lookaside.fbsbx.com/x","mime_type":"video/mp4","file_size":{}}}"#,
            MAX_ATTACHMENT_BYTES + 1
        );
        assert_eq!(
            read_whatsapp_lookup(200, big.as_bytes()),
            Err(MediaFailure::TooLarge)
        );
    }

    #[test]
    fn provider_errors_say_whether_to_try_again() {
        let error = br#"{"error":{"message":"Invalid OAuth access token.","code":190}}"#;
        assert_eq!(
            read_whatsapp_lookup(401, error),
            Err(MediaFailure::Credentials)
        );
        assert_eq!(read_whatsapp_lookup(404, b""), Err(MediaFailure::Gone));
        assert_eq!(read_download(503, b""), Err(MediaFailure::Unavailable));
        assert_eq!(read_download(429, b""), Err(MediaFailure::Unavailable));
        assert!(MediaFailure::Unavailable.retryable());
        assert!(!MediaFailure::Gone.retryable());
        assert!(!MediaFailure::Refused(Refusal::NotAllowed).retryable());
        assert_eq!(
            read_whatsapp_lookup(200, b"<html>"),
            Err(MediaFailure::Unreadable)
        );
    }

    #[test]
    fn downloads_go_through_the_same_checks_as_uploads() {
        assert_eq!(
            read_download(200, b"OggS\0\x02audio"),
            Err(MediaFailure::Refused(Refusal::NotAllowed))
        );
        assert_eq!(
            read_download(200, b""),
            Err(MediaFailure::Refused(Refusal::Empty))
        );
        let oversized = vec![0xFF; MAX_ATTACHMENT_BYTES + 1];
        assert_eq!(read_download(200, &oversized), Err(MediaFailure::TooLarge));
        let pdf = include_bytes!("../tests/fixtures/attachments/aftercare.pdf");
        let accepted = read_download(200, pdf).unwrap();
        assert_eq!(accepted.kind, attachment::AttachmentKind::Pdf);
        let photo = include_bytes!("../tests/fixtures/attachments/gps.jpg");
        assert_eq!(
            read_download(200, photo).unwrap().kind,
            attachment::AttachmentKind::Jpeg
        );
    }

    #[test]
    fn marks_name_the_channel_and_the_reason() {
        let mark = MediaFailure::TooLarge.mark(Channel::Whatsapp);
        assert!(
            mark.contains("WhatsApp") && mark.contains("10 MB"),
            "{mark}"
        );
        let mark = MediaFailure::Refused(Refusal::NotAllowed).mark(Channel::Sms);
        assert!(
            mark.contains("MMS") && mark.contains("not a photo"),
            "{mark}"
        );
        assert!(crate::text::MessageText::parse(mark).is_ok());
    }

    #[test]
    fn fetched_items_have_a_reference_for_the_queue() {
        let media = InboundMedia {
            source: MediaSource::WhatsappMedia("123".into()),
            declared_type: Some("image/jpeg".into()),
        };
        assert_eq!(media.reference(), Some("123"));
        assert_eq!(InboundMedia::not_fetched(2).len(), 2);
        assert!(!InboundMedia::not_fetched(1)[0].is_fetched());
        assert_eq!(InboundMedia::not_fetched(1)[0].reference(), None);
    }
}
