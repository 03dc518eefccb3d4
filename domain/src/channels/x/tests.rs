//! Tests for the X direct-message adapter, from X's documented payloads.

use super::*;
use crate::channels::{ExpectError, WebhookError};

fn adapter() -> X {
    X {
        api_base: "http://127.0.0.1:8790".into(),
        consumer_secret: Secret::new("dev-x-consumer-secret"),
        account_id: XUserId::parse("700800900").unwrap(),
        user_access_token: Secret::new("dev-x-user-token"),
    }
}

fn request<'a>(
    method: HttpMethod,
    url: &'a str,
    headers: &'a [(String, String)],
    body: &'a [u8],
) -> WebhookRequest<'a> {
    WebhookRequest {
        method,
        url,
        headers,
        body,
    }
}

#[test]
fn crc_answers_with_the_keyed_hash_of_the_token() {
    let url = "http://127.0.0.1:8787/v1/channels/demo/x?crc_token=challenge-123";
    let reply = adapter()
        .handshake(&request(HttpMethod::Get, url, &[], b""))
        .unwrap();
    assert_eq!(reply.content_type, "application/json");
    // Computed independently: base64(HMAC-SHA256("dev-x-consumer-secret", "challenge-123")) in Python.
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&reply.body).unwrap(),
        json!({ "response_token": "sha256=mD5wIaCzWYH3cXb66127rUo8Tu/ddsu7gK4bpt537VE=" })
    );
    for url in [
        "http://127.0.0.1:8787/v1/channels/demo/x",
        "http://127.0.0.1:8787/v1/channels/demo/x?crc_token=",
    ] {
        assert_eq!(
            adapter().handshake(&request(HttpMethod::Get, url, &[], b"")),
            Err(VerifyError::MissingParameter("crc_token"))
        );
    }
    let other = X {
        consumer_secret: Secret::new("another-secret"),
        ..adapter()
    };
    assert_ne!(
        other
            .handshake(&request(HttpMethod::Get, url, &[], b""))
            .unwrap(),
        reply
    );
}

// A DM as the Account Activity API delivers it: the message create object of
// https://developer.x.com/en/docs/direct-messages/sending-and-receiving/guides/message-create-object
// inside the documented `for_user_id` / `direct_message_events` envelope.
const DOC_DM: &str = r#"{
      "for_user_id": "700800900",
      "direct_message_events": [
        {
          "type": "message_create",
          "id": "1234858592",
          "created_timestamp": "1392078023603",
          "message_create": {
            "target": { "recipient_id": "700800900" },
            "sender_id": "3805104374",
            "source_app_id": "268278",
            "message_data": {
              "text": "Blue Bird",
              "entities": { "hashtags": [], "symbols": [], "urls": [], "user_mentions": [] }
            }
          }
        },
        {
          "type": "message_create",
          "id": "1234858593",
          "created_timestamp": "1392078023700",
          "message_create": {
            "target": { "recipient_id": "3805104374" },
            "sender_id": "700800900",
            "message_data": { "text": "Our reply, echoed back" }
          }
        }
      ],
      "users": {}
    }"#;

#[test]
fn parses_patient_dms_and_leaves_out_the_clinics_own() {
    assert_eq!(
        parse_webhook(DOC_DM.as_bytes(), "700800900").unwrap(),
        vec![InboundEvent::Message(InboundMessage {
            provider_message_id: ProviderMessageId("1234858592".into()),
            from: PatientAddress::X(XUserId::parse("3805104374").unwrap()),
            clinic_account: "700800900".into(),
            text: "Blue Bird".into(),
            media: Vec::new(),
            sent_at_ms: Some(1_392_078_023_603),
        })]
    );
}

#[test]
fn a_photo_is_fetched_and_a_video_counted() {
    // The message create object's documented attachment: `type: media` and its media
    // entity (the same shape as a Tweet's).
    let dm = |kind: &str| {
        format!(
            r#"{{"for_user_id":"700800900","direct_message_events":[{{"type":"message_create",
                "id":"1","created_timestamp":"1392078023603","message_create":{{
                "target":{{"recipient_id":"700800900"}},"sender_id":"3805104374",
                "message_data":{{"text":"my wound https://t.co/abc","attachment":{{"type":"media",
                "media":{{"id":1034828533812486145,"id_str":"1034828533812486145","type":"{kind}",
                "media_url_https":"https://ton.twitter.com/1.1/ton/data/dm/1034828552951160836/1034828533812486145/oP5p359h.jpg",
                "url":"https://t.co/abc"}}}}}}}}}}]}}"#
        )
    };
    let media = |kind: &str| {
        let events = parse_webhook(dm(kind).as_bytes(), "700800900").unwrap();
        let [InboundEvent::Message(message)] = events.as_slice() else {
            panic!("{events:?}")
        };
        message
            .media
            .iter()
            .map(|m| m.source.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        media("photo"),
        vec![MediaSource::ProviderUrl(
            "https://ton.twitter.com/1.1/ton/data/dm/1034828552951160836/1034828533812486145/oP5p359h.jpg".into()
        )]
    );
    assert_eq!(media("video"), vec![MediaSource::NotFetched]);
}

#[test]
fn damaged_bodies_never_panic() {
    crate::channels::parse_survives_damage(DOC_DM.as_bytes(), |body| {
        parse_webhook(body, "700800900")
    });
}

