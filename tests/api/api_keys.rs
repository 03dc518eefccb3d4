//! API keys (issue 22) against local workerd: only admins make, list and revoke keys;
//! the secret is shown once and never again; a key reads only what its scopes allow
//! (403 `missing_scope` naming the scope), is refused on calls that take no key, is
//! refused from the very next call once revoked, and every use is in the audit log
//! without patient text.

use serde_json::{json, Value};

use crate::paths;
use crate::support::*;

const KEYS: &str = paths::api_keys();

fn delete(path: &str, token: &str) -> Reply {
    request("DELETE", path, Some(token), &[], None)
}

/// A new key of the demo clinic with `scopes`: (id, secret).
pub(crate) fn new_key(admin: &str, scopes: &[&str]) -> (String, String) {
    let made = post(
        KEYS,
        Some(admin),
        &json!({"name": format!("Practice software {}", uuid()), "scopes": scopes}),
    );
    assert_eq!(made.status, 201, "{:?}", made.body);
    let secret = made.body["secret"].as_str().expect("the secret, once");
    assert!(secret.starts_with("fdk_") && secret.len() == 68, "{secret}");
    assert_eq!(made.body["prefix"].as_str(), Some(&secret[..12]));
    assert_eq!(made.body["scopes"], json!(scopes));
    assert_eq!(made.body["last_used_at"], Value::Null);
    let id = made.body["id"].as_str().expect("id").to_owned();
    (id, secret.to_owned())
}

fn listed(admin: &str, id: &str) -> Value {
    let list = get(KEYS, Some(admin));
    assert_eq!(list.status, 200, "{:?}", list.body);
    list.body["api_keys"]
        .as_array()
        .expect("api_keys")
        .iter()
        .find(|key| key["id"] == id)
        .cloned()
        .expect("listed")
}

