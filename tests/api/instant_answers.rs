//! The bot's instant answers over the real API: knowledge questions answered at once in
//! the visitor's language, clinical questions and requests for a person left to staff
//! with the expected wait, and that wait measured by the hourly cron.

use frontdesk_protocol::{Author, ConversationStatus, Department, InboxEntry};

use crate::app::{says, Outcome, TestApp, Visitor};
use crate::support::*;

/// The bot's replies to one visitor message.
fn bot_replies(text: &str) -> Vec<String> {
    let app = TestApp::new();
    bot_replies_in(&app, &app.new_visitor(), text)
}

/// The bot's replies to `text` sent in the visitor's conversation.
fn bot_replies_in(app: &TestApp, visitor: &Visitor, text: &str) -> Vec<String> {
    let reply = app
        .send_visitor_message(visitor, &says(text))
        .answered(201)
        .body;
    reply
        .auto_replies
        .into_iter()
        .map(|r| {
            assert_eq!(r.author, Author::Bot, "{r:?}");
            r.text
        })
        .collect()
}

#[test]
fn a_knowledge_question_is_answered_at_once_in_its_language() {
    let cases = [
        ("Where can I park?", "Free parking for patients"),
        ("¿Dónde puedo aparcar?", "Aparcamiento gratuito"),
        ("Où puis-je me garer ?", "Parking gratuit"),
        ("Gibt es Parkplätze?", "Kostenlose Patientenparkplätze"),
        ("How much does teeth whitening cost?", "€250–400"),
        ("do you have wifi", "Lakeside-Guest"),
    ];
    for (question, expected) in cases {
        let replies = bot_replies(question);
        assert_eq!(replies.len(), 1, "{question}: {replies:?}");
        assert!(replies[0].contains(expected), "{question}: {replies:?}");
    }
}

#[test]
fn hours_answers_come_from_the_live_schedule() {
    // The test server's demo clinic is open around the clock (see the seed options).
    let replies = bot_replies("What are your opening hours?");
    assert!(replies[0].contains("We're open right now"), "{replies:?}");
}

#[test]
fn clinical_and_unclear_questions_go_to_a_person_with_the_expected_wait() {
    for question in [
        "Is it normal to have pain after my filling? And where do I park?",
        "Should I take ibuprofen before the extraction?",
        "Tell me something about your philosophy",
    ] {
        let replies = bot_replies(question);
        assert_eq!(replies.len(), 1, "{question}: {replies:?}");
        assert!(
            !replies[0].contains("Free parking"),
            "{question}: {replies:?}"
        );
        assert!(
            replies[0].contains("will reply here, usually within about"),
            "{question}: {replies:?}"
        );
    }
}

#[test]
fn an_urgent_message_gets_only_the_safety_reply() {
    let replies = bot_replies("I'm bleeding still after the extraction – where can I park?");
    assert_eq!(replies.len(), 1, "{replies:?}");
    assert!(!replies[0].contains("Free parking"), "{replies:?}");
}

#[test]
fn asking_for_a_person_is_always_heard() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    for _ in 0..2 {
        let replies = bot_replies_in(&app, &visitor, "Can I talk to a person please?");
        let said = replies.first().map(String::as_str).unwrap_or_default();
        assert!(said.starts_with("Of course."), "{said}");
    }
}

/// The inbox row of `id`, once the queue has indexed it.
fn indexed_row(app: &TestApp, staff: &str, id: &str) -> InboxEntry {
    eventually("the conversation in the inbox", || {
        app.inbox_row(staff, id, &[])
    })
}

#[test]
fn staff_see_what_the_bot_answered_and_a_follow_up_reopens_it() {
    let app = TestApp::new();
    let staff = sign_in("frontdesk@demo.test");
    let visitor = app.new_visitor();
    let id = visitor.id();
    bot_replies_in(&app, &visitor, "Where can I park?");
    let row = indexed_row(&app, &staff, id);
    assert_eq!(
        row.status,
        ConversationStatus::Pending,
        "answered by the bot: {row:?}"
    );
    let thread = app.staff_thread(&staff, id).answered(200).body;
    let authors: Vec<Author> = thread.messages.iter().map(|m| m.author).collect();
    assert_eq!(authors, [Author::Visitor, Author::Bot], "{thread:?}");
    // A question the bot can't answer needs a person: open again.
    bot_replies_in(&app, &visitor, "Can I talk to a person please?");
    eventually("the conversation reopened", || {
        (indexed_row(&app, &staff, id).status == ConversationStatus::Open).then_some(())
    });
}

#[test]
fn the_hourly_cron_measures_the_expected_reply_time() {
    // The reports fixture's clinical team answered in 4, 5, 10, 20 and 40 minutes while
    // open (median 10); its front desk has two answers only, so its SLA stands in.
    let app = TestApp::new();
    app.run_cron("0 * * * *");
    let config = app.widget_config("reports-fixture").answered(200).body;
    let minutes = &config.reply_minutes;
    assert_eq!(minutes.get(&Department::Clinical), Some(&10), "{minutes:?}");
    assert_eq!(
        minutes.get(&Department::FrontDesk),
        Some(&240),
        "{minutes:?}"
    );
}
