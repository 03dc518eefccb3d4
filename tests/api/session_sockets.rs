//! Staff sockets end with their session: sign-out, sign-out everywhere and a password
//! reset close them, and a revoked session gets no frame after its revocation.

use frontdesk_protocol::AcceptTokenRequest;

use crate::app::{says, Outcome, TestApp};
use crate::paths;
use crate::support::*;

/// A new front-desk account of the demo clinic, made through an invitation so signing it
/// out everywhere touches no other test: (email, session token, staff id).
fn fresh_front_desk(_admin: &str) -> (String, String, String) {
    let teams = ["front-desk", "appointments", "billing"];
    invited_staff("front-desk", &teams, SOCKET_PASSWORD)
}

const SOCKET_PASSWORD: &str = "sockets close with sessions";

/// The session's inbox socket and one conversation's socket, both past their opening
/// frames.
fn open_sockets(session: &str, id: &str) -> (Live, Live) {
    let mut inbox = Live::connect_with_subprotocol(paths::staff_live(), session);
    assert_eq!(inbox.next()["type"], "ready");
    let mut thread = TestApp::new().staff_thread_live(session, id, 0);
    assert_eq!(thread.next()["type"], "ready");
    (inbox, thread)
}

/// A new conversation with a message, watched by `session` through its inbox socket
/// and the conversation's own: (id, visitor token, sockets).
fn watched_conversation(session: &str) -> (String, String, (Live, Live)) {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says("Can I book for Friday?"))
        .answered(201);
    // Staff open it once the inbox has routed it to their team.
    app.routed(visitor.id());
    let sockets = open_sockets(session, visitor.id());
    (visitor.id().to_owned(), visitor.token, sockets)
}

/// After a revocation: a new patient message must reach neither socket, and both close
/// within seconds.
fn assert_closed_without_news(id: &str, visitor: &str, sockets: (Live, Live)) {
    let secret = format!("after revocation {} {}", canary(), uuid());
    TestApp::new()
        .send_visitor_message_as(id, visitor, &says(&secret))
        .answered(201);
    for (name, mut socket) in [("inbox", sockets.0), ("conversation", sockets.1)] {
        let (texts, closed) = socket.frames_until_close(std::time::Duration::from_secs(5));
        assert!(
            !texts.iter().any(|t| t.contains(&secret)),
            "the {name} socket got news after the session ended: {texts:?}"
        );
        assert!(closed.is_some(), "the {name} socket is still open");
    }
}

#[test]
fn signing_out_closes_the_sessions_sockets() {
    let staff = sign_in("admin@demo.test");
    let (id, visitor, sockets) = watched_conversation(&staff);
    TestApp::new().sign_out(&staff).answered(200);
    assert_closed_without_news(&id, &visitor, sockets);
}

#[test]
fn signing_out_everywhere_closes_every_devices_sockets() {
    let admin = sign_in("admin@demo.test");
    let (email, laptop, _) = fresh_front_desk(&admin);
    let (id, visitor, sockets) = watched_conversation(&laptop);
    let app = TestApp::new();
    let phone = app
        .attempt_sign_in(&email, SOCKET_PASSWORD, &visitor_ip())
        .answered(201)
        .body
        .token;
    app.sign_out_everywhere(&phone).answered(200);
    assert_closed_without_news(&id, &visitor, sockets);
}

#[test]
fn a_password_reset_closes_the_accounts_sockets() {
    let admin = sign_in("admin@demo.test");
    let (email, session, staff_id) = fresh_front_desk(&admin);
    let (id, visitor, sockets) = watched_conversation(&session);
    let app = TestApp::new();
    app.send_password_reset(&admin, &staff_id).answered(202);
    let token = crate::mailbox::token_of(&crate::mailbox::link_emailed_to(&email, "reset"));
    let reset = AcceptTokenRequest {
        token,
        password: "a fresh passphrase here".into(),
    };
    app.accept_password_reset(&reset).answered(201);
    assert_closed_without_news(&id, &visitor, sockets);
}

#[test]
fn other_sessions_sockets_stay_open() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let other = sign_in("admin@demo.test");
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says("Can I book for Friday?"))
        .answered(201);
    let (_inbox, mut thread) = open_sockets(&other, visitor.id());
    app.sign_out(&staff).answered(200);
    let text = format!("still here {}", uuid());
    app.send_visitor_message(&visitor, &says(&text))
        .answered(201);
    let got = thread.until(|f| f["type"] == "message" && f["message"]["text"] == text.as_str());
    assert_eq!(got["message"]["author"], "visitor");
}
