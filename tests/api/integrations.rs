//! The practice software's calls (issue 22) against local workerd: with a
//! `messages:write` key it sends a message into an existing conversation as the clinic,
//! once per `client_msg_id`; with `surveys:write` it reports a treatment, which
//! schedules one survey at the clinic's delay (3 seconds on the test server), once per
//! `event_id`. Other keys get 403 `missing_scope`, staff sessions 401
//! `api_key_required`; every use is audited, and each key has its own rate limit (429
//! with the JSON error and `Retry-After`).

use frontdesk_protocol::{Author, SendMessageRequest, StaffReplyResponse, TreatmentEventRequest};

use crate::api_keys::new_key;
use crate::app::{says, Called, Outcome, TestApp, Visitor};
use crate::support::*;

fn send(id: &str, key: &str, body: &SendMessageRequest) -> Called<StaffReplyResponse> {
    TestApp::new().integration_send(key, id, body)
}

/// A new demo conversation holding the visitor's `text`, once `staff` find it in the
/// inbox.
fn indexed_saying(staff: &str, text: &str) -> Visitor {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(text))
        .answered(201);
    eventually("the conversation in the inbox", || {
        app.inbox_row(staff, visitor.id(), &[])
    });
    visitor
}

#[test]
fn the_practice_software_sends_a_message_as_the_clinic_once_per_client_key() {
    let admin = sign_in("admin@demo.test");
    let (writer_id, writer) = new_key(&admin, &["messages:write"]);
    let (_, reader) = new_key(&admin, &["conversations:read", "surveys:write"]);
    let app = TestApp::new();
    let visitor = indexed_saying(&admin, "when is my next check-up?");
    let id = visitor.id();
    let text = format!("Your check-up is on Monday at 9:00. {}", canary());
    let body = says(&text);

    // Scope, then who may call at all.
    let refused = send(id, &reader, &body).refused(403);
    assert_eq!(refused.code, "missing_scope");
    assert!(refused.message.contains("messages:write"));
    let session = send(id, &admin, &body).refused(401);
    assert_eq!(session.code, "api_key_required");
    send(id, "", &body).refused(401);

    // Bad bodies are refused with reasons, and store nothing.
    for (bad, code) in [
        (
            SendMessageRequest {
                client_msg_id: "not-a-uuid".into(),
                ..says("hi")
            },
            "invalid_client_msg_id",
        ),
        (
            SendMessageRequest {
                attachment_ids: vec!["at_1".into()],
                ..says("")
            },
            "attachments_not_accepted",
        ),
        (says("  "), "empty_text"),
    ] {
        let refused = send(id, &writer, &bad).refused(422);
        assert_eq!(refused.code, code, "{bad:?}");
    }
    let nowhere = format!("c_{}", "0".repeat(32));
    let unknown = send(&nowhere, &writer, &body).refused(404);
    assert_eq!(unknown.code, "unknown_conversation");

    // Stored once as the clinic's message; a resend answers the same message.
    let message = send(id, &writer, &body).answered(201).body.message;
    assert_eq!(message.author, Author::Staff);
    assert_eq!(
        message.author_name.as_deref(),
        Some("Lakeside Family Clinic")
    );
    assert_eq!(message.text, text);
    let again = send(id, &writer, &body).answered(200);
    assert_eq!(again.body.message.id, message.id);
    let thread = app.visitor_messages(&visitor, None).answered(200).body;
    let copies = thread.messages.iter().filter(|m| m.text == text).count();
    assert_eq!(copies, 1, "{thread:?}");

    // Audited under the key's id: its use and the reply, never the text.
    let log = app.audit_log(&admin).answered(200);
    let entries = &log.body.entries;
    assert!(
        entries.iter().any(|entry| entry.action == "api_key_used"
            && entry.actor == writer_id
            && entry.detail.as_deref()
                == Some("POST /v1/integrations/conversations/{id}/messages")
            && entry.conversation_id.as_deref() == Some(id)),
        "{entries:?}"
    );
    assert!(entries.iter().any(|entry| entry.action == "replied"
        && entry.actor == writer_id
        && entry.conversation_id.as_deref() == Some(id)));
    assert!(!log.json.to_string().contains(&canary()));
}

#[test]
fn each_key_has_its_own_rate_limit_with_a_json_429() {
    let admin = sign_in("admin@demo.test");
    let (_, busy) = new_key(&admin, &["messages:write"]);
    let (_, calm) = new_key(&admin, &["messages:write"]);
    // An unknown conversation: each call passes the key's checks and its bucket, then
    // answers 404, so the flood stores nothing.
    let nowhere = format!("c_{}", "0".repeat(32));
    let body = says("hello");
    let mut limited = None;
    for _ in 0..200 {
        let reply = send(&nowhere, &busy, &body);
        if reply.status() == 429 {
            limited = Some(reply);
            break;
        }
        assert_eq!(reply.status(), 404, "{reply:?}");
    }
    let limited = limited.expect("a 429 within 200 calls").refusal(429);
    assert_eq!(limited.error.code, "too_many_requests");
    assert!(
        limited.json["error"]["message"].is_string(),
        "{:?}",
        limited.json
    );
    let seconds: u64 = limited
        .header("Retry-After")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("429 without a numeric Retry-After: {:?}", limited.headers));
    assert!((1..=60).contains(&seconds), "Retry-After {seconds}");
    // Another key of the same clinic is not held back.
    assert_eq!(send(&nowhere, &calm, &body).status(), 404);
}

