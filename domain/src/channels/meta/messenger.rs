//! Messenger through the Meta Messenger Platform: the `page` webhook's `messaging` events
//! (messages, delivery and read receipts by watermark), the Send API with
//! `messaging_type: RESPONSE`, the 24-hour standard messaging window.
//!
//! Docs: <https://developers.facebook.com/docs/messenger-platform/webhooks>,
//! <https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages>,
//! <https://developers.facebook.com/docs/messenger-platform/reference/send-api/>,
//! <https://developers.facebook.com/docs/messenger-platform/error-codes>.

use serde::Deserialize;
use serde_json::json;

use super::{common_failure_reason, read_graph_response, GraphApi, MetaApp};
use crate::channel_media::{InboundMedia, MediaSource};
use crate::channels::{
    json_error, Channel, ChannelAdapter, DeliveryState, FailureReason, HandshakeReply,
    InboundEvent, InboundMessage, OutboundContent, OutboundRequest, PageScopedId, ParseError,
    PatientAddress, Platform, ProviderFailure, ProviderMessageId, SendError, SendReceipt,
    ServiceWindow, StatusTarget, StatusUpdate, TextLimit, VerifyError, WebhookRequest,
};

/// A Send API text may be up to 2,000 characters.
pub const MAX_TEXT_CHARS: usize = 2_000;

/// One clinic's Facebook page.
#[derive(Debug, Clone)]
pub struct Messenger {
    pub app: MetaApp,
    /// With the page access token.
    pub graph: GraphApi,
    /// The page's id, the recipient of patients' messages.
    pub page_id: String,
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
    messaging: Vec<Event>,
}

#[derive(Deserialize)]
struct Event {
    sender: Party,
    recipient: Party,
    timestamp: Option<i64>,
    message: Option<Message>,
    delivery: Option<Delivered>,
    read: Option<Watermark>,
}

#[derive(Deserialize)]
struct Party {
    id: String,
}

#[derive(Deserialize)]
struct Message {
    mid: String,
    text: Option<String>,
    #[serde(default)]
    attachments: Vec<serde_json::Value>,
    #[serde(default)]
    is_echo: bool,
}

/// One of `attachments`, `{type: image|video|audio|file|fallback|…, payload: {url, …}}`:
/// a file with its CDN URL is fetched (the stored type comes from its bytes); a link
/// preview (`fallback`), a location or a template is counted only. Read from the JSON
/// value, not a derived struct: each derive costs the edge's wasm.
fn attachment_media(attachment: &serde_json::Value) -> InboundMedia {
    let file = matches!(
        attachment["type"].as_str(),
        Some("image" | "video" | "audio" | "file")
    );
    let url = attachment["payload"]["url"].as_str().filter(|_| file);
    InboundMedia {
        source: url.map_or(MediaSource::NotFetched, |url| {
            MediaSource::ProviderUrl(url.to_owned())
        }),
        declared_type: None,
    }
}

#[derive(Deserialize)]
struct Watermark {
    watermark: i64,
}

/// `message_deliveries`: the watermark is always there; `mids` name the messages one by
/// one, but older Messenger clients leave them out.
#[derive(Deserialize)]
struct Delivered {
    #[serde(default)]
    mids: Vec<String>,
    watermark: i64,
}

fn sender(event: &Event) -> Result<PatientAddress, ParseError> {
    PageScopedId::parse(&event.sender.id)
        .map(PatientAddress::Messenger)
        .map_err(|error| ParseError::InvalidAddress {
            field: "sender.id",
            error,
        })
}

