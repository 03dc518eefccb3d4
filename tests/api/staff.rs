//! The Staff API: sessions, inbox, replies delivered live, claims and the audit log.

use frontdesk_protocol::{Author, Department, StaffLoginRequest, StaffRole, Urgency};

use crate::app::{says, Outcome, TestApp, Visitor};
use crate::support::*;

fn login(email: &str, password: &str) -> StaffLoginRequest {
    StaffLoginRequest {
        email: email.to_owned(),
        password: password.to_owned(),
    }
}

/// A new demo conversation holding the visitor's `text` (not yet routed).
fn visitor_saying(text: &str) -> Visitor {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(text))
        .answered(201);
    visitor
}

#[test]
fn sign_in_sets_an_httponly_cookie_and_returns_a_bearer() {
    let reply = TestApp::new()
        .sign_in(&login("frontdesk@demo.test", "demo-password"))
        .answered(201);
    assert!(reply.body.token.len() >= 32);
    assert_eq!(reply.body.staff.role, StaffRole::FrontDesk);
    assert_eq!(reply.body.staff.departments, [Department::FrontDesk]);
    let cookie = reply.header("set-cookie").expect("cookie");
    for attribute in ["fd_session=", "HttpOnly", "Secure", "SameSite=Strict"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
}

#[test]
fn wrong_passwords_and_unknown_emails_are_refused_alike() {
    for (email, password) in [
        ("frontdesk@demo.test", "wrong-password"),
        ("nobody@demo.test", "demo-password"),
    ] {
        let refused = TestApp::new().sign_in(&login(email, password)).refused(401);
        assert_eq!(refused.code, "bad_credentials");
    }
}

#[test]
fn staff_calls_need_a_session() {
    let app = TestApp::new();
    let refused = app.inbox_without_session().refused(401);
    assert_eq!(refused.code, "not_signed_in");
    let refused = app.inbox("not-a-session", &[]).refused(401);
    assert_eq!(refused.code, "session_expired");
}

#[test]
fn signed_out_sessions_stop_working() {
    let app = TestApp::new();
    let token = sign_in("clinician@demo.test");
    app.me(&token).answered(200);
    app.sign_out(&token).answered(200);
    app.me(&token).refused(401);
}

#[test]
fn a_reply_right_after_signing_out_is_refused() {
    // Replies leave this isolate a short grant that skips the session store; signing out
    // must end it at once, not when it lapses.
    let app = TestApp::new();
    let staff = sign_in("frontdesk@demo.test");
    let visitor = visitor_saying(FRONT_DESK_QUESTION);
    let id = visitor.id();
    app.routed(id);
    let reply = |text: &str| app.staff_reply(&staff, id, &says(text));
    reply("Yes, we have slots.").answered(201);
    let granted = reply("Morning or afternoon?").answered(201);
    assert_eq!(granted.body.message.author_name.as_deref(), Some("Sam"));
    app.sign_out(&staff).answered(200);
    let refused = reply("Still there?").refused(401);
    assert_eq!(refused.code, "session_expired");
}

#[test]
fn a_staff_reply_reaches_the_visitor_live_and_is_idempotent() {
    let app = TestApp::new();
    let staff = sign_in("frontdesk@demo.test");
    let visitor = visitor_saying(&format!("Do you have parking? {}", canary()));
    let id = visitor.id();
    app.routed(id);
    let mut visitor_live = app.visitor_live(&visitor, Some(1));
    assert_eq!(visitor_live.next()["type"], "ready");

    let body = says(&format!("Yes, in the courtyard {}", canary()));
    let first = app.staff_reply(&staff, id, &body).answered(201);
    assert_eq!(first.body.message.author, Author::Staff);
    assert_eq!(first.body.message.author_name.as_deref(), Some("Sam"));

    // The bot answered the parking question first; then the staff reply arrives.
    let pushed =
        visitor_live.until(|f| f["type"] == "message" && f["message"]["author"] == "staff");
    assert_eq!(pushed["message"], first.json["message"]);

    let again = app.staff_reply(&staff, id, &body).answered(200);
    assert_eq!(again.json["message"], first.json["message"]);
    let all = app.visitor_messages(&visitor, None).answered(200).body;
    let staff_messages = all
        .messages
        .iter()
        .filter(|m| m.author == Author::Staff)
        .count();
    assert_eq!(staff_messages, 1);
}

#[test]
fn staff_read_a_conversation_with_its_index_entry() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let visitor = visitor_saying(&format!("hello {}", canary()));
    let thread = app.staff_thread(&staff, visitor.id()).answered(200).body;
    assert_eq!(thread.conversation.conversation_id, visitor.id());
    assert_eq!(thread.messages[0].seq, 1);
    let unknown = app.staff_thread(&staff, "c_00000000000000000000000000000000");
    assert_eq!(unknown.status(), 404);
}

