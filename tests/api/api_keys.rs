//! API keys (issue 22) against local workerd: only admins make, list and revoke keys;
//! the secret is shown once and never again; a key reads only what its scopes allow
//! (403 `missing_scope` naming the scope), is refused on calls that take no key, is
//! refused from the very next call once revoked, and every use is in the audit log
//! without patient text.

use frontdesk_protocol::{ApiScope, CreateApiKeyRequest, ErrorBody};
use serde_json::{json, Value};

use crate::app::{says, Called, Outcome, TestApp};
use crate::support::*;

fn key_request(name: &str, scopes: &[&str]) -> CreateApiKeyRequest {
    CreateApiKeyRequest {
        name: name.to_owned(),
        scopes: scopes.iter().map(|scope| (*scope).to_owned()).collect(),
    }
}

/// A new key of the demo clinic with `scopes`: (id, secret).
pub(crate) fn new_key(admin: &str, scopes: &[&str]) -> (String, String) {
    let name = format!("Practice software {}", uuid());
    let made = TestApp::new()
        .create_api_key(admin, &key_request(&name, scopes))
        .answered(201);
    let secret = made.body.secret.clone().expect("the secret, once");
    assert!(secret.starts_with("fdk_") && secret.len() == 68, "{secret}");
    assert_eq!(made.body.prefix, secret[..12]);
    let named: Vec<&str> = made.body.scopes.iter().map(|s| s.as_str()).collect();
    assert_eq!(named, scopes);
    assert_eq!(made.json["last_used_at"], Value::Null);
    (made.body.id, secret)
}

/// The key's entry in the admin's list, as sent.
fn listed(admin: &str, id: &str) -> Value {
    let list = TestApp::new().api_keys(admin).answered(200);
    let at = list
        .body
        .api_keys
        .iter()
        .position(|key| key.id == id)
        .expect("listed");
    list.json["api_keys"][at].clone()
}

fn assert_missing_scope<T: std::fmt::Debug>(outcome: Called<T>, scope: ApiScope) {
    let refused: ErrorBody = outcome.refused(403);
    assert_eq!(refused.code, "missing_scope");
    assert!(refused.message.contains(scope.as_str()), "{refused:?}");
}

fn unknown_key_id() -> String {
    format!("ak_{}", "0".repeat(32))
}

#[test]
fn only_admins_manage_keys_and_bad_keys_are_refused_with_reasons() {
    let app = TestApp::new();
    for email in ["clinician@demo.test", "frontdesk@demo.test"] {
        let staff = sign_in(email);
        let made = app
            .create_api_key(&staff, &key_request("mine", &["reports:read"]))
            .refused(403);
        assert_eq!(made.code, "admins_only", "{email}");
        let listed = app.api_keys(&staff).refused(403);
        assert_eq!(listed.code, "admins_only");
        let revoke = app.revoke_api_key(&staff, &unknown_key_id()).refused(403);
        assert_eq!(revoke.code, "admins_only");
    }
    let admin = sign_in("admin@demo.test");
    for (request, code) in [
        (key_request(" ", &["reports:read"]), "invalid_name"),
        (
            key_request(&"x".repeat(81), &["reports:read"]),
            "invalid_name",
        ),
        (key_request("sync", &[]), "no_scopes"),
        (
            key_request("sync", &["reports:read", "admin"]),
            "unknown_scope",
        ),
    ] {
        let refused = app.create_api_key(&admin, &request).refused(422);
        assert_eq!(refused.code, code, "{request:?}");
    }
    for id in ["nope".to_owned(), unknown_key_id()] {
        let refused = app.revoke_api_key(&admin, &id).refused(404);
        assert_eq!(refused.code, "unknown_api_key", "{id}");
    }
}