/// `at` seconds from now, as RFC 3339.
pub(crate) fn from_now(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(now_secs() + seconds, 0)
        .expect("a time")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The survey invitations in a conversation, as the visitor sees it.
fn invitations(visitor: &Visitor) -> usize {
    let thread = TestApp::new().visitor_messages(visitor, None).answered(200);
    thread.json["messages"]
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
    TestApp::new().run_cron("0 * * * *");
}

#[test]
fn a_treatment_event_schedules_one_survey_at_the_clinics_delay() {
    let admin = sign_in("admin@demo.test");
    let (key_id, practice) = new_key(&admin, &["surveys:write"]);
    let (_, writer) = new_key(&admin, &["messages:write"]);
    let app = TestApp::new();
    let visitor = indexed_saying(&admin, "thanks, see you on Monday");
    let id = visitor.id();
    let event_id = format!("pms-visit:{}", uuid());
    // Done a few seconds from now (clock skew is allowed), so the survey is due after
    // the test server's 3-second survey delay from then.
    let performed_at = from_now(6);
    let body = TreatmentEventRequest {
        event_id: event_id.clone(),
        conversation_id: Some(id.to_owned()),
        phone: None,
        procedure: "Wisdom tooth extraction".into(),
        performed_at: performed_at.clone(),
    };

    let refused = app.report_treatment(&writer, &body).refused(403);
    assert_eq!(refused.code, "missing_scope");
    let staff_session = app.report_treatment(&admin, &body).refused(401);
    assert_eq!(staff_session.code, "api_key_required");
    type Change = Box<dyn Fn(&mut TreatmentEventRequest)>;
    let (in_an_hour, long_ago) = (from_now(3600), from_now(-61 * 86_400));
    let changes: [(Change, &str); 5] = [
        (
            Box::new(|b| b.event_id = "visit 1".into()),
            "invalid_event_id",
        ),
        (Box::new(|b| b.procedure = " ".into()), "invalid_procedure"),
        (
            Box::new(|b| b.performed_at = "yesterday".into()),
            "invalid_performed_at",
        ),
        (
            Box::new(move |b| b.performed_at = in_an_hour.clone()),
            "performed_in_future",
        ),
        (
            Box::new(move |b| b.performed_at = long_ago.clone()),
            "performed_too_long_ago",
        ),
    ];
    for (change, code) in changes {
        let mut bad = body.clone();
        change(&mut bad);
        let refused = app.report_treatment(&practice, &bad).refused(422);
        assert_eq!(refused.code, code, "{bad:?}");
    }
    let nowhere = TreatmentEventRequest {
        conversation_id: Some(format!("c_{}", "0".repeat(32))),
        ..body.clone()
    };
    let unknown = app.report_treatment(&practice, &nowhere).refused(404);
    assert_eq!(unknown.code, "unknown_conversation");

    let scheduled = app.report_treatment(&practice, &body).answered(202);
    let due_at = from_timestamp(&performed_at) + 3;
    assert_eq!(scheduled.body.event_id, event_id);
    assert_eq!(scheduled.body.conversation_id, id);
    let due = &scheduled.body.survey_due_at;
    assert_eq!(from_timestamp(due), due_at, "{due}");
    // Read now: the log answers its latest 200 entries, and the survey round below also
    // sends the surveys other tests' conversations have due (inbox paging resolves 230),
    // which can push these two out of that window.
    let log = app.audit_log(&admin).answered(200).body;
    let entries = &log.entries;
    assert!(
        entries
            .iter()
            .any(|entry| entry.action == "survey_scheduled"
                && entry.actor == key_id
                && entry.conversation_id.as_deref() == Some(id)),
        "{entries:?}"
    );
    assert!(entries.iter().any(|entry| entry.action == "api_key_used"
        && entry.actor == key_id
        && entry.detail.as_deref() == Some("POST /v1/integrations/treatments")));
    // The same event again schedules nothing new; its id for another patient is refused.
    let again = app.report_treatment(&practice, &body).answered(200);
    assert_eq!(again.json, scheduled.json);
    let other = indexed_saying(&admin, "a question");
    let reused = TreatmentEventRequest {
        conversation_id: Some(other.id().to_owned()),
        ..body.clone()
    };
    let refused = app.report_treatment(&practice, &reused).refused(409);
    assert_eq!(refused.code, "event_id_reused");

    // Not before it is due…
    hourly_cron();
    if now_secs() < due_at {
        assert_eq!(invitations(&visitor), 0, "a survey before it was due");
    }
    // …then once, however often the round runs.
    while now_secs() <= due_at {
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    hourly_cron();
    eventually("the survey invitation", || {
        (invitations(&visitor) > 0).then_some(())
    });
    hourly_cron();
    assert_eq!(invitations(&visitor), 1);

    let log = app.audit_log(&admin).answered(200).body;
    let entries = &log.entries;
    assert!(
        entries.iter().any(|entry| entry.action == "survey_sent"
            && entry.actor == "survey-schedule"
            && entry.conversation_id.as_deref() == Some(id)),
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
