//! The practice software's calls (issue 22) against local workerd: with a
//! `messages:write` key it sends a message into an existing conversation as the clinic,
//! once per `client_msg_id`; with `surveys:write` it reports a treatment, which
//! schedules one survey at the clinic's delay (3 seconds on the test server), once per
//! `event_id`. Other keys get 403 `missing_scope`, staff sessions 401
//! `api_key_required`; every use is audited, and each key has its own rate limit (429
//! with the JSON error and `Retry-After`).

use serde_json::{json, Value};

use crate::api_keys::new_key;
use crate::paths;
use crate::support::*;

fn send(id: &str, token: &str, body: &Value) -> Reply {
    post(&paths::integration_messages(id), Some(token), body)
}

#[test]
fn the_practice_software_sends_a_message_as_the_clinic_once_per_client_key() {
    let admin = sign_in("admin@demo.test");
    let (writer_id, writer) = new_key(&admin, &["messages:write"]);
    let (_, reader) = new_key(&admin, &["conversations:read", "surveys:write"]);
    let (id, token) = new_conversation();
    assert_eq!(
        visitor_send(&id, &token, &uuid(), "when is my next check-up?").status,
        201
    );
    eventually("the conversation in the inbox", || {
        inbox_row(&admin, &id, "")
    });
    let client_msg_id = uuid();
    let text = format!("Your check-up is on Monday at 9:00. {}", canary());
    let body = json!({"client_msg_id": client_msg_id, "text": text});

    // Scope, then who may call at all.
    let refused = send(&id, &reader, &body);
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "missing_scope");
    assert!(refused.body["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("messages:write")));
    let session = send(&id, &admin, &body);
    assert_eq!(session.status, 401, "{:?}", session.body);
    assert_eq!(session.error_code(), "api_key_required");
    assert_eq!(send(&id, "", &body).status, 401);

    // Bad bodies are refused with reasons, and store nothing.
    for (bad, code) in [
        (
            json!({"client_msg_id": "not-a-uuid", "text": "hi"}),
            "invalid_client_msg_id",
        ),
        (
            json!({"client_msg_id": uuid(), "text": "", "attachment_ids": ["at_1"]}),
            "attachments_not_accepted",
        ),
        (json!({"client_msg_id": uuid(), "text": "  "}), "empty_text"),
    ] {
        let reply = send(&id, &writer, &bad);
        assert_eq!(reply.status, 422, "{bad}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{bad}");
    }
    let unknown = send(&format!("c_{}", "0".repeat(32)), &writer, &body);
    assert_eq!(unknown.status, 404, "{:?}", unknown.body);
    assert_eq!(unknown.error_code(), "unknown_conversation");

    // Stored once as the clinic's message; a resend answers the same message.
    let sent = send(&id, &writer, &body);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    let message = &sent.body["message"];
    assert_eq!(message["author"], "staff");
    assert_eq!(message["author_name"], "Lakeside Family Clinic");
    assert_eq!(message["text"], text.as_str());
    let again = send(&id, &writer, &body);
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(again.body["message"]["id"], message["id"]);
    let thread = get(&paths::conversation_messages(&id), Some(&token));
    assert_eq!(thread.status, 200, "{:?}", thread.body);
    let copies = thread.body["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["text"] == text.as_str())
        .count();
    assert_eq!(copies, 1, "{:?}", thread.body);

    // Audited under the key's id: its use and the reply, never the text.
    let log = get(paths::audit_log(), Some(&admin));
    assert_eq!(log.status, 200, "{:?}", log.body);
    let entries = log.body["entries"].as_array().expect("entries");
    assert!(
        entries.iter().any(|entry| entry["action"] == "api_key_used"
            && entry["actor"] == writer_id.as_str()
            && entry["detail"] == "POST /v1/integrations/conversations/{id}/messages"
            && entry["conversation_id"] == id.as_str()),
        "{entries:?}"
    );
    assert!(entries.iter().any(|entry| entry["action"] == "replied"
        && entry["actor"] == writer_id.as_str()
        && entry["conversation_id"] == id.as_str()));
    assert!(!log.body.to_string().contains(&canary()));
}

#[test]
fn each_key_has_its_own_rate_limit_with_a_json_429() {
    let admin = sign_in("admin@demo.test");
    let (_, busy) = new_key(&admin, &["messages:write"]);
    let (_, calm) = new_key(&admin, &["messages:write"]);
    // An unknown conversation: each call passes the key's checks and its bucket, then
    // answers 404, so the flood stores nothing.
    let nowhere = format!("c_{}", "0".repeat(32));
    let body = json!({"client_msg_id": uuid(), "text": "hello"});
    let mut limited = None;
    for _ in 0..200 {
        let reply = send(&nowhere, &busy, &body);
        if reply.status == 429 {
            limited = Some(reply);
            break;
        }
        assert_eq!(reply.status, 404, "{:?}", reply.body);
    }
    let limited = limited.expect("a 429 within 200 calls");
    assert_eq!(limited.error_code(), "too_many_requests");
    assert!(
        limited.body["error"]["message"].is_string(),
        "{:?}",
        limited.body
    );
    let seconds: u64 = limited
        .header("Retry-After")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("429 without a numeric Retry-After: {:?}", limited.headers));
    assert!((1..=60).contains(&seconds), "Retry-After {seconds}");
    // Another key of the same clinic is not held back.
    assert_eq!(send(&nowhere, &calm, &body).status, 404);
}

/// `at` seconds from now, as RFC 3339.
pub(crate) fn from_now(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(now_secs() + seconds, 0)
        .expect("a time")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The survey invitations in a conversation, as the visitor sees it.
fn invitations(id: &str, token: &str) -> usize {
    let thread = get(&paths::conversation_messages(id), Some(token));
    assert_eq!(thread.status, 200, "{:?}", thread.body);
    thread.body["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| is_invitation(m))
        .count()
}

/// Whether a message is a survey invitation (`survey:<survey_id>`, by the system).
pub(crate) fn is_invitation(message: &serde_json::Value) -> bool {
    message["author"] == "system"
        && message["client_msg_id"]
            .as_str()
            .is_some_and(|id| id.starts_with("survey:"))
}

pub(crate) fn hourly_cron() {
    let cron = get("/__scheduled?cron=0+*+*+*+*", None);
    assert_eq!(cron.status, 200, "{:?}", cron.body);
}

#[test]
fn a_treatment_event_schedules_one_survey_at_the_clinics_delay() {
    let admin = sign_in("admin@demo.test");
    let (key_id, practice) = new_key(&admin, &["surveys:write"]);
    let (_, writer) = new_key(&admin, &["messages:write"]);
    let (id, token) = new_conversation();
    assert_eq!(
        visitor_send(&id, &token, &uuid(), "thanks, see you on Monday").status,
        201
    );
    eventually("the conversation in the inbox", || {
        inbox_row(&admin, &id, "")
    });
    let treatments = paths::integration_treatments();
    let event_id = format!("pms-visit:{}", uuid());
    // Done a few seconds from now (clock skew is allowed), so the survey is due after
    // the test server's 3-second survey delay from then.
    let performed_at = from_now(6);
    let body = json!({
        "event_id": event_id,
        "conversation_id": id,
        "procedure": "Wisdom tooth extraction",
        "performed_at": performed_at,
    });

    let refused = post(treatments, Some(&writer), &body);
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "missing_scope");
    assert_eq!(
        post(treatments, Some(&admin), &body).error_code(),
        "api_key_required"
    );
    for (field, value, code) in [
        ("event_id", json!("visit 1"), "invalid_event_id"),
        ("procedure", json!(" "), "invalid_procedure"),
        ("performed_at", json!("yesterday"), "invalid_performed_at"),
        ("performed_at", json!(from_now(3600)), "performed_in_future"),
        (
            "performed_at",
            json!(from_now(-61 * 86_400)),
            "performed_too_long_ago",
        ),
    ] {
        let mut bad = body.clone();
        bad[field] = value;
        let reply = post(treatments, Some(&practice), &bad);
        assert_eq!(reply.status, 422, "{bad}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{bad}");
    }
    let mut nowhere = body.clone();
    nowhere["conversation_id"] = json!(format!("c_{}", "0".repeat(32)));
    assert_eq!(
        post(treatments, Some(&practice), &nowhere).error_code(),
        "unknown_conversation"
    );

    let scheduled = post(treatments, Some(&practice), &body);
    assert_eq!(scheduled.status, 202, "{:?}", scheduled.body);
    let due_at = from_timestamp(&performed_at) + 3;
    assert_eq!(scheduled.body["event_id"], event_id.as_str());
    assert_eq!(scheduled.body["conversation_id"], id.as_str());
    let due = scheduled.body["survey_due_at"]
        .as_str()
        .expect("survey_due_at");
    assert_eq!(from_timestamp(due), due_at, "{due}");
    // Read now: the log answers its latest 200 entries, and the survey round below also
    // sends the surveys other tests' conversations have due (inbox paging resolves 230),
    // which can push these two out of that window.
    let log = get(paths::audit_log(), Some(&admin));
    let entries = log.body["entries"].as_array().expect("entries");
    assert!(
        entries
            .iter()
            .any(|entry| entry["action"] == "survey_scheduled"
                && entry["actor"] == key_id.as_str()
                && entry["conversation_id"] == id.as_str()),
        "{entries:?}"
    );
    assert!(entries.iter().any(|entry| entry["action"] == "api_key_used"
        && entry["actor"] == key_id.as_str()
        && entry["detail"] == "POST /v1/integrations/treatments"));
    // The same event again schedules nothing new; its id for another patient is refused.
    let again = post(treatments, Some(&practice), &body);
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(again.body, scheduled.body);
    let (other, other_token) = new_conversation();
    assert_eq!(
        visitor_send(&other, &other_token, &uuid(), "a question").status,
        201
    );
    eventually("the other conversation in the inbox", || {
        inbox_row(&admin, &other, "")
    });
    let mut reused = body.clone();
    reused["conversation_id"] = json!(other);
    let reply = post(treatments, Some(&practice), &reused);
    assert_eq!(reply.status, 409, "{:?}", reply.body);
    assert_eq!(reply.error_code(), "event_id_reused");

    // Not before it is due…
    hourly_cron();
    if now_secs() < due_at {
        assert_eq!(invitations(&id, &token), 0, "a survey before it was due");
    }
    // …then once, however often the round runs.
    while now_secs() <= due_at {
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    hourly_cron();
    eventually("the survey invitation", || {
        (invitations(&id, &token) > 0).then_some(())
    });
    hourly_cron();
    assert_eq!(invitations(&id, &token), 1);

    let log = get(paths::audit_log(), Some(&admin));
    let entries = log.body["entries"].as_array().expect("entries");
    assert!(
        entries.iter().any(|entry| entry["action"] == "survey_sent"
            && entry["actor"] == "survey-schedule"
            && entry["conversation_id"] == id.as_str()),
        "{entries:?}"
    );
}

pub(crate) fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as i64
}

fn from_timestamp(rfc3339: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .expect("RFC 3339")
        .timestamp()
}
