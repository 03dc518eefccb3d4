//! Privacy on open channels (issue 18), against workerd and the provider sandbox: the
//! notice fixture clinic sends SMS staff replies as notices (`content = "notice"`), whose
//! link opens the conversation on the Frontdesk origin; its WhatsApp stays in text mode.

use frontdesk_protocol::NoticeConversationResponse;
use serde_json::{json, Value};

use crate::app::{says, Called, Outcome, TestApp};
use crate::channels_sms::{field, patient_number, sandbox, sent_to, staff_reply, thread};
use crate::channels_whatsapp::graph_calls;
use crate::openapi::{check, document};
use crate::paths;
use crate::support::*;

const NOTICE_CLINIC: &str = "notice-sms";
const NOTICE_ADMIN: &str = "admin@notice.test";
const CLINIC_NAME: &str = "Notice Test Clinic (test fixture)";
/// The fixture's link lifetime (xtask's seed, `NOTICE_LINK_SECONDS`).
const LINK_SECONDS: u64 = 15;

/// The patient writes to the notice clinic on `channel` through the sandbox.
fn patient_writes(channel: &str, from: &str, text: &str) {
    let answer = sandbox(
        "POST",
        &format!("/sandbox/patient/{channel}"),
        Some(&json!({"clinic": NOTICE_CLINIC, "from": from, "text": text})),
    );
    assert_eq!(answer["edge_status"], 200, "{answer}");
}

/// The notice clinic's conversation with `address`.
fn conversation_of(staff: &str, address: &str) -> String {
    eventually("the conversation in the notice clinic's inbox", || {
        let inbox = TestApp::new().inbox(staff, &[]).answered(200);
        inbox.json["conversations"]
            .as_array()?
            .iter()
            .find(|row| row["address"] == address)
            .and_then(|row| row["conversation_id"].as_str().map(str::to_owned))
    })
}

/// The link's secret in a notice's text (the URL's fragment).
pub(crate) fn token_in(body: &str) -> Option<String> {
    let (_, fragment) = body.split_once("/notice/#")?;
    Some(fragment.split_whitespace().next()?.to_owned())
}

const PATH: &str = paths::notice_messages();

fn read_through(token: Option<&str>) -> Called<NoticeConversationResponse> {
    TestApp::new().notice_conversation(token)
}

