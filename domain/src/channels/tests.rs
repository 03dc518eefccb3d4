//! Tests for the channel model every adapter shares.

use super::*;

#[test]
fn channel_names_match_the_contract() {
    for (channel, name) in [
        (Channel::Web, "web"),
        (Channel::Sms, "sms"),
        (Channel::Whatsapp, "whatsapp"),
        (Channel::Messenger, "messenger"),
        (Channel::Wechat, "wechat"),
        (Channel::X, "x"),
    ] {
        assert_eq!(channel.as_str(), name);
        assert_eq!(
            serde_json::to_string(&channel).unwrap(),
            format!("\"{name}\"")
        );
        assert_eq!(
            serde_json::from_str::<Channel>(&format!("\"{name}\"")).unwrap(),
            channel
        );
        assert_eq!(Channel::parse(name), Some(channel));
    }
    assert_eq!(Channel::parse("SMS"), None);
    assert!(serde_json::from_str::<Channel>("\"telegram\"").is_err());
}

#[test]
fn delivery_states_only_move_forward() {
    use DeliveryState::*;
    let cases = [
        (Queued, Sent, Sent),
        (Sent, Delivered, Delivered),
        (Delivered, Read, Read),
        (Sent, Failed, Failed),
        // Out of order: a late "sent" never downgrades.
        (Delivered, Sent, Delivered),
        (Read, Delivered, Read),
        (Delivered, Queued, Delivered),
        // Final answers stay.
        (Failed, Sent, Failed),
        (Failed, Delivered, Failed),
        (Delivered, Failed, Delivered),
        (Queued, Queued, Queued),
    ];
    for (current, update, expected) in cases {
        assert_eq!(
            current.advance(update),
            expected,
            "{current:?} + {update:?}"
        );
    }
    assert_eq!(serde_json::to_string(&Read).unwrap(), "\"read\"");
}

#[test]
fn webhook_request_reads_headers_and_query() {
    let headers = vec![("X-Twilio-Signature".to_string(), "abc".to_string())];
    let request = WebhookRequest {
        method: HttpMethod::Get,
        url: "https://clinic.example/v1/x?crc_token=a%2Bb&hub.mode=subscribe#frag",
        headers: &headers,
        body: b"",
    };
    assert_eq!(request.header("x-twilio-signature"), Some("abc"));
    assert_eq!(request.header("x-other"), None);
    assert_eq!(request.query("crc_token").as_deref(), Some("a+b"));
    assert_eq!(request.query("hub.mode").as_deref(), Some("subscribe"));
    assert_eq!(request.query("missing"), None);
}

#[test]
fn text_limits_count_their_unit() {
    assert_eq!(TextLimit::Chars(3).check("héé"), Ok(()));
    assert_eq!(
        TextLimit::Bytes(3).check("héé"),
        Err(SendError::TooLong {
            limit: TextLimit::Bytes(3),
            length: 5
        })
    );
    assert_eq!(TextLimit::Chars(3).check("  "), Err(SendError::EmptyText));
}

#[test]
fn secrets_never_print() {
    let secret = Secret::new("dev-twilio-auth-token");
    assert!(!format!("{secret:?}").contains("dev-twilio"));
    assert_eq!(secret.expose(), "dev-twilio-auth-token");
}

#[test]
fn urls_join_with_one_slash() {
    assert_eq!(
        join_url("http://127.0.0.1:8790/", "/2010-04-01/x"),
        "http://127.0.0.1:8790/2010-04-01/x"
    );
    assert_eq!(
        join_url("https://api.twilio.com", "2010-04-01/x"),
        "https://api.twilio.com/2010-04-01/x"
    );
}
