//! X direct messages through the Account Activity API: the CRC challenge, the
//! `x-twitter-webhooks-signature` check, `direct_message_events` (the clinic's own sends
//! left out), read receipts, and the v2 DM send call.
//!
//! X is moving to the X Activity API, whose new chat payloads are encrypted: this adapter is
//! one file behind [`ChannelAdapter`] so it can be replaced whole.
//!
//! Docs: <https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/account-activity>
//! (CRC, signature, payloads), <https://developer.x.com/en/docs/direct-messages/sending-and-receiving/guides/message-create-object>,
//! <https://docs.x.com/x-api/direct-messages/manage/introduction> (send).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;
use serde_json::json;

use super::signature::{hmac_sha256, verify_sha256_header, DigestText};
use super::{
    http_failure, join_url, json_error, Channel, ChannelAdapter, DeliveryState, FailureReason,
    HandshakeReply, HttpMethod, InboundEvent, InboundMessage, OutboundContent, OutboundRequest,
    ParseError, PatientAddress, Platform, ProviderFailure, ProviderMessageId, Secret, SendError,
    SendReceipt, StatusTarget, StatusUpdate, TextLimit, VerifyError, WebhookRequest, XUserId,
};
use crate::channel_media::{InboundMedia, MediaSource};

/// The header X signs webhook bodies in.
pub const SIGNATURE_HEADER: &str = "x-twitter-webhooks-signature";

/// A direct message may be up to 10,000 characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// X: 10,000 characters, no reply window, no templates.
pub const PLATFORM: Platform = Platform {
    channel: Channel::X,
    text_limit: TextLimit::Chars(MAX_TEXT_CHARS),
    service_window: None,
    templates: false,
};

/// One clinic's X account.
#[derive(Debug, Clone)]
pub struct X {
    /// `https://api.x.com` in production, the provider sandbox in dev.
    pub api_base: String,
    /// The app's consumer secret: keys the CRC answer and the webhook signature.
    pub consumer_secret: Secret,
    /// The clinic's own account: DMs it sent come back in webhooks and are left out.
    pub account_id: XUserId,
    /// An OAuth 2.0 user-context token of the clinic's account, with `dm.write`.
    pub user_access_token: Secret,
}

/// `sha256=` and the base64 HMAC-SHA256 of `data` keyed with the consumer secret: the CRC
/// answer's `response_token` and the webhook signature alike.
pub fn signature(consumer_secret: &str, data: &[u8]) -> String {
    format!(
        "sha256={}",
        STANDARD.encode(hmac_sha256(consumer_secret.as_bytes(), data))
    )
}

#[derive(Deserialize)]
struct Webhook {
    #[serde(default)]
    direct_message_events: Vec<DmEvent>,
    #[serde(default)]
    direct_message_mark_read_events: Vec<ReadEvent>,
}

#[derive(Deserialize)]
struct DmEvent {
    #[serde(rename = "type")]
    kind: String,
    id: String,
    created_timestamp: Option<String>,
    message_create: Option<MessageCreate>,
}

#[derive(Deserialize)]
struct MessageCreate {
    target: Target,
    sender_id: String,
    message_data: MessageData,
}

#[derive(Deserialize)]
struct Target {
    recipient_id: String,
}

#[derive(Deserialize)]
struct MessageData {
    #[serde(default)]
    text: String,
    attachment: Option<serde_json::Value>,
}

/// The DM's `attachment`, `{type: "media", media: {type: photo|video|animated_gif,
/// media_url_https, …}}`: a photo is fetched from its `media_url_https`; a video's or
/// GIF's URL is only its thumbnail, so those are counted. Read from the JSON value, not
/// derived structs: each derive costs the edge's wasm.
fn attachment_media(attachment: &serde_json::Value) -> InboundMedia {
    let media = &attachment["media"];
    let url = media["media_url_https"]
        .as_str()
        .filter(|_| media["type"] == "photo");
    InboundMedia {
        source: url.map_or(MediaSource::NotFetched, |url| {
            MediaSource::ProviderUrl(url.to_owned())
        }),
        declared_type: None,
    }
}

#[derive(Deserialize)]
struct ReadEvent {
    created_timestamp: Option<String>,
    sender_id: String,
    last_read_event_id: String,
}

fn timestamp_ms(timestamp: Option<&str>) -> Result<Option<i64>, ParseError> {
    timestamp
        .map(|ms| {
            ms.parse::<i64>().map_err(|_| ParseError::InvalidValue {
                field: "created_timestamp",
            })
        })
        .transpose()
}

