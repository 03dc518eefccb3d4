//! Long on purpose: the Cloud API adapter (parse, sign, build, statuses, media) is one provider; over half is tests from its documented examples.
//!
//! Over 600 lines with its tests (the code is under 330): Meta's documented payloads are
//! inlined next to what they check.
//!
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
mod tests {
    use super::*;

    #[test]
    fn templates_are_checked_before_they_are_stored() {
        let good = TemplateMessage {
            name: "appointment_follow_up".into(),
            language: "en_US".into(),
            body_parameters: vec!["Lakeside".into()],
        };
        assert_eq!(check_template(&good), Ok(()));
        let broken = [
            TemplateMessage {
                name: "Hello World".into(),
                ..good.clone()
            },
            TemplateMessage {
                name: String::new(),
                ..good.clone()
            },
            TemplateMessage {
                language: "e".into(),
                ..good.clone()
            },
            TemplateMessage {
                language: "en US".into(),
                ..good.clone()
            },
            TemplateMessage {
                body_parameters: vec![" ".into()],
                ..good.clone()
            },
            TemplateMessage {
                body_parameters: vec!["x".repeat(1_025)],
                ..good.clone()
            },
            TemplateMessage {
                body_parameters: vec!["x".into(); 21],
                ..good.clone()
            },
        ];
        for template in broken {
            assert!(check_template(&template).is_err(), "{template:?}");
        }
    }
    use crate::channels::{HttpMethod, Secret, TemplateMessage};

    fn adapter() -> WhatsApp {
        WhatsApp {
            app: MetaApp {
                app_secret: Secret::new("dev-meta-app-secret"),
                verify_token: Secret::new("dev-meta-verify-token"),
            },
            graph: GraphApi {
                base: "http://127.0.0.1:8790".into(),
                version: "v21.0".into(),
                access_token: Secret::new("dev-whatsapp-token"),
            },
            phone_number_id: "100200300".into(),
        }
    }

