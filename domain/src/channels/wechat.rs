//! WeChat through an Official Account's server messages (plaintext mode): the `signature`
//! check and `echostr` handshake, the XML messages, the customer-service message API within
//! 48 hours of the patient's message, and the access token it needs, fetched and cached.
//!
//! Docs: <https://developers.weixin.qq.com/doc/offiaccount/en/Basic_Information/Access_Overview.html>
//! (signature), <https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Receiving_standard_messages.html>
//! (messages), <https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Service_Center_messages.html>
//! (customer-service messages), <https://developers.weixin.qq.com/doc/offiaccount/en/Basic_Information/getStableAccessToken.html>
//! (access token), <https://developers.weixin.qq.com/doc/offiaccount/en/Getting_Started/Global_Return_Code.html>.

use serde::Deserialize;
use serde_json::json;

use super::flat_xml::{Document, XmlError};
use super::signature::{matches, sha1};
use super::{
    http_failure, join_url, BodyFormat, Channel, ChannelAdapter, FailureReason, HandshakeReply,
    HttpMethod, InboundEvent, InboundMessage, OpenId, OutboundContent, OutboundRequest, ParseError,
    PatientAddress, Platform, ProviderFailure, ProviderMessageId, Secret, SendError, SendReceipt,
    ServiceWindow, TextLimit, VerifyError, WebhookRequest,
};
use crate::channel_media::{InboundMedia, MediaSource};

/// A customer-service text may be up to 2,048 bytes.
pub const MAX_TEXT_BYTES: usize = 2_048;

/// What the server answers a message push with, so WeChat stops retrying it.
pub const ACK_BODY: &str = "success";

/// How long before its stated expiry a cached access token is replaced, so a token never
/// expires between the check and the call.
pub const TOKEN_REFRESH_MARGIN_SECONDS: i64 = 300;

/// WeChat: 2,048 bytes, the 48-hour window, no templates in this adapter.
pub const PLATFORM: Platform = Platform {
    channel: Channel::Wechat,
    text_limit: TextLimit::Bytes(MAX_TEXT_BYTES),
    service_window: Some(ServiceWindow::WECHAT),
    templates: false,
};

/// One clinic's Official Account.
#[derive(Debug, Clone)]
pub struct WeChat {
    /// `https://api.weixin.qq.com` in production, the provider sandbox in dev.
    pub api_base: String,
    /// The server token configured at WeChat, which keys the signature.
    pub token: Secret,
    /// The current access token for the send API, from [`AccessToken`]'s cache rule.
    pub access_token: Option<Secret>,
}

/// The `signature` WeChat sends: hex SHA1 of the token, timestamp and nonce, sorted as
/// strings and concatenated.
pub fn signature(token: &str, timestamp: &str, nonce: &str) -> String {
    hex::encode(sha1(&sorted_parts(token, timestamp, nonce)))
}

impl WeChat {
    /// Checks the query's `signature` against its `timestamp` and `nonce`. WeChat signs the
    /// GET handshake and every POST the same way.
    fn check_query(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
        let signed = SignedQuery::read(request, "signature")?;
        let expected = sha1(&sorted_parts(
            self.token.expose(),
            &signed.timestamp,
            &signed.nonce,
        ));
        matches(&signed.received, &expected)
    }
}

/// A signature WeChat sends in the query (`signature`, or safe mode's `msg_signature`),
/// decoded, with the timestamp and nonce it signs.
pub(super) struct SignedQuery<'a> {
    pub received: Vec<u8>,
    pub timestamp: std::borrow::Cow<'a, str>,
    pub nonce: std::borrow::Cow<'a, str>,
}

impl<'a> SignedQuery<'a> {
    pub(super) fn read(
        request: &WebhookRequest<'a>,
        name: &str,
    ) -> Result<SignedQuery<'a>, VerifyError> {
        let received = request.query(name).ok_or(VerifyError::MissingSignature)?;
        let timestamp = request
            .query("timestamp")
            .ok_or(VerifyError::MissingParameter("timestamp"))?;
        let nonce = request
            .query("nonce")
            .ok_or(VerifyError::MissingParameter("nonce"))?;
        let received =
            hex::decode(received.as_bytes()).map_err(|_| VerifyError::MalformedSignature)?;
        Ok(SignedQuery {
            received,
            timestamp,
            nonce,
        })
    }
}

fn sorted_parts<'a>(token: &'a str, timestamp: &'a str, nonce: &'a str) -> [&'a [u8]; 3] {
    let mut parts = [token, timestamp, nonce];
    crate::sorting::sort(&mut parts);
    [
        parts[0].as_bytes(),
        parts[1].as_bytes(),
        parts[2].as_bytes(),
    ]
}

