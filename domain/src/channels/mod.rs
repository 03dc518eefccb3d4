//! The channels patients write on, and the one interface each provider adapter implements.
//!
//! Adapters are pure. The edge hands a webhook in as values ([`WebhookRequest`]: method, the
//! URL the provider called, headers, raw body) and gets back typed events; to send, it gets
//! an [`OutboundRequest`] describing the provider's documented HTTP call, makes it, and
//! hands the response back to [`ChannelAdapter::read_send_response`]. A second SMS provider
//! is one more file implementing [`ChannelAdapter`].

pub mod address;
pub mod failure_words;
pub mod flat_xml;
pub mod media_upload;
pub mod meta;
pub mod oauth1;
pub mod receipts;
pub mod reply_box;
pub mod sms;
pub mod twilio;
pub mod wechat;
pub mod wechat_safe;
pub mod window;
pub mod x;

mod events;
mod signature;

use std::borrow::Cow;
use std::fmt;

pub use address::{
    AddressError, OpenId, PageScopedId, PatientAddress, PhoneNumber, WhatsappId, XUserId,
};
pub use events::{
    DeliveryState, FailureReason, InboundEvent, InboundMessage, ProviderFailure, ProviderMessageId,
    StatusTarget, StatusUpdate,
};
pub use window::{ServiceWindow, WindowOpen, WindowRefusal};

/// Where a conversation happens: the wire type, so the API and the adapters agree.
pub use frontdesk_protocol::Channel;

/// A provider credential (auth token, app secret, access token). Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The value, for signing or for an `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// HTTP methods the adapters receive and send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Post,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
        }
    }
}

/// A webhook as the edge received it, before anything is trusted.
#[derive(Debug, Clone, Copy)]
pub struct WebhookRequest<'a> {
    pub method: HttpMethod,
    /// The full URL the provider called, query included (Twilio signs it).
    pub url: &'a str,
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
}

impl<'a> WebhookRequest<'a> {
    /// The first header with this name, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The first query parameter with this name, percent-decoded.
    pub fn query(&self, name: &str) -> Option<Cow<'a, str>> {
        let (_, query) = self.url.split_once('?')?;
        let query = query.split_once('#').map_or(query, |(query, _)| query);
        form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }
}

/// What a GET handshake answers with (200).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandshakeReply {
    pub content_type: &'static str,
    pub body: String,
}

/// Why a webhook or handshake is refused before anything is read from it (the edge answers
/// 403 with the JSON error and stores nothing).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the request carries no signature")]
    MissingSignature,
    #[error("the signature is not in the provider's format")]
    MalformedSignature,
    #[error("the signature does not match")]
    SignatureMismatch,
    #[error("the handshake lacks `{0}`")]
    MissingParameter(&'static str),
    #[error("the handshake's verify token is wrong")]
    WrongVerifyToken,
    #[error("this provider has no GET handshake")]
    NoHandshake,
}

impl VerifyError {
    /// A stable machine-readable code for the JSON error.
    pub fn code(&self) -> &'static str {
        match self {
            VerifyError::MissingSignature => "missing_signature",
            VerifyError::MalformedSignature | VerifyError::SignatureMismatch => "bad_signature",
            VerifyError::MissingParameter(_) => "missing_parameter",
            VerifyError::WrongVerifyToken => "bad_verify_token",
            VerifyError::NoHandshake => "no_handshake",
        }
    }
}

/// The body formats providers post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    Form,
    Json,
    Xml,
}

