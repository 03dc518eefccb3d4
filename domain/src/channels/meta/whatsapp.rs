//! WhatsApp through Meta's WhatsApp Cloud API: the `messages` webhook (patients' messages
//! and the statuses of ours), the `/{phone_number_id}/messages` send call for text and
//! approved templates, the 24-hour customer-service window.
//!
//! Docs: <https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages>,
//! <https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages>,
//! <https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes>.

use serde::Deserialize;
use serde_json::json;

use super::{common_failure_reason, read_graph_response, seconds_to_ms, GraphApi, MetaApp};
use crate::channel_media::{InboundMedia, MediaSource};
use crate::channels::{
    json_error, Channel, ChannelAdapter, DeliveryState, FailureReason, HandshakeReply,
    InboundEvent, InboundMessage, OutboundContent, OutboundRequest, ParseError, PatientAddress,
    Platform, ProviderFailure, ProviderMessageId, SendError, SendReceipt, ServiceWindow,
    StatusTarget, StatusUpdate, TemplateMessage, TextLimit, VerifyError, WebhookRequest,
    WhatsappId,
};

/// A text message's body may be up to 4,096 characters.
pub const MAX_TEXT_CHARS: usize = 4_096;

/// One clinic's WhatsApp business phone number.
#[derive(Debug, Clone)]
pub struct WhatsApp {
    pub app: MetaApp,
    pub graph: GraphApi,
    /// The business phone number's id, in the send path and in webhooks' metadata.
    pub phone_number_id: String,
}

#[derive(Deserialize)]
struct Webhook {
    object: String,
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    #[serde(default)]
    changes: Vec<Change>,
}

#[derive(Deserialize)]
struct Change {
    value: Value,
}

#[derive(Deserialize)]
struct Value {
    metadata: Option<Metadata>,
    #[serde(default)]
    messages: Vec<Message>,
    #[serde(default)]
    statuses: Vec<Status>,
}

#[derive(Deserialize)]
struct Metadata {
    phone_number_id: String,
}

#[derive(Deserialize)]
struct Message {
    from: String,
    id: String,
    timestamp: Option<String>,
    #[serde(rename = "type")]
    kind: String,
    text: Option<Text>,
    #[serde(
        alias = "video",
        alias = "document",
        alias = "audio",
        alias = "sticker"
    )]
    image: Option<Media>,
    button: Option<Button>,
    interactive: Option<Interactive>,
}

#[derive(Deserialize)]
struct Text {
    body: String,
}

#[derive(Deserialize)]
struct Media {
    caption: Option<String>,
    /// The media id `GET /{media-id}` looks up.
    id: Option<String>,
    mime_type: Option<String>,
}

#[derive(Deserialize)]
struct Button {
    text: String,
}

#[derive(Deserialize)]
struct Interactive {
    button_reply: Option<Reply>,
    list_reply: Option<Reply>,
}

#[derive(Deserialize)]
struct Reply {
    title: String,
}

#[derive(Deserialize)]
struct Status {
    id: String,
    status: String,
    timestamp: Option<String>,
    #[serde(default)]
    errors: Vec<StatusError>,
}

#[derive(Deserialize)]
struct StatusError {
    code: i64,
    title: Option<String>,
    message: Option<String>,
}

/// Reads a `whatsapp_business_account` webhook body: every patient message and every status
/// in it, in order. Reactions and statuses that aren't delivery states are left out.
pub fn parse_webhook(body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
    let webhook: Webhook = serde_json::from_slice(body).map_err(|error| json_error(&error))?;
    if webhook.object != "whatsapp_business_account" {
        return Err(ParseError::InvalidValue { field: "object" });
    }
    let mut events = Vec::new();
    for value in webhook
        .entry
        .into_iter()
        .flat_map(|entry| entry.changes)
        .map(|change| change.value)
    {
        let clinic_account = value.metadata.map(|metadata| metadata.phone_number_id);
        for message in value.messages {
            let clinic_account = clinic_account
                .clone()
                .ok_or(ParseError::MissingField("metadata"))?;
            if let Some(message) = read_message(message, clinic_account)? {
                events.push(InboundEvent::Message(message));
            }
        }
        for status in value.statuses {
            events.extend(read_status(status)?.map(InboundEvent::Status));
        }
    }
    Ok(events)
}

fn timestamp_ms(timestamp: Option<&str>) -> Result<Option<i64>, ParseError> {
    timestamp
        .map(|seconds| {
            seconds_to_ms(seconds).ok_or(ParseError::InvalidValue { field: "timestamp" })
        })
        .transpose()
}

fn read_message(
    message: Message,
    clinic_account: String,
) -> Result<Option<InboundMessage>, ParseError> {
    let from = WhatsappId::parse(&message.from).map_err(|error| ParseError::InvalidAddress {
        field: "from",
        error,
    })?;
    let (text, media) = match message.kind.as_str() {
        // A reaction is an emoji on an earlier message, not a new message.
        "reaction" => return Ok(None),
        "text" => (message.text.map(|text| text.body), Vec::new()),
        "image" | "video" | "document" | "audio" | "sticker" => match message.image {
            Some(media) => {
                let item = InboundMedia {
                    source: media
                        .id
                        .map_or(MediaSource::NotFetched, MediaSource::WhatsappMedia),
                    declared_type: media.mime_type,
                };
                (media.caption, vec![item])
            }
            None => (None, InboundMedia::not_fetched(1)),
        },
        "button" => (message.button.map(|button| button.text), Vec::new()),
        "interactive" => (
            message
                .interactive
                .and_then(|interactive| interactive.button_reply.or(interactive.list_reply))
                .map(|reply| reply.title),
            Vec::new(),
        ),
        // Locations, contacts, orders, unsupported types: shown as an empty message, so
        // staff know the patient wrote and can ask.
        _ => (None, Vec::new()),
    };
    Ok(Some(InboundMessage {
        provider_message_id: ProviderMessageId(message.id),
        from: PatientAddress::Whatsapp(from),
        clinic_account,
        text: text.unwrap_or_default(),
        media,
        sent_at_ms: timestamp_ms(message.timestamp.as_deref())?,
    }))
}

