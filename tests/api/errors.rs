//! Bad input gets the contract's JSON error with the fitting status, never a 5xx.

use serde_json::json;

use crate::support::*;

fn send_raw(id: &str, token: &str, content_type: &str, body: &[u8]) -> Reply {
    request(
        "POST",
        &format!("/v1/conversations/{id}/messages"),
        Some(token),
        &[("Content-Type", content_type)],
        Some(body),
    )
}

#[test]
fn malformed_and_invalid_bodies() {
    let (id, token) = new_conversation();
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
        let reply = send_raw(&id, &token, content_type, &body);
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
    let (id, token) = new_conversation();
    let text = "a".repeat(4001);
    let reply = visitor_send(&id, &token, &uuid(), &text);
    assert_eq!(reply.status, 413);
    assert_eq!(reply.error_code(), "text_too_long");
    let fits = visitor_send(&id, &token, &uuid(), &"é".repeat(4000));
    assert_eq!(
        fits.status, 201,
        "4,000 characters fit even as multi-byte UTF-8"
    );
}

#[test]
fn bodies_over_the_byte_limit_are_413() {
    let (id, token) = new_conversation();
    let body = format!(
        r#"{{"client_msg_id":"{}","text":"{}"}}"#,
        uuid(),
        "a".repeat(40_000)
    );
    let reply = send_raw(&id, &token, "application/json", body.as_bytes());
    assert_eq!(reply.status, 413);
    assert_eq!(reply.error_code(), "body_too_large");
}

#[test]
fn unknown_clinic_is_404() {
    let reply = post("/v1/clinics/no-such-clinic/conversations", None, &json!({}));
    assert_eq!(reply.status, 404);
    assert_eq!(reply.error_code(), "unknown_clinic");
    let reply = get("/v1/clinics/no-such-clinic/widget-config", None);
    assert_eq!(reply.status, 404);
}

#[test]
fn missing_and_bad_tokens_are_401() {
    let (id, _) = new_conversation();
    let path = format!("/v1/conversations/{id}/messages");
    let missing = get(&path, None);
    assert_eq!(missing.status, 401);
    assert_eq!(missing.error_code(), "missing_token");
    for bad in ["garbage", "v1.abc.def", "v1..", "Bearer"] {
        let reply = get(&path, Some(bad));
        assert_eq!(reply.status, 401, "{bad}");
        assert_eq!(reply.error_code(), "bad_token");
    }
    let unknown = get("/v1/conversations/not-an-id/messages", Some("x"));
    assert_eq!(unknown.status, 404);
}

#[test]
fn other_websites_are_refused() {
    let reply = request(
        "POST",
        "/v1/clinics/demo/conversations",
        None,
        &[
            ("Origin", "https://evil.example"),
            ("Content-Type", "application/json"),
        ],
        Some(b"{}"),
    );
    assert_eq!(reply.status, 403);
    assert_eq!(reply.error_code(), "origin_not_allowed");
    let allowed = request(
        "GET",
        "/v1/clinics/demo/widget-config",
        None,
        &[("Origin", "http://localhost:8787")],
        None,
    );
    assert_eq!(allowed.status, 200);
    assert_eq!(
        allowed.header("access-control-allow-origin"),
        Some("http://localhost:8787")
    );
}

#[test]
fn bad_after_and_unknown_routes() {
    let (id, token) = new_conversation();
    let reply = get(
        &format!("/v1/conversations/{id}/messages?after=-1"),
        Some(&token),
    );
    assert_eq!(reply.status, 422);
    assert_eq!(reply.error_code(), "invalid_after");
    let reply = get("/v1/nothing-here", None);
    assert_eq!(reply.status, 404);
    assert_eq!(reply.error_code(), "unknown_route");
    let reply = get(&format!("/v1/conversations/{id}/live"), Some(&token));
    assert_eq!(reply.status, 426, "a plain GET on the socket endpoint");
    assert_eq!(reply.error_code(), "websocket_required");
    // Without credentials the socket endpoints say 401, like every other call.
    for path in [
        format!("/v1/conversations/{id}/live"),
        format!("/v1/staff/conversations/{id}/live"),
        "/v1/staff/live".to_owned(),
    ] {
        assert_eq!(get(&path, None).status, 401, "{path}");
    }
    // A method the path doesn't list: 405 with Allow, never treated as GET.
    let reply = request("QUERY", "/v1/health", None, &[], None);
    assert_eq!(reply.status, 405);
    assert_eq!(reply.error_code(), "method_not_allowed");
    assert_eq!(reply.header("Allow"), Some("GET"));
    let reply = request(
        "PUT",
        &format!("/v1/conversations/{id}/messages"),
        None,
        &[],
        None,
    );
    assert_eq!(reply.header("Allow"), Some("POST, GET"));
}

#[test]
fn staff_bodies_are_checked_too() {
    let reply = request(
        "POST",
        "/v1/staff/sessions",
        None,
        &[("Content-Type", "application/json")],
        Some(b"{\"email\":"),
    );
    assert_eq!(reply.status, 400);
    assert_eq!(reply.error_code(), "malformed_json");
    let reply = post("/v1/staff/sessions", None, &json!({"email": "a@b.c"}));
    assert_eq!(reply.status, 422);
}
