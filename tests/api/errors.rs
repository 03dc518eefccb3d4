//! Bad input gets the contract's JSON error with the fitting status, never a 5xx.

use frontdesk_protocol::{CreateConversationRequest, SendMessageRequest};

use crate::app::{Outcome, TestApp, Visitor};
use crate::paths;
use crate::support::*;

/// A visitor send whose body is written by hand: no wire type can hold these bodies.
fn send_raw(visitor: &Visitor, content_type: &str, body: &[u8]) -> Reply {
    TestApp::new().send_forged(
        "POST",
        &paths::conversation_messages(visitor.id()),
        Some(&visitor.token),
        &[("Content-Type", content_type)],
        Some(body),
    )
}

fn says(text: &str) -> SendMessageRequest {
    SendMessageRequest {
        client_msg_id: uuid(),
        text: text.to_owned(),
        attachment_ids: Vec::new(),
    }
}

#[test]
fn malformed_and_invalid_bodies() {
    let visitor = TestApp::new().new_visitor();
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "application/json",
            b"{not json".to_vec(),
            400,
            "malformed_json",
        ),
        ("application/json", b"[1,2]".to_vec(), 400, "malformed_json"),
        (
            "application/json",
            br#"{"text":"hi"}"#.to_vec(),
            422,
            "invalid_field",
        ),
        (
            "application/json",
            br#"{"client_msg_id":"x","text":"hi"}"#.to_vec(),
            422,
            "invalid_client_msg_id",
        ),
        (
            "application/json",
            format!(r#"{{"client_msg_id":"{}","text":"   "}}"#, uuid()).into_bytes(),
            422,
            "empty_text",
        ),
        (
            "application/json",
            format!(r#"{{"client_msg_id":"{}","text":5}}"#, uuid()).into_bytes(),
            422,
            "invalid_field",
        ),
        (
            "text/plain",
            br#"{"client_msg_id":"x","text":"hi"}"#.to_vec(),
            415,
            "unsupported_media_type",
        ),
    ];
    for (content_type, body, status, code) in cases {
        let reply = send_raw(&visitor, content_type, &body);
        assert_eq!(
            reply.status,
            status,
            "{}: {:?}",
            String::from_utf8_lossy(&body),
            reply.body
        );
        assert_eq!(reply.error_code(), code);
    }
}

#[test]
fn text_over_the_limit_is_413() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let too_long = app
        .send_visitor_message(&visitor, &says(&"a".repeat(4001)))
        .refused(413);
    assert_eq!(too_long.code, "text_too_long");
    // 4,000 characters fit even as multi-byte UTF-8.
    app.send_visitor_message(&visitor, &says(&"é".repeat(4000)))
        .answered(201);
}

#[test]
fn bodies_over_the_byte_limit_are_413() {
    let visitor = TestApp::new().new_visitor();
    let body = format!(
        r#"{{"client_msg_id":"{}","text":"{}"}}"#,
        uuid(),
        "a".repeat(40_000)
    );
    let reply = send_raw(&visitor, "application/json", body.as_bytes());
    assert_eq!(reply.status, 413);
    assert_eq!(reply.error_code(), "body_too_large");
}

#[test]
fn unknown_clinic_is_404() {
    let app = TestApp::new();
    let refused = app
        .create_conversation("no-such-clinic", &CreateConversationRequest::default())
        .refused(404);
    assert_eq!(refused.code, "unknown_clinic");
    app.widget_config("no-such-clinic").refused(404);
}

#[test]
fn missing_and_bad_tokens_are_401() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let id = visitor.id();
    // No Authorization header at all, which no typed call sends.
    let path = paths::conversation_messages(id);
    let missing = app.send_forged("GET", &path, None, &[], None);
    assert_eq!(missing.status, 401);
    assert_eq!(missing.error_code(), "missing_token");
    for bad in ["garbage", "v1.abc.def", "v1..", "Bearer"] {
        let refused = app.visitor_messages_as(id, bad, None).refused(401);
        assert_eq!(refused.code, "bad_token", "{bad}");
    }
    app.visitor_messages_as("not-an-id", "x", None).refused(404);
}

#[test]
fn other_websites_are_refused() {
    let refused = TestApp::from_origin("https://evil.example")
        .create_conversation("demo", &CreateConversationRequest::default())
        .refused(403);
    assert_eq!(refused.code, "origin_not_allowed");
    let allowed = TestApp::from_origin("http://localhost:8787")
        .widget_config("demo")
        .answered(200);
    assert_eq!(
        allowed.header("access-control-allow-origin"),
        Some("http://localhost:8787")
    );
}

#[test]
fn bad_after_and_unknown_routes() {
    // Forged on purpose: an `after` no `u64` holds, a route that isn't one, a plain GET
    // where a socket upgrade belongs, and socket calls without credentials.
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let below_zero = paths::with_query(&paths::conversation_messages(id), &[("after", "-1")]);
    let reply = app.send_forged("GET", &below_zero, Some(token), &[], None);
    assert_eq!(reply.status, 422);
    assert_eq!(reply.error_code(), "invalid_after");
    let reply = app.send_forged("GET", paths::NO_SUCH_ROUTE, None, &[], None);
    assert_eq!(reply.status, 404);
    assert_eq!(reply.error_code(), "unknown_route");
    let reply = app.send_forged("GET", &paths::conversation_live(id), Some(token), &[], None);
    assert_eq!(reply.status, 426, "a plain GET on the socket endpoint");
    assert_eq!(reply.error_code(), "websocket_required");
    // Without credentials the socket endpoints say 401, like every other call.
    for path in [
        paths::conversation_live(id),
        paths::staff_thread_live(id),
        paths::staff_live().to_owned(),
    ] {
        let reply = app.send_forged("GET", &path, None, &[], None);
        assert_eq!(reply.status, 401, "{path}");
    }
    // A method the path doesn't list: 405 with Allow, never treated as GET.
    let reply = app.send_forged("QUERY", paths::health(), None, &[], None);
    assert_eq!(reply.status, 405);
    assert_eq!(reply.error_code(), "method_not_allowed");
    assert_eq!(reply.header("Allow"), Some("GET"));
    let reply = app.send_forged("PUT", &paths::conversation_messages(id), None, &[], None);
    assert_eq!(reply.header("Allow"), Some("POST, GET"));
}

#[test]
fn staff_bodies_are_checked_too() {
    let app = TestApp::new();
    let reply = app.send_forged(
        "POST",
        paths::staff_sessions(),
        None,
        &[("Content-Type", "application/json")],
        Some(b"{\"email\":"),
    );
    assert_eq!(reply.status, 400);
    assert_eq!(reply.error_code(), "malformed_json");
    // A login without its password: a body the wire type cannot hold.
    let reply = app.send_forged(
        "POST",
        paths::staff_sessions(),
        None,
        &[("Content-Type", "application/json")],
        Some(br#"{"email": "a@b.c"}"#),
    );
    assert_eq!(reply.status, 422);
}