/// Reads an Account Activity body for the clinic's account `own_id`: patients' DMs and their
/// read receipts. DMs the clinic sent, and every other activity, are left out.
pub fn parse_webhook(body: &[u8], own_id: &str) -> Result<Vec<InboundEvent>, ParseError> {
    let webhook: Webhook = serde_json::from_slice(body).map_err(|error| json_error(&error))?;
    let mut events = Vec::new();
    for event in webhook.direct_message_events {
        let Some(message) = event
            .message_create
            .filter(|_| event.kind == "message_create")
        else {
            continue;
        };
        if message.sender_id == own_id {
            continue;
        }
        let from =
            XUserId::parse(&message.sender_id).map_err(|error| ParseError::InvalidAddress {
                field: "sender_id",
                error,
            })?;
        let text = message.message_data.text;
        events.push(InboundEvent::Message(InboundMessage {
            provider_message_id: ProviderMessageId(event.id),
            from: PatientAddress::X(from),
            clinic_account: message.target.recipient_id,
            text,
            media: message
                .message_data
                .attachment
                .as_ref()
                .map(attachment_media)
                .into_iter()
                .collect(),
            sent_at_ms: timestamp_ms(event.created_timestamp.as_deref())?,
        }));
    }
    for read in webhook.direct_message_mark_read_events {
        // The patient read up to this event; the clinic reading is not a delivery state.
        if read.sender_id == own_id {
            continue;
        }
        events.push(InboundEvent::Status(StatusUpdate {
            target: StatusTarget::Message(ProviderMessageId(read.last_read_event_id)),
            state: DeliveryState::Read,
            failure: None,
            at_ms: timestamp_ms(read.created_timestamp.as_deref())?,
        }));
    }
    Ok(events)
}

/// What an X error code means (v1.1 codes, still in DM errors).
pub fn failure_reason(code: &str) -> FailureReason {
    match code {
        // "You cannot send messages to this user"; the user doesn't follow you.
        "349" | "150" | "403" => FailureReason::Undeliverable,
        // User not found.
        "50" | "108" => FailureReason::InvalidRecipient,
        // Looks automated or spammy.
        "226" => FailureReason::ContentRejected,
        // Message too long.
        "354" => FailureReason::TooLong,
        // Rate limit exceeded.
        "88" | "429" => FailureReason::RateLimited,
        // Could not authenticate; invalid or expired token.
        "32" | "89" | "401" => FailureReason::Credentials,
        _ => FailureReason::Other,
    }
}

impl ChannelAdapter for X {
    fn platform(&self) -> Platform {
        PLATFORM
    }

    /// `GET ?crc_token=...` → `{"response_token": "sha256=<base64 HMAC-SHA256>"}`.
    fn handshake(&self, request: &WebhookRequest<'_>) -> Result<HandshakeReply, VerifyError> {
        let token = request
            .query("crc_token")
            .filter(|token| !token.is_empty())
            .ok_or(VerifyError::MissingParameter("crc_token"))?;
        let response_token = signature(self.consumer_secret.expose(), token.as_bytes());
        Ok(HandshakeReply {
            content_type: "application/json",
            body: json!({ "response_token": response_token }).to_string(),
        })
    }

    fn verify(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
        verify_sha256_header(
            request,
            SIGNATURE_HEADER,
            self.consumer_secret.expose(),
            DigestText::Base64,
        )
    }

    fn parse(&self, body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
        parse_webhook(body, self.account_id.as_str())
    }

    fn send_request(
        &self,
        to: &PatientAddress,
        content: &OutboundContent,
    ) -> Result<OutboundRequest, SendError> {
        let text = PLATFORM.text(to, content)?;
        Ok(self.dm_request(to, text, None))
    }

    /// Success (201): `{"data": {"dm_conversation_id", "dm_event_id"}}`. Errors carry
    /// `errors[].code`, or only an HTTP status (a problem document).
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure> {
        let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        if (200..300).contains(&status) {
            let id = json
                .as_ref()
                .and_then(|json| json["data"]["dm_event_id"].as_str())
                .map(|id| ProviderMessageId(id.to_string()));
            return Ok(SendReceipt {
                provider_message_id: id,
            });
        }
        Err(failure(status, json.as_ref()))
    }
}

/// An X error answer: `errors[].code` when there is one, else the HTTP status of a
/// problem document (`detail`), as the DM send and the media upload both answer.
pub fn failure(status: u16, json: Option<&serde_json::Value>) -> ProviderFailure {
    let error = json.map(|json| &json["errors"][0]);
    let code = error
        .and_then(|error| error["code"].as_u64())
        .map(|code| code.to_string())
        // An X 403 is a recipient who won't take the DM, not a bad credential.
        .or_else(|| matches!(status, 401 | 403 | 429).then(|| status.to_string()));
    match code {
        Some(code) => ProviderFailure {
            reason: failure_reason(&code),
            message: error
                .and_then(|error| error["message"].as_str())
                .or_else(|| json.and_then(|json| json["detail"].as_str()))
                .map(str::to_string),
            code,
        },
        None => http_failure(status),
    }
}

impl X {
    /// The v2 one-to-one DM send, `POST /2/dm_conversations/with/{id}/messages`, with
    /// `text` (left out when empty) and at most one uploaded `media_id` (X takes one
    /// attachment a message).
    pub fn dm_request(
        &self,
        to: &PatientAddress,
        text: &str,
        media_id: Option<&str>,
    ) -> OutboundRequest {
        let mut body = json!({});
        if !text.is_empty() {
            body["text"] = json!(text);
        }
        if let Some(media_id) = media_id {
            body["attachments"] = json!([{ "media_id": media_id }]);
        }
        OutboundRequest {
            method: HttpMethod::Post,
            url: join_url(
                &self.api_base,
                &format!("2/dm_conversations/with/{}/messages", to.as_str()),
            ),
            headers: vec![
                (
                    "Authorization".to_string(),
                    format!("Bearer {}", self.user_access_token.expose()),
                ),
                ("Content-Type".to_string(), "application/json".to_string()),
            ],
            body: body.to_string(),
        }
    }
}

#[cfg(test)]
mod tests;
