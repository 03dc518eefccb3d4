//! Failed channel deliveries: a reply the provider refused, or reported undelivered,
//! shows as failed with the provider's reason in plain words, and staff resend it exactly
//! once more (the sandbox fails the next send when told to: `POST /sandbox/fail-next`).

use frontdesk_protocol::{DeliveryStatus, ResendRequest, ResendResponse};
use serde_json::{json, Value};

use crate::app::{Called, Outcome, TestApp};
use crate::channels_sms::{
    delivery_of, field, owned, patient_number, patient_texts, post_form, row_of, sandbox, sent_to,
    staff_reply, ACCOUNT_SID, AUTH_TOKEN, CLINIC_NUMBER,
};
use crate::paths;
use crate::support::*;

/// The sandbox fails the next send of `text` to `to` (other tests' sends go on).
fn fail_next(mode: &str, to: &str, text: &str) {
    let answer = sandbox(
        "POST",
        "/sandbox/fail-next",
        Some(&json!({"channel": "sms", "mode": mode, "to": to, "text": text})),
    );
    assert_eq!(answer["fail_next"], mode, "{answer}");
}

fn resend(staff: &str, id: &str, seq: u64, attempt: u32) -> Called<ResendResponse> {
    TestApp::new().resend(Some(staff), id, seq, &ResendRequest { attempt })
}

/// A resend body no `ResendRequest` holds (a wrong type, another field), sent as written.
fn resend_forged(staff: &str, id: &str, seq: u64, body: &Value) -> Reply {
    let bytes = body.to_string();
    TestApp::new().send_forged(
        "POST",
        &paths::staff_message_resend(id, seq),
        Some(staff),
        &[("Content-Type", "application/json")],
        Some(bytes.as_bytes()),
    )
}

/// How many Messages API calls carried `text` to `number`.
fn sends_of(number: &str, text: &str) -> usize {
    sent_to(number)
        .iter()
        .filter(|(_, form)| field(form, "Body") == Some(text))
        .count()
}

/// A patient's conversation with one staff reply whose send the sandbox fails as `mode`
/// says; returns the staff token, conversation id, reply seq, number and text.
fn failed_reply(mode: &str) -> (String, String, u64, String, String) {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("+1555");
    patient_texts(&from, &format!("Can I move my appointment? {}", canary()));
    let row = row_of(&staff, &from);
    let id = row["conversation_id"].as_str().expect("id").to_owned();
    let text = format!("Yes, Thursday at ten works. {}", canary());
    fail_next(mode, &from, &text);
    let reply = staff_reply(&staff, &id, &text).answered(201);
    let seq = reply.body.message.seq;
    (staff, id, seq, from, text)
}

#[test]
fn a_refused_send_shows_failed_in_plain_words_and_resends_exactly_once() {
    let (staff, id, seq, from, text) = failed_reply("reject");
    let failed = eventually("the failed delivery", || {
        delivery_of(&staff, &id, seq).filter(|d| d["status"] == "failed")
    });
    let reason = failed["reason"].as_str().expect("reason");
    assert!(
        reason.starts_with("The patient's number or account is not valid on this channel."),
        "{reason}"
    );
    assert!(reason.contains("(Twilio 21614:"), "{reason}");
    assert_eq!(failed["attempt"], 1);
    assert_eq!(sends_of(&from, &text), 1);

    // The thread's poll sees the same, without the message text.
    let listed = TestApp::new().deliveries(&staff, &id).answered(200);
    let listed_one = listed.json["deliveries"]
        .as_array()
        .expect("deliveries")
        .iter()
        .find(|d| d["seq"] == seq)
        .cloned()
        .expect("listed");
    assert_eq!(listed_one["status"], "failed");
    assert!(!listed.json.to_string().contains(&text));

    let first = resend(&staff, &id, seq, 2).answered(202);
    assert_eq!(first.body.delivery.attempt, 2);
    assert_ne!(first.body.delivery.status, DeliveryStatus::Failed);
    // Asked again (a double click, a retried request): answered, nothing more sent.
    let again = resend(&staff, &id, seq, 2).answered(200);
    assert_eq!(again.body.delivery.attempt, 2);
    eventually("the resend delivered", || {
        delivery_of(&staff, &id, seq).filter(|d| d["status"] == "delivered")
    });
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(sends_of(&from, &text), 2, "the first send and one resend");

    // Only a failed delivery is resent, and only as the next attempt.
    let delivered = resend(&staff, &id, seq, 3).refused(409);
    assert_eq!(delivered.code, "not_failed");
    let skipped = resend(&staff, &id, seq, 5).refused(409);
    assert_eq!(skipped.code, "stale_attempt");
    assert_eq!(sends_of(&from, &text), 2);
}

