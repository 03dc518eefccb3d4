//! Idempotency keys are per author: a visitor who reuses a staff reply's `client_msg_id`
//! gets a message of its own, and only the visitor's own messages reach the inbox index.

use serde_json::json;

use crate::paths;
use crate::support::*;

fn staff_reply(staff: &str, id: &str, client_msg_id: &str, text: &str) -> Reply {
    post(
        &paths::staff_messages(id),
        Some(staff),
        &json!({"client_msg_id": client_msg_id, "text": text}),
    )
}

#[test]
fn a_visitor_reusing_a_staff_replys_client_msg_id_gets_nothing_of_it() {
    let staff = sign_in("admin@demo.test");
    let (id, token) = new_conversation();
    let first = visitor_send(&id, &token, &uuid(), "Can I book for Friday?");
    assert_eq!(first.status, 201, "{:?}", first.body);
    let staff_id = uuid();
    let answer = staff_reply(&staff, &id, &staff_id, "Yes, Friday at ten works.");
    assert_eq!(answer.status, 201, "{:?}", answer.body);
    let staff_seq = answer.body["message"]["seq"].as_u64().expect("seq");
    let resolved = post(
        &paths::staff_status(&id),
        Some(&staff),
        &json!({"status": "resolved"}),
    );
    assert_eq!(resolved.status, 200, "{:?}", resolved.body);

    // The visitor saw the staff message's client_msg_id and sends it back with new text.
    let text = "I cannot breathe and have crushing chest pain";
    let reused = visitor_send(&id, &token, &staff_id, text);
    assert_ne!(
        reused.body["message"]["author"], "staff",
        "a visitor got the staff message back: {:?}",
        reused.body
    );
    assert_eq!(reused.status, 201, "{:?}", reused.body);
    assert_eq!(reused.body["message"]["author"], "visitor");
    assert_eq!(reused.body["message"]["text"], text);
    let visitor_seq = reused.body["message"]["seq"].as_u64().expect("seq");
    assert!(visitor_seq > staff_seq);

    // The staff message is untouched, and the staff's own resend still finds it.
    let again = staff_reply(&staff, &id, &staff_id, "Yes, Friday at ten works.");
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(again.body["message"]["seq"], staff_seq);
    assert_eq!(again.body["message"]["author"], "staff");
    let thread = get(&paths::staff_messages(&id), Some(&staff));
    let messages = thread.body["messages"].as_array().expect("messages");
    let with_id: Vec<_> = messages
        .iter()
        .filter(|m| m["client_msg_id"] == staff_id.as_str())
        .map(|m| (m["author"].as_str(), m["text"].as_str()))
        .collect();
    assert_eq!(
        with_id,
        [
            (Some("staff"), Some("Yes, Friday at ten works.")),
            (Some("visitor"), Some(text)),
        ]
    );
    // The inbox row moves only for the message that was really stored: it shows the
    // visitor's new message at its own seq, never the staff text.
    let row = eventually("the row to show the visitor's message", || {
        inbox_row(&staff, &id, "").filter(|row| row["last_seq"].as_u64() >= Some(visitor_seq))
    });
    assert_eq!(row["last_message_preview"], text);
    assert_eq!(row["urgency"], "emergency");
}

#[test]
fn a_visitor_resending_its_own_id_with_other_text_changes_no_inbox_row() {
    let staff = sign_in("admin@demo.test");
    let (id, token) = new_conversation();
    let msg_id = uuid();
    let first = visitor_send(&id, &token, &msg_id, "Can I book for Friday?");
    assert_eq!(first.status, 201, "{:?}", first.body);
    let row = eventually("the row", || inbox_row(&staff, &id, ""));
    assert_eq!(row["urgency"], "routine");
    let resolved = post(
        &paths::staff_status(&id),
        Some(&staff),
        &json!({"status": "resolved"}),
    );
    assert_eq!(resolved.status, 200, "{:?}", resolved.body);
    // Same id, different text: the earlier message comes back, and nothing is indexed
    // under the new text's triage.
    let resent = visitor_send(&id, &token, &msg_id, "I cannot breathe, chest pain");
    assert_eq!(resent.status, 200, "{:?}", resent.body);
    assert_eq!(resent.body["message"]["text"], "Can I book for Friday?");
    std::thread::sleep(std::time::Duration::from_secs(3));
    let row = inbox_row(&staff, &id, "?status=resolved").expect("still resolved");
    assert_eq!(row["urgency"], "routine");
    assert_eq!(row["last_message_preview"], "Can I book for Friday?");
}
