//! Idempotency keys are per author: a visitor who reuses a staff reply's `client_msg_id`
//! gets a message of its own, and only the visitor's own messages reach the inbox index.

use frontdesk_protocol::{
    Author, ConversationStatus, SendMessageRequest, SetStatusRequest, Urgency,
};

use crate::app::{Outcome, TestApp};
use crate::support::*;

/// A message with the given `client_msg_id`.
fn keyed(client_msg_id: &str, text: &str) -> SendMessageRequest {
    SendMessageRequest {
        client_msg_id: client_msg_id.to_owned(),
        text: text.to_owned(),
        attachment_ids: Vec::new(),
    }
}

fn resolve(app: &TestApp, staff: &str, id: &str) {
    let resolved = SetStatusRequest {
        status: ConversationStatus::Resolved,
    };
    app.set_status(staff, id, &resolved).answered(200);
}

#[test]
fn a_visitor_reusing_a_staff_replys_client_msg_id_gets_nothing_of_it() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let visitor = app.new_visitor();
    let id = visitor.id();
    app.send_visitor_message(&visitor, &keyed(&uuid(), "Can I book for Friday?"))
        .answered(201);
    let staff_id = uuid();
    let staff_text = "Yes, Friday at ten works.";
    let answer = app
        .staff_reply(&staff, id, &keyed(&staff_id, staff_text))
        .answered(201);
    let staff_seq = answer.body.message.seq;
    resolve(&app, &staff, id);

    // The visitor saw the staff message's client_msg_id and sends it back with new text.
    let text = "I cannot breathe and have crushing chest pain";
    let reused = app.send_visitor_message(&visitor, &keyed(&staff_id, text));
    if let Ok(answer) = &reused {
        assert_ne!(
            answer.body.message.author,
            Author::Staff,
            "a visitor got the staff message back: {:?}",
            answer.json
        );
    }
    let reused = reused.answered(201).body.message;
    assert_eq!(reused.author, Author::Visitor);
    assert_eq!(reused.text, text);
    let visitor_seq = reused.seq;
    assert!(visitor_seq > staff_seq);

    // The staff message is untouched, and the staff's own resend still finds it.
    let again = app
        .staff_reply(&staff, id, &keyed(&staff_id, staff_text))
        .answered(200)
        .body
        .message;
    assert_eq!(again.seq, staff_seq);
    assert_eq!(again.author, Author::Staff);
    let thread = app.staff_thread(&staff, id).answered(200).body;
    let with_id: Vec<_> = thread
        .messages
        .iter()
        .filter(|m| m.client_msg_id.as_deref() == Some(staff_id.as_str()))
        .map(|m| (m.author, m.text.as_str()))
        .collect();
    assert_eq!(
        with_id,
        [(Author::Staff, staff_text), (Author::Visitor, text)]
    );
    // The inbox row moves only for the message that was really stored: it shows the
    // visitor's new message at its own seq, never the staff text.
    let row = eventually("the row to show the visitor's message", || {
        app.inbox_row(&staff, id, &[])
            .filter(|row| row.last_seq >= visitor_seq)
    });
    assert_eq!(row.last_message_preview.as_deref(), Some(text));
    assert_eq!(row.urgency, Urgency::Emergency);
}

#[test]
fn a_visitor_resending_its_own_id_with_other_text_changes_no_inbox_row() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let visitor = app.new_visitor();
    let id = visitor.id();
    let msg_id = uuid();
    app.send_visitor_message(&visitor, &keyed(&msg_id, "Can I book for Friday?"))
        .answered(201);
    let row = eventually("the row", || app.inbox_row(&staff, id, &[]));
    assert_eq!(row.urgency, Urgency::Routine);
    resolve(&app, &staff, id);
    // Same id, different text: the earlier message comes back, and nothing is indexed
    // under the new text's triage.
    let resent = app
        .send_visitor_message(&visitor, &keyed(&msg_id, "I cannot breathe, chest pain"))
        .answered(200)
        .body;
    assert_eq!(resent.message.text, "Can I book for Friday?");
    std::thread::sleep(std::time::Duration::from_secs(3));
    let row = app
        .inbox_row(&staff, id, &[("status", "resolved")])
        .expect("still resolved");
    assert_eq!(row.urgency, Urgency::Routine);
    assert_eq!(
        row.last_message_preview.as_deref(),
        Some("Can I book for Friday?")
    );
}
