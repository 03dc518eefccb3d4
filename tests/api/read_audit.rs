//! Every read of patient data is audited (a thread socket's backlog, notes, history,
//! search, exports), and the audit itself holds no patient text or search terms.

use serde_json::json;

use crate::paths;
use crate::support::*;

/// The clinic's audit log as an admin reads it, newest first.
fn audit_log() -> serde_json::Value {
    let log = get(paths::audit_log(), Some(&sign_in("admin@demo.test")));
    assert_eq!(log.status, 200, "{:?}", log.body);
    log.body
}

/// The audit entries about conversation `id` by `actor`.
fn audit_of(id: &str, actor: &str) -> Vec<serde_json::Value> {
    audit_log()["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["conversation_id"] == id && e["actor"] == actor)
        .cloned()
        .collect()
}

fn clinician_id(token: &str) -> String {
    let me = get(paths::staff_me(), Some(token));
    me.body["id"].as_str().expect("id").to_owned()
}

#[test]
fn opening_a_thread_socket_with_its_backlog_is_audited() {
    let staff = sign_in("clinician@demo.test");
    let actor = clinician_id(&staff);
    let (id, visitor) = new_conversation();
    let text = format!("I have had a fever and a rash {}", canary());
    visitor_send(&id, &visitor, &uuid(), &text);
    routed(&id);
    // Caught up (nothing before `after` is sent again): no read to record.
    let sent = get(&paths::conversation_messages(&id), Some(&visitor));
    let last_seq = sent.body["messages"]
        .as_array()
        .and_then(|m| m.last())
        .and_then(|m| m["seq"].as_u64())
        .expect("a last seq");
    let mut caught_up = Live::connect_with_subprotocol(
        &format!("{}?after={last_seq}", paths::staff_thread_live(&id)),
        &staff,
    );
    assert_eq!(caught_up.next()["type"], "ready");
    assert!(
        !audit_of(&id, &actor)
            .iter()
            .any(|e| e["action"] == "viewed"),
        "a socket that replayed nothing was recorded as a read"
    );
    // With its backlog: the thread's text goes out, and the read is recorded first.
    let mut thread = Live::connect_with_subprotocol(
        &format!("{}?after=0", paths::staff_thread_live(&id)),
        &staff,
    );
    thread.until(|f| f["type"] == "message" && f["message"]["text"] == text.as_str());
    let entries = audit_of(&id, &actor);
    let viewed = entries
        .iter()
        .find(|e| e["action"] == "viewed")
        .unwrap_or_else(|| panic!("no viewed entry for the socket's backlog: {entries:?}"));
    assert!(!viewed.to_string().contains(&canary()), "{viewed}");
}

#[test]
fn reading_notes_and_history_is_audited() {
    let staff = sign_in("clinician@demo.test");
    let actor = clinician_id(&staff);
    let (id, visitor) = new_conversation();
    visitor_send(
        &id,
        &visitor,
        &uuid(),
        "I have had a fever and a rash since Monday",
    );
    routed(&id);
    let note = format!("allergic to penicillin {}", canary());
    let added = post(
        &paths::staff_notes(&id),
        Some(&staff),
        &json!({ "text": note }),
    );
    assert_eq!(added.status, 201, "{:?}", added.body);
    assert!(!audit_of(&id, &actor)
        .iter()
        .any(|e| e["action"] == "notes_viewed" || e["action"] == "history_viewed"));
    let notes = get(&paths::staff_notes(&id), Some(&staff));
    assert_eq!(notes.status, 200, "{:?}", notes.body);
    let history = get(&paths::staff_history(&id), Some(&staff));
    assert_eq!(history.status, 200, "{:?}", history.body);
    let entries = audit_of(&id, &actor);
    for action in ["notes_viewed", "history_viewed"] {
        assert!(
            entries.iter().any(|e| e["action"] == action),
            "no {action}: {entries:?}"
        );
    }
    assert!(!serde_json::to_string(&entries).unwrap().contains(&canary()));
}

#[test]
fn a_search_is_audited_without_its_terms_and_labels_without_their_text() {
    let staff = sign_in("clinician@demo.test");
    let actor = clinician_id(&staff);
    let term = format!("zq{}", &uuid()[..8]);
    let search = search(&staff, &term, None);
    assert_eq!(search.status, 200, "{:?}", search.body);
    let label = format!("lbl{}", &uuid()[..8]);
    let (id, visitor) = new_conversation();
    visitor_send(&id, &visitor, &uuid(), "I have had a fever and a rash");
    routed(&id);
    let labelled = post(
        &paths::staff_labels(&id),
        Some(&staff),
        &json!({ "labels": [label] }),
    );
    assert_eq!(labelled.status, 200, "{:?}", labelled.body);

    let log = audit_log();
    let entries = log["entries"].as_array().expect("entries");
    assert!(
        entries
            .iter()
            .any(|e| e["action"] == "searched" && e["actor"] == actor.as_str()),
        "no search recorded"
    );
    assert!(
        entries
            .iter()
            .any(|e| e["action"] == "labelled" && e["conversation_id"] == id.as_str()),
        "no label change recorded"
    );
    let text = log.to_string();
    assert!(!text.contains(&term), "the search terms were audited");
    assert!(!text.contains(&label), "the label text was audited");
}
