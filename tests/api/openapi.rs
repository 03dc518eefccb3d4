//! Real answers from workerd conform to `openapi/frontdesk.json`: each status is documented
//! for its operation and each body matches the documented schema.
//!
//! The checker is deliberately small: `$ref`, `type`, `nullable`, `required`,
//! `properties`, `items`, `enum`, `minimum`, `minLength`/`maxLength` and the `date-time`
//! and `uuid` formats; extra properties are allowed (the contract says "at least").

use serde_json::{json, Value};

use frontdesk_protocol::{
    AssignRequest, ConversationStatus, CreateConversationRequest, SendMessageRequest,
    SetStatusRequest, StaffLoginRequest,
};

use crate::app::{says, Answer, Called, Outcome, Refusal, TestApp};
use crate::paths;
use crate::support::*;

pub(crate) fn document() -> Value {
    serde_json::from_str(include_str!("../../openapi/frontdesk.json")).expect("openapi json")
}

/// Follows a local `$ref` (`#/components/...`).
fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node["$ref"].as_str() {
        Some(pointer) => resolve(doc, doc.pointer(&pointer[1..]).expect("$ref target")),
        None => node,
    }
}

fn looks_like_date_time(value: &str) -> bool {
    let bytes = value.as_bytes();
    value.len() >= 20
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[10] == b'T'
        && bytes[13] == b':'
        && (value.ends_with('Z') || value[19..].contains(['+', '-']))
}

