//! WhatsApp through Meta's WhatsApp Cloud API, against workerd and the provider sandbox:
//! the sandbox plays the patient (signing with its own `X-Hub-Signature-256` code, so the
//! edge's verifier is cross-checked), records every Graph call the edge makes, and posts
//! Meta's `sent`, `delivered` and `read` statuses after each one.

use frontdesk_protocol::WhatsappTemplate;
use serde_json::{json, Value};

use crate::app::{says, Outcome, TestApp};
use crate::channels_sms::{
    delivery_of, opened_with, redeliveries_store_nothing, row_of, rows_of, sandbox, staff_reply,
    thread,
};
use crate::paths;
use crate::support::*;

const PHONE_NUMBER_ID: &str = "100200300";
const APP_SECRET: &str = "dev-meta-app-secret";
const VERIFY_TOKEN: &str = "dev-meta-verify-token";
/// The demo clinic's WhatsApp webhook.
fn webhook() -> String {
    paths::channel_webhook("demo", "whatsapp")
}

/// A fresh WhatsApp id (a phone number's digits, no `+`) with this country prefix.
fn patient_id(prefix: &str) -> String {
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('7'))
        .take(7)
        .collect();
    format!("{prefix}{digits}")
}

/// The patient writes through the sandbox (`extra` adds `timestamp`, `message_id`,
/// `signature`); returns the message id and the edge's status.
fn patient_writes(from: &str, text: &str, extra: Value) -> (String, u64) {
    patient_writes_on("whatsapp", from, text, extra)
}

/// [`patient_writes`] on a Meta `channel` (`whatsapp`, `messenger`).
pub(crate) fn patient_writes_on(
    channel: &str,
    from: &str,
    text: &str,
    extra: Value,
) -> (String, u64) {
    let mut body = json!({"clinic": "demo", "from": from, "text": text});
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        body.extend(extra.clone());
    }
    let answer = sandbox("POST", &format!("/sandbox/patient/{channel}"), Some(&body));
    (
        answer["message_id"]
            .as_str()
            .expect("message id")
            .to_owned(),
        answer["edge_status"].as_u64().expect("edge status"),
    )
}

/// The Graph calls the edge made to this WhatsApp id, oldest first, with their JSON body.
fn sent_to(to: &str) -> Vec<(Value, Value)> {
    graph_calls("whatsapp")
        .into_iter()
        .filter(|(_, body)| body["to"] == to)
        .collect()
}

