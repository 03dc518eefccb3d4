//! Tests for the Twilio SMS adapter, from Twilio's documented payloads and signature examples.

use super::*;

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn encode(pairs: &[(&str, &str)]) -> String {
    let mut body = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        body.append_pair(name, value);
    }
    body.finish()
}

fn adapter() -> Twilio {
    Twilio {
        api_base: "http://127.0.0.1:8790/".into(),
        account_sid: "AC0000000000000000000000000000001".into(),
        auth_token: Secret::new("dev-twilio-auth-token"),
        from: PhoneNumber::parse("+15550100100").unwrap(),
        status_callback: Some("http://127.0.0.1:8787/v1/channels/demo/twilio".into()),
    }
}

// Twilio's documented example, "Validating Signatures from Twilio":
// https://www.twilio.com/docs/usage/webhooks/webhooks-security
const DOC_URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
const DOC_PARAMS: [(&str, &str); 5] = [
    ("CallSid", "CA1234567890ABCDE"),
    ("Caller", "+12349013030"),
    ("Digits", "1234"),
    ("From", "+12349013030"),
    ("To", "+18005551212"),
];

#[test]
fn signature_matches_twilios_documented_example() {
    assert_eq!(
        signature("12345", DOC_URL, &owned(&DOC_PARAMS)),
        "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    );
    // Order of the parameters in the body doesn't matter: they are sorted.
    let mut reversed = owned(&DOC_PARAMS);
    reversed.reverse();
    assert_eq!(
        signature("12345", DOC_URL, &reversed),
        "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    );
}

type Headers<'a> = &'a [(String, String)];

fn request<'a>(
    url: &'a str,
    headers: &'a [(String, String)],
    body: &'a [u8],
) -> WebhookRequest<'a> {
    WebhookRequest {
        method: HttpMethod::Post,
        url,
        headers,
        body,
    }
}

