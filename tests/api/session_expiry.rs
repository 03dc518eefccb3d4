//! Staff sockets end when their session expires, not only when it is revoked: the
//! brief-sessions fixture clinic's console sessions last 6 seconds (`[access]
//! session_seconds`, for test servers), and the clinic's hub closes the session's inbox
//! and conversation sockets at that moment (4401 `session_ended`).

use std::time::{Duration, Instant};

use frontdesk_protocol::SendMessageRequest;

use crate::app::{Outcome, TestApp};
use crate::support::*;

#[test]
fn a_sessions_sockets_close_when_it_expires() {
    let app = TestApp::new();
    let session = app.dev_session("admin@brief.test").token;
    let started = Instant::now();
    let visitor = app.new_visitor_in("brief-sessions");
    let question = SendMessageRequest {
        client_msg_id: uuid(),
        text: format!("{FRONT_DESK_QUESTION} {}", canary()),
        attachment_ids: Vec::new(),
    };
    app.send_visitor_message(&visitor, &question).answered(201);

    let mut inbox = app.staff_live(&session);
    assert_eq!(inbox.next()["type"], "ready");
    let mut thread = app.staff_thread_live(&session, visitor.id(), 0);
    assert_eq!(thread.next()["type"], "ready");
    // Open now, so it is the expiry (not the opening) that ends them.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "too slow to test"
    );
    app.me(&session).answered(200);

    let (_, inbox_closed) = inbox.frames_until_close(Duration::from_secs(20));
    assert_eq!(
        inbox_closed,
        Some(4401),
        "the inbox socket outlived its session"
    );
    let (_, thread_closed) = thread.frames_until_close(Duration::from_secs(5));
    assert_eq!(
        thread_closed,
        Some(4401),
        "the thread socket outlived its session"
    );
    let lived = started.elapsed();
    assert!(
        lived >= Duration::from_secs(5),
        "closed before expiry: {lived:?}"
    );
    assert!(lived < Duration::from_secs(20), "closed late: {lived:?}");
    app.me(&session).refused(401);
}
