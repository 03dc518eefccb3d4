//! The Visitor API: config, conversations, idempotent sends, resume, isolation, live.

use frontdesk_protocol::{
    Author, ConversationStatus, Department, MessagesResponse, SendMessageRequest, Urgency,
};
use serde_json::json;

use crate::app::{Outcome, TestApp, Visitor};
use crate::support::*;

/// A visitor message with a fresh `client_msg_id`.
fn says(text: &str) -> SendMessageRequest {
    SendMessageRequest {
        client_msg_id: uuid(),
        text: text.to_owned(),
        attachment_ids: Vec::new(),
    }
}

/// The seqs of a listing's messages, in order.
fn seqs(listed: &MessagesResponse) -> Vec<u64> {
    listed.messages.iter().map(|message| message.seq).collect()
}

#[test]
fn widget_config_describes_the_demo_clinic() {
    let app = TestApp::new();
    let config = app.widget_config("demo").answered(200).body;
    assert_eq!(config.clinic_id, "demo");
    assert!(!config.greeting.is_empty());
    assert_eq!(config.theme.brand_color, "#0f766e");
    assert_eq!(config.theme.brand_text_color, "#ffffff");
    // The number follows the visitor's country (local workerd reports a placeholder one).
    assert!(
        !config.emergency_number.is_empty()
            && config.emergency_number.chars().all(|c| c.is_ascii_digit()),
        "{config:?}"
    );
    if !config.open_now {
        assert!(config.next_opening.is_some(), "{config:?}");
    }
}

#[test]
fn first_message_gets_seq_one_and_a_triage() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let sent = app
        .send_visitor_message(&visitor, &says(&format!("Where do I park? {}", canary())))
        .answered(201)
        .body;
    assert_eq!(sent.message.seq, 1);
    assert_eq!(sent.message.author, Author::Visitor);
    assert!(!sent.message.id.is_empty() && !sent.message.sent_at.is_empty());
    assert_eq!(sent.triage.urgency, Urgency::Routine);
}

#[test]
fn resending_a_client_msg_id_stores_one_message() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let message = says(&format!("Can I book for Tuesday? {}", canary()));
    let first = app.send_visitor_message(&visitor, &message).answered(201);
    let second = app.send_visitor_message(&visitor, &message).answered(200);
    assert_eq!(second.json["message"], first.json["message"]);

    let listed = app.visitor_messages(&visitor, None).answered(200).body;
    let visitor_messages = listed
        .messages
        .iter()
        .filter(|m| m.author == Author::Visitor)
        .count();
    assert_eq!(visitor_messages, 1, "{listed:?}");
}

#[test]
fn after_resumes_from_a_seq() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    // The first message also gets the bot's "a person will reply" note (seq 2).
    let sent: Vec<u64> = (1..=3)
        .map(|n| {
            let message = says(&format!("message {n} {}", canary()));
            app.send_visitor_message(&visitor, &message)
                .answered(201)
                .body
                .message
                .seq
        })
        .collect();
    assert_eq!(sent, vec![1, 3, 4]);
    let after_one = app.visitor_messages(&visitor, Some(1)).answered(200).body;
    assert_eq!(seqs(&after_one), vec![2, 3, 4]);
    let none = app.visitor_messages(&visitor, Some(4)).answered(200);
    assert_eq!(none.json["messages"], json!([]));
}

#[test]
fn a_token_cannot_read_another_conversation() {
    let app = TestApp::new();
    let a = app.new_visitor();
    let b = app.new_visitor();
    app.send_visitor_message(&b, &says(&format!("private {}", canary())))
        .answered(201);
    let read = app.visitor_messages_as(b.id(), &a.token, None).refused(403);
    assert_eq!(read.code, "wrong_conversation");
    app.send_visitor_message_as(b.id(), &a.token, &says("hello"))
        .refused(403);
    app.visitor_messages(&a, None).answered(200);
}

#[test]
fn an_emergency_gets_an_instant_safety_reply() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let text = format!("I have crushing chest pain and can't breathe {}", canary());
    let sent = app
        .send_visitor_message(&visitor, &says(&text))
        .answered(201)
        .body;
    assert_eq!(sent.triage.urgency, Urgency::Emergency);
    assert_eq!(sent.triage.department, Department::Clinical);
    let safety = sent.auto_replies.first().expect("a safety reply");
    assert_eq!(safety.author, Author::Bot);
    assert_eq!(safety.seq, 2);
    let number = app
        .widget_config("demo")
        .answered(200)
        .body
        .emergency_number;
    assert!(safety.text.contains(&number), "{safety:?}");
}

#[test]
fn the_live_socket_replays_and_pushes_messages() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(&format!("before connecting {}", canary())))
        .answered(201);
    let mut live = app.visitor_live(&visitor, Some(0));
    // The visitor's message and the bot's "a person will reply" note.
    assert_eq!(
        live.next(),
        json!({"type": "ready", "last_seq": 2, "read": {"visitor": 0, "staff": 0}})
    );
    let replayed = live.next();
    assert_eq!(replayed["type"], "message");
    assert_eq!(replayed["message"]["seq"], 1);

    app.send_visitor_message(&visitor, &says(&format!("after connecting {}", canary())))
        .answered(201);
    let pushed = live.until(|f| f["type"] == "message" && f["message"]["seq"] != 2);
    assert_eq!(pushed["message"]["seq"], 3);
    assert_eq!(pushed["message"]["author"], "visitor");
}

#[test]
fn the_live_socket_resumes_after_a_seq() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    for n in 1..=3 {
        app.send_visitor_message(&visitor, &says(&format!("m{n} {}", canary())))
            .answered(201);
    }
    // Seqs: m1 1, then the bot's notes and m2, m3 (how many notes depends on triage's
    // reading of these texts, so the last seq is read back rather than assumed).
    let listed = app.visitor_messages(&visitor, None).answered(200).body;
    let last = *seqs(&listed).last().expect("the thread's last seq");
    assert!(last >= 4, "three messages and a note at least");
    let mut live = app.visitor_live(&visitor, Some(2));
    assert_eq!(live.next()["last_seq"], last);
    let next = live.next();
    assert_eq!(
        next["message"]["seq"], 3,
        "only messages after 2 are replayed"
    );
}

#[test]
fn the_queue_indexes_visitor_messages_for_the_inbox() {
    let app = TestApp::new();
    let staff = app.dev_session("admin@demo.test").token;
    let visitor: Visitor = app.new_visitor();
    let text = format!("My stitches opened and it is bleeding {}", canary());
    app.send_visitor_message(&visitor, &says(&text))
        .answered(201);
    let entry = eventually("the inbox entry", || {
        let inbox = app.inbox(&staff, &[]).answered(200).body;
        inbox
            .conversations
            .into_iter()
            .find(|c| c.conversation_id == visitor.id())
    });
    assert_eq!(entry.urgency, Urgency::Urgent);
    assert_eq!(entry.department, Department::Clinical);
    assert_eq!(entry.status, ConversationStatus::Open);
    assert!(entry.sla_deadline.is_some(), "{entry:?}");
    assert_eq!(entry.last_seq, 1);
}
