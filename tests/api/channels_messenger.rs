//! Messenger through Meta's Messenger Platform, against workerd and the provider sandbox:
//! the same handshake and `X-Hub-Signature-256` as WhatsApp, the Send API
//! (`POST /{version}/me/messages` with `messaging_type: RESPONSE`), the 24-hour window
//! without templates.

use frontdesk_protocol::WhatsappTemplate;
use serde_json::{json, Value};

use crate::app::{says, Outcome, TestApp};
use crate::channels_sms::{opened_with, row_of, rows_of, staff_reply, thread};
use crate::channels_whatsapp::{
    graph_calls, handshake_echoes_only_for_the_verify_token, patient_writes_on,
};
use crate::paths;
use crate::support::*;

/// A fresh page-scoped id (digits).
fn psid() -> String {
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('3'))
        .take(10)
        .collect();
    format!("7{digits}")
}

fn patient_writes(from: &str, text: &str, extra: Value) -> u64 {
    patient_writes_on("messenger", from, text, extra).1
}

/// The Send API calls to this patient, oldest first, with their JSON body.
fn sent_to(psid: &str) -> Vec<(Value, Value)> {
    graph_calls("messenger")
        .into_iter()
        .filter(|(_, body)| body["recipient"]["id"] == psid)
        .collect()
}

#[test]
fn the_messenger_handshake_echoes_the_challenge_only_for_the_verify_token() {
    handshake_echoes_only_for_the_verify_token(&paths::channel_webhook("demo", "messenger"));
}

#[test]
fn a_messenger_emergency_gets_the_safety_reply_through_the_send_api() {
    let staff = sign_in("admin@demo.test");
    let from = psid();
    let text = format!("my father has chest pain and can't breathe {}", canary());
    assert_eq!(patient_writes(&from, &text, json!({})), 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["channel"], "messenger", "{row}");
    assert_eq!(row["urgency"], "emergency", "{row}");
    assert_eq!(row["department"], "clinical", "{row}");
    opened_with(&staff, &row, "messenger", &text);
    let (call, body) = eventually("the safety reply at the Send API", || sent_to(&from).pop());
    assert_eq!(call["method"], "POST");
    assert_eq!(call["path"], "/v21.0/me/messages");
    assert_eq!(
        call["headers"]["authorization"],
        "Bearer dev-messenger-page-access-token"
    );
    assert_eq!(body["messaging_type"], "RESPONSE");
    let reply = body["message"]["text"].as_str().unwrap_or_default();
    // A page-scoped id shows no country: the clinic's (Germany's) number.
    assert!(reply.contains("112"), "{reply}");
    // Staff answer the same way.
    let id = row["conversation_id"].as_str().expect("id");
    let answer = format!("We are calling you now. {}", canary());
    staff_reply(&staff, id, &answer).answered(201);
    eventually("the staff reply at the Send API", || {
        sent_to(&from)
            .into_iter()
            .find(|(_, body)| body["message"]["text"] == answer.as_str())
    });
}

#[test]
fn outside_the_window_messenger_refuses_free_text_and_templates() {
    let staff = sign_in("admin@demo.test");
    let from = psid();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let text = format!("Do you take new patients? {}", canary());
    let status = patient_writes(&from, &text, json!({"timestamp": now - 25 * 3600}));
    assert_eq!(status, 200);
    let id = row_of(&staff, &from)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let before = thread(&staff, &id)["messages"].clone();
    let refused = staff_reply(&staff, &id, &format!("Yes we do {}", canary())).refused(409);
    assert_eq!(refused.code, "outside_reply_window");
    let follow_up = WhatsappTemplate {
        name: "follow_up".into(),
        language: "en_US".into(),
        parameters: Vec::new(),
    };
    let template = TestApp::new()
        .staff_template_reply(&staff, &id, &says("Hello"), &follow_up)
        .refused(422);
    assert_eq!(template.code, "template_not_supported");
    assert_eq!(thread(&staff, &id)["messages"], before, "nothing stored");
}

#[test]
fn a_messenger_webhook_without_the_right_signature_gets_403_and_stores_nothing() {
    let staff = sign_in("admin@demo.test");
    let from = psid();
    let text = format!("I have a question {}", canary());
    for signature in [json!(false), json!("sha256=00")] {
        assert_eq!(
            patient_writes(&from, &text, json!({"signature": signature})),
            403
        );
    }
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert!(rows_of(&staff, &from).is_empty(), "nothing stored");
    assert_eq!(patient_writes(&from, &text, json!({})), 200);
    row_of(&staff, &from);
}
