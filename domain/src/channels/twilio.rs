//! SMS through Twilio Programmable Messaging: the `X-Twilio-Signature` check, the
//! form-encoded incoming-message and status-callback webhooks, the Messages API call.
//!
//! Docs: <https://www.twilio.com/docs/usage/webhooks/webhooks-security> (signature),
//! <https://www.twilio.com/docs/messaging/guides/webhook-request> (incoming message),
//! <https://www.twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks>
//! (status callbacks), <https://www.twilio.com/docs/messaging/api/message-resource> (send).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use super::signature::{hmac_sha1, matches};
use super::{
    http_failure, join_url, Channel, ChannelAdapter, DeliveryState, FailureReason, HttpMethod,
    InboundEvent, InboundMessage, OutboundContent, OutboundRequest, ParseError, PatientAddress,
    PhoneNumber, Platform, ProviderFailure, ProviderMessageId, Secret, SendError, SendReceipt,
    StatusTarget, StatusUpdate, TextLimit, VerifyError, WebhookRequest,
};
use crate::channel_media::{InboundMedia, MediaSource, MAX_TWILIO_MEDIA};

/// The header Twilio signs webhooks in.
pub const SIGNATURE_HEADER: &str = "X-Twilio-Signature";

/// The Messages API accepts bodies up to 1,600 characters.
pub const MAX_BODY_CHARS: usize = 1_600;

/// One clinic's Twilio account.
#[derive(Debug, Clone)]
pub struct Twilio {
    /// `https://api.twilio.com` in production, the provider sandbox in dev.
    pub api_base: String,
    pub account_sid: String,
    pub auth_token: Secret,
    /// The clinic's number messages go out from.
    pub from: PhoneNumber,
    /// Where Twilio posts delivery statuses, when set.
    pub status_callback: Option<String>,
}

/// The `X-Twilio-Signature` for a POST to `url` with these form parameters: base64
/// HMAC-SHA1, keyed with the auth token, of the full URL followed by every parameter's name
/// and value, sorted by name.
pub fn signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    STANDARD.encode(digest(auth_token, url, params))
}

fn digest(auth_token: &str, url: &str, params: &[(String, String)]) -> Vec<u8> {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    crate::sorting::sort(&mut sorted);
    let mut parts: Vec<&[u8]> = Vec::with_capacity(1 + 2 * sorted.len());
    parts.push(url.as_bytes());
    for (name, value) in sorted {
        parts.push(name.as_bytes());
        parts.push(value.as_bytes());
    }
    hmac_sha1(auth_token.as_bytes(), &parts)
}

/// The URL with its scheme's default port added, or removed if it is there: Twilio may
/// sign either form, and its own SDKs accept both. `None` for another port.
fn default_port_toggled(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once(':') {
        Some((host, explicit)) if explicit == port => Some(format!("{scheme}://{host}{path}")),
        Some(_) => None,
        None => Some(format!("{scheme}://{authority}:{port}{path}")),
    }
}