#[test]
fn reads_receipts_and_ignores_other_activity() {
    let body = br#"{"for_user_id":"700800900","direct_message_mark_read_events":[
          {"created_timestamp":"1392078024000","sender_id":"3805104374","target":{"recipient_id":"700800900"},"last_read_event_id":"1234858593"},
          {"created_timestamp":"1392078024001","sender_id":"700800900","target":{"recipient_id":"3805104374"},"last_read_event_id":"1234858592"}
        ]}"#;
    assert_eq!(
        parse_webhook(body, "700800900").unwrap(),
        vec![InboundEvent::Status(StatusUpdate {
            target: StatusTarget::Message(ProviderMessageId("1234858593".into())),
            state: DeliveryState::Read,
            failure: None,
            at_ms: Some(1_392_078_024_000),
        })]
    );
    let likes = br#"{"for_user_id":"700800900","favorite_events":[{"id":"a"}]}"#;
    assert_eq!(parse_webhook(likes, "700800900"), Ok(vec![]));
}

#[test]
fn malformed_bodies_get_typed_errors() {
    let cases: [(&str, ExpectError); 4] = [
        ("[", |error| matches!(error, ParseError::Malformed { .. })),
        (
            r#"{"direct_message_events":[{"type":"message_create","id":"1","message_create":{"target":{"recipient_id":"7"},"sender_id":"@bob","message_data":{"text":"hi"}}}]}"#,
            |error| {
                matches!(
                    error,
                    ParseError::InvalidAddress {
                        field: "sender_id",
                        ..
                    }
                )
            },
        ),
        (
            r#"{"direct_message_events":[{"type":"message_create","id":"1","created_timestamp":"noon","message_create":{"target":{"recipient_id":"7"},"sender_id":"3","message_data":{"text":"hi"}}}]}"#,
            |error| {
                *error
                    == ParseError::InvalidValue {
                        field: "created_timestamp",
                    }
            },
        ),
        (
            r#"{"direct_message_events":[{"type":"message_create","message_create":{}}]}"#,
            |error| matches!(error, ParseError::Malformed { .. }),
        ),
    ];
    for (body, expected) in cases {
        let error = parse_webhook(body.as_bytes(), "700800900").unwrap_err();
        assert!(expected(&error), "{body}: {error:?}");
    }
}

#[test]
fn webhook_signature_is_base64_over_the_raw_body() {
    let url = "http://127.0.0.1:8787/v1/channels/demo/x";
    let good = vec![(
        "X-Twitter-Webhooks-Signature".to_string(),
        signature("dev-x-consumer-secret", DOC_DM.as_bytes()),
    )];
    assert_eq!(
        adapter()
            .receive(&request(HttpMethod::Post, url, &good, DOC_DM.as_bytes()))
            .unwrap()
            .len(),
        1
    );
    let header = |value: &str| vec![(SIGNATURE_HEADER.to_string(), value.to_string())];
    let cases = [
        (
            good.clone(),
            b"{}".as_slice(),
            VerifyError::SignatureMismatch,
        ),
        (
            header(&signature("another-secret", DOC_DM.as_bytes())),
            DOC_DM.as_bytes(),
            VerifyError::SignatureMismatch,
        ),
        (
            header("sha256=###"),
            DOC_DM.as_bytes(),
            VerifyError::MalformedSignature,
        ),
        (
            header("mD5wIaCzWYH3cXb66127rUo8Tu/ddsu7gK4bpt537VE="),
            DOC_DM.as_bytes(),
            VerifyError::MalformedSignature,
        ),
        (vec![], DOC_DM.as_bytes(), VerifyError::MissingSignature),
    ];
    for (headers, body, expected) in cases {
        assert_eq!(
            adapter().receive(&request(HttpMethod::Post, url, &headers, body)),
            Err(WebhookError::Verify(expected.clone())),
            "{expected:?}"
        );
    }
}

#[test]
fn builds_the_dm_send_request() {
    let to = PatientAddress::X(XUserId::parse("3805104374").unwrap());
    let request = adapter()
        .send_request(&to, &OutboundContent::Text("See you at 10".into()))
        .unwrap();
    assert_eq!(request.method, HttpMethod::Post);
    assert_eq!(
        request.url,
        "http://127.0.0.1:8790/2/dm_conversations/with/3805104374/messages"
    );
    assert_eq!(
        request.header("authorization"),
        Some("Bearer dev-x-user-token")
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&request.body).unwrap(),
        json!({ "text": "See you at 10" })
    );
    let long = OutboundContent::Text("a".repeat(MAX_TEXT_CHARS + 1));
    assert_eq!(
        adapter().send_request(&to, &long).unwrap_err().code(),
        "text_too_long"
    );
}

#[test]
fn reads_send_responses() {
    let x = adapter();
    let created = br#"{"data":{"dm_conversation_id":"3805104374-700800900","dm_event_id":"1582838223646842881"}}"#;
    assert_eq!(
        x.read_send_response(201, created)
            .unwrap()
            .provider_message_id,
        Some(ProviderMessageId("1582838223646842881".into()))
    );
    let refused =
        br#"{"errors":[{"code":349,"message":"You cannot send messages to this user."}]}"#;
    let failure = x.read_send_response(403, refused).unwrap_err();
    assert_eq!(
        (failure.code.as_str(), failure.reason),
        ("349", FailureReason::Undeliverable)
    );
    let problem =
        br#"{"title":"Forbidden","type":"about:blank","status":403,"detail":"Forbidden"}"#;
    assert_eq!(
        x.read_send_response(403, problem).unwrap_err().reason,
        FailureReason::Undeliverable
    );
    assert_eq!(
        x.read_send_response(429, b"").unwrap_err().reason,
        FailureReason::RateLimited
    );
    assert_eq!(
        x.read_send_response(401, b"").unwrap_err().reason,
        FailureReason::Credentials
    );
    assert_eq!(
        x.read_send_response(500, b"oops").unwrap_err().code,
        "http_500"
    );
}