/// The Graph calls the edge made on `channel`, oldest first, with their JSON body.
pub(crate) fn graph_calls(channel: &str) -> Vec<(Value, Value)> {
    let outbox = sandbox("GET", "/sandbox/outbox", None);
    outbox["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .filter(|r| r["channel"] == channel)
        .map(|r| {
            let body = serde_json::from_str(r["body"].as_str().expect("raw body"))
                .expect("Graph bodies are JSON");
            (r.clone(), body)
        })
        .collect()
}

/// The text of a plain-text answer (a numeric challenge reads as a JSON number).
fn text_of(body: &Value) -> String {
    match body {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[test]
fn the_verification_handshake_echoes_the_challenge_only_for_the_verify_token() {
    handshake_echoes_only_for_the_verify_token(&webhook());
}

/// Meta's handshake on the webhook at `path`: the right verify token gets the challenge
/// back as plain text; a wrong or missing one, or another mode, gets 403 and no echo.
pub(crate) fn handshake_echoes_only_for_the_verify_token(path: &str) {
    let handshake =
        |query: &str| TestApp::new().send_webhook("GET", &format!("{path}?{query}"), &[], None);
    let good = handshake(&format!(
        "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={VERIFY_TOKEN}"
    ));
    assert_eq!(good.status, 200, "{:?}", good.body);
    assert_eq!(text_of(&good.body), "1158201444");
    assert!(good
        .header("Content-Type")
        .is_some_and(|t| t.starts_with("text/plain")));
    for query in [
        "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock",
        "hub.mode=subscribe&hub.challenge=1158201444",
        &format!("hub.mode=unsubscribe&hub.challenge=1&hub.verify_token={VERIFY_TOKEN}"),
    ] {
        let refused = handshake(query);
        assert_eq!(refused.status, 403, "{query}: {:?}", refused.body);
        assert!(!refused.error_code().is_empty(), "{query}");
        assert!(
            !refused.body.to_string().contains("1158201444"),
            "no echo: {query}"
        );
    }
}

#[test]
fn a_signed_message_reaches_the_inbox_with_its_channel_triage_and_department() {
    let staff = sign_in("admin@demo.test");
    let from = patient_id("1555");
    let text = format!("Can I move my appointment to next Tuesday? {}", canary());
    let (_, status) = patient_writes(&from, &text, json!({}));
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["channel"], "whatsapp", "{row}");
    assert_eq!(row["urgency"], "routine", "{row}");
    assert_eq!(row["department"], "appointments", "{row}");
    assert_eq!(
        row["visitor"]["phone"],
        format!("+{from}"),
        "the number to call"
    );
    opened_with(&staff, &row, "whatsapp", &text);
}

#[test]
fn an_emergency_gets_the_safety_reply_through_the_graph_api() {
    let staff = sign_in("admin@demo.test");
    // A UK WhatsApp number: the reply names 999, not the clinic's (Germany's) 112.
    let from = patient_id("447700");
    let (_, status) = patient_writes(
        &from,
        &format!("my father has chest pain and can't breathe {}", canary()),
        json!({}),
    );
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["urgency"], "emergency", "{row}");
    assert_eq!(row["department"], "clinical", "{row}");
    let (call, body) = eventually("the safety reply at Graph", || sent_to(&from).pop());
    assert_eq!(call["method"], "POST");
    assert_eq!(call["path"], format!("/v21.0/{PHONE_NUMBER_ID}/messages"));
    assert!(call["headers"]["content-type"]
        .as_str()
        .is_some_and(|t| t.starts_with("application/json")));
    assert_eq!(
        call["headers"]["authorization"],
        "Bearer dev-whatsapp-access-token"
    );
    assert_eq!(body["messaging_product"], "whatsapp");
    assert_eq!(body["recipient_type"], "individual");
    assert_eq!(body["type"], "text");
    let text = body["text"]["body"].as_str().unwrap_or_default();
    assert!(
        text.contains("999"),
        "the patient's country's number: {text}"
    );
    assert!(!text.contains("112"), "{text}");
    let id = row["conversation_id"].as_str().expect("id");
    let messages = thread(&staff, id)["messages"].clone();
    assert_eq!(messages[1]["author"], "bot");
    assert_eq!(messages[1]["text"], text);
}

#[test]
fn a_staff_reply_goes_out_and_statuses_move_it_forward_only() {
    let staff = sign_in("admin@demo.test");
    let from = patient_id("1555");
    patient_writes(
        &from,
        &format!("Do you have parking nearby? {}", canary()),
        json!({}),
    );
    let row = row_of(&staff, &from);
    let id = row["conversation_id"].as_str().expect("id");
    let text = format!("Yes, in the courtyard. {}", canary());
    let seq = staff_reply(&staff, id, &text)
        .answered(201)
        .body
        .message
        .seq;
    eventually("the staff reply at Graph", || {
        sent_to(&from)
            .into_iter()
            .find(|(_, body)| body["text"]["body"] == text.as_str())
    });
    // The sandbox posts sent, delivered, read, as Meta does.
    eventually("the read status", || {
        delivery_of(&staff, id, seq).filter(|d| d["status"] == "read")
    });
    // A late `delivered` (statuses arrive in any order) doesn't take it back.
    let wamid = sandbox(
        "GET",
        &format!("/sandbox/thread?channel=whatsapp&address={from}"),
        None,
    )["messages"]
        .as_array()
        .expect("thread")
        .iter()
        .find(|m| m["text"] == text.as_str())
        .and_then(|m| m["id"].as_str().map(str::to_owned))
        .expect("the reply's wamid");
    let late = json!({
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550100100", "phone_number_id": PHONE_NUMBER_ID},
            "statuses": [{"id": wamid, "status": "delivered", "timestamp": "1700000000", "recipient_id": from}]
        }}]}]
    })
    .to_string();
    let signature = frontdesk_domain::channels::meta::signature(APP_SECRET, late.as_bytes());
    let answer = TestApp::new().send_webhook(
        "POST",
        &webhook(),
        &[
            ("Content-Type", "application/json"),
            ("X-Hub-Signature-256", &signature),
        ],
        Some(late.as_bytes()),
    );
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    let after = delivery_of(&staff, id, seq).expect("delivery");
    assert_eq!(after["status"], "read", "{after}");
}