/// A verified webhook whose body can't be read (the edge answers 400).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the body is not UTF-8")]
    NotUtf8,
    #[error("the {format:?} body is malformed: {detail}")]
    Malformed { format: BodyFormat, detail: String },
    #[error("the body lacks `{0}`")]
    MissingField(&'static str),
    #[error("`{field}` is not a valid address: {error}")]
    InvalidAddress {
        field: &'static str,
        error: AddressError,
    },
    #[error("`{field}` has an unexpected value")]
    InvalidValue { field: &'static str },
}

/// Either refusal of [`ChannelAdapter::receive`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error(transparent)]
    Verify(#[from] VerifyError),
    #[error(transparent)]
    Parse(#[from] ParseError),
}

/// An approved WhatsApp template, the only thing that may go out after the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateMessage {
    pub name: String,
    /// The template's language code, e.g. `en_US`.
    pub language: String,
    /// Values of the body's `{{1}}`, `{{2}}`... in order.
    pub body_parameters: Vec<String>,
}

impl From<frontdesk_protocol::WhatsappTemplate> for TemplateMessage {
    fn from(template: frontdesk_protocol::WhatsappTemplate) -> TemplateMessage {
        TemplateMessage {
            name: template.name,
            language: template.language,
            body_parameters: template.parameters,
        }
    }
}

/// What staff, the bot or a survey send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutboundContent {
    Text(String),
    Template(TemplateMessage),
}

/// How a platform measures its maximum text length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextLimit {
    /// Unicode characters.
    Chars(usize),
    /// UTF-8 bytes (WeChat).
    Bytes(usize),
}

impl TextLimit {
    /// The text's length in this limit's unit.
    pub fn measure(self, text: &str) -> usize {
        match self {
            TextLimit::Chars(_) => text.chars().count(),
            TextLimit::Bytes(_) => text.len(),
        }
    }

    pub fn max(self) -> usize {
        match self {
            TextLimit::Chars(max) | TextLimit::Bytes(max) => max,
        }
    }

    /// `Ok` when the text is non-empty and within the limit.
    pub fn check(self, text: &str) -> Result<(), SendError> {
        let length = self.measure(text);
        if text.trim().is_empty() {
            Err(SendError::EmptyText)
        } else if length > self.max() {
            Err(SendError::TooLong {
                limit: self,
                length,
            })
        } else {
            Ok(())
        }
    }
}

/// Why an outbound request can't be built (refused at once, never sent and failed later).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    #[error("the text is empty")]
    EmptyText,
    #[error("the text is {length} long, over the platform's limit of {limit:?}")]
    TooLong { limit: TextLimit, length: usize },
    #[error("this adapter sends on {adapter}, not to a {recipient} address")]
    WrongChannel {
        adapter: Channel,
        recipient: Channel,
    },
    #[error("templates are not supported on this channel")]
    TemplateNotSupported,
    #[error("no access token yet: fetch one first")]
    MissingAccessToken,
}

impl SendError {
    pub fn code(&self) -> &'static str {
        match self {
            SendError::EmptyText => "empty_text",
            SendError::TooLong { .. } => "text_too_long",
            SendError::WrongChannel { .. } => "wrong_channel",
            SendError::TemplateNotSupported => "template_not_supported",
            SendError::MissingAccessToken => "missing_access_token",
        }
    }
}

/// A provider HTTP call, exactly as the provider documents it; the edge makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundRequest {
    pub method: HttpMethod,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl OutboundRequest {
    /// The first header with this name, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// The provider accepted the message; its id, when it gives one, matches later statuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendReceipt {
    pub provider_message_id: Option<ProviderMessageId>,
}

/// A platform's fixed rules, for the reply box and for refusing what it would refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Platform {
    pub channel: Channel,
    pub text_limit: TextLimit,
    /// The reply window, if the platform has one.
    pub service_window: Option<ServiceWindow>,
    /// Whether approved templates can be sent (WhatsApp).
    pub templates: bool,
}

impl Platform {
    /// Checks that `to` is on this platform's channel and the content is something it
    /// takes: the common start of every `send_request`.
    pub fn check(&self, to: &PatientAddress, content: &OutboundContent) -> Result<(), SendError> {
        if to.channel() != self.channel {
            return Err(SendError::WrongChannel {
                adapter: self.channel,
                recipient: to.channel(),
            });
        }
        match content {
            OutboundContent::Text(text) => self.text_limit.check(text),
            OutboundContent::Template(_) if self.templates => Ok(()),
            OutboundContent::Template(_) => Err(SendError::TemplateNotSupported),
        }
    }