    // The text message example of Meta's messages webhook reference:
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
    const DOC_TEXT_MESSAGE: &str = r#"{
      "object": "whatsapp_business_account",
      "entry": [
        {
          "id": "102290129340398",
          "changes": [
            {
              "value": {
                "messaging_product": "whatsapp",
                "metadata": {
                  "display_phone_number": "15550783881",
                  "phone_number_id": "106540352242922"
                },
                "contacts": [
                  {
                    "profile": {
                      "name": "Sheena Nelson"
                    },
                    "wa_id": "16505551234"
                  }
                ],
                "messages": [
                  {
                    "from": "16505551234",
                    "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                    "timestamp": "1749416383",
                    "type": "text",
                    "text": {
                      "body": "Does it come in another color?"
                    }
                  }
                ]
              },
              "field": "messages"
            }
          ]
        }
      ]
    }"#;

    #[test]
    fn parses_the_documented_text_message() {
        assert_eq!(
            parse_webhook(DOC_TEXT_MESSAGE.as_bytes()).unwrap(),
            vec![InboundEvent::Message(InboundMessage {
                provider_message_id: ProviderMessageId(
                    "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=".into()
                ),
                from: PatientAddress::Whatsapp(WhatsappId::parse("16505551234").unwrap()),
                clinic_account: "106540352242922".into(),
                text: "Does it come in another color?".into(),
                media: Vec::new(),
                sent_at_ms: Some(1_749_416_383_000),
            })]
        );
    }

    #[test]
    fn damaged_bodies_never_panic() {
        crate::channels::parse_survives_damage(DOC_TEXT_MESSAGE.as_bytes(), parse_webhook);
    }

    fn value(inner: &str) -> String {
        format!(
            r#"{{"object":"whatsapp_business_account","entry":[{{"id":"1","changes":[{{"field":"messages","value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"15550100100","phone_number_id":"100200300"}},{inner}}}}}]}}]}}"#
        )
    }

    #[test]
    fn parses_statuses_with_their_errors() {
        // The failed-status shape of the status webhook reference, with error 131047.
        let body = value(
            r#""statuses":[
              {"id":"wamid.A","status":"sent","timestamp":"1749416400","recipient_id":"16505551234"},
              {"id":"wamid.A","status":"delivered","timestamp":"1749416401","recipient_id":"16505551234"},
              {"id":"wamid.A","status":"read","timestamp":"1749416402","recipient_id":"16505551234"},
              {"id":"wamid.B","status":"failed","timestamp":"1749416403","recipient_id":"16505551234",
               "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",
                 "error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
                 "href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]},
              {"id":"wamid.C","status":"deleted","timestamp":"1749416404","recipient_id":"16505551234"}
            ]"#,
        );
        let events = parse_webhook(body.as_bytes()).unwrap();
        let updates: Vec<_> = events
            .iter()
            .map(|event| match event {
                InboundEvent::Status(update) => update,
                InboundEvent::Message(_) => panic!("a status webhook has no messages"),
            })
            .collect();
        let states: Vec<_> = updates.iter().map(|update| update.state).collect();
        assert_eq!(
            states,
            [
                DeliveryState::Sent,
                DeliveryState::Delivered,
                DeliveryState::Read,
                DeliveryState::Failed
            ]
        );
        assert_eq!(updates[0].at_ms, Some(1_749_416_400_000));
        assert_eq!(
            updates[3].target,
            StatusTarget::Message(ProviderMessageId("wamid.B".into()))
        );
        let failure = updates[3].failure.as_ref().unwrap();
        assert_eq!(
            (failure.code.as_str(), failure.reason),
            ("131047", FailureReason::OutsideWindow)
        );
        assert_eq!(failure.message.as_deref(), Some("Re-engagement message"));
        assert!(updates[..3].iter().all(|update| update.failure.is_none()));
    }

    #[test]
    fn reads_media_buttons_and_skips_reactions() {
        let body = value(
            r#""messages":[
              {"from":"16505551234","id":"wamid.1","timestamp":"1749416383","type":"image",
               "image":{"caption":"my rash","mime_type":"image/jpeg","sha256":"x","id":"m1"}},
              {"from":"16505551234","id":"wamid.2","timestamp":"1749416384","type":"reaction",
               "reaction":{"message_id":"wamid.0","emoji":"👍"}},
              {"from":"16505551234","id":"wamid.3","timestamp":"1749416385","type":"interactive",
               "interactive":{"type":"button_reply","button_reply":{"id":"b1","title":"Yes, book it"}}},
              {"from":"16505551234","id":"wamid.4","timestamp":"1749416386","type":"location",
               "location":{"latitude":1.0,"longitude":2.0}}
            ]"#,
        );
        let texts: Vec<_> = parse_webhook(body.as_bytes())
            .unwrap()
            .into_iter()
            .map(|event| match event {
                InboundEvent::Message(message) => {
                    (message.provider_message_id.0, message.text, message.media)
                }
                InboundEvent::Status(_) => panic!("no statuses here"),
            })
            .collect();
        assert_eq!(
            texts,
            [
                (
                    "wamid.1".to_string(),
                    "my rash".to_string(),
                    vec![InboundMedia {
                        source: MediaSource::WhatsappMedia("m1".into()),
                        declared_type: Some("image/jpeg".into()),
                    }]
                ),
                ("wamid.3".to_string(), "Yes, book it".to_string(), vec![]),
                ("wamid.4".to_string(), String::new(), vec![]),
            ]
        );
    }

    #[test]
    fn malformed_bodies_get_typed_errors() {
        let cases: Vec<(String, crate::channels::ExpectError)> = vec![
            ("not json".into(), |error| matches!(error, ParseError::Malformed { .. })),
            (r#"{"object":"page","entry":[]}"#.into(), |error| {
                *error == ParseError::InvalidValue { field: "object" }
            }),
            (
                value(r#""messages":[{"from":"+16505551234","id":"w","timestamp":"1","type":"text","text":{"body":"hi"}}]"#),
                |error| matches!(error, ParseError::InvalidAddress { field: "from", .. }),
            ),
            (
                value(r#""messages":[{"from":"16505551234","id":"w","timestamp":"soon","type":"text","text":{"body":"hi"}}]"#),
                |error| *error == ParseError::InvalidValue { field: "timestamp" },
            ),
            (
                r#"{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"from":"1","id":"w","type":"text"}]}}]}]}"#.into(),
                |error| *error == ParseError::MissingField("metadata"),
            ),
            (
                value(r#""messages":[{"from":"16505551234","timestamp":"1","type":"text","text":{"body":"secret words"}}]"#),
                |error| matches!(error, ParseError::Malformed { detail, .. } if !detail.contains("secret")),
            ),
        ];
        for (body, expected) in cases {
            let error = parse_webhook(body.as_bytes()).unwrap_err();
            assert!(expected(&error), "{body}: {error:?}");
        }
        // An empty webhook is valid and says nothing.
        assert_eq!(
            parse_webhook(value(r#""statuses":[]"#).as_bytes()),
            Ok(vec![])
        );
    }

    #[test]
    fn receive_refuses_a_wrong_signature_before_reading() {
        let headers = vec![(
            "X-Hub-Signature-256".to_string(),
            super::super::signature("dev-meta-app-secret", DOC_TEXT_MESSAGE.as_bytes()),
        )];
        let request = |headers, body| WebhookRequest {
            method: HttpMethod::Post,
            url: "http://127.0.0.1:8787/v1/channels/demo/whatsapp",
            headers,
            body,
        };
        assert_eq!(
            adapter()
                .receive(&request(&headers, DOC_TEXT_MESSAGE.as_bytes()))
                .unwrap()
                .len(),
            1
        );
        assert!(matches!(
            adapter().receive(&request(&headers, b"not json")),
            Err(crate::channels::WebhookError::Verify(
                VerifyError::SignatureMismatch
            ))
        ));
    }

    fn patient() -> PatientAddress {
        PatientAddress::Whatsapp(WhatsappId::parse("16505551234").unwrap())
    }

    #[test]
    fn builds_the_text_send_request() {
        let request = adapter()
            .send_request(&patient(), &OutboundContent::Text("Call 911 now".into()))
            .unwrap();
        assert_eq!(request.method, HttpMethod::Post);
        assert_eq!(
            request.url,
            "http://127.0.0.1:8790/v21.0/100200300/messages"
        );
        assert_eq!(
            request.header("Authorization"),
            Some("Bearer dev-whatsapp-token")
        );
        assert_eq!(request.header("Content-Type"), Some("application/json"));
        let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
        assert_eq!(
            body,
            json!({
                "messaging_product": "whatsapp",
                "recipient_type": "individual",
                "to": "16505551234",
                "type": "text",
                "text": { "preview_url": false, "body": "Call 911 now" }
            })
        );
    }

    #[test]
    fn builds_the_template_send_request() {
        let template = |body_parameters: Vec<String>| {
            OutboundContent::Template(TemplateMessage {
                name: "reply_waiting".into(),
                language: "en_US".into(),
                body_parameters,
            })
        };
        let request = adapter()
            .send_request(&patient(), &template(vec!["Lakeside Family Clinic".into()]))
            .unwrap();
        let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
        assert_eq!(
            body["template"],
            json!({
                "name": "reply_waiting",
                "language": { "code": "en_US" },
                "components": [
                    { "type": "body", "parameters": [ { "type": "text", "text": "Lakeside Family Clinic" } ] }
                ]
            })
        );
        assert_eq!(body["type"], "template");
        let bare = adapter()
            .send_request(&patient(), &template(vec![]))
            .unwrap();
        let bare: serde_json::Value = serde_json::from_str(&bare.body).unwrap();
        assert!(bare["template"].get("components").is_none());
    }

    #[test]
    fn refuses_long_text_and_other_channels() {
        let whatsapp = adapter();
        let long = OutboundContent::Text("a".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(
            whatsapp.send_request(&patient(), &long).unwrap_err().code(),
            "text_too_long"
        );
        let fits = OutboundContent::Text("é".repeat(MAX_TEXT_CHARS));
        assert!(whatsapp.send_request(&patient(), &fits).is_ok());
        let sms = PatientAddress::Sms(crate::channels::PhoneNumber::parse("+16505551234").unwrap());
        assert_eq!(
            whatsapp.send_request(&sms, &fits).unwrap_err().code(),
            "wrong_channel"
        );
        assert_eq!(
            whatsapp.platform().service_window,
            Some(ServiceWindow::WHATSAPP)
        );
    }

    #[test]
    fn reads_send_responses() {
        let whatsapp = adapter();
        let ok = br#"{"messaging_product":"whatsapp","contacts":[{"input":"16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgL"}]}"#;
        assert_eq!(
            whatsapp
                .read_send_response(200, ok)
                .unwrap()
                .provider_message_id,
            Some(ProviderMessageId("wamid.HBgL".into()))
        );
        let window = br#"{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}"#;
        let failure = whatsapp.read_send_response(400, window).unwrap_err();
        assert_eq!(
            (failure.code.as_str(), failure.reason),
            ("131047", FailureReason::OutsideWindow)
        );
        let expired = br#"{"error":{"message":"Error validating access token","type":"OAuthException","code":190,"fbtrace_id":"x"}}"#;
        assert_eq!(
            whatsapp
                .read_send_response(401, expired)
                .unwrap_err()
                .reason,
            FailureReason::Credentials
        );
        assert_eq!(failure_reason("131026"), FailureReason::Undeliverable);
        assert_eq!(failure_reason("131050"), FailureReason::OptedOut);
        assert_eq!(failure_reason("999999"), FailureReason::Other);
    }
}
