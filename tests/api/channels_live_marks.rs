//! Delivery marks, live: every change of an outbound channel message's delivery reaches
//! the conversation's staff sockets as a `delivery` frame when the provider reports it
//! (the console's marks change without a reload), and Messenger's receipts by watermark
//! (`message_deliveries`, `message_reads`) move the replies sent up to the watermark.

use serde_json::{json, Value};

use crate::app::{Outcome, TestApp};
use crate::channels_sms::{delivery_of, row_of, staff_reply};
use crate::channels_whatsapp::patient_writes_on;
use crate::paths;
use crate::support::*;

/// A fresh id made of digits: `prefix` then seven more.
fn digits_id(prefix: &str) -> String {
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('5'))
        .take(7)
        .collect();
    format!("{prefix}{digits}")
}

/// The patient writes on `channel`; the staff member opens the conversation's socket and
/// replies. Returns the conversation id, the socket (after `ready`) and the reply's seq.
fn reply_with_socket_open(staff: &str, channel: &str, from: &str) -> (String, Live, u64) {
    let question = format!("Is the lift working this week? {}", canary());
    let (_, status) = patient_writes_on(channel, from, &question, json!({}));
    assert_eq!(status, 200);
    let row = row_of(staff, from);
    assert_eq!(row["channel"], channel, "{row}");
    let id = row["conversation_id"].as_str().expect("id").to_owned();
    let mut live = Live::connect_with_subprotocol(&paths::staff_thread_live(&id), staff);
    assert_eq!(live.next()["type"], "ready");
    let answer = format!("Yes, it was repaired on Monday. {}", canary());
    let sent = staff_reply(staff, &id, &answer).answered(201);
    let seq = sent.body.message.seq;
    (id, live, seq)
}

/// The `delivery` frames about `seq`, in order, until one says `read`.
fn frames_until_read(live: &mut Live, seq: u64) -> Vec<Value> {
    let mut frames = Vec::new();
    loop {
        let frame = live.next();
        if frame["type"] != "delivery" || frame["delivery"]["seq"] != seq {
            continue;
        }
        let read = frame["delivery"]["status"] == "read";
        frames.push(frame);
        if read {
            return frames;
        }
    }
}

fn statuses(frames: &[Value]) -> Vec<&str> {
    frames
        .iter()
        .map(|frame| frame["delivery"]["status"].as_str().expect("status"))
        .collect()
}

/// The statuses the frames carried, each once, in order (a frame says the stored state,
/// so a repeated or late callback repeats it rather than showing an earlier one).
fn statuses_deduped(frames: &[Value]) -> Vec<&str> {
    let mut seen = statuses(frames);
    seen.dedup();
    seen
}

/// Frames carry the delivery's state and nothing of the message: no text, no address.
fn assert_state_only(frames: &[Value]) {
    for frame in frames {
        let mut keys: Vec<&str> = frame["delivery"]
            .as_object()
            .expect("delivery")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["attempt", "seq", "status", "updated_at"], "{frame}");
    }
}

/// `body` POSTed to the demo clinic's Messenger webhook, signed as Meta signs.
fn signed_messenger_webhook(body: &str) -> Reply {
    let signature =
        frontdesk_domain::channels::meta::signature("dev-meta-app-secret", body.as_bytes());
    TestApp::new().send_webhook(
        "POST",
        &paths::channel_webhook("demo", "messenger"),
        &[
            ("Content-Type", "application/json"),
            ("X-Hub-Signature-256", &signature),
        ],
        Some(body.as_bytes()),
    )
}

#[test]
fn whatsapp_statuses_reach_the_staff_socket_as_meta_reports_them() {
    let staff = sign_in("admin@demo.test");
    let from = digits_id("1555");
    let (id, mut live, seq) = reply_with_socket_open(&staff, "whatsapp", &from);
    // Accepted by the Cloud API (still `queued` until Meta says `sent`), then the
    // sandbox's sent, delivered and read, each a signed status webhook.
    let frames = frames_until_read(&mut live, seq);
    assert_state_only(&frames);
    let mut seen = statuses_deduped(&frames);
    // Meta's `sent` may land before the send's own answer is stored: then the first
    // frame already says `sent`.
    if seen.first() == Some(&"queued") {
        seen.remove(0);
    }
    assert_eq!(seen, ["sent", "delivered", "read"], "{frames:?}");
    let stored = delivery_of(&staff, &id, seq).expect("delivery");
    assert_eq!(stored["status"], "read", "{stored}");
}

#[test]
fn messenger_receipts_by_watermark_mark_the_reply_delivered_then_read() {
    let staff = sign_in("admin@demo.test");
    let from = digits_id("7");
    let (id, mut live, seq) = reply_with_socket_open(&staff, "messenger", &from);
    // The Send API's answer is the send; then the sandbox's `message_deliveries` (mids
    // and a watermark) and `message_reads` (a watermark only: nothing names the message).
    let frames = frames_until_read(&mut live, seq);
    assert_state_only(&frames);
    assert_eq!(
        statuses_deduped(&frames),
        ["sent", "delivered", "read"],
        "{frames:?}"
    );
    let stored = delivery_of(&staff, &id, seq).expect("delivery");
    assert_eq!(stored["status"], "read", "{stored}");

    // A late delivery receipt (any watermark) never takes a read reply back.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as u64;
    let late =
        json!({"object": "page", "entry": [{"id": "400500600", "time": now_ms, "messaging": [
            {"sender": {"id": from}, "recipient": {"id": "400500600"},
             "delivery": {"watermark": now_ms}}
        ]}]})
        .to_string();
    let answer = signed_messenger_webhook(&late);
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    let after = delivery_of(&staff, &id, seq).expect("delivery");
    assert_eq!(after["status"], "read", "{after}");
}

#[test]
fn a_messenger_receipt_is_refused_unsigned_and_taken_for_a_stranger() {
    // A page-scoped id that never wrote to the page: taken (200: Meta retries anything
    // else), with no conversation to move.
    let stranger = digits_id("8");
    let body = json!({"object": "page", "entry": [{"id": "400500600", "time": 1458668856463_u64, "messaging": [
        {"sender": {"id": stranger}, "recipient": {"id": "400500600"},
         "timestamp": 1458668856463_u64, "read": {"watermark": 1458668856253_u64}}
    ]}]})
    .to_string();
    let answer = signed_messenger_webhook(&body);
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    // Unsigned, the same receipt is refused like any webhook.
    let refused = TestApp::new().send_webhook(
        "POST",
        &paths::channel_webhook("demo", "messenger"),
        &[("Content-Type", "application/json")],
        Some(body.as_bytes()),
    );
    assert_eq!(refused.status, 403, "{:?}", refused.body);
}