fn read_status(status: Status) -> Result<Option<StatusUpdate>, ParseError> {
    let state = match status.status.as_str() {
        "sent" => DeliveryState::Sent,
        "delivered" => DeliveryState::Delivered,
        "read" => DeliveryState::Read,
        "failed" => DeliveryState::Failed,
        // `deleted`, `warning`, `played`: not a delivery state.
        _ => return Ok(None),
    };
    let failure = status.errors.into_iter().next().map(|error| {
        let code = error.code.to_string();
        ProviderFailure {
            reason: failure_reason(&code),
            message: error.message.or(error.title),
            code,
        }
    });
    Ok(Some(StatusUpdate {
        target: StatusTarget::Message(ProviderMessageId(status.id)),
        state,
        failure,
        at_ms: timestamp_ms(status.timestamp.as_deref())?,
    }))
}

/// What a WhatsApp Cloud API error code means.
pub fn failure_reason(code: &str) -> FailureReason {
    match code {
        // Re-engagement message: over 24 hours since the patient last wrote.
        "131047" | "470" => FailureReason::OutsideWindow,
        // The user stopped marketing messages.
        "131050" => FailureReason::OptedOut,
        // Message undeliverable; ecosystem engagement limit.
        "131026" | "131049" => FailureReason::Undeliverable,
        // Recipient not in the test number's allowed list.
        "131030" => FailureReason::InvalidRecipient,
        // Spam rate limit, pair rate limit, throughput limit.
        "131048" | "131056" | "130429" => FailureReason::RateLimited,
        // Access denied, account locked.
        "131005" | "131031" => FailureReason::Credentials,
        // Template parameter, missing or paused template, policy.
        "132000" | "132001" | "132005" | "132007" | "132015" | "132016" => {
            FailureReason::ContentRejected
        }
        _ => common_failure_reason(code),
    }
}

/// Whether a template names one the way Meta names them (lowercase letters, digits and
/// `_`, at most 512), in a language code like `en_US`, with at most 20 body parameters of
/// at most 1,024 characters each. Refused before storing rather than failed by Meta later.
pub fn check_template(template: &TemplateMessage) -> Result<(), &'static str> {
    let name_ok = !template.name.is_empty()
        && template.name.len() <= 512
        && template
            .name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !name_ok {
        return Err("A template name is lowercase letters, digits and _ (at most 512).");
    }
    let language = &template.language;
    let language_ok = (2..=15).contains(&language.len())
        && language
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '_' || c == '-');
    if !language_ok {
        return Err("A template language is a code such as en_US.");
    }
    if template.body_parameters.len() > 20
        || template
            .body_parameters
            .iter()
            .any(|p| p.trim().is_empty() || p.chars().count() > 1_024)
    {
        return Err("A template takes at most 20 non-empty parameters of 1,024 characters.");
    }
    Ok(())
}

/// WhatsApp: 4,096 characters, the 24-hour window, templates at any time.
pub const PLATFORM: Platform = Platform {
    channel: Channel::Whatsapp,
    text_limit: TextLimit::Chars(MAX_TEXT_CHARS),
    service_window: Some(ServiceWindow::WHATSAPP),
    templates: true,
};

impl ChannelAdapter for WhatsApp {
    fn platform(&self) -> Platform {
        PLATFORM
    }

    fn handshake(&self, request: &WebhookRequest<'_>) -> Result<HandshakeReply, VerifyError> {
        self.app.handshake(request)
    }

    fn verify(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
        self.app.verify(request)
    }

    fn parse(&self, body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
        parse_webhook(body)
    }

    fn send_request(
        &self,
        to: &PatientAddress,
        content: &OutboundContent,
    ) -> Result<OutboundRequest, SendError> {
        PLATFORM.check(to, content)?;
        let body = match content {
            OutboundContent::Text(text) => json!({
                "messaging_product": "whatsapp",
                "recipient_type": "individual",
                "to": to.as_str(),
                "type": "text",
                "text": { "preview_url": false, "body": text },
            }),
            OutboundContent::Template(template) => {
                let mut body = json!({
                    "messaging_product": "whatsapp",
                    "recipient_type": "individual",
                    "to": to.as_str(),
                    "type": "template",
                    "template": {
                        "name": template.name,
                        "language": { "code": template.language },
                    },
                });
                if !template.body_parameters.is_empty() {
                    let parameters: Vec<_> = template
                        .body_parameters
                        .iter()
                        .map(|text| json!({ "type": "text", "text": text }))
                        .collect();
                    body["template"]["components"] =
                        json!([{ "type": "body", "parameters": parameters }]);
                }
                body
            }
        };
        Ok(self
            .graph
            .post(&format!("{}/messages", self.phone_number_id), &body))
    }

    /// Success: `{"messaging_product": "whatsapp", "contacts": [...], "messages": [{"id": "wamid..."}]}`.
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure> {
        read_graph_response(
            status,
            body,
            |json| json["messages"][0]["id"].as_str().map(str::to_string),
            failure_reason,
        )
    }
}

#[cfg(test)]
mod tests;