/// Reads a `page` webhook body: patients' messages, and delivery and read receipts for
/// everything sent to them up to a watermark (`channels::receipts` says which messages
/// that is), a delivery also naming its messages by id when it lists `mids`. Echoes of the page's own messages and other
/// events (postbacks, reactions) are left out.
pub fn parse_webhook(body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
    let webhook: Webhook = serde_json::from_slice(body).map_err(|error| json_error(&error))?;
    if webhook.object != "page" {
        return Err(ParseError::InvalidValue { field: "object" });
    }
    let mut events = Vec::new();
    for event in webhook.entry.into_iter().flat_map(|entry| entry.messaging) {
        let receipt = |state, watermark_ms| -> Result<InboundEvent, ParseError> {
            Ok(InboundEvent::Status(StatusUpdate {
                target: StatusTarget::UpTo {
                    recipient: sender(&event)?,
                    watermark_ms,
                },
                state,
                failure: None,
                at_ms: event.timestamp,
            }))
        };
        if let Some(delivery) = &event.delivery {
            events.push(receipt(DeliveryState::Delivered, delivery.watermark)?);
            events.extend(delivery.mids.iter().map(|mid| {
                InboundEvent::Status(StatusUpdate {
                    target: StatusTarget::Message(ProviderMessageId(mid.clone())),
                    state: DeliveryState::Delivered,
                    failure: None,
                    at_ms: event.timestamp,
                })
            }));
        } else if let Some(read) = &event.read {
            events.push(receipt(DeliveryState::Read, read.watermark)?);
        } else if let Some(message) = &event.message {
            if message.is_echo {
                continue;
            }
            let from = sender(&event)?;
            let Some(message) = event.message else {
                continue;
            };
            events.push(InboundEvent::Message(InboundMessage {
                provider_message_id: ProviderMessageId(message.mid),
                from,
                clinic_account: event.recipient.id.clone(),
                text: message.text.unwrap_or_default(),
                media: message.attachments.iter().map(attachment_media).collect(),
                sent_at_ms: event.timestamp,
            }));
        }
    }
    Ok(events)
}

/// What a Messenger Send API error (`code` or `code:subcode`) means.
pub fn failure_reason(code: &str) -> FailureReason {
    match code {
        // "This message is sent outside of allowed window."
        "10:2018278" => FailureReason::OutsideWindow,
        // No matching user.
        "100:2018001" => FailureReason::Undeliverable,
        // Message text too long.
        "100:2018047" => FailureReason::TooLong,
        // "This person isn't available right now", whatever the subcode.
        _ if code.split(':').next() == Some("551") => FailureReason::Undeliverable,
        _ => common_failure_reason(code),
    }
}

/// Messenger: 2,000 characters, the 24-hour window, no templates.
pub const PLATFORM: Platform = Platform {
    channel: Channel::Messenger,
    text_limit: TextLimit::Chars(MAX_TEXT_CHARS),
    service_window: Some(ServiceWindow::MESSENGER),
    templates: false,
};

