//! Tests for the WhatsApp Cloud API adapter, from Meta's documented payloads.

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
