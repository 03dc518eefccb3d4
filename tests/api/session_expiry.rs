//! Staff sockets end when their session expires, not only when it is revoked: the
//! brief-sessions fixture clinic's console sessions last 6 seconds (`[access]
//! session_seconds`, for test servers), and the clinic's hub closes the session's inbox
//! and conversation sockets at that moment (4401 `session_ended`).

use std::time::{Duration, Instant};

use crate::support::*;

#[test]
fn a_sessions_sockets_close_when_it_expires() {
    let signed_in = post(
        "/v1/staff/sessions",
        None,
        &serde_json::json!({"email": "admin@brief.test", "password": "demo-password"}),
    );
    assert_eq!(signed_in.status, 201, "{:?}", signed_in.body);
    let started = Instant::now();
    let session = signed_in.body["token"].as_str().expect("token").to_owned();
    let (id, visitor) = new_conversation_in("brief-sessions");
    let text = format!("{FRONT_DESK_QUESTION} {}", canary());
    assert_eq!(visitor_send(&id, &visitor, &uuid(), &text).status, 201);

    let mut inbox = Live::connect_with_subprotocol("/v1/staff/live", &session);
    assert_eq!(inbox.next()["type"], "ready");
    let mut thread = Live::connect_with_subprotocol(
        &format!("/v1/staff/conversations/{id}/live?after=0"),
        &session,
    );
    assert_eq!(thread.next()["type"], "ready");
    // Open now, so it is the expiry (not the opening) that ends them.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "too slow to test"
    );
    assert_eq!(get("/v1/staff/me", Some(&session)).status, 200);

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
    assert_eq!(get("/v1/staff/me", Some(&session)).status, 401);
}