pub(crate) fn texts(conversation: &Value) -> Vec<String> {
    conversation["messages"]
        .as_array()
        .map(|messages| {
            messages
                .iter()
                .filter_map(|m| m["text"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The notice clinic's audit entries of `action` about conversation `id`.
fn audited(staff: &str, id: &str, action: &str) -> Vec<Value> {
    let log = TestApp::new().audit_log(staff).answered(200);
    log.json["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["conversation_id"] == id && e["action"] == action)
        .cloned()
        .collect()
}

#[test]
fn in_notice_mode_an_sms_reply_goes_out_as_a_link_that_opens_the_conversation_until_it_expires() {
    let staff = sign_in(NOTICE_ADMIN);
    let from = patient_number("+1555");
    let question = format!("Are my blood test results back? {}", canary());
    patient_writes("sms", &from, &question);
    let id = conversation_of(&staff, &from);
    let reply_text = format!("Your results are normal, no need to come in. {}", canary());
    staff_reply(&staff, &id, &reply_text).answered(201);

    // At Twilio: a notice with a link, and nowhere the reply's (or the question's) text.
    let notice = eventually("the notice at Twilio", || {
        sent_to(&from)
            .into_iter()
            .filter_map(|(_, form)| field(&form, "Body").map(str::to_owned))
            .find(|body| body.contains("/notice/#"))
    });
    assert!(
        notice.starts_with(&format!("You have a new message from {CLINIC_NAME}: ")),
        "{notice}"
    );
    let link = notice.rsplit(' ').next().expect("the link");
    assert!(
        link.starts_with(&format!("{}/notice/#fdn_", base_url())),
        "on the Frontdesk origin: {link}"
    );
    let token = token_in(&notice).expect("a token");
    assert_eq!(token.len(), 4 + 64, "256 random bits: {token}");
    for (_, form) in sent_to(&from) {
        let body = field(&form, "Body").unwrap_or_default();
        assert!(
            !body.contains(&reply_text) && !body.contains(&canary()),
            "no message text goes out by SMS: {body}"
        );
    }

    // The link shows the conversation, the reply included; the read is audited, without
    // the link.
    let read = read_through(Some(&token)).answered(200);
    check(&document(), "GET", PATH, &read);
    assert_eq!(read.body.clinic_name, CLINIC_NAME);
    // The fixture's links live seconds (the default is three days).
    let expires_at = chrono::DateTime::parse_from_rfc3339(&read.body.expires_at)
        .expect("RFC 3339")
        .timestamp();
    let now = crate::integrations::now_secs();
    assert!(
        expires_at > now && expires_at <= now + LINK_SECONDS as i64,
        "{expires_at} vs {now}"
    );
    let shown = texts(&read.json);
    assert!(shown.contains(&reply_text), "{shown:?}");
    assert!(shown.contains(&question), "{shown:?}");
    let entries = audited(&staff, &id, "notice_link_read");
    assert!(!entries.is_empty(), "the read is audited");
    assert!(
        !entries.iter().any(|e| e.to_string().contains(&token[4..])),
        "the audit holds no link: {entries:?}"
    );

    // Whoever holds the link may answer; the answer is the patient's, in the thread.
    let answer_text = format!("Thank you, that is a relief. {}", canary());
    let answer = TestApp::new()
        .notice_send(Some(&token), &says(&answer_text))
        .answered(201);
    check(&document(), "POST", PATH, &answer);
    assert_eq!(answer.json["message"]["author"], "visitor");
    let messages = thread(&staff, &id)["messages"].clone();
    assert!(
        messages
            .as_array()
            .expect("messages")
            .iter()
            .any(|m| m["author"] == "visitor" && m["text"] == answer_text.as_str()),
        "{messages}"
    );

    // Once expired, it shows nothing and says so.
    let expired = eventually("the link to expire", || {
        let read = read_through(Some(&token));
        (read.status() != 200).then_some(read)
    })
    .refusal(410);
    assert_eq!(expired.error.code, "notice_link_expired");
    check(&document(), "GET", PATH, &expired);
    assert!(texts(&expired.json).is_empty());
    assert!(!expired.json.to_string().contains(&canary()));
    TestApp::new()
        .notice_send(Some(&token), &says("still there?"))
        .refused(410);
}

#[test]
fn a_wrong_malformed_or_missing_link_gets_a_clear_error_and_shows_nothing() {
    let unknown = format!("fdn_{}", "0123456789abcdef".repeat(4));
    for (token, status, code) in [
        (Some(unknown.as_str()), 404, "unknown_notice_link"),
        (Some("fdn_short"), 404, "unknown_notice_link"),
        (
            Some("dev-only-expired-session-token-for-the-api-tests"),
            404,
            "unknown_notice_link",
        ),
        (None, 401, "notice_link_missing"),
    ] {
        let read = read_through(token).refusal(status);
        check(&document(), "GET", PATH, &read);
        assert_eq!(read.error.code, code, "{token:?}: {:?}", read.json);
        assert!(read.json.get("messages").is_none());
        let write = TestApp::new().notice_send(token, &says("hello"));
        assert_eq!(write.status(), status, "{token:?}: {write:?}");
    }
}

#[test]
fn in_notice_mode_the_safety_reply_to_an_emergency_still_goes_as_text() {
    let staff = sign_in(NOTICE_ADMIN);
    let from = patient_number("+447700");
    patient_writes(
        "sms",
        &from,
        &format!("my father has chest pain and can't breathe {}", canary()),
    );
    conversation_of(&staff, &from);
    let body = eventually("the safety reply at Twilio", || {
        sent_to(&from)
            .into_iter()
            .find_map(|(_, form)| field(&form, "Body").map(str::to_owned))
    });
    assert!(body.contains("999"), "what to do, as text: {body}");
    assert!(!body.contains("/notice/#"), "{body}");
}

#[test]
fn whatsapp_in_text_mode_is_unchanged_beside_a_notice_mode_sms() {
    let staff = sign_in(NOTICE_ADMIN);
    let from = patient_number("1555").trim_start_matches('+').to_owned();
    patient_writes(
        "whatsapp",
        &from,
        &format!("Do you have parking? {}", canary()),
    );
    let id = conversation_of(&staff, &from);
    let text = format!("Yes, in the courtyard. {}", canary());
    staff_reply(&staff, &id, &text).answered(201);
    eventually("the reply's text at Graph", || {
        graph_calls("whatsapp")
            .into_iter()
            .find(|(_, body)| body["to"] == from.as_str() && body["text"]["body"] == text.as_str())
    });
}