fn assert_missing_scope(reply: &Reply, scope: &str) {
    assert_eq!(reply.status, 403, "{:?}", reply.body);
    assert_eq!(reply.error_code(), "missing_scope");
    let message = reply.body["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains(scope), "{message}");
}

#[test]
fn only_admins_manage_keys_and_bad_keys_are_refused_with_reasons() {
    for email in ["clinician@demo.test", "frontdesk@demo.test"] {
        let staff = sign_in(email);
        let made = post(
            KEYS,
            Some(&staff),
            &json!({"name": "mine", "scopes": ["reports:read"]}),
        );
        assert_eq!(made.status, 403, "{email}: {:?}", made.body);
        assert_eq!(made.error_code(), "admins_only");
        assert_eq!(get(KEYS, Some(&staff)).error_code(), "admins_only");
        let revoke = delete(&paths::api_key(&format!("ak_{}", "0".repeat(32))), &staff);
        assert_eq!(revoke.error_code(), "admins_only");
    }
    let admin = sign_in("admin@demo.test");
    for (body, code) in [
        (
            json!({"name": " ", "scopes": ["reports:read"]}),
            "invalid_name",
        ),
        (
            json!({"name": "x".repeat(81), "scopes": ["reports:read"]}),
            "invalid_name",
        ),
        (json!({"name": "sync", "scopes": []}), "no_scopes"),
        (
            json!({"name": "sync", "scopes": ["reports:read", "admin"]}),
            "unknown_scope",
        ),
    ] {
        let reply = post(KEYS, Some(&admin), &body);
        assert_eq!(reply.status, 422, "{body}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{body}");
    }
    for id in ["nope", &format!("ak_{}", "0".repeat(32))] {
        let reply = delete(&paths::api_key(id), &admin);
        assert_eq!(reply.status, 404, "{id}: {:?}", reply.body);
        assert_eq!(reply.error_code(), "unknown_api_key");
    }
}

#[test]
fn a_key_reads_only_within_its_scopes_and_every_use_is_audited() {
    let admin = sign_in("admin@demo.test");
    let (reader_id, reader) = new_key(&admin, &["conversations:read"]);
    let (reporter_id, reporter) = new_key(&admin, &["reports:read", "messages:write"]);
    let (id, token) = new_conversation();
    let private = format!("my stitches are bleeding {}", canary());
    assert_eq!(visitor_send(&id, &token, &uuid(), &private).status, 201);
    let thread = paths::staff_messages(&id);

    // conversations:read lists the inbox and reads the thread, whichever team has it.
    let row = eventually("the conversation in the key's inbox", || {
        inbox_row(&reader, &id, "")
    });
    assert!(
        row.to_string().contains(&canary()),
        "the row's preview: {row}"
    );
    let read = get(&thread, Some(&reader));
    assert_eq!(read.status, 200, "{:?}", read.body);
    assert!(read.body["messages"].to_string().contains(&private));
    assert_missing_scope(&get(paths::reports(), Some(&reader)), "reports:read");

    // reports:read reads reports and nothing about conversations.
    let report = get(&format!("{}?weeks=2", paths::reports()), Some(&reporter));
    assert_eq!(report.status, 200, "{:?}", report.body);
    assert_missing_scope(
        &get(paths::staff_inbox(), Some(&reporter)),
        "conversations:read",
    );
    assert_missing_scope(&get(&thread, Some(&reporter)), "conversations:read");

    // Calls that take no key refuse one, whatever its scopes: admin calls, staff writes.
    for (method, path) in [
        ("GET", paths::staff_me()),
        ("GET", paths::audit_log()),
        ("GET", KEYS),
    ] {
        let reply = request(method, path, Some(&reader), &[], None);
        assert_eq!(reply.status, 403, "{path}: {:?}", reply.body);
        assert_eq!(reply.error_code(), "api_key_not_accepted", "{path}");
    }
    let reply = post(
        &thread,
        Some(&reporter),
        &json!({"client_msg_id": uuid(), "text": "from a key"}),
    );
    assert_eq!(reply.error_code(), "api_key_not_accepted");
    let made = post(
        KEYS,
        Some(&reader),
        &json!({"name": "escalate", "scopes": ["reports:read"]}),
    );
    assert_eq!(made.error_code(), "api_key_not_accepted");

    // Every use is in the audit log under the key's id, naming the call, never the text.
    let log = get(paths::audit_log(), Some(&admin));
    assert_eq!(log.status, 200, "{:?}", log.body);
    let entries = log.body["entries"].as_array().expect("entries");
    let used = |actor: &str, detail: &str, conversation: Option<&str>| {
        entries.iter().any(|entry| {
            entry["action"] == "api_key_used"
                && entry["actor"] == actor
                && entry["detail"] == detail
                && entry["conversation_id"].as_str() == conversation
        })
    };
    assert!(used(&reader_id, "GET /v1/staff/inbox", None), "{entries:?}");
    assert!(used(
        &reader_id,
        "GET /v1/staff/conversations/{id}/messages",
        Some(&id)
    ));
    assert!(used(&reporter_id, "GET /v1/admin/reports", None));
    assert!(used(
        &reporter_id,
        "GET /v1/staff/inbox refused: needs conversations:read",
        None
    ));
    // The read of the thread is also the usual `viewed` entry, by the key.
    assert!(entries.iter().any(|entry| entry["action"] == "viewed"
        && entry["actor"] == reader_id.as_str()
        && entry["conversation_id"] == id.as_str()));
    let text = log.body.to_string();
    assert!(!text.contains(&canary()), "patient text in the audit log");
    assert!(!text.contains(&reader[4..]), "a secret in the audit log");

    // The secret is never shown again; the list says when the key was last used.
    let list = get(KEYS, Some(&admin));
    assert!(!list.body.to_string().contains(&reader[4..]));
    let key = listed(&admin, &reader_id);
    assert!(key.get("secret").is_none(), "{key}");
    assert!(key["last_used_at"].is_string(), "{key}");
    assert_eq!(key["revoked_at"], Value::Null);
}

#[test]
fn a_revoked_key_is_refused_at_once_and_unknown_keys_alike() {
    let admin = sign_in("admin@demo.test");
    let (id, secret) = new_key(&admin, &["reports:read"]);
    assert_eq!(get(paths::reports(), Some(&secret)).status, 200);
    let revoked = delete(&paths::api_key(&id), &admin);
    assert_eq!(revoked.status, 200, "{:?}", revoked.body);
    assert_eq!(revoked.body, json!({"id": id, "revoked": true}));
    // The very next call is refused: no cache outlives the revocation.
    let refused = get(paths::reports(), Some(&secret));
    assert_eq!(refused.status, 401, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "unknown_api_key");
    // Revoking again answers the same; the key stays listed, marked revoked.
    assert_eq!(delete(&paths::api_key(&id), &admin).status, 200);
    assert!(listed(&admin, &id)["revoked_at"].is_string());
    let log = get(paths::audit_log(), Some(&admin));
    let entries = log.body["entries"].as_array().expect("entries");
    let revocations = entries
        .iter()
        .filter(|e| e["action"] == "api_key_revoked" && e["detail"] == id.as_str())
        .count();
    assert_eq!(revocations, 1, "{entries:?}");
    // Keys never made, and tokens of another shape, are refused the same way.
    for token in [
        format!("fdk_{}", "0".repeat(64)),
        "fdk_short".to_owned(),
        format!("{}0", secret),
    ] {
        let reply = get(paths::staff_inbox(), Some(&token));
        assert_eq!(reply.status, 401, "{token}: {:?}", reply.body);
        assert_eq!(reply.error_code(), "unknown_api_key");
    }
}