#[test]
fn a_redelivered_webhook_stores_nothing_new() {
    let staff = sign_in("admin@demo.test");
    let from = patient_id("1555");
    let text = format!("What are your opening hours on Saturday? {}", canary());
    let (message_id, status) = patient_writes(&from, &text, json!({}));
    assert_eq!(status, 200);
    redeliveries_store_nothing(
        &staff,
        &from,
        || patient_writes(&from, &text, json!({"message_id": message_id})).1,
        || sent_to(&from).len(),
    );
}

#[test]
fn a_wrong_or_missing_signature_gets_403_and_stores_nothing() {
    let from = patient_id("1555");
    let wrong_key = frontdesk_domain::channels::meta::signature("not-the-app-secret", b"{}");
    refused_signatures_store_nothing(
        "whatsapp",
        &from,
        &[
            ("missing", json!(false)),
            ("signed with another key", json!(wrong_key)),
            ("not hex", json!("sha256=zz")),
            (
                "no algorithm",
                json!(wrong_key.trim_start_matches("sha256=")),
            ),
        ],
        Unsigned {
            path: &webhook(),
            content_type: "application/json",
            body: br#"{"object":"whatsapp_business_account","entry":[]}"#,
        },
        || sent_to(&from).len(),
    );
}

/// A webhook POSTed straight to the edge with no signature.
pub(crate) struct Unsigned<'a> {
    pub path: &'a str,
    pub content_type: &'a str,
    pub body: &'a [u8],
}

/// On `channel`, the patient's message with each of `signatures` (the sandbox's
/// `signature` field) gets 403, and `unsigned` gets the JSON error `missing_signature`;
/// nothing is stored or sent (`sent` counts the provider calls to the patient). The same
/// message signed right is then taken: the refusals were the signature's.
pub(crate) fn refused_signatures_store_nothing(
    channel: &str,
    from: &str,
    signatures: &[(&str, Value)],
    unsigned: Unsigned<'_>,
    sent: impl Fn() -> usize,
) {
    let staff = sign_in("admin@demo.test");
    let text = format!("I have a question {}", canary());
    for (case, signature) in signatures {
        let (_, status) = patient_writes_on(channel, from, &text, json!({"signature": signature}));
        assert_eq!(status, 403, "{case}");
    }
    let answer = TestApp::new().send_webhook(
        "POST",
        unsigned.path,
        &[("Content-Type", unsigned.content_type)],
        Some(unsigned.body),
    );
    assert_eq!(answer.status, 403, "{:?}", answer.body);
    assert_eq!(answer.error_code(), "missing_signature");
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert!(rows_of(&staff, from).is_empty(), "nothing stored");
    assert_eq!(sent(), 0, "nothing sent");
    let (_, status) = patient_writes_on(channel, from, &text, json!({}));
    assert_eq!(status, 200);
    row_of(&staff, from);
}