fn xml_error(error: &XmlError) -> ParseError {
    // The messages name positions and constructs, never the text.
    ParseError::Malformed {
        format: BodyFormat::Xml,
        detail: error.to_string(),
    }
}

/// Reads a message push. Text, image and voice messages become patient messages; events
/// (subscribe, menu clicks) and other types say nothing to the inbox.
pub fn parse_webhook(body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
    let text = std::str::from_utf8(body).map_err(|_| ParseError::NotUtf8)?;
    let document = Document::parse(text).map_err(|error| xml_error(&error))?;
    if document.root_name() != "xml" {
        return Err(ParseError::InvalidValue { field: "xml" });
    }
    let field = |name: &'static str| {
        document
            .child_text(name)
            .map(|text| text.unwrap_or_default().trim())
    };
    let required = |name: &'static str| field(name).ok_or(ParseError::MissingField(name));
    // A photo is fetched by its `MediaId` through `media/get` on the configured API (the
    // host the access token already goes to), not by `PicUrl`; voice and video, which the
    // allowlist refuses anyway, are counted so staff see that something came.
    let (text, media) = match required("MsgType")? {
        "text" => (required("Content")?.to_string(), Vec::new()),
        // A voice message carries WeChat's transcript when recognition is on.
        "voice" => (
            field("Recognition").unwrap_or_default().to_string(),
            InboundMedia::not_fetched(1),
        ),
        "image" => {
            let source = field("MediaId")
                .filter(|id| !id.is_empty())
                .map_or(MediaSource::NotFetched, |id| {
                    MediaSource::WechatMedia(id.to_owned())
                });
            let item = InboundMedia {
                source,
                declared_type: None,
            };
            (String::new(), vec![item])
        }
        "video" | "shortvideo" | "file" => (String::new(), InboundMedia::not_fetched(1)),
        "location" | "link" => (String::new(), Vec::new()),
        _ => return Ok(Vec::new()),
    };
    let from =
        OpenId::parse(required("FromUserName")?).map_err(|error| ParseError::InvalidAddress {
            field: "FromUserName",
            error,
        })?;
    let created_seconds =
        required("CreateTime")?
            .parse::<i64>()
            .map_err(|_| ParseError::InvalidValue {
                field: "CreateTime",
            })?;
    Ok(vec![InboundEvent::Message(InboundMessage {
        provider_message_id: ProviderMessageId(required("MsgId")?.to_string()),
        from: PatientAddress::Wechat(from),
        clinic_account: required("ToUserName")?.to_string(),
        text,
        media,
        sent_at_ms: created_seconds.checked_mul(1000),
    })])
}

/// An access token and when to stop using it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessToken {
    pub value: Secret,
    /// When to fetch a new one: the stated expiry less [`TOKEN_REFRESH_MARGIN_SECONDS`].
    pub refresh_at_ms: i64,
}

impl AccessToken {
    /// Whether the cached token may still be used at `now_ms`.
    pub fn is_fresh(&self, now_ms: i64) -> bool {
        now_ms < self.refresh_at_ms
    }
}

/// The stable access-token call (`POST /cgi-bin/stable_token`): the app secret goes in the
/// body, never in a URL. `force_refresh` after the API refused the cached token.
pub fn access_token_request(
    api_base: &str,
    app_id: &str,
    app_secret: &Secret,
    force_refresh: bool,
) -> OutboundRequest {
    OutboundRequest {
        method: HttpMethod::Post,
        url: join_url(api_base, "cgi-bin/stable_token"),
        headers: vec![("Content-Type".to_string(), "application/json".to_string())],
        body: json!({
            "grant_type": "client_credential",
            "appid": app_id,
            "secret": app_secret.expose(),
            "force_refresh": force_refresh,
        })
        .to_string(),
    }
}

#[derive(Deserialize)]
struct ApiAnswer {
    #[serde(default)]
    errcode: i64,
    errmsg: Option<String>,
    access_token: Option<String>,
    expires_in: Option<i64>,
    media_id: Option<String>,
}

fn read_answer(status: u16, body: &[u8]) -> Result<ApiAnswer, ProviderFailure> {
    // WeChat answers 200 with `errcode` for its own errors.
    let answer: ApiAnswer = serde_json::from_slice(body).map_err(|_| http_failure(status))?;
    if answer.errcode != 0 {
        let code = answer.errcode.to_string();
        return Err(ProviderFailure {
            reason: failure_reason(&code),
            code,
            message: answer.errmsg,
        });
    }
    if !(200..300).contains(&status) {
        return Err(http_failure(status));
    }
    Ok(answer)
}