#[test]
fn one_owner_at_a_time() {
    let front_desk = sign_in("frontdesk@demo.test");
    // A colleague who may open the conversation too (a front-desk one).
    let clinician = sign_in_every_team("clinician");
    let (id, _) = front_desk_conversation();
    let app = TestApp::new();
    let first = app.claim(&front_desk, &id).answered(200);
    assert_eq!(first.body.assigned_to, "s_frontdesk");
    app.claim(&front_desk, &id).answered(200);
    let refused = app.claim(&clinician, &id).refused(409);
    assert_eq!(refused.code, "already_claimed");
}

#[test]
fn the_inbox_puts_the_most_urgent_first_and_filters() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let routine = visitor_saying(&format!("What are your hours? {}", canary()));
    let routine = routine.id().to_owned();
    let emergency = visitor_saying(&format!("my father is unconscious {}", canary()));
    let emergency = emergency.id().to_owned();
    // The whole inbox in its order, every page: the suites before this test leave more
    // open conversations than one page holds, and a new routine one sorts last.
    let whole_inbox = || {
        let mut ids = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let query: Vec<(&str, &str)> = cursor.iter().map(|c| ("cursor", c.as_str())).collect();
            let page = app.inbox(&staff, &query).answered(200).body;
            ids.extend(page.conversations.into_iter().map(|c| c.conversation_id));
            match page.next {
                Some(next) => cursor = Some(next),
                None => return ids,
            }
        }
    };
    let order = eventually("both conversations indexed", || {
        let ids = whole_inbox();
        (ids.contains(&routine) && ids.contains(&emergency)).then_some(ids)
    });
    let at = |id: &str| order.iter().position(|other| other == id);
    assert!(at(&emergency) < at(&routine));

    let emergencies = app
        .inbox(&staff, &[("urgency", "emergency")])
        .answered(200)
        .body;
    let all = &emergencies.conversations;
    assert!(all.iter().all(|c| c.urgency == Urgency::Emergency));
    assert!(all.iter().any(|c| c.conversation_id == emergency));

    let bad = app.inbox(&staff, &[("urgency", "whenever")]).refused(422);
    assert_eq!(bad.code, "invalid_filter");
}

#[test]
fn consoles_hear_about_new_inquiries_live() {
    let staff = sign_in("frontdesk@demo.test");
    let mut inbox_live = TestApp::new().staff_live(&staff);
    assert_eq!(inbox_live.next()["type"], "ready");
    let visitor = visitor_saying(&format!("a new inquiry {}", canary()));
    let id = visitor.id();
    let event =
        inbox_live.until(|f| f["type"] == "inbox" && f["conversation"]["conversation_id"] == id);
    assert_eq!(event["conversation"]["last_seq"], 1);
}

#[test]
fn only_admins_read_the_audit_log() {
    let admin = sign_in("admin@demo.test");
    let front_desk = sign_in("frontdesk@demo.test");
    let (id, _) = front_desk_conversation();
    let app = TestApp::new();
    let note = says(&format!("noted {}", canary()));
    app.staff_reply(&front_desk, &id, &note).answered(201);
    let refused = app.audit_log(&front_desk).refused(403);
    assert_eq!(refused.code, "admins_only");
    let log = app.audit_log(&admin).answered(200);
    let entries = &log.body.entries;
    assert!(entries.iter().any(|e| e.action == "replied"
        && e.conversation_id.as_deref() == Some(id.as_str())
        && e.actor == "s_frontdesk"));
    let ids: Vec<i64> = entries.iter().map(|e| e.id).collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first");
    assert!(
        !log.json.to_string().contains(&canary()),
        "the audit log holds no message text"
    );
}
