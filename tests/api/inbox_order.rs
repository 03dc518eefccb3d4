//! The inbox row only moves forward: staff replies are indexed at once and visitor
//! messages through the queue (batched for up to a second), so a visitor message's job
//! can land after a later reply, or after the conversation was resolved. It must not
//! set the row back to `open` with the older preview.

use serde_json::json;

use crate::support::*;

fn staff_reply(staff: &str, id: &str, text: &str) -> Reply {
    post(
        &format!("/v1/staff/conversations/{id}/messages"),
        Some(staff),
        &json!({"client_msg_id": uuid(), "text": text}),
    )
}

/// A new conversation whose first visitor message is still in the queue when an admin
/// (who opens every conversation) replies to it: (id, visitor seq, reply seq).
fn replied_before_indexed(staff: &str) -> (String, u64, u64) {
    let (id, token) = new_conversation();
    let sent = visitor_send(&id, &token, &uuid(), "Can I move my appointment to Monday?");
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    let reply = staff_reply(staff, &id, "Monday at nine is free.");
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let seq = |body: &serde_json::Value| body["message"]["seq"].as_u64().expect("seq");
    (id, seq(&sent.body), seq(&reply.body))
}

#[test]
fn a_visitor_message_indexed_after_a_later_reply_leaves_the_row_at_the_reply() {
    let staff = sign_in_every_team("admin");
    let (id, visitor_seq, reply_seq) = replied_before_indexed(&staff);
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
    let (id, _, reply_seq) = replied_before_indexed(&staff);
    let resolved = post(
        &format!("/v1/staff/conversations/{id}/status"),
        Some(&staff),
        &json!({"status": "resolved"}),
    );
    assert_eq!(resolved.status, 200, "{:?}", resolved.body);
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