impl ChannelAdapter for Messenger {
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
        let text = PLATFORM.text(to, content)?;
        let body = json!({
            "recipient": { "id": to.as_str() },
            "messaging_type": "RESPONSE",
            "message": { "text": text },
        });
        Ok(self.graph.post("me/messages", &body))
    }

    /// Success: `{"recipient_id": "...", "message_id": "m_..."}`.
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure> {
        read_graph_response(
            status,
            body,
            |json| json["message_id"].as_str().map(str::to_string),
            failure_reason,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::{HttpMethod, Secret, TemplateMessage};

    fn adapter() -> Messenger {
        Messenger {
            app: MetaApp {
                app_secret: Secret::new("dev-meta-app-secret"),
                verify_token: Secret::new("dev-meta-verify-token"),
            },
            graph: GraphApi {
                base: "http://127.0.0.1:8790/".into(),
                version: "v21.0".into(),
                access_token: Secret::new("dev-page-token"),
            },
            page_id: "400500600".into(),
        }
    }

    fn psid(id: &str) -> PatientAddress {
        PatientAddress::Messenger(PageScopedId::parse(id).unwrap())
    }

    // The `messages` event example of
    // https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
    // inside the documented `page` envelope.
    const DOC_MESSAGE: &str = r#"{
      "object": "page",
      "entry": [
        {
          "id": "400500600",
          "time": 1458692752478,
          "messaging": [
            {
              "sender": { "id": "1254459154682919" },
              "recipient": { "id": "400500600" },
              "timestamp": 1458692752478,
              "message": {
                "mid": "m_1457764197618:41d102a3e1ae206a38",
                "text": "hello, world!",
                "quick_reply": { "payload": "DEVELOPER_DEFINED_PAYLOAD" }
              }
            }
          ]
        }
      ]
    }"#;

    #[test]
    fn parses_the_documented_message() {
        assert_eq!(
            parse_webhook(DOC_MESSAGE.as_bytes()).unwrap(),
            vec![InboundEvent::Message(InboundMessage {
                provider_message_id: ProviderMessageId("m_1457764197618:41d102a3e1ae206a38".into()),
                from: psid("1254459154682919"),
                clinic_account: "400500600".into(),
                text: "hello, world!".into(),
                media: Vec::new(),
                sent_at_ms: Some(1_458_692_752_478),
            })]
        );
    }

    #[test]
    fn damaged_bodies_never_panic() {
        crate::channels::parse_survives_damage(DOC_MESSAGE.as_bytes(), parse_webhook);
    }

    #[test]
    fn parses_delivery_and_read_watermarks_and_skips_echoes() {
        // message_deliveries, message_reads and message_echoes as documented under
        // https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/
        let body = r#"{"object":"page","entry":[{"id":"400500600","time":1458668856463,"messaging":[
          {"sender":{"id":"1254459154682919"},"recipient":{"id":"400500600"},
           "delivery":{"mids":["mid.1458668856218:ed81099e15d3f4f233"],"watermark":1458668856253}},
          {"sender":{"id":"1254459154682919"},"recipient":{"id":"400500600"},"timestamp":1458668856463,
           "read":{"watermark":1458668856253}},
          {"sender":{"id":"400500600"},"recipient":{"id":"1254459154682919"},"timestamp":1457764197627,
           "message":{"is_echo":true,"app_id":1517776481860111,"mid":"mid.1457764197618:41d102a3e1ae206a38","text":"Your appointment is at 10"}},
          {"sender":{"id":"1254459154682919"},"recipient":{"id":"400500600"},"timestamp":1458668856500,
           "message":{"mid":"m_2","attachments":[{"type":"image","payload":{"url":"https://x"}}]}}
        ]}]}"#;
        let events = parse_webhook(body.as_bytes()).unwrap();
        assert_eq!(events.len(), 4);
        assert_eq!(
            events[0],
            InboundEvent::Status(StatusUpdate {
                target: StatusTarget::UpTo {
                    recipient: psid("1254459154682919"),
                    watermark_ms: 1_458_668_856_253
                },
                state: DeliveryState::Delivered,
                failure: None,
                at_ms: None,
            })
        );
        // The delivery's `mids` name its message too.
        assert_eq!(
            events[1],
            InboundEvent::Status(StatusUpdate {
                target: StatusTarget::Message(ProviderMessageId(
                    "mid.1458668856218:ed81099e15d3f4f233".into()
                )),
                state: DeliveryState::Delivered,
                failure: None,
                at_ms: None,
            })
        );
        let InboundEvent::Status(read) = &events[2] else {
            panic!("{:?}", events[2])
        };
        assert_eq!(read.state, DeliveryState::Read);
        let InboundEvent::Message(image) = &events[3] else {
            panic!("{:?}", events[3])
        };
        assert_eq!((image.text.as_str(), image.media.len()), ("", 1));
    }

    #[test]
    fn attachments_with_a_url_are_fetched_and_the_others_counted() {
        // The messages webhook's documented attachment shapes: a file with its CDN URL, a
        // link shared as `fallback` (counted, never fetched), one without a payload.
        let body = r#"{"object":"page","entry":[{"id":"400500600","time":1458692752478,"messaging":[
          {"sender":{"id":"1254459154682919"},"recipient":{"id":"400500600"},"timestamp":1458692752478,
           "message":{"mid":"m_3","attachments":[
             {"type":"image","payload":{"url":"https://scontent.xx.fbcdn.net/v/t1.15752-9/1_n.jpg?oh=1"}},
             {"type":"file","payload":{"url":"https://cdn.fbsbx.com/v/t59.2708-21/aftercare.pdf"}},
             {"type":"fallback","payload":{"url":"https://example.com/page","title":"A page"}},
             {"type":"image"}
           ]}}
        ]}]}"#;
        let events = parse_webhook(body.as_bytes()).unwrap();
        let InboundEvent::Message(message) = &events[0] else {
            panic!("{events:?}")
        };
        let sources: Vec<_> = message.media.iter().map(|m| m.source.clone()).collect();
        assert_eq!(
            sources,
            vec![
                MediaSource::ProviderUrl(
                    "https://scontent.xx.fbcdn.net/v/t1.15752-9/1_n.jpg?oh=1".into()
                ),
                MediaSource::ProviderUrl(
                    "https://cdn.fbsbx.com/v/t59.2708-21/aftercare.pdf".into()
                ),
                MediaSource::NotFetched,
                MediaSource::NotFetched,
            ]
        );
    }

    #[test]
    fn malformed_bodies_get_typed_errors() {
        let cases: [(&str, crate::channels::ExpectError); 4] = [
            ("{", |error| matches!(error, ParseError::Malformed { .. })),
            (r#"{"object":"instagram","entry":[]}"#, |error| {
                *error == ParseError::InvalidValue { field: "object" }
            }),
            (
                r#"{"object":"page","entry":[{"messaging":[{"sender":{"id":"abc"},"recipient":{"id":"1"},"message":{"mid":"m","text":"hi"}}]}]}"#,
                |error| {
                    matches!(
                        error,
                        ParseError::InvalidAddress {
                            field: "sender.id",
                            ..
                        }
                    )
                },
            ),
            (
                r#"{"object":"page","entry":[{"messaging":[{"recipient":{"id":"1"},"message":{"mid":"m"}}]}]}"#,
                |error| matches!(error, ParseError::Malformed { .. }),
            ),
        ];
        for (body, expected) in cases {
            let error = parse_webhook(body.as_bytes()).unwrap_err();
            assert!(expected(&error), "{body}: {error:?}");
        }
    }

    #[test]
    fn builds_the_send_api_request() {
        let request = adapter()
            .send_request(
                &psid("1254459154682919"),
                &OutboundContent::Text("See you at 10".into()),
            )
            .unwrap();
        assert_eq!(request.method, HttpMethod::Post);
        assert_eq!(request.url, "http://127.0.0.1:8790/v21.0/me/messages");
        assert_eq!(
            request.header("authorization"),
            Some("Bearer dev-page-token")
        );
        assert!(
            !request.url.contains("access_token"),
            "tokens stay out of URLs"
        );
        let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
        assert_eq!(
            body,
            json!({
                "recipient": { "id": "1254459154682919" },
                "messaging_type": "RESPONSE",
                "message": { "text": "See you at 10" }
            })
        );
    }

    #[test]
    fn refuses_templates_long_text_and_reads_responses() {
        let messenger = adapter();
        let to = psid("1254459154682919");
        let template = OutboundContent::Template(TemplateMessage {
            name: "t".into(),
            language: "en".into(),
            body_parameters: vec![],
        });
        assert_eq!(
            messenger.send_request(&to, &template),
            Err(SendError::TemplateNotSupported)
        );
        let long = OutboundContent::Text("a".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(
            messenger.send_request(&to, &long).unwrap_err().code(),
            "text_too_long"
        );
        assert_eq!(
            messenger.platform().service_window,
            Some(ServiceWindow::MESSENGER)
        );

        let ok = br#"{"recipient_id":"1254459154682919","message_id":"m_AG5Hz2U"}"#;
        assert_eq!(
            messenger
                .read_send_response(200, ok)
                .unwrap()
                .provider_message_id,
            Some(ProviderMessageId("m_AG5Hz2U".into()))
        );
        let window = br#"{"error":{"message":"(#10) This message is sent outside of allowed window.","type":"OAuthException","code":10,"error_subcode":2018278,"fbtrace_id":"DbM"}}"#;
        let failure = messenger.read_send_response(400, window).unwrap_err();
        assert_eq!(
            (failure.code.as_str(), failure.reason),
            ("10:2018278", FailureReason::OutsideWindow)
        );
        let gone = br#"{"error":{"message":"(#551) This person isn't available right now.","type":"OAuthException","code":551,"error_subcode":1545041,"fbtrace_id":"x"}}"#;
        assert_eq!(
            messenger.read_send_response(400, gone).unwrap_err().reason,
            FailureReason::Undeliverable
        );
        assert_eq!(failure_reason("551"), FailureReason::Undeliverable);
        assert_eq!(failure_reason("190"), FailureReason::Credentials);
    }
}