/// Decodes a form-encoded body into its parameters, in order.
pub fn form_params(body: &[u8]) -> Result<Vec<(String, String)>, ParseError> {
    std::str::from_utf8(body).map_err(|_| ParseError::NotUtf8)?;
    Ok(form_urlencoded::parse(body)
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect())
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

fn required<'a>(params: &'a [(String, String)], name: &'static str) -> Result<&'a str, ParseError> {
    param(params, name).ok_or(ParseError::MissingField(name))
}

/// Reads an incoming-message or status-callback webhook body. Status callbacks carry
/// `MessageStatus`; an incoming message has none (or `received`).
pub fn parse_webhook(body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
    let params = form_params(body)?;
    let status = param(&params, "MessageStatus").or_else(|| param(&params, "SmsStatus"));
    match status {
        None | Some("received" | "receiving") => {
            parse_message(&params).map(|message| vec![message])
        }
        Some(status) => parse_status(&params, status).map(|update| vec![update]),
    }
}

fn parse_message(params: &[(String, String)]) -> Result<InboundEvent, ParseError> {
    let id = required(params, "MessageSid")?;
    let from = PhoneNumber::parse(required(params, "From")?).map_err(|error| {
        ParseError::InvalidAddress {
            field: "From",
            error,
        }
    })?;
    let to = required(params, "To")?;
    let media = read_media(params)?;
    Ok(InboundEvent::Message(InboundMessage {
        provider_message_id: ProviderMessageId(id.to_string()),
        from: PatientAddress::Sms(from),
        clinic_account: to.to_string(),
        // A media-only MMS has an empty or absent Body.
        text: param(params, "Body").unwrap_or_default().to_string(),
        media,
        // Twilio's incoming-message webhook carries no timestamp.
        sent_at_ms: None,
    }))
}

/// An MMS's media: `NumMedia`, then `MediaUrl{N}` and `MediaContentType{N}` for each
/// (at most Twilio's 10). An item whose URL is missing is kept as not fetched, so staff
/// still see that it came.
fn read_media(params: &[(String, String)]) -> Result<Vec<InboundMedia>, ParseError> {
    let count = match param(params, "NumMedia") {
        None => 0,
        Some(count) => count
            .parse::<usize>()
            .map_err(|_| ParseError::InvalidValue { field: "NumMedia" })?,
    };
    if count > MAX_TWILIO_MEDIA {
        return Err(ParseError::InvalidValue { field: "NumMedia" });
    }
    Ok((0..count)
        .map(|index| InboundMedia {
            source: param(params, &format!("MediaUrl{index}"))
                .map_or(MediaSource::NotFetched, |url| {
                    MediaSource::ProviderUrl(url.to_owned())
                }),
            declared_type: param(params, &format!("MediaContentType{index}")).map(str::to_owned),
        })
        .collect())
}

/// Maps a status callback's `MessageStatus` and `ErrorCode`.
fn parse_status(params: &[(String, String)], status: &str) -> Result<InboundEvent, ParseError> {
    let id = required(params, "MessageSid")?;
    let state = match status {
        "accepted" | "scheduled" | "queued" | "sending" => DeliveryState::Queued,
        "sent" => DeliveryState::Sent,
        "delivered" => DeliveryState::Delivered,
        "read" => DeliveryState::Read,
        "undelivered" | "failed" | "canceled" => DeliveryState::Failed,
        "partially_delivered" => DeliveryState::Sent,
        _ => {
            return Err(ParseError::InvalidValue {
                field: "MessageStatus",
            })
        }
    };
    let failure = param(params, "ErrorCode")
        .filter(|code| !code.is_empty() && *code != "0")
        .map(|code| failure(code, param(params, "ErrorMessage")));
    let failure = match (state, failure) {
        (DeliveryState::Failed, None) => Some(ProviderFailure {
            code: status.to_string(),
            reason: FailureReason::Other,
            message: None,
        }),
        (_, failure) => failure,
    };
    Ok(InboundEvent::Status(StatusUpdate {
        target: StatusTarget::Message(ProviderMessageId(id.to_string())),
        state,
        failure,
        at_ms: None,
    }))
}

/// What a Twilio error code means. <https://www.twilio.com/docs/api/errors>
pub fn failure_reason(code: &str) -> FailureReason {
    match code {
        // Attempt to send to an unsubscribed recipient (the patient texted STOP).
        "21610" => FailureReason::OptedOut,
        // Unreachable handset, message blocked, unknown handset, landline or unreachable carrier.
        "30003" | "30004" | "30005" | "30006" => FailureReason::Undeliverable,
        // Invalid 'To' number; 'To' not a mobile number.
        "21211" | "21614" => FailureReason::InvalidRecipient,
        // Message filtered by the carrier.
        "30007" => FailureReason::ContentRejected,
        // Body over 1,600 characters.
        "21617" => FailureReason::TooLong,
        // Too many requests; queue overflow.
        "20429" | "30001" => FailureReason::RateLimited,
        // Authentication failed; account suspended.
        "20003" | "30002" => FailureReason::Credentials,
        _ => FailureReason::Other,
    }
}

fn failure(code: &str, message: Option<&str>) -> ProviderFailure {
    ProviderFailure {
        code: code.to_string(),
        reason: failure_reason(code),
        message: message
            .filter(|message| !message.is_empty())
            .map(str::to_string),
    }
}

/// SMS through Twilio: 1,600 characters, no window, no templates.
pub const PLATFORM: Platform = Platform {
    channel: Channel::Sms,
    text_limit: TextLimit::Chars(MAX_BODY_CHARS),
    service_window: None,
    templates: false,
};

impl Twilio {
    /// `POST Messages.json` with `Body` (the text, checked by the caller), `To`, `From`
    /// and the status callback; an MMS adds its `MediaUrl`s
    /// (`channel_media_out::twilio_mms`).
    pub fn message_request(&self, to: &PatientAddress, text: &str) -> OutboundRequest {
        let mut body = form_urlencoded::Serializer::new(String::new());
        body.append_pair("To", to.as_str())
            .append_pair("From", self.from.as_str())
            .append_pair("Body", text);
        if let Some(callback) = &self.status_callback {
            body.append_pair("StatusCallback", callback);
        }
        let credentials =
            STANDARD.encode(format!("{}:{}", self.account_sid, self.auth_token.expose()));
        OutboundRequest {
            method: HttpMethod::Post,
            url: join_url(
                &self.api_base,
                &format!("2010-04-01/Accounts/{}/Messages.json", self.account_sid),
            ),
            headers: vec![
                ("Authorization".to_string(), format!("Basic {credentials}")),
                (
                    "Content-Type".to_string(),
                    "application/x-www-form-urlencoded".to_string(),
                ),
            ],
            body: body.finish(),
        }
    }
}

impl ChannelAdapter for Twilio {
    fn platform(&self) -> Platform {
        PLATFORM
    }

    fn verify(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
        let received = request
            .header(SIGNATURE_HEADER)
            .ok_or(VerifyError::MissingSignature)?;
        let received = STANDARD
            .decode(received.trim())
            .map_err(|_| VerifyError::MalformedSignature)?;
        // An unreadable body can't have been signed by Twilio.
        let params = form_params(request.body).map_err(|_| VerifyError::SignatureMismatch)?;
        let token = self.auth_token.expose();
        matches(&received, &digest(token, request.url, &params)).or_else(|mismatch| {
            match default_port_toggled(request.url) {
                Some(url) => matches(&received, &digest(token, &url, &params)),
                None => Err(mismatch),
            }
        })
    }

    fn parse(&self, body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
        parse_webhook(body)
    }

    fn send_request(
        &self,
        to: &PatientAddress,
        content: &OutboundContent,
    ) -> Result<OutboundRequest, SendError> {
        let text = PLATFORM.text(to, content)?;
        Ok(self.message_request(to, text))
    }

    /// A created message answers 201 with its `sid`; an error with `{code, message}`.
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure> {
        let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let field = |name: &str| json.as_ref().and_then(|json| json.get(name));
        if (200..300).contains(&status) {
            let sid = field("sid").and_then(|sid| sid.as_str());
            return Ok(SendReceipt {
                provider_message_id: sid.map(|sid| ProviderMessageId(sid.to_string())),
            });
        }
        match field("code").and_then(|code| code.as_u64()) {
            Some(code) => Err(failure(
                &code.to_string(),
                field("message").and_then(|message| message.as_str()),
            )),
            None => Err(http_failure(status)),
        }
    }
}

#[cfg(test)]
mod tests;
