//! The inbox row only moves forward: staff replies are indexed at once and visitor
//! messages through the queue (batched for up to a second), so a visitor message's job
//! can land after a later reply, or after the conversation was resolved. It must not
//! set the row back to `open` with the older preview.

use frontdesk_protocol::{ConversationStatus, SendMessageRequest, SetStatusRequest};

use crate::app::{Outcome, TestApp};
use crate::support::*;

fn message(text: &str) -> SendMessageRequest {
    SendMessageRequest {
        client_msg_id: uuid(),
        text: text.to_owned(),
        attachment_ids: Vec::new(),
    }
}

/// A new conversation whose first visitor message is still in the queue when an admin
/// (who opens every conversation) replies to it: (id, visitor seq, reply seq).
fn replied_before_indexed(app: &TestApp, staff: &str) -> (String, u64, u64) {
    let visitor = app.new_visitor();
    let sent = app
        .send_visitor_message(&visitor, &message("Can I move my appointment to Monday?"))
        .answered(201)
        .body;
    let reply = app
        .staff_reply(staff, visitor.id(), &message("Monday at nine is free."))
        .answered(201)
        .body;
    (visitor.id().to_owned(), sent.message.seq, reply.message.seq)
}

#[test]
fn a_visitor_message_indexed_after_a_later_reply_leaves_the_row_at_the_reply() {
    let staff = sign_in_every_team("admin");
    let app = TestApp::new();
    let (id, visitor_seq, reply_seq) = replied_before_indexed(&app, &staff);
    assert!(reply_seq > visitor_seq);
    // The row enters the listing only once the queue has indexed the visitor message.
    let row = eventually("the indexed row", || {
        inbox_row(&staff, &id, "?status=pending").or_else(|| inbox_row(&staff, &id, "?status=open"))
    });
    assert_eq!(
        row["status"], "pending",
        "the late job reopened the row: {row}"
    );
    assert_eq!(row["last_seq"], reply_seq, "{row}");
    assert_eq!(
        row["last_message_preview"], "Monday at nine is free.",
        "{row}"
    );
}

#[test]
fn a_visitor_message_indexed_after_the_resolution_leaves_it_resolved() {
    let staff = sign_in_every_team("admin");
    let app = TestApp::new();
    let (id, _, reply_seq) = replied_before_indexed(&app, &staff);
    let resolved = SetStatusRequest {
        status: ConversationStatus::Resolved,
    };
    app.set_status(&staff, &id, &resolved).answered(200);
    let row = eventually("the indexed row", || {
        inbox_row(&staff, &id, "?status=resolved")
            .or_else(|| inbox_row(&staff, &id, "?status=open"))
    });
    assert_eq!(
        row["status"], "resolved",
        "the late job reopened the row: {row}"
    );
    assert_eq!(row["last_seq"], reply_seq, "{row}");
    assert_eq!(
        row["last_message_preview"], "Monday at nine is free.",
        "{row}"
    );
}