#[test]
fn outside_the_24_hour_window_free_text_is_refused_and_a_template_goes_out() {
    let staff = sign_in("admin@demo.test");
    let from = patient_id("1555");
    // Meta's own timestamp says the patient wrote 25 hours ago (a late delivery).
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let (_, status) = patient_writes(
        &from,
        &format!("Please call me back about my results {}", canary()),
        json!({"timestamp": now - 25 * 3600}),
    );
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    let id = row["conversation_id"].as_str().expect("id");
    let before = thread(&staff, id)["messages"].clone();
    // The reply box is told the window and where it started: Meta's timestamp, not ours.
    let rules = thread(&staff, id)["channel_rules"].clone();
    assert_eq!(rules["opted_out"], false);
    assert_eq!(rules["window_hours"], 24);
    assert_eq!(rules["templates_outside_window"], true);
    // The clinic's approved templates, for the reply box's picker, as its config has them.
    let templates = rules["whatsapp_templates"].as_array().expect("templates");
    assert_eq!(
        templates[0],
        json!({"name": "follow_up", "language": "en_US",
               "body": "Hello, {{1}} has news for you: please reply to this message."})
    );
    assert!(templates
        .iter()
        .all(|t| t["name"].is_string() && t["body"].as_str().is_some_and(|b| b.contains("{{1}}"))));
    let started = rules["last_patient_message_at"]
        .as_str()
        .expect("window start");
    assert_eq!(
        chrono::DateTime::parse_from_rfc3339(started).map(|at| at.timestamp()),
        Ok((now - 25 * 3600) as i64),
        "{started}"
    );
    let sent_before = eventually("the automatic reply at Graph", || {
        let sent = sent_to(&from);
        (!sent.is_empty()).then_some(sent.len())
    });
    let refused =
        staff_reply(&staff, id, &format!("Your results are in {}", canary())).refused(409);
    assert_eq!(refused.code, "outside_reply_window");
    assert!(refused.message.contains("template"));
    assert_eq!(thread(&staff, id)["messages"], before, "nothing stored");
    // An approved template may still go out.
    let shown = "Hello, Lakeside Family Clinic has news for you: please reply to this message.";
    let follow_up = WhatsappTemplate {
        name: "follow_up".into(),
        language: "en_US".into(),
        parameters: vec!["Lakeside Family Clinic".into()],
    };
    TestApp::new()
        .staff_template_reply(&staff, id, &says(shown), &follow_up)
        .answered(201);
    let (call, body) = eventually("the template at Graph", || {
        sent_to(&from)
            .into_iter()
            .skip(sent_before)
            .find(|(_, body)| body["type"] == "template")
    });
    assert_eq!(call["path"], format!("/v21.0/{PHONE_NUMBER_ID}/messages"));
    assert_eq!(body["messaging_product"], "whatsapp");
    assert_eq!(body["template"]["name"], "follow_up");
    assert_eq!(body["template"]["language"]["code"], "en_US");
    assert_eq!(
        body["template"]["components"][0]["parameters"][0],
        json!({"type": "text", "text": "Lakeside Family Clinic"})
    );
    assert!(body.get("text").is_none(), "no free text: {body}");
    // A bad template is refused before anything is stored; so is one on another channel.
    let misnamed = WhatsappTemplate {
        name: "Follow Up".into(),
        language: "en_US".into(),
        parameters: Vec::new(),
    };
    let bad = TestApp::new()
        .staff_template_reply(&staff, id, &says(shown), &misnamed)
        .refused(422);
    assert_eq!(bad.code, "invalid_template");
    // Once the patient writes again, free text is fine.
    patient_writes(
        &from,
        &format!("Thanks, when can I call? {}", canary()),
        json!({}),
    );
    eventually("the new message in the thread", || {
        let visitor = thread(&staff, id)["messages"]
            .as_array()?
            .iter()
            .filter(|m| m["author"] == "visitor")
            .count();
        (visitor == 2).then_some(())
    });
    staff_reply(&staff, id, &format!("Any time after 2pm {}", canary())).answered(201);
}
