//! Every read of patient data is audited (a thread socket's backlog, notes, history,
//! search, exports), and the audit itself holds no patient text or search terms.

use frontdesk_protocol::{AuditEntry, NoteRequest, SearchRequest, SetLabelsRequest};

use crate::app::{says, Answer, Outcome, TestApp, Visitor};
use crate::support::*;

/// The clinic's audit log as an admin reads it, newest first.
fn audit_log(app: &TestApp) -> Answer<frontdesk_protocol::AuditLogResponse> {
    app.audit_log(&sign_in("admin@demo.test")).answered(200)
}

/// The audit entries about conversation `id` by `actor`.
fn audit_of(app: &TestApp, id: &str, actor: &str) -> Vec<AuditEntry> {
    audit_log(app)
        .body
        .entries
        .into_iter()
        .filter(|e| e.conversation_id.as_deref() == Some(id) && e.actor == actor)
        .collect()
}

fn clinician_id(app: &TestApp, token: &str) -> String {
    app.me(token).answered(200).body.id
}

/// A new demo conversation holding `text`, routed to its team.
fn routed_conversation(app: &TestApp, text: &str) -> Visitor {
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(text))
        .answered(201);
    app.routed(visitor.id());
    visitor
}

#[test]
fn opening_a_thread_socket_with_its_backlog_is_audited() {
    let app = TestApp::new();
    let staff = sign_in("clinician@demo.test");
    let actor = clinician_id(&app, &staff);
    let text = format!("I have had a fever and a rash {}", canary());
    let visitor = routed_conversation(&app, &text);
    let id = visitor.id();
    // Caught up (nothing before `after` is sent again): no read to record.
    let sent = app.visitor_messages(&visitor, None).answered(200).body;
    let last_seq = sent.messages.last().map(|m| m.seq).expect("a last seq");
    let mut caught_up = app.staff_thread_live(&staff, id, last_seq);
    assert_eq!(caught_up.next()["type"], "ready");
    assert!(
        !audit_of(&app, id, &actor)
            .iter()
            .any(|e| e.action == "viewed"),
        "a socket that replayed nothing was recorded as a read"
    );
    // With its backlog: the thread's text goes out, and the read is recorded first.
    let mut thread = app.staff_thread_live(&staff, id, 0);
    thread.until(|f| f["type"] == "message" && f["message"]["text"] == text.as_str());
    let entries = audit_of(&app, id, &actor);
    let viewed = entries
        .iter()
        .find(|e| e.action == "viewed")
        .unwrap_or_else(|| panic!("no viewed entry for the socket's backlog: {entries:?}"));
    assert!(!format!("{viewed:?}").contains(&canary()), "{viewed:?}");
}

#[test]
fn reading_notes_and_history_is_audited() {
    let app = TestApp::new();
    let staff = sign_in("clinician@demo.test");
    let actor = clinician_id(&app, &staff);
    let visitor = routed_conversation(&app, "I have had a fever and a rash since Monday");
    let id = visitor.id();
    let note = NoteRequest {
        text: format!("allergic to penicillin {}", canary()),
    };
    app.add_note(&staff, id, &note).answered(201);
    assert!(!audit_of(&app, id, &actor)
        .iter()
        .any(|e| e.action == "notes_viewed" || e.action == "history_viewed"));
    app.notes(&staff, id).answered(200);
    app.history(&staff, id).answered(200);
    let entries = audit_of(&app, id, &actor);
    for action in ["notes_viewed", "history_viewed"] {
        assert!(
            entries.iter().any(|e| e.action == action),
            "no {action}: {entries:?}"
        );
    }
    assert!(!serde_json::to_string(&entries).unwrap().contains(&canary()));
}

#[test]
fn a_search_is_audited_without_its_terms_and_labels_without_their_text() {
    let app = TestApp::new();
    let staff = sign_in("clinician@demo.test");
    let actor = clinician_id(&app, &staff);
    let term = format!("zq{}", &uuid()[..8]);
    let search = SearchRequest {
        q: term.clone(),
        status: None,
    };
    app.search(&staff, &search).answered(200);
    let label = format!("lbl{}", &uuid()[..8]);
    let visitor = routed_conversation(&app, "I have had a fever and a rash");
    let id = visitor.id();
    let labels = SetLabelsRequest {
        labels: vec![label.clone()],
    };
    app.set_labels(&staff, id, &labels).answered(200);

    let log = audit_log(&app);
    let entries = &log.body.entries;
    assert!(
        entries
            .iter()
            .any(|e| e.action == "searched" && e.actor == actor),
        "no search recorded"
    );
    assert!(
        entries
            .iter()
            .any(|e| e.action == "labelled" && e.conversation_id.as_deref() == Some(id)),
        "no label change recorded"
    );
    let text = log.json.to_string();
    assert!(!text.contains(&term), "the search terms were audited");
    assert!(!text.contains(&label), "the label text was audited");
}