/// Reads the token answer `{"access_token", "expires_in"}` received at `now_ms`.
pub fn read_access_token(
    status: u16,
    body: &[u8],
    now_ms: i64,
) -> Result<AccessToken, ProviderFailure> {
    let answer = read_answer(status, body)?;
    let (Some(value), Some(expires_in)) = (answer.access_token, answer.expires_in) else {
        return Err(http_failure(status));
    };
    // A token shorter-lived than the margin is used for half its life instead.
    let usable_seconds = if expires_in > TOKEN_REFRESH_MARGIN_SECONDS {
        expires_in - TOKEN_REFRESH_MARGIN_SECONDS
    } else {
        expires_in.max(0) / 2
    };
    Ok(AccessToken {
        value: Secret::new(value),
        refresh_at_ms: now_ms.saturating_add(usable_seconds.saturating_mul(1000)),
    })
}

/// Whether an API error means the access token itself was refused, so the token must be
/// fetched again (with `force_refresh`) before one retry.
pub fn token_refused(code: &str) -> bool {
    matches!(code, "40001" | "40014" | "42001")
}

impl WeChat {
    /// `?access_token=…` for the API calls; refused without a token.
    pub fn token_query(&self) -> Result<String, SendError> {
        let token = self
            .access_token
            .as_ref()
            .ok_or(SendError::MissingAccessToken)?;
        Ok(form_urlencoded::Serializer::new(String::new())
            .append_pair("access_token", token.expose())
            .finish())
    }

    /// A customer-service message (`POST cgi-bin/message/custom/send`) of `msgtype`
    /// with its object, e.g. `text` `{content}` or `image` `{media_id}`.
    pub fn custom_message(
        &self,
        to: &PatientAddress,
        msgtype: &str,
        object: serde_json::Value,
    ) -> Result<OutboundRequest, SendError> {
        let query = self.token_query()?;
        Ok(OutboundRequest {
            method: HttpMethod::Post,
            url: join_url(
                &self.api_base,
                &format!("cgi-bin/message/custom/send?{query}"),
            ),
            headers: vec![("Content-Type".to_string(), "application/json".to_string())],
            body: json!({
                "touser": to.as_str(),
                "msgtype": msgtype,
                msgtype: object,
            })
            .to_string(),
        })
    }
}

/// Reads a temporary media upload's answer, `{"type", "media_id", "created_at"}`: the
/// `media_id`. WeChat's refusals (`errcode`, with status 200) are failures like a send's.
pub fn read_media_upload(status: u16, body: &[u8]) -> Result<String, ProviderFailure> {
    read_answer(status, body)?
        .media_id
        .ok_or_else(|| http_failure(status))
}

/// What a WeChat global return code means.
pub fn failure_reason(code: &str) -> FailureReason {
    match code {
        // Reply window expired (48 hours since the user's message).
        "45015" => FailureReason::OutsideWindow,
        // Invalid OpenID.
        "40003" => FailureReason::InvalidRecipient,
        // The user unfollowed the account.
        "43004" => FailureReason::OptedOut,
        // Content too long.
        "45002" => FailureReason::TooLong,
        // Risky content.
        "87014" => FailureReason::ContentRejected,
        // A media file WeChat won't take (type, file type, size, media id, image size).
        "40004" | "40005" | "40006" | "40007" | "40009" => FailureReason::FileRejected,
        // Call frequency or customer-service message count limits.
        "45009" | "45047" => FailureReason::RateLimited,
        // Bad or expired access token, bad app secret, API not authorised.
        "40001" | "40014" | "42001" | "40125" | "48001" => FailureReason::Credentials,
        _ => FailureReason::Other,
    }
}

impl ChannelAdapter for WeChat {
    fn platform(&self) -> Platform {
        PLATFORM
    }

    /// `GET ?signature&timestamp&nonce&echostr` echoes `echostr` when the signature holds.
    fn handshake(&self, request: &WebhookRequest<'_>) -> Result<HandshakeReply, VerifyError> {
        self.check_query(request)?;
        let echo = request
            .query("echostr")
            .ok_or(VerifyError::MissingParameter("echostr"))?;
        Ok(HandshakeReply {
            content_type: "text/plain",
            body: echo.into_owned(),
        })
    }

    fn verify(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
        self.check_query(request)
    }

    fn parse(&self, body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
        parse_webhook(body)
    }

    /// `POST /cgi-bin/message/custom/send?access_token=...`: WeChat takes the token only in
    /// the query, so the edge must never log this URL.
    fn send_request(
        &self,
        to: &PatientAddress,
        content: &OutboundContent,
    ) -> Result<OutboundRequest, SendError> {
        let text = PLATFORM.text(to, content)?;
        self.custom_message(to, "text", json!({ "content": text }))
    }

    /// `{"errcode": 0, "errmsg": "ok"}`; WeChat gives no message id for these sends.
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure> {
        read_answer(status, body).map(|_| SendReceipt {
            provider_message_id: None,
        })
    }
}

#[cfg(test)]
mod tests;