    /// [`Self::check`] for platforms that take text only: the text to send.
    fn text<'a>(
        &self,
        to: &PatientAddress,
        content: &'a OutboundContent,
    ) -> Result<&'a str, SendError> {
        self.check(to, content)?;
        match content {
            OutboundContent::Text(text) => Ok(text),
            OutboundContent::Template(_) => Err(SendError::TemplateNotSupported),
        }
    }
}

/// One provider on one channel. Object-safe, so the edge can pick one from the clinic's
/// config at run time.
pub trait ChannelAdapter {
    /// The platform's rules: channel, text limit, reply window, templates.
    fn platform(&self) -> Platform;

    /// Answers the provider's GET handshake (Meta's `hub.challenge`, WeChat's `echostr`,
    /// X's CRC). The default: no handshake.
    fn handshake(&self, _request: &WebhookRequest<'_>) -> Result<HandshakeReply, VerifyError> {
        Err(VerifyError::NoHandshake)
    }

    /// Checks the webhook's signature against the clinic's secret.
    fn verify(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError>;

    /// Reads a webhook body. Only call it on a verified request: use [`Self::receive`].
    fn parse(&self, body: &[u8]) -> Result<Vec<InboundEvent>, ParseError>;

    /// Verifies, then parses: a webhook with a bad signature is never read.
    fn receive(&self, request: &WebhookRequest<'_>) -> Result<Vec<InboundEvent>, WebhookError> {
        self.verify(request)?;
        Ok(self.parse(request.body)?)
    }

    /// The provider's send call for this content to this patient.
    fn send_request(
        &self,
        to: &PatientAddress,
        content: &OutboundContent,
    ) -> Result<OutboundRequest, SendError>;

    /// Reads the provider's answer to a send call.
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure>;
}

/// A JSON body that didn't deserialise. The detail is the error's kind and position only:
/// serde's own message can quote the body, and bodies are patients' words.
fn json_error(error: &serde_json::Error) -> ParseError {
    ParseError::Malformed {
        format: BodyFormat::Json,
        detail: format!(
            "{:?} error at line {} column {}",
            error.classify(),
            error.line(),
            error.column()
        ),
    }
}

/// `base` and `path` joined with exactly one slash (configured bases may end in one).
fn join_url(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// A failure the provider's response body doesn't explain: an HTTP status alone.
fn http_failure(status: u16) -> ProviderFailure {
    let reason = match status {
        401 | 403 => FailureReason::Credentials,
        429 => FailureReason::RateLimited,
        _ => FailureReason::Other,
    };
    ProviderFailure {
        code: format!("http_{status}"),
        reason,
        message: None,
    }
}

/// In parser tests: whether a parse error is the expected one.
#[cfg(test)]
type ExpectError = fn(&ParseError) -> bool;

/// In parser tests: feeds `parse` every prefix of a valid body and the body with each byte
/// replaced by characters that matter to form, JSON and XML. A panic fails the test; the
/// full body must still parse.
#[cfg(test)]
fn parse_survives_damage(
    body: &[u8],
    parse: impl Fn(&[u8]) -> Result<Vec<InboundEvent>, ParseError>,
) {
    assert!(parse(body).is_ok(), "the undamaged body parses");
    for end in 0..body.len() {
        let _ = parse(&body[..end]);
    }
    let mut damaged = body.to_vec();
    for index in 0..body.len() {
        for byte in [
            b'"', b'<', b'>', b'{', b']', b'&', b'=', b'%', b'\\', 0xff, 0,
        ] {
            damaged[index] = byte;
            let _ = parse(&damaged);
        }
        damaged[index] = body[index];
    }
}

#[cfg(test)]
mod tests;
