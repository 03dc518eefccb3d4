//! Staff sockets end with their session: sign-out, sign-out everywhere and a password
//! reset close them, and a revoked session gets no frame after its revocation.

use serde_json::json;

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
    let mut thread = Live::connect_with_subprotocol(
        &format!("{}?after=0", paths::staff_thread_live(id)),
        session,
    );
    assert_eq!(thread.next()["type"], "ready");
    (inbox, thread)
}

/// A new conversation with a message, watched by `session` through its inbox socket
/// and the conversation's own: (id, visitor token, sockets).
fn watched_conversation(session: &str) -> (String, String, (Live, Live)) {
    let (id, visitor) = new_conversation();
    visitor_send(&id, &visitor, &uuid(), "Can I book for Friday?");
    // Staff open it once the inbox has routed it to their team.
    routed(&id);
    let sockets = open_sockets(session, &id);
    (id, visitor, sockets)
}

/// After a revocation: a new patient message must reach neither socket, and both close
/// within seconds.
fn assert_closed_without_news(id: &str, visitor: &str, sockets: (Live, Live)) {
    let secret = format!("after revocation {} {}", canary(), uuid());
    let sent = visitor_send(id, visitor, &uuid(), &secret);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
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
    let out = request("DELETE", paths::current_session(), Some(&staff), &[], None);
    assert_eq!(out.status, 200, "{:?}", out.body);
    assert_closed_without_news(&id, &visitor, sockets);
}

#[test]
fn signing_out_everywhere_closes_every_devices_sockets() {
    let admin = sign_in("admin@demo.test");
    let (email, laptop, _) = fresh_front_desk(&admin);
    let (id, visitor, sockets) = watched_conversation(&laptop);
    let phone = post(
        paths::staff_sessions(),
        None,
        &json!({"email": email, "password": SOCKET_PASSWORD}),
    );
    assert_eq!(phone.status, 201, "{:?}", phone.body);
    let phone = phone.body["token"].as_str().expect("token");
    let out = request("DELETE", paths::staff_sessions(), Some(phone), &[], None);
    assert_eq!(out.status, 200, "{:?}", out.body);
    assert_closed_without_news(&id, &visitor, sockets);
}

#[test]
fn a_password_reset_closes_the_accounts_sockets() {
    let admin = sign_in("admin@demo.test");
    let (email, session, staff_id) = fresh_front_desk(&admin);
    let (id, visitor, sockets) = watched_conversation(&session);
    let asked = post(
        &paths::admin_staff_action(&staff_id, "password-reset"),
        Some(&admin),
        &json!({}),
    );
    assert_eq!(asked.status, 202, "{:?}", asked.body);
    let token = crate::mailbox::token_of(&crate::mailbox::link_emailed_to(&email, "reset"));
    let reset = post(
        paths::password_reset_accept(),
        None,
        &json!({"token": token, "password": "a fresh passphrase here"}),
    );
    assert_eq!(reset.status, 201, "{:?}", reset.body);
    assert_closed_without_news(&id, &visitor, sockets);
}

#[test]
fn other_sessions_sockets_stay_open() {
    let staff = sign_in("admin@demo.test");
    let other = sign_in("admin@demo.test");
    let (id, visitor) = new_conversation();
    visitor_send(&id, &visitor, &uuid(), "Can I book for Friday?");
    let (_inbox, mut thread) = open_sockets(&other, &id);
    let out = request("DELETE", paths::current_session(), Some(&staff), &[], None);
    assert_eq!(out.status, 200, "{:?}", out.body);
    let text = format!("still here {}", uuid());
    visitor_send(&id, &visitor, &uuid(), &text);
    let got = thread.until(|f| f["type"] == "message" && f["message"]["text"] == text.as_str());
    assert_eq!(got["message"]["author"], "visitor");
}
