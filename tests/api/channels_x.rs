//! X direct messages through the Account Activity API, against workerd and the provider
//! sandbox: the sandbox plays the patient (signing `direct_message_events` with its own
//! `x-twitter-webhooks-signature` code), records every DM send the edge makes, and after
//! each one posts X's echo of it (the clinic's account as sender) and the patient's read
//! receipt.

use serde_json::{json, Value};

use crate::app::{Outcome, TestApp};
use crate::channels_sms::{
    delivery_of, opened_with, redeliveries_store_nothing, row_of, staff_reply, thread,
};
use crate::channels_whatsapp::{
    graph_calls, patient_writes_on, refused_signatures_store_nothing, Unsigned,
};
use crate::paths;
use crate::support::*;

const CONSUMER_SECRET: &str = "dev-x-consumer-secret";
/// The demo clinic's x webhook.
fn webhook() -> String {
    paths::channel_webhook("demo", "x")
}

/// A fresh X user id (digits).
fn user_id() -> String {
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('5'))
        .take(12)
        .collect();
    format!("9{digits}")
}

fn patient_writes(from: &str, text: &str, extra: Value) -> (String, u64) {
    patient_writes_on("x", from, text, extra)
}

/// The DM sends to this user, oldest first, with their JSON body.
fn sent_to(user: &str) -> Vec<(Value, Value)> {
    let path = format!("/2/dm_conversations/with/{user}/messages");
    graph_calls("x")
        .into_iter()
        .filter(|(call, _)| call["path"] == path.as_str())
        .collect()
}

#[test]
fn the_crc_check_answers_with_the_keyed_hash_and_refuses_without_a_token() {
    let crc = format!("{}?crc_token=challenge-123", webhook());
    let answer = TestApp::new().send_webhook("GET", &crc, &[], None);
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    assert!(answer
        .header("Content-Type")
        .is_some_and(|t| t.starts_with("application/json")));
    assert_eq!(
        answer.body,
        json!({"response_token": frontdesk_domain::channels::x::signature(CONSUMER_SECRET, b"challenge-123")})
    );
    // The domain's test vector, computed independently in Python.
    assert_eq!(
        answer.body["response_token"],
        "sha256=mD5wIaCzWYH3cXb66127rUo8Tu/ddsu7gK4bpt537VE="
    );
    for query in ["", "?crc_token="] {
        let refused =
            TestApp::new().send_webhook("GET", &format!("{}{query}", webhook()), &[], None);
        assert_eq!(refused.status, 403, "{query}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "missing_parameter");
    }
}

#[test]
fn an_emergency_dm_reaches_the_inbox_and_gets_the_safety_reply_through_the_dm_api() {
    let staff = sign_in("admin@demo.test");
    let from = user_id();
    let text = format!("my father has chest pain and can't breathe {}", canary());
    let (_, status) = patient_writes(&from, &text, json!({}));
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["channel"], "x", "{row}");
    assert_eq!(row["urgency"], "emergency", "{row}");
    assert_eq!(row["department"], "clinical", "{row}");
    opened_with(&staff, &row, "x", &text);
    let (call, body) = eventually("the safety reply at X", || sent_to(&from).pop());
    assert_eq!(call["method"], "POST");
    assert_eq!(
        call["headers"]["authorization"],
        "Bearer dev-x-user-access-token"
    );
    assert!(call["headers"]["content-type"]
        .as_str()
        .is_some_and(|t| t.starts_with("application/json")));
    let reply = body["text"].as_str().unwrap_or_default();
    // An X user id shows no country: the clinic's (Germany's) number.
    assert!(reply.contains("112"), "{reply}");
    assert_eq!(
        body.as_object().map(|o| o.len()),
        Some(1),
        "only text: {body}"
    );
}

#[test]
fn a_routine_dm_is_triaged_and_a_staff_reply_goes_out_and_is_read() {
    let staff = sign_in("admin@demo.test");
    let from = user_id();
    let text = format!("Can I move my appointment to next Tuesday? {}", canary());
    patient_writes(&from, &text, json!({}));
    let row = row_of(&staff, &from);
    assert_eq!(row["urgency"], "routine", "{row}");
    assert_eq!(row["department"], "appointments", "{row}");
    let id = row["conversation_id"].as_str().expect("id");
    let answer = format!("Tuesday at 10 works. {}", canary());
    let reply = staff_reply(&staff, id, &answer).answered(201);
    let seq = reply.body.message.seq;
    eventually("the staff reply at X", || {
        sent_to(&from)
            .into_iter()
            .find(|(_, body)| body["text"] == answer.as_str())
    });
    // The sandbox echoes our DM back (as X does) and then the patient reads it.
    eventually("the read receipt", || {
        delivery_of(&staff, id, seq).filter(|d| d["status"] == "read")
    });
    // The echo of the clinic's own DM is not a patient message.
    let visitor: Vec<Value> = thread(&staff, id)["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["author"] == "visitor")
        .cloned()
        .collect();
    assert_eq!(visitor.len(), 1, "{visitor:?}");
    assert_eq!(visitor[0]["text"], text);
}

#[test]
fn a_redelivered_dm_event_stores_nothing_new() {
    let staff = sign_in("admin@demo.test");
    let from = user_id();
    let text = format!("What are your opening hours on Saturday? {}", canary());
    let (event_id, status) = patient_writes(&from, &text, json!({}));
    assert_eq!(status, 200);
    redeliveries_store_nothing(
        &staff,
        &from,
        || patient_writes(&from, &text, json!({"message_id": event_id})).1,
        || sent_to(&from).len(),
    );
}

#[test]
fn a_wrong_or_missing_signature_gets_403_and_stores_nothing() {
    let from = user_id();
    let wrong = frontdesk_domain::channels::x::signature("not-the-secret", b"{}");
    refused_signatures_store_nothing(
        "x",
        &from,
        &[
            ("missing", json!(false)),
            ("signed with another key", json!(wrong)),
            ("not base64", json!("sha256=###")),
            ("no algorithm", json!(wrong.trim_start_matches("sha256="))),
        ],
        Unsigned {
            path: &webhook(),
            content_type: "application/json",
            body: br#"{"for_user_id":"700800900","direct_message_events":[]}"#,
        },
        || sent_to(&from).len(),
    );
}