#[test]
fn an_undelivered_callback_fails_the_reply_and_the_first_attempts_late_news_never_touches_the_resend(
) {
    let (staff, id, seq, from, text) = failed_reply("undelivered");
    let failed = eventually("the undelivered status", || {
        delivery_of(&staff, &id, seq).filter(|d| d["status"] == "failed")
    });
    let reason = failed["reason"].as_str().expect("reason");
    assert!(
        reason.starts_with("The patient's phone or account could not be reached"),
        "{reason}"
    );
    assert!(reason.ends_with("(Twilio 30003)"), "{reason}");
    let (first_call, first_form) = sent_to(&from)
        .into_iter()
        .find(|(_, form)| field(form, "Body") == Some(text.as_str()))
        .expect("the first send");
    let first_callback = field(&first_form, "StatusCallback")
        .expect("callback")
        .to_owned();
    assert!(!first_callback.contains("attempt="), "{first_call}");

    resend(&staff, &id, seq, 2).answered(202);
    eventually("the resend delivered", || {
        delivery_of(&staff, &id, seq).filter(|d| d["status"] == "delivered")
    });
    let second_callback = sent_to(&from)
        .into_iter()
        .filter(|(_, form)| field(form, "Body") == Some(text.as_str()))
        .nth(1)
        .and_then(|(_, form)| field(&form, "StatusCallback").map(str::to_owned))
        .expect("the resend's callback");
    assert!(second_callback.ends_with("&attempt=2"), "{second_callback}");

    // A late `read` for the first, undelivered attempt is not news about the resend.
    let late = [
        ("MessageSid", "SMlate0000000000000000000000000001"),
        ("MessageStatus", "read"),
        ("AccountSid", ACCOUNT_SID),
        ("From", CLINIC_NUMBER),
        ("To", from.as_str()),
    ];
    let signature =
        frontdesk_domain::channels::twilio::signature(AUTH_TOKEN, &first_callback, &owned(&late));
    let path = first_callback.trim_start_matches(&base_url()).to_owned();
    let answer = post_form(&path, &late, Some(&signature));
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    let after = delivery_of(&staff, &id, seq).expect("delivery");
    assert_eq!(after["status"], "delivered", "{after}");
    assert_eq!(after["attempt"], 2, "{after}");
}

#[test]
fn a_resend_is_refused_with_clear_errors() {
    let (staff, id, seq, _, _) = failed_reply("reject");
    eventually("the failed delivery", || {
        delivery_of(&staff, &id, seq).filter(|d| d["status"] == "failed")
    });
    let unknown = resend(&staff, &id, seq + 50, 2).refused(404);
    assert_eq!(unknown.code, "unknown_delivery");
    resend(&staff, &id, 0, 2).refused(404);
    // The body names the attempt only: a wrong type or another field is refused.
    let bad = resend_forged(&staff, &id, seq, &json!({"attempt": "two"}));
    assert_eq!(bad.status, 422, "{:?}", bad.body);
    assert_eq!(bad.body["error"]["code"], "invalid_field");
    let extra = resend_forged(&staff, &id, seq, &json!({"attempt": 2, "text": "other"}));
    assert_eq!(extra.status, 422, "{:?}", extra.body);
    TestApp::new()
        .resend(None, &id, seq, &ResendRequest { attempt: 2 })
        .refused(401);
    // Still failed on its first attempt: none of those resent it.
    let still = delivery_of(&staff, &id, seq).expect("delivery");
    assert_eq!(still["status"], "failed");
    assert_eq!(still["attempt"], 1);
}