#[test]
fn verify_accepts_the_documented_request_and_refuses_any_change() {
    let twilio = Twilio {
        auth_token: Secret::new("12345"),
        ..adapter()
    };
    let body = encode(&DOC_PARAMS);
    let signed = owned(&[("x-twilio-signature", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]);
    assert_eq!(
        twilio.verify(&request(DOC_URL, &signed, body.as_bytes())),
        Ok(())
    );

    let tampered = body.replace("1234&", "1235&");
    let other_url = "https://mycompany.com/myapp.php?foo=1&bar=3";
    let wrong = owned(&[(SIGNATURE_HEADER, "1/KCTR6DLpKmkAf8muzZqo1nDgQ=")]);
    let garbage = owned(&[(SIGNATURE_HEADER, "not base64!")]);
    let cases: [(&str, Headers, &[u8], VerifyError); 5] = [
        (
            DOC_URL,
            &signed,
            tampered.as_bytes(),
            VerifyError::SignatureMismatch,
        ),
        (
            other_url,
            &signed,
            body.as_bytes(),
            VerifyError::SignatureMismatch,
        ),
        (
            DOC_URL,
            &wrong,
            body.as_bytes(),
            VerifyError::SignatureMismatch,
        ),
        (
            DOC_URL,
            &garbage,
            body.as_bytes(),
            VerifyError::MalformedSignature,
        ),
        (DOC_URL, &[], body.as_bytes(), VerifyError::MissingSignature),
    ];
    for (url, headers, body, expected) in cases {
        assert_eq!(
            twilio.verify(&request(url, headers, body)),
            Err(expected.clone()),
            "{expected:?}"
        );
    }
    // Another clinic's token never verifies.
    assert_eq!(
        adapter().verify(&request(DOC_URL, &signed, body.as_bytes())),
        Err(VerifyError::SignatureMismatch)
    );
}

#[test]
fn verify_accepts_the_url_with_or_without_its_default_port() {
    let twilio = Twilio {
        auth_token: Secret::new("12345"),
        ..adapter()
    };
    let body = encode(&DOC_PARAMS);
    let params = owned(&DOC_PARAMS);
    let with_port = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
    let cases = [
        (with_port, DOC_URL, true),
        (DOC_URL, with_port, true),
        ("http://127.0.0.1/sms", "http://127.0.0.1:80/sms", true),
        (
            "http://127.0.0.1:8787/sms",
            "http://127.0.0.1:8787/sms",
            true,
        ),
        (
            "https://mycompany.com:8443/myapp.php",
            "https://mycompany.com/myapp.php",
            false,
        ),
        (
            "https://mycompany.com:443/myapp.php",
            "https://mycompany.com:8443/myapp.php",
            false,
        ),
    ];
    for (signed_url, request_url, valid) in cases {
        let headers = owned(&[(SIGNATURE_HEADER, &signature("12345", signed_url, &params))]);
        let verdict = twilio.verify(&request(request_url, &headers, body.as_bytes()));
        assert_eq!(
            verdict.is_ok(),
            valid,
            "signed {signed_url}, called {request_url}"
        );
    }
}

#[test]
fn receive_verifies_before_reading() {
    let twilio = adapter();
    let url = "http://127.0.0.1:8787/v1/channels/demo/twilio";
    let body = encode(&[
        ("MessageSid", "SM1"),
        ("From", "+15550100200"),
        ("To", "+15550100100"),
        ("Body", "hi"),
    ]);
    let headers = owned(&[(
        SIGNATURE_HEADER,
        &signature(
            "dev-twilio-auth-token",
            url,
            &form_params(body.as_bytes()).unwrap(),
        ),
    )]);
    assert_eq!(
        twilio
            .receive(&request(url, &headers, body.as_bytes()))
            .unwrap()
            .len(),
        1
    );
    // Unsigned garbage is refused as a signature failure, never parsed.
    assert_eq!(
        twilio.receive(&request(url, &[], b"\xff\xfe")),
        Err(super::super::WebhookError::Verify(
            VerifyError::MissingSignature
        ))
    );
}

#[test]
fn parses_an_incoming_message_with_twilios_parameters() {
    // The incoming-message parameters of
    // https://www.twilio.com/docs/messaging/guides/webhook-request
    let body = encode(&[
        ("ToCountry", "US"),
        ("ToState", "CA"),
        ("SmsMessageSid", "SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c"),
        ("NumMedia", "2"),
        ("MediaContentType0", "image/jpeg"),
        (
            "MediaUrl0",
            "https://api.twilio.com/2010-04-01/Accounts/AC0000000000000000000000000000001/Messages/SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c/Media/ME0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        ),
        ("MediaContentType1", "application/pdf"),
        ("ToCity", ""),
        ("FromZip", "03049"),
        ("SmsSid", "SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c"),
        ("FromState", "NH"),
        ("SmsStatus", "received"),
        ("FromCity", "NASHUA"),
        ("Body", "My chest hurts & I feel dizzy"),
        ("FromCountry", "US"),
        ("To", "+15550100100"),
        ("ToZip", ""),
        ("NumSegments", "1"),
        ("MessageSid", "SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c"),
        ("AccountSid", "AC0000000000000000000000000000001"),
        ("From", "+15550100200"),
        ("ApiVersion", "2010-04-01"),
    ]);
    let events = parse_webhook(body.as_bytes()).unwrap();
    assert_eq!(
        events,
        vec![InboundEvent::Message(InboundMessage {
            provider_message_id: ProviderMessageId("SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c".into()),
            from: PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap()),
            clinic_account: "+15550100100".into(),
            text: "My chest hurts & I feel dizzy".into(),
            media: vec![
                InboundMedia {
                    source: MediaSource::ProviderUrl("https://api.twilio.com/2010-04-01/Accounts/AC0000000000000000000000000000001/Messages/SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c/Media/ME0a1b2c3d4e5f60718293a4b5c6d7e8f9".into()),
                    declared_type: Some("image/jpeg".into()),
                },
                // Its MediaUrl1 is missing: kept, not fetched.
                InboundMedia {
                    source: MediaSource::NotFetched,
                    declared_type: Some("application/pdf".into()),
                },
            ],
            sent_at_ms: None,
        })]
    );
}

#[test]
fn damaged_bodies_never_panic() {
    let body = encode(&[
        ("MessageSid", "SM1"),
        ("From", "+15550100200"),
        ("To", "+15550100100"),
        ("Body", "Chest pain"),
        ("NumMedia", "0"),
    ]);
    crate::channels::parse_survives_damage(body.as_bytes(), parse_webhook);
}

#[test]
fn maps_status_callbacks_to_delivery_states() {
    let cases = [
        ("queued", None, DeliveryState::Queued, None),
        ("sending", None, DeliveryState::Queued, None),
        ("sent", None, DeliveryState::Sent, None),
        ("delivered", None, DeliveryState::Delivered, None),
        ("read", None, DeliveryState::Read, None),
        (
            "undelivered",
            Some("30003"),
            DeliveryState::Failed,
            Some(FailureReason::Undeliverable),
        ),
        (
            "failed",
            Some("21610"),
            DeliveryState::Failed,
            Some(FailureReason::OptedOut),
        ),
        (
            "failed",
            Some("30006"),
            DeliveryState::Failed,
            Some(FailureReason::Undeliverable),
        ),
        (
            "failed",
            None,
            DeliveryState::Failed,
            Some(FailureReason::Other),
        ),
    ];
    for (status, code, state, reason) in cases {
        let mut pairs = vec![
            ("SmsSid", "SM1"),
            ("SmsStatus", status),
            ("MessageStatus", status),
            ("To", "+15550100200"),
            ("MessageSid", "SM1"),
            ("AccountSid", "AC1"),
            ("From", "+15550100100"),
            ("ApiVersion", "2010-04-01"),
        ];
        if let Some(code) = code {
            pairs.push(("ErrorCode", code));
        }
        let events = parse_webhook(encode(&pairs).as_bytes()).unwrap();
        let [InboundEvent::Status(update)] = events.as_slice() else {
            panic!("{status}: {events:?}")
        };
        assert_eq!(
            update.target,
            StatusTarget::Message(ProviderMessageId("SM1".into()))
        );
        assert_eq!(update.state, state, "{status}");
        assert_eq!(
            update.failure.as_ref().map(|failure| failure.reason),
            reason,
            "{status}"
        );
        if let (Some(code), Some(failure)) = (code, &update.failure) {
            assert_eq!(failure.code, code);
        }
    }
}

#[test]
fn malformed_webhooks_get_typed_errors() {
    let cases: [(&[u8], ParseError); 6] = [
        (b"\xff\xfe", ParseError::NotUtf8),
        (
            b"From=%2B15550100200&To=%2B15550100100&Body=hi",
            ParseError::MissingField("MessageSid"),
        ),
        (
            b"MessageSid=SM1&To=%2B15550100100",
            ParseError::MissingField("From"),
        ),
        (
            b"MessageSid=SM1&From=%2B15550100200",
            ParseError::MissingField("To"),
        ),
        (
            b"MessageSid=SM1&From=5550100&To=%2B15550100100",
            ParseError::InvalidAddress {
                field: "From",
                error: crate::channels::AddressError::NotE164,
            },
        ),
        (
            b"MessageSid=SM1&From=%2B15550100200&To=x&NumMedia=-1",
            ParseError::InvalidValue { field: "NumMedia" },
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(parse_webhook(body), Err(expected.clone()), "{expected:?}");
    }
    assert_eq!(
        parse_webhook(b"MessageSid=SM1&MessageStatus=exploded"),
        Err(ParseError::InvalidValue {
            field: "MessageStatus"
        })
    );
}

#[test]
fn builds_the_messages_api_request() {
    let to = PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap());
    let request = adapter()
        .send_request(
            &to,
            &OutboundContent::Text("Call 911 now & stay calm".into()),
        )
        .unwrap();
    assert_eq!(request.method, HttpMethod::Post);
    assert_eq!(
        request.url,
        "http://127.0.0.1:8790/2010-04-01/Accounts/AC0000000000000000000000000000001/Messages.json"
    );
    let basic = STANDARD.encode("AC0000000000000000000000000000001:dev-twilio-auth-token");
    assert_eq!(
        request.header("authorization"),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        request.body,
        "To=%2B15550100200&From=%2B15550100100&Body=Call+911+now+%26+stay+calm\
         &StatusCallback=http%3A%2F%2F127.0.0.1%3A8787%2Fv1%2Fchannels%2Fdemo%2Ftwilio"
    );
    assert_eq!(
        form_params(request.body.as_bytes()).unwrap()[2],
        ("Body".to_string(), "Call 911 now & stay calm".to_string())
    );
}

#[test]
fn refuses_what_twilio_would_refuse() {
    let twilio = adapter();
    let sms = PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap());
    let x = PatientAddress::X(crate::channels::XUserId::parse("42").unwrap());
    let text = |n: usize| OutboundContent::Text("a".repeat(n));
    assert!(twilio.send_request(&sms, &text(MAX_BODY_CHARS)).is_ok());
    assert_eq!(
        twilio
            .send_request(&sms, &text(MAX_BODY_CHARS + 1))
            .unwrap_err()
            .code(),
        "text_too_long"
    );
    assert_eq!(
        twilio.send_request(&sms, &text(0)),
        Err(SendError::EmptyText)
    );
    assert_eq!(
        twilio.send_request(&x, &text(5)),
        Err(SendError::WrongChannel {
            adapter: Channel::Sms,
            recipient: Channel::X
        })
    );
    let template = OutboundContent::Template(crate::channels::TemplateMessage {
        name: "t".into(),
        language: "en".into(),
        body_parameters: vec![],
    });
    assert_eq!(
        twilio.send_request(&sms, &template),
        Err(SendError::TemplateNotSupported)
    );
}

#[test]
fn reads_send_responses() {
    let twilio = adapter();
    let created = br#"{"sid": "SM9f3c", "status": "queued", "body": "hi"}"#;
    assert_eq!(
        twilio
            .read_send_response(201, created)
            .unwrap()
            .provider_message_id,
        Some(ProviderMessageId("SM9f3c".into()))
    );
    let refused = br#"{"code": 21610, "message": "Attempt to send to unsubscribed recipient", "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}"#;
    let failure = twilio.read_send_response(400, refused).unwrap_err();
    assert_eq!(failure.reason, FailureReason::OptedOut);
    assert_eq!(failure.code, "21610");
    assert_eq!(
        failure.message.as_deref(),
        Some("Attempt to send to unsubscribed recipient")
    );
    assert_eq!(
        twilio.read_send_response(401, b"").unwrap_err().reason,
        FailureReason::Credentials
    );
    assert_eq!(
        twilio
            .read_send_response(503, b"<html>")
            .unwrap_err()
            .reason,
        FailureReason::Other
    );
}
