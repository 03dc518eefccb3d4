//! Real answers from workerd conform to `openapi/frontdesk.json`: each status is documented
//! for its operation and each body matches the documented schema.
//!
//! The checker is deliberately small: `$ref`, `type`, `nullable`, `required`,
//! `properties`, `items`, `enum`, `minimum`, `minLength`/`maxLength` and the `date-time`
//! and `uuid` formats; extra properties are allowed (the contract says "at least").

use serde_json::{json, Value};

use crate::app::{Answer, Called, Refusal};
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
    check(&doc, "GET", paths::health(), &get(paths::health(), None));
    check(
        &doc,
        "GET",
        "/v1/clinics/{clinic}/widget-config",
        &get(&paths::widget_config("demo"), None),
    );
    check(
        &doc,
        "GET",
        "/v1/clinics/{clinic}/widget-config",
        &get(&paths::widget_config("nope"), None),
    );
    let created = post(&paths::clinic_conversations("demo"), None, &json!({}));
    check(&doc, "POST", "/v1/clinics/{clinic}/conversations", &created);
    let (id, token) = new_conversation();
    let path = paths::conversation_messages(&id);
    let client_msg_id = uuid();
    for _ in 0..2 {
        let sent = visitor_send(&id, &token, &client_msg_id, "My chest hurts badly");
        check(&doc, "POST", "/v1/conversations/{id}/messages", &sent);
    }
    let bad = post(
        &path,
        Some(&token),
        &json!({"client_msg_id": "x", "text": "hi"}),
    );
    check(&doc, "POST", "/v1/conversations/{id}/messages", &bad);
    let listed = get(&path, Some(&token));
    assert_eq!(listed.status, 200);
    check(&doc, "GET", "/v1/conversations/{id}/messages", &listed);
    check(
        &doc,
        "GET",
        "/v1/conversations/{id}/messages",
        &get(&path, None),
    );
    check(
        &doc,
        "GET",
        "/v1/conversations/{id}/live",
        &get(&paths::conversation_live(&id), Some(&token)),
    );
}

#[test]
fn staff_answers_match_the_document() {
    let doc = document();
    let signed_in = post(
        paths::staff_sessions(),
        None,
        &json!({"email": "admin@demo.test", "password": "demo-password"}),
    );
    check(&doc, "POST", paths::staff_sessions(), &signed_in);
    let staff = signed_in.body["token"].as_str().expect("token").to_owned();
    let (id, token) = new_conversation();
    assert_eq!(
        visitor_send(&id, &token, &uuid(), "Can I book?").status,
        201
    );
    check(
        &doc,
        "GET",
        paths::staff_me(),
        &get(paths::staff_me(), Some(&staff)),
    );
    let inbox = eventually("the inbox row", || {
        let inbox = get(paths::staff_inbox(), Some(&staff));
        inbox.body["conversations"]
            .as_array()?
            .iter()
            .any(|c| c["conversation_id"] == id.as_str())
            .then_some(inbox)
    });
    check(&doc, "GET", paths::staff_inbox(), &inbox);
    check(
        &doc,
        "GET",
        paths::staff_inbox(),
        &get(
            &format!("{}?urgency=nope", paths::staff_inbox()),
            Some(&staff),
        ),
    );
    let thread = paths::staff_messages(&id);
    check(
        &doc,
        "GET",
        "/v1/staff/conversations/{id}/messages",
        &get(&thread, Some(&staff)),
    );
    let reply = post(
        &thread,
        Some(&staff),
        &json!({"client_msg_id": uuid(), "text": "Yes, any weekday."}),
    );
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/messages",
        &reply,
    );
    let claim = request("POST", &paths::staff_claim(&id), Some(&staff), &[], None);
    check(&doc, "POST", "/v1/staff/conversations/{id}/claim", &claim);
    check(
        &doc,
        "GET",
        paths::audit_log(),
        &get(paths::audit_log(), Some(&staff)),
    );
    let clinician = sign_in("clinician@demo.test");
    check(
        &doc,
        "GET",
        paths::audit_log(),
        &get(paths::audit_log(), Some(&clinician)),
    );
    let erase = paths::admin_conversation(&id);
    for caller in [&clinician, &staff] {
        check(
            &doc,
            "DELETE",
            "/v1/admin/conversations/{id}",
            &request("DELETE", &erase, Some(caller), &[], None),
        );
    }
    let out = request("DELETE", paths::current_session(), Some(&staff), &[], None);
    check(&doc, "DELETE", paths::current_session(), &out);
    check(
        &doc,
        "GET",
        paths::staff_me(),
        &get(paths::staff_me(), Some(&staff)),
    );
}

#[test]
fn team_and_report_answers_match_the_document() {
    let doc = document();
    let admin = sign_in("admin@reports.test");
    let report = get(&format!("{}?weeks=2", paths::reports()), Some(&admin));
    assert_eq!(report.status, 200);
    check(&doc, "GET", paths::reports(), &report);
    let clinician = sign_in("clinician@demo.test");
    check(
        &doc,
        "GET",
        paths::reports(),
        &get(paths::reports(), Some(&clinician)),
    );

    let (id, token) = new_conversation();
    visitor_send(&id, &token, &uuid(), &format!("Parking? {}", canary()));
    let demo_admin = sign_in("admin@demo.test");
    let status_path = paths::staff_status(&id);
    let resolved = post(
        &status_path,
        Some(&demo_admin),
        &serde_json::json!({"status": "resolved"}),
    );
    assert_eq!(resolved.status, 200, "{:?}", resolved.body);
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/status",
        &resolved,
    );
    let assign_path = paths::staff_assign(&id);
    let assigned = post(
        &assign_path,
        Some(&demo_admin),
        &serde_json::json!({"staff_id": "s_frontdesk"}),
    );
    assert_eq!(assigned.status, 200, "{:?}", assigned.body);
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/assign",
        &assigned,
    );
    let refused = post(
        &assign_path,
        Some(&clinician),
        &serde_json::json!({"staff_id": null}),
    );
    check(
        &doc,
        "POST",
        "/v1/staff/conversations/{id}/assign",
        &refused,
    );
}