fn looks_like_uuid(value: &str) -> bool {
    let groups: Vec<&str> = value.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Every way `value` breaks `schema`, each with its JSON path.
fn violations(doc: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
    let schema = resolve(doc, schema);
    let mut found = Vec::new();
    if value.is_null() {
        if schema["nullable"] != true {
            found.push(format!("{at}: null is not allowed"));
        }
        return found;
    }
    let kind_ok = match schema["type"].as_str() {
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        _ => true,
    };
    if !kind_ok {
        found.push(format!("{at}: expected {}, got {value}", schema["type"]));
        return found;
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            found.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    if let (Some(minimum), Some(number)) = (schema["minimum"].as_f64(), value.as_f64()) {
        if number < minimum {
            found.push(format!("{at}: {number} is below {minimum}"));
        }
    }
    if let Some(text) = value.as_str() {
        let length = text.chars().count() as u64;
        if schema["minLength"].as_u64().is_some_and(|min| length < min) {
            found.push(format!("{at}: shorter than minLength"));
        }
        if schema["maxLength"].as_u64().is_some_and(|max| length > max) {
            found.push(format!("{at}: longer than maxLength"));
        }
        match schema["format"].as_str() {
            Some("date-time") if !looks_like_date_time(text) => {
                found.push(format!("{at}: {text:?} is not a date-time"))
            }
            Some("uuid") if !looks_like_uuid(text) => {
                found.push(format!("{at}: {text:?} is not a uuid"))
            }
            _ => {}
        }
    }
    if let Some(object) = value.as_object() {
        for required in schema["required"].as_array().into_iter().flatten() {
            let name = required.as_str().unwrap_or_default();
            if !object.contains_key(name) {
                found.push(format!("{at}: missing required {name:?}"));
            }
        }
        if let Some(properties) = schema["properties"].as_object() {
            for (name, property) in properties {
                if let Some(field) = object.get(name) {
                    found.extend(violations(doc, property, field, &format!("{at}.{name}")));
                }
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (index, item) in array.iter().enumerate() {
            found.extend(violations(doc, items, item, &format!("{at}[{index}]")));
        }
    }
    found
}

/// A reply as the server sent it: its status and JSON body, from the raw `Reply` of the
/// escape hatch or from a typed call's outcome.
pub(crate) trait AsSent {
    fn status_sent(&self) -> u16;
    fn body_sent(&self) -> Value;
}

impl AsSent for Reply {
    fn status_sent(&self) -> u16 {
        self.status
    }
    fn body_sent(&self) -> Value {
        self.body.clone()
    }
}

impl<T> AsSent for Answer<T> {
    fn status_sent(&self) -> u16 {
        self.status
    }
    fn body_sent(&self) -> Value {
        self.json.clone()
    }
}

impl AsSent for Refusal {
    fn status_sent(&self) -> u16 {
        self.status
    }
    fn body_sent(&self) -> Value {
        self.json.clone()
    }
}

impl<T> AsSent for Called<T> {
    fn status_sent(&self) -> u16 {
        match self {
            Ok(answer) => answer.status_sent(),
            Err(refusal) => refusal.status_sent(),
        }
    }
    fn body_sent(&self) -> Value {
        match self {
            Ok(answer) => answer.body_sent(),
            Err(refusal) => refusal.body_sent(),
        }
    }
}

/// Asserts that `reply` is a documented answer of `method template`.
pub(crate) fn check(doc: &Value, method: &str, template: &str, reply: &impl AsSent) {
    let operation = &doc["paths"][template][method.to_ascii_lowercase()];
    assert!(
        operation.is_object(),
        "{method} {template} is not in the document"
    );
    let body = reply.body_sent();
    let status = reply.status_sent().to_string();
    let response = resolve(doc, &operation["responses"][&status]);
    assert!(
        response.is_object(),
        "{method} {template} answered {status}, which is not documented: {body}"
    );
    let schema = &response["content"]["application/json"]["schema"];
    if schema.is_object() {
        let problems = violations(doc, schema, &body, "$");
        assert!(
            problems.is_empty(),
            "{method} {template} {status} breaks the document: {problems:#?}\n{body}"
        );
    }
}

#[test]
fn the_checker_catches_what_it_should() {
    let doc = document();
    let message = json!({"$ref": "#/components/schemas/Message"});
    let good = json!({"id": "m_1", "seq": 1, "author": "visitor", "text": "hi",
                      "sent_at": "2026-11-25T10:00:00.000Z"});
    assert!(violations(&doc, &message, &good, "$").is_empty());
    let cases = [
        (json!({"seq": 1}), "missing required"),
        (
            json!({"id": "m", "seq": 0, "author": "visitor", "text": "", "sent_at": "2026-11-25T10:00:00Z"}),
            "below",
        ),
        (
            json!({"id": "m", "seq": 1, "author": "robot", "text": "", "sent_at": "2026-11-25T10:00:00Z"}),
            "not one of",
        ),
        (
            json!({"id": "m", "seq": 1, "author": "bot", "text": "", "sent_at": "yesterday"}),
            "date-time",
        ),
        (json!({"id": 5}), "expected"),
    ];
    for (value, expected) in cases {
        let problems = violations(&doc, &message, &value, "$").join("; ");
        assert!(problems.contains(expected), "{value}: {problems}");
    }
}

#[test]
fn visitor_answers_match_the_document() {
    let doc = document();
    let app = TestApp::new();
    check(&doc, "GET", paths::health(), &app.health());
    check(
        &doc,
        "GET",
        "/v1/clinics/{clinic}/widget-config",
        &app.widget_config("demo"),
    );
    check(
        &doc,
        "GET",
        "/v1/clinics/{clinic}/widget-config",
        &app.widget_config("nope"),
    );
    let created = app.create_conversation("demo", &CreateConversationRequest::default());
    check(&doc, "POST", "/v1/clinics/{clinic}/conversations", &created);
    let visitor = app.new_visitor();
    let message = says("My chest hurts badly");
    for _ in 0..2 {
        let sent = app.send_visitor_message(&visitor, &message);
        check(&doc, "POST", "/v1/conversations/{id}/messages", &sent);
    }
    let not_a_uuid = SendMessageRequest {
        client_msg_id: "x".into(),
        ..says("hi")
    };
    let bad = app.send_visitor_message(&visitor, &not_a_uuid);
    check(&doc, "POST", "/v1/conversations/{id}/messages", &bad);
    let listed = app.visitor_messages(&visitor, None).answered(200);
    check(&doc, "GET", "/v1/conversations/{id}/messages", &listed);
    check(
        &doc,
        "GET",
        "/v1/conversations/{id}/messages",
        &app.visitor_messages_without_token(visitor.id()),
    );
    // A plain GET on the socket route, without the upgrade no client leaves out.
    let not_upgraded = app.send_forged(
        "GET",
        &paths::conversation_live(visitor.id()),
        Some(&visitor.token),
        &[],
        None,
    );
    check(&doc, "GET", "/v1/conversations/{id}/live", &not_upgraded);
}

#[test]
fn staff_answers_match_the_document() {
    let doc = document();
    let app = TestApp::new();
    let login = StaffLoginRequest {
        email: "admin@demo.test".into(),
        password: "demo-password".into(),
    };
    let signed_in = app.sign_in(&login);
    check(&doc, "POST", paths::staff_sessions(), &signed_in);
    let staff = signed_in.answered(201).body.token;
    let visitor = app.new_visitor();
    let id = visitor.id().to_owned();
    app.send_visitor_message(&visitor, &says("Can I book?"))
        .answered(201);
    check(&doc, "GET", paths::staff_me(), &app.me(&staff));
    let inbox = eventually("the inbox row", || {
        let inbox = app.inbox(&staff, &[]).answered(200);
        inbox
            .body
            .conversations
            .iter()
            .any(|c| c.conversation_id == id)
            .then_some(inbox)
    });
    check(&doc, "GET", paths::staff_inbox(), &inbox);
    check(
        &doc,
        "GET",
        paths::staff_inbox(),
        &app.inbox(&staff, &[("urgency", "nope")]),
    );
    check(
        &doc,
        "GET",
        "/v1/staff/conversations/{id}/messages",
        &app.staff_thread(&staff, &id),
    );
    let reply = app.staff_reply(&staff, &id, &says("Yes, any weekday."));
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/messages",
        &reply,
    );
    let claim = app.claim(&staff, &id);
    check(&doc, "POST", "/v1/staff/conversations/{id}/claim", &claim);
    check(&doc, "GET", paths::audit_log(), &app.audit_log(&staff));
    let clinician = sign_in("clinician@demo.test");
    check(&doc, "GET", paths::audit_log(), &app.audit_log(&clinician));
    for caller in [&clinician, &staff] {
        check(
            &doc,
            "DELETE",
            "/v1/admin/conversations/{id}",
            &app.erase(Some(caller), &id),
        );
    }
    let out = app.sign_out(&staff);
    check(&doc, "DELETE", paths::current_session(), &out);
    check(&doc, "GET", paths::staff_me(), &app.me(&staff));
}

#[test]
fn team_and_report_answers_match_the_document() {
    let doc = document();
    let app = TestApp::new();
    let admin = sign_in("admin@reports.test");
    let report = app.report(Some(&admin), &[("weeks", "2")]).answered(200);
    check(&doc, "GET", paths::reports(), &report);
    let clinician = sign_in("clinician@demo.test");
    check(
        &doc,
        "GET",
        paths::reports(),
        &app.report(Some(&clinician), &[]),
    );

    let visitor = app.new_visitor();
    let id = visitor.id();
    app.send_visitor_message(&visitor, &says(&format!("Parking? {}", canary())))
        .answered(201);
    let demo_admin = sign_in("admin@demo.test");
    let resolve = SetStatusRequest {
        status: ConversationStatus::Resolved,
    };
    let resolved = app.set_status(&demo_admin, id, &resolve).answered(200);
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/status",
        &resolved,
    );
    let to_front_desk = AssignRequest {
        staff_id: Some("s_frontdesk".into()),
    };
    let assigned = app.assign(&demo_admin, id, &to_front_desk).answered(200);
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/assign",
        &assigned,
    );
    let release = AssignRequest { staff_id: None };
    let refused = app.assign(&clinician, id, &release);
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/assign",
        &refused,
    );
}
