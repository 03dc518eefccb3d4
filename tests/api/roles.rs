//! Role checks on every staff and admin call, read from the OpenAPI document so a new
//! call can't skip the table: admins-only calls refuse the other roles with 403
//! `admins_only`, and every other staff call works for every role.

use serde_json::{json, Value};

use crate::support::*;

/// Calls only admins may make.
fn admins_only(path: &str, operation_id: &str) -> bool {
    path.starts_with("/v1/admin/") || operation_id == "assign"
}

/// A body each call accepts, so only the role can stand in the way.
fn body_for(operation_id: &str) -> Option<Value> {
    match operation_id {
        "staffReply" | "reply" => {
            Some(json!({"client_msg_id": uuid(), "text": format!("hi {}", canary())}))
        }
        "setStatus" => Some(json!({"status": "open"})),
        "assign" => Some(json!({"staff_id": null})),
        "claim" => Some(json!({})),
        "setVisitor" => Some(json!({"name": "Role Check"})),
        "setLabels" => Some(json!({"labels": ["roles"]})),
        "addNote" => Some(json!({"text": format!("roles note {}", canary())})),
        _ => None,
    }
}

#[test]
fn every_staff_call_checks_the_role() {
    let doc: Value =
        serde_json::from_str(include_str!("../../openapi/frontdesk.json")).expect("openapi");
    let (id, token) = new_conversation();
    visitor_send(&id, &token, &uuid(), &format!("roles {}", canary()));
    let mut checked = 0;
    for email in [
        "clinician@demo.test",
        "frontdesk@demo.test",
        "admin@demo.test",
    ] {
        let staff = sign_in(email);
        let is_admin = email.starts_with("admin");
        for (path, item) in doc["paths"].as_object().expect("paths") {
            if !(path.starts_with("/v1/staff/") || path.starts_with("/v1/admin/")) {
                continue;
            }
            for (method, operation) in item.as_object().expect("path item") {
                if !["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                    continue;
                }
                let operation_id = operation["operationId"].as_str().unwrap_or_default();
                // Signing in needs no session; signing out would end this one.
                if path.starts_with("/v1/staff/sessions") {
                    continue;
                }
                let concrete = path.replace("{id}", &id);
                let body = body_for(operation_id);
                let bytes = body.map(|b| serde_json::to_vec(&b).expect("json"));
                let reply = request(
                    &method.to_ascii_uppercase(),
                    &concrete,
                    Some(&staff),
                    &[("Content-Type", "application/json")],
                    bytes.as_deref(),
                );
                let what = format!("{email} {method} {path}: {} {:?}", reply.status, reply.body);
                assert_ne!(reply.status, 401, "{what}");
                if admins_only(path, operation_id) && !is_admin {
                    assert_eq!(reply.status, 403, "{what}");
                    assert_eq!(reply.error_code(), "admins_only", "{what}");
                } else {
                    assert_ne!(reply.status, 403, "{what}");
                    assert!(reply.status < 500, "{what}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 3 * 9, "only {checked} calls checked");
}
