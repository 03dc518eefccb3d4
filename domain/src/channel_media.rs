//! Photos and documents patients send on a channel: where the provider
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
//! account SID and auth token), <https://www.twilio.com/docs/messaging/api/media-resource>;
//! Messenger, "messages" webhook (`attachments[].payload.url`, a CDN URL fetched as is),
//! <https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages>;
//! WeChat, "Get temporary material" (`GET /cgi-bin/media/get?access_token&media_id`: the
//! bytes, or a JSON `errcode`),
//! <https://developers.weixin.qq.com/doc/service/en/api/material/temporary/api_getmedia>;
//! X, "Retrieving media" (`media_url_https` on `ton.twitter.com`, a GET signed with OAuth
//! 1.0a by the account's token),
//! <https://developer.x.com/en/docs/direct-messages/message-attachments/guides/retrieving-media>.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;

use crate::attachment::{self, Accepted, Refusal, MAX_ATTACHMENT_BYTES};
use crate::channels::meta::GraphApi;
use crate::channels::oauth1::{self, Once};
use crate::channels::{Channel, HttpMethod, OutboundRequest, Secret};

/// Twilio's documented maximum of media items on one message.
pub const MAX_TWILIO_MEDIA: usize = 10;

/// Where the provider keeps one item of a patient's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaSource {
    /// A URL on the provider, fetched as its channel documents: Twilio's `MediaUrl{N}`
    /// with the account's credentials, Messenger's CDN URL as is, X's `media_url_https`
    /// signed with OAuth 1.0a.
    ProviderUrl(String),
    /// A WhatsApp media id: `GET /{version}/{id}` gives a short-lived URL.
    WhatsappMedia(String),
    /// A WeChat `MediaId`: `GET /cgi-bin/media/get` answers the bytes.
    WechatMedia(String),
    /// An item that isn't fetched (a voice note on WeChat, a video on X, an attachment
    /// without a URL): counted, so staff see that something came and can ask.
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
            MediaSource::WhatsappMedia(id) | MediaSource::WechatMedia(id) => Some(id),
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

/// The channel as staff know it (MMS for SMS with files).
pub(crate) fn channel_name(channel: Channel) -> &'static str {
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
    Ok(get(url.to_owned(), Some(format!("Basic {credentials}"))))
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
    Ok(get(url, Some(bearer(graph))))
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
    get(location.url.clone(), Some(bearer(graph)))
}

/// Meta's CDN hosts, where Messenger attachment URLs point.
const MESSENGER_HOSTS: [&str; 2] = [".fbcdn.net", ".fbsbx.com"];

/// `GET {url}` of a Messenger attachment, without credentials (the URL is itself the
/// grant), and only on Meta's CDN or the configured Graph API base (the sandbox in dev):
/// the webhook is signed, but the edge must not be made to fetch anything else.
pub fn messenger_download(graph: &GraphApi, url: &str) -> Result<OutboundRequest, MediaFailure> {
    let on_cdn = https_host(url).is_some_and(|host| {
        MESSENGER_HOSTS
            .iter()
            .any(|suffix| host.ends_with(suffix) && host.len() > suffix.len())
    });
    let on_api = under(url, &graph.base, "/").is_some();
    if !on_cdn && !on_api {
        return Err(MediaFailure::UntrustedUrl);
    }
    Ok(get(url.to_owned(), None))
}

/// The host of an `https` URL, if it has a plain one (no user info, no port).
fn https_host(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let plain = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    plain.then_some(host)
}

/// The rest of `url` after `base` and `path`, if it starts with them (the base exactly:
/// `https://api.x.com.evil.example/...` is not under `https://api.x.com`).
fn under<'a>(url: &'a str, base: &str, path: &str) -> Option<&'a str> {
    url.strip_prefix(base.trim_end_matches('/'))?
        .strip_prefix(path)
}

/// `GET {base}/cgi-bin/media/get?access_token=…&media_id=…`: WeChat's documented
/// download, which takes the access token in the query (there is no header form).
pub fn wechat_download(
    api_base: &str,
    access_token: &Secret,
    media_id: &str,
) -> Result<OutboundRequest, MediaFailure> {
    // WeChat's ids are base64-like; anything else never reaches the URL.
    let plain = media_id
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if media_id.is_empty() || !plain {
        return Err(MediaFailure::Unreadable);
    }
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("access_token", access_token.expose())
        .append_pair("media_id", media_id)
        .finish();
    let url = format!(
        "{}/cgi-bin/media/get?{query}",
        api_base.trim_end_matches('/')
    );
    Ok(get(url, None))
}

/// WeChat's answer: the bytes on success, else JSON with `errcode` (with status 200).
/// A file that starts with `{` can't be on the allowlist, so the JSON is read first.
pub fn read_wechat_download(status: u16, bytes: &[u8]) -> Result<Accepted, MediaFailure> {
    if bytes.trim_ascii_start().starts_with(b"{") {
        #[derive(Deserialize)]
        struct Answer {
            errcode: Option<i64>,
            video_url: Option<String>,
        }
        let answer: Answer = serde_json::from_slice(bytes).map_err(|_| MediaFailure::Unreadable)?;
        return Err(match (answer.errcode, answer.video_url) {
            // A video's answer is a link to it: not on the allowlist.
            (None | Some(0), Some(_)) => MediaFailure::Refused(Refusal::NotAllowed),
            // Invalid, expired or not latest access token; missing token.
            (Some(40001 | 40014 | 41001 | 42001), _) => MediaFailure::Credentials,
            // "invalid media_id": expired (temporary media last three days) or unknown.
            (Some(40007), _) => MediaFailure::Gone,
            // System busy; API call rate reached.
            (Some(-1 | 45009), _) => MediaFailure::Unavailable,
            _ => MediaFailure::Unreadable,
        });
    }
    read_download(status, bytes)
}

/// X's DM media host.
const X_MEDIA_BASE: &str = "https://ton.twitter.com";

/// Where X keeps DM media on its host (and on the sandbox's).
const X_MEDIA_PATH: &str = "/1.1/ton/data/dm/";

/// `GET {media_url_https}` signed with OAuth 1.0a by the clinic account's token, as X
/// documents for DM media; only on `ton.twitter.com` or the configured API base (the
/// sandbox in dev), so the signature goes nowhere else.
pub fn x_download(
    api_base: &str,
    credentials: &oauth1::Credentials,
    url: &str,
    once: Once<'_>,
) -> Result<OutboundRequest, MediaFailure> {
    let rest = under(url, X_MEDIA_BASE, X_MEDIA_PATH)
        .or_else(|| under(url, api_base, X_MEDIA_PATH))
        .ok_or(MediaFailure::UntrustedUrl)?;
    let safe = rest
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'_' | b'-'));
    if rest.is_empty() || !safe || rest.contains("..") {
        return Err(MediaFailure::UntrustedUrl);
    }
    let authorization = oauth1::authorization(credentials, "GET", url, &[], once);
    Ok(get(url.to_owned(), Some(authorization)))
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

fn get(url: String, authorization: Option<String>) -> OutboundRequest {
    OutboundRequest {
        method: HttpMethod::Get,
        url,
        headers: authorization
            .map(|value| ("Authorization".to_owned(), value))
            .into_iter()
            .collect(),
        body: String::new(),
    }
}

#[cfg(test)]
mod tests;