#[test]
fn a_key_reads_only_within_its_scopes_and_every_use_is_audited() {
    let app = TestApp::new();
    let admin = sign_in("admin@demo.test");
    let (reader_id, reader) = new_key(&admin, &["conversations:read"]);
    let (reporter_id, reporter) = new_key(&admin, &["reports:read", "messages:write"]);
    let visitor = app.new_visitor();
    let id = visitor.id();
    let private = format!("my stitches are bleeding {}", canary());
    app.send_visitor_message(&visitor, &says(&private))
        .answered(201);

    // conversations:read lists the inbox and reads the thread, whichever team has it.
    let (_, row) = eventually("the conversation in the key's inbox", || {
        app.inbox_row_as_sent(&reader, id, &[])
    });
    assert!(
        row.to_string().contains(&canary()),
        "the row's preview: {row}"
    );
    let read = app.staff_thread(&reader, id).answered(200);
    assert!(read.json["messages"].to_string().contains(&private));
    assert_missing_scope(app.report(Some(&reader), &[]), ApiScope::ReportsRead);

    // reports:read reads reports and nothing about conversations.
    app.report(Some(&reporter), &[("weeks", "2")]).answered(200);
    assert_missing_scope(app.inbox(&reporter, &[]), ApiScope::ConversationsRead);
    assert_missing_scope(app.staff_thread(&reporter, id), ApiScope::ConversationsRead);

    // Calls that take no key refuse one, whatever its scopes: admin calls, staff writes.
    let not_accepted = [
        ("me", app.me(&reader).refused(403)),
        ("audit log", app.audit_log(&reader).refused(403)),
        ("api keys", app.api_keys(&reader).refused(403)),
        (
            "a staff reply",
            app.staff_reply(&reporter, id, &says("from a key"))
                .refused(403),
        ),
        (
            "a new key",
            app.create_api_key(&reader, &key_request("escalate", &["reports:read"]))
                .refused(403),
        ),
    ];
    for (call, refused) in not_accepted {
        assert_eq!(refused.code, "api_key_not_accepted", "{call}");
    }

    // Every use is in the audit log under the key's id, naming the call, never the text.
    let log = app.audit_log(&admin).answered(200);
    let entries = &log.body.entries;
    let used = |actor: &str, detail: &str, conversation: Option<&str>| {
        entries.iter().any(|entry| {
            entry.action == "api_key_used"
                && entry.actor == actor
                && entry.detail.as_deref() == Some(detail)
                && entry.conversation_id.as_deref() == conversation
        })
    };
    assert!(used(&reader_id, "GET /v1/staff/inbox", None), "{entries:?}");
    assert!(used(
        &reader_id,
        "GET /v1/staff/conversations/{id}/messages",
        Some(id)
    ));
    assert!(used(&reporter_id, "GET /v1/admin/reports", None));
    assert!(used(
        &reporter_id,
        "GET /v1/staff/inbox refused: needs conversations:read",
        None
    ));
    // The read of the thread is also the usual `viewed` entry, by the key.
    assert!(entries.iter().any(|entry| entry.action == "viewed"
        && entry.actor == reader_id
        && entry.conversation_id.as_deref() == Some(id)));
    let text = log.json.to_string();
    assert!(!text.contains(&canary()), "patient text in the audit log");
    assert!(!text.contains(&reader[4..]), "a secret in the audit log");

    // The secret is never shown again; the list says when the key was last used.
    let list = app.api_keys(&admin).answered(200);
    assert!(!list.json.to_string().contains(&reader[4..]));
    let key = listed(&admin, &reader_id);
    assert!(key.get("secret").is_none(), "{key}");
    assert!(key["last_used_at"].is_string(), "{key}");
    assert_eq!(key["revoked_at"], Value::Null);
}

#[test]
fn a_revoked_key_is_refused_at_once_and_unknown_keys_alike() {
    let app = TestApp::new();
    let admin = sign_in("admin@demo.test");
    let (id, secret) = new_key(&admin, &["reports:read"]);
    app.report(Some(&secret), &[]).answered(200);
    let revoked = app.revoke_api_key(&admin, &id).answered(200);
    assert_eq!(revoked.json, json!({"id": id, "revoked": true}));
    // The very next call is refused: no cache outlives the revocation.
    let refused = app.report(Some(&secret), &[]).refused(401);
    assert_eq!(refused.code, "unknown_api_key");
    // Revoking again answers the same; the key stays listed, marked revoked.
    app.revoke_api_key(&admin, &id).answered(200);
    assert!(listed(&admin, &id)["revoked_at"].is_string());
    let log = app.audit_log(&admin).answered(200).body;
    let revocations = log
        .entries
        .iter()
        .filter(|e| e.action == "api_key_revoked" && e.detail.as_deref() == Some(id.as_str()))
        .count();
    assert_eq!(revocations, 1, "{:?}", log.entries);
    // Keys never made, and tokens of another shape, are refused the same way.
    for token in [
        format!("fdk_{}", "0".repeat(64)),
        "fdk_short".to_owned(),
        format!("{}0", secret),
    ] {
        let refused = app.inbox(&token, &[]).refused(401);
        assert_eq!(refused.code, "unknown_api_key", "{token}");
    }
}
