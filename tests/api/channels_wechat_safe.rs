//! WeChat in safe mode, against workerd and the provider sandbox: the `wechat-safe`
//! fixture clinic's Official Account encrypts its pushes. The sandbox encrypts and signs
//! them with its own code (checked against Tencent's published sample), so the edge's
//! `msg_signature` check and AES-256-CBC decryption are cross-checked end to end.

use serde_json::{json, Value};

use crate::app::TestApp;
use crate::channels_sms::{opened_with, redeliveries_store_nothing, row_of, rows_of, sandbox};
use crate::channels_whatsapp::patient_writes_on;
use crate::paths;
use crate::support::*;

const CLINIC: &str = "wechat-safe";
const STAFF: &str = "admin@wechat-safe.test";
const SEND_PATH: &str = "/cgi-bin/message/custom/send?access_token=";

/// A fresh OpenID.
fn open_id() -> String {
    let id: String = uuid().chars().filter(char::is_ascii_alphanumeric).collect();
    format!("o{}", &id[..27])
}

/// The patient writes to the safe-mode clinic; `extra` adds `encrypt`, `signature`,
/// `message_id`. Returns the message id and the edge's status.
fn patient_writes(from: &str, text: &str, extra: Value) -> (String, u64) {
    let mut body = json!({"clinic": CLINIC});
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        body.extend(extra.clone());
    }
    patient_writes_on("wechat", from, text, body)
}

/// The customer-service messages to this OpenID, oldest first (their JSON bodies).
fn sent_to(open_id: &str) -> Vec<Value> {
    let outbox = sandbox("GET", "/sandbox/outbox", None);
    outbox["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .filter(|r| {
            r["channel"] == "wechat"
                && r["path"]
                    .as_str()
                    .is_some_and(|path| path.starts_with(SEND_PATH))
        })
        .filter_map(|r| serde_json::from_str::<Value>(r["body"].as_str()?).ok())
        .filter(|body| body["touser"] == open_id)
        .collect()
}

#[test]
fn an_encrypted_emergency_is_decrypted_triaged_and_answered() {
    let staff = sign_in(STAFF);
    let from = open_id();
    let text = format!(
        "我父亲胸口剧痛，呼吸困难 chest pain, can't breathe {}",
        canary()
    );
    let (_, status) = patient_writes(&from, &text, json!({"encrypt": true}));
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["channel"], "wechat", "{row}");
    assert_eq!(row["urgency"], "emergency", "{row}");
    // Decrypted to the patient's own words, exactly.
    opened_with(&staff, &row, "wechat", &text);
    // The safety reply goes out through the customer-service API, as in plaintext mode.
    let reply = eventually("the safety reply at the customer-service API", || {
        sent_to(&from).into_iter().next()
    });
    assert_eq!(reply["msgtype"], "text", "{reply}");
    let words = reply["text"]["content"].as_str().unwrap_or_default();
    assert!(
        words.contains("112"),
        "the clinic's emergency number: {words}"
    );
}

#[test]
fn a_redelivered_encrypted_push_stores_nothing_new() {
    let staff = sign_in(STAFF);
    let from = open_id();
    let text = format!("Can I park at the clinic? {}", canary());
    let (message_id, status) = patient_writes(&from, &text, json!({"encrypt": true}));
    assert_eq!(status, 200);
    redeliveries_store_nothing(
        &staff,
        &from,
        || {
            patient_writes(
                &from,
                &text,
                json!({"encrypt": true, "message_id": message_id}),
            )
            .1
        },
        || sent_to(&from).len(),
    );
}

#[test]
fn safe_mode_refuses_plaintext_and_wrongly_signed_pushes_and_stores_nothing() {
    let staff = sign_in(STAFF);
    let from = open_id();
    let text = format!("I have a question {}", canary());
    // A plaintext push, validly signed the plaintext way: no `msg_signature`, refused.
    let (_, status) = patient_writes(&from, &text, json!({}));
    assert_eq!(status, 403);
    for signature in [
        json!(false),
        json!("5d197aaffba7e9b25a30732f161a50dee96bd5fa"),
    ] {
        let (_, status) = patient_writes(
            &from,
            &text,
            json!({"encrypt": true, "signature": signature}),
        );
        assert_eq!(status, 403, "{signature}");
    }
    // The same refusal straight at the edge: the JSON error, with its code.
    let answer = TestApp::new().send_webhook(
        "POST",
        &format!(
            "{}?signature=x&timestamp=1409735669&nonce=1",
            paths::channel_webhook(CLINIC, "wechat")
        ),
        &[("Content-Type", "text/xml")],
        Some(b"<xml><ToUserName>gh_demo_clinic</ToUserName><Encrypt>AAAA</Encrypt></xml>"),
    );
    assert_eq!(answer.status, 403, "{:?}", answer.body);
    assert_eq!(answer.error_code(), "missing_signature");
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert!(rows_of(&staff, &from).is_empty(), "nothing stored");
    assert!(sent_to(&from).is_empty(), "nothing sent");
}

#[test]
fn the_plaintext_demo_clinic_cannot_read_an_encrypted_push() {
    // Signed correctly (the plaintext `signature` holds), but its body is an envelope the
    // demo clinic, in plaintext mode, has no key for: 400 with the JSON error.
    let from = open_id();
    let (_, status) = patient_writes_on(
        "wechat",
        &from,
        &format!("hello {}", canary()),
        json!({"encrypt": true}),
    );
    assert_eq!(status, 400);
    let staff = sign_in("admin@demo.test");
    assert!(rows_of(&staff, &from).is_empty(), "nothing stored");
}
