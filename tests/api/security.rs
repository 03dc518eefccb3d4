//! Nobody gets in who shouldn't: wrong, forged, expired and rotated tokens; other
//! conversations and clinics; foreign origins on HTTP and WebSocket; staff calls without
//! a session, with a visitor token, and cookie calls without the console's origin.
//!
//! Tokens are minted here with the domain crate and the dev-only secrets in
//! `edge/.dev.vars`, exactly as the edge signs them.

use frontdesk_domain::visitor_token::{self, VisitorClaims};
use serde_json::json;

use crate::paths;
use crate::support::*;

/// The seed's second clinic, with its own origin and its own admin.
const OTHER_CLINIC: &str = "other-clinic";
const OTHER_ORIGIN: &str = "https://hillside-clinic.example";
const EVIL_ORIGIN: &str = "https://evil.example";

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

fn mint(secret: &str, clinic_id: &str, conversation_id: &str, expires_at: i64) -> String {
    visitor_token::issue(
        secret.as_bytes(),
        &VisitorClaims {
            clinic_id: clinic_id.into(),
            conversation_id: conversation_id.into(),
            expires_at,
        },
    )
}

fn messages_path(id: &str) -> String {
    paths::conversation_messages(id)
}

fn with_origin(method: &str, path: &str, token: Option<&str>, origin: &str) -> Reply {
    let body = (method == "POST").then_some(&b"{}"[..]);
    request(
        method,
        path,
        token,
        &[("Origin", origin), ("Content-Type", "application/json")],
        body,
    )
}

fn other_clinic_conversation() -> (String, String) {
    let reply = post(&paths::clinic_conversations(OTHER_CLINIC), None, &json!({}));
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    (
        reply.body["conversation_id"].as_str().expect("id").into(),
        reply.body["visitor_token"].as_str().expect("token").into(),
    )
}

#[test]
fn a_valid_token_for_another_conversation_is_refused_everywhere() {
    let (mine, my_token) = new_conversation();
    let (theirs, _) = new_conversation();
    assert_eq!(visitor_send(&mine, &my_token, &uuid(), "hello").status, 201);
    let read = get(&messages_path(&theirs), Some(&my_token));
    assert_eq!(read.status, 403);
    assert_eq!(read.error_code(), "wrong_conversation");
    let write = visitor_send(&theirs, &my_token, &uuid(), "let me in");
    assert_eq!(write.status, 403);
    assert_eq!(write.error_code(), "wrong_conversation");
    let live = Live::try_connect(
        &format!("{}?token={my_token}", paths::conversation_live(&theirs)),
        &[],
    );
    assert_eq!(live.err(), Some(403));
}

#[test]
fn a_token_from_another_clinic_is_refused() {
    let (demo_id, _) = new_conversation();
    let (other_id, other_token) = other_clinic_conversation();
    assert_eq!(
        get(&messages_path(&other_id), Some(&other_token)).status,
        200
    );
    let reply = get(&messages_path(&demo_id), Some(&other_token));
    assert_eq!(reply.status, 403);
    assert_eq!(reply.error_code(), "wrong_conversation");
    // A clinic's origin is no key to another clinic's widget API.
    let config = with_origin("GET", &paths::widget_config("demo"), None, OTHER_ORIGIN);
    assert_eq!(config.status, 403);
    assert_eq!(config.error_code(), "origin_not_allowed");
    let other_config = with_origin(
        "GET",
        &paths::widget_config(OTHER_CLINIC),
        None,
        OTHER_ORIGIN,
    );
    assert_eq!(other_config.status, 200, "{:?}", other_config.body);
}

#[test]
fn staff_of_another_clinic_cannot_see_or_touch_a_conversation() {
    let (id, token) = new_conversation();
    assert_eq!(visitor_send(&id, &token, &uuid(), "private").status, 201);
    let outsider = sign_in("admin@other.test");
    let view = get(&paths::staff_messages(&id), Some(&outsider));
    assert_eq!(view.status, 404, "{:?}", view.body);
    let reply = post(
        &paths::staff_messages(&id),
        Some(&outsider),
        &json!({"client_msg_id": uuid(), "text": "hi from elsewhere"}),
    );
    assert_eq!(reply.status, 404, "{:?}", reply.body);
    let claim = request("POST", &paths::staff_claim(&id), Some(&outsider), &[], None);
    assert_eq!(claim.status, 404, "{:?}", claim.body);
    let live = Live::try_connect(
        &format!("{}?token={outsider}", paths::staff_thread_live(&id)),
        &[],
    );
    assert_eq!(live.err(), Some(404));
    let inbox = get(paths::staff_inbox(), Some(&outsider));
    assert_eq!(inbox.status, 200);
    let ids: Vec<&str> = inbox.body["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .filter_map(|c| c["conversation_id"].as_str().or(c["id"].as_str()))
        .collect();
    assert!(
        !ids.contains(&id.as_str()),
        "another clinic's inbox lists it"
    );
}

#[test]
fn forged_tokens_are_refused() {
    let (id, token) = new_conversation();
    let far = now_unix() + 3600;
    let wrong_key = mint("not-the-secret", "demo", &id, far);
    let reply = get(&messages_path(&id), Some(&wrong_key));
    assert_eq!(reply.status, 401);
    assert_eq!(reply.error_code(), "bad_token");
    // A genuine signature glued to another conversation's claims.
    let (other_id, _) = new_conversation();
    let genuine_signature = token.rsplit('.').next().expect("signature");
    let claims_for_other = mint("x", "demo", &other_id, far);
    let mut parts: Vec<&str> = claims_for_other.split('.').collect();
    parts[2] = genuine_signature;
    let spliced = parts.join(".");
    let reply = get(&messages_path(&other_id), Some(&spliced));
    assert_eq!(reply.status, 401);
    assert_eq!(reply.error_code(), "bad_token");
    for unsigned in [
        format!("v1.{}.", parts[1]),
        format!("v1.{}", parts[1]),
        format!("v2.{}.{}", parts[1], genuine_signature),
        format!("{token}x"),
    ] {
        let reply = get(&messages_path(&other_id), Some(&unsigned));
        assert_eq!(reply.status, 401, "{unsigned}");
        assert_eq!(reply.error_code(), "bad_token", "{unsigned}");
    }
}

#[test]
fn expired_tokens_are_refused_with_their_own_code() {
    let (id, _) = new_conversation();
    let secret = dev_secret("VISITOR_TOKEN_SECRET");
    let expired = mint(&secret, "demo", &id, now_unix() - 1);
    let reply = get(&messages_path(&id), Some(&expired));
    assert_eq!(reply.status, 401);
    assert_eq!(reply.error_code(), "token_expired");
    let fresh = mint(&secret, "demo", &id, now_unix() + 600);
    assert_eq!(get(&messages_path(&id), Some(&fresh)).status, 200);
}

#[test]
fn tokens_signed_with_the_previous_secret_still_work_during_rotation() {
    let (id, _) = new_conversation();
    let previous = dev_secret("VISITOR_TOKEN_SECRET_PREVIOUS");
    assert_ne!(previous, dev_secret("VISITOR_TOKEN_SECRET"));
    let rotated = mint(&previous, "demo", &id, now_unix() + 600);
    let reply = visitor_send(&id, &rotated, &uuid(), "signed with the old key");
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let mut live = Live::connect_with_subprotocol(&paths::conversation_live(&id), &rotated);
    assert_eq!(live.next()["type"], "ready");
}

#[test]
fn foreign_origins_are_refused_on_http_and_websocket() {
    let (id, token) = new_conversation();
    let calls = [
        ("GET", paths::widget_config("demo"), None),
        ("POST", paths::clinic_conversations("demo"), None),
        ("GET", messages_path(&id), Some(token.as_str())),
        ("POST", messages_path(&id), Some(token.as_str())),
    ];
    for (method, path, token) in calls {
        let reply = with_origin(method, &path, token, EVIL_ORIGIN);
        assert_eq!(reply.status, 403, "{method} {path}: {:?}", reply.body);
        assert_eq!(reply.error_code(), "origin_not_allowed");
        assert_eq!(
            reply.header("Access-Control-Allow-Origin"),
            None,
            "{method} {path} must not share its answer with a foreign origin"
        );
    }
    let preflight = request(
        "OPTIONS",
        &messages_path(&id),
        None,
        &[
            ("Origin", EVIL_ORIGIN),
            ("Access-Control-Request-Method", "POST"),
        ],
        None,
    );
    assert_eq!(preflight.header("Access-Control-Allow-Origin"), None);
    let live = Live::try_connect(
        &paths::conversation_live(&id),
        &[
            ("Origin", EVIL_ORIGIN),
            (
                "Sec-WebSocket-Protocol",
                &format!("frontdesk, bearer.{token}"),
            ),
        ],
    );
    assert_eq!(live.err(), Some(403));
    // The demo site's own origin passes, and may read the answer.
    let own = base_url();
    let reply = with_origin("GET", &messages_path(&id), Some(&token), &own);
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("Access-Control-Allow-Origin"),
        Some(own.as_str())
    );
    let preflight = request(
        "OPTIONS",
        &messages_path(&id),
        None,
        &[("Origin", &own), ("Access-Control-Request-Method", "POST")],
        None,
    );
    assert_eq!(
        preflight.header("Access-Control-Allow-Origin"),
        Some(own.as_str())
    );
}

#[test]
fn the_live_socket_takes_the_token_as_a_subprotocol() {
    let (id, token) = new_conversation();
    assert_eq!(visitor_send(&id, &token, &uuid(), "before").status, 201);
    let mut live = Live::connect_with_subprotocol(&paths::conversation_live(&id), &token);
    assert_eq!(live.next()["type"], "ready");
    let from_visitor =
        |f: &serde_json::Value| f["type"] == "message" && f["message"]["author"] == "visitor";
    let replayed = live.until(from_visitor);
    assert_eq!(replayed["message"]["text"], "before");
    assert_eq!(visitor_send(&id, &token, &uuid(), "after").status, 201);
    let pushed = live.until(from_visitor);
    assert_eq!(pushed["message"]["text"], "after");
    // A bad token in the subprotocol is refused like a bad header.
    let refused = Live::try_connect(
        &paths::conversation_live(&id),
        &[(
            "Sec-WebSocket-Protocol",
            "frontdesk, bearer.v1.forged.token",
        )],
    );
    assert_eq!(refused.err(), Some(401));
    // Staff sockets take their session token the same way.
    let staff = sign_in("frontdesk@demo.test");
    let mut inbox = Live::connect_with_subprotocol(paths::staff_live(), &staff);
    assert_eq!(inbox.next()["type"], "ready");
}

/// A fresh session: (bearer token, cookie header).
fn cookie_session(email: &str) -> (String, String) {
    let token = sign_in(email);
    let cookie = format!("fd_session={token}");
    (token, cookie)
}

#[test]
fn staff_calls_refuse_missing_sessions_and_visitor_tokens() {
    let (id, visitor_token) = new_conversation();
    let staff_calls = [
        ("GET", paths::staff_me().to_owned()),
        ("GET", paths::staff_inbox().to_owned()),
        ("GET", paths::staff_messages(&id)),
        ("POST", paths::staff_messages(&id)),
        ("POST", paths::staff_claim(&id)),
        ("GET", paths::audit_log().to_owned()),
        ("DELETE", paths::current_session().to_owned()),
    ];
    for (method, path) in &staff_calls {
        let body = json!({"client_msg_id": uuid(), "text": "x"}).to_string();
        let send = |token: Option<&str>| {
            request(
                method,
                path,
                token,
                &[("Content-Type", "application/json")],
                (*method == "POST").then_some(body.as_bytes()),
            )
        };
        let anonymous = send(None);
        assert_eq!(anonymous.status, 401, "{method} {path}");
        assert_eq!(anonymous.error_code(), "not_signed_in");
        let as_visitor = send(Some(&visitor_token));
        assert_eq!(
            as_visitor.status, 401,
            "{method} {path} with a visitor token"
        );
        assert_eq!(as_visitor.error_code(), "session_expired");
    }
    for path in [
        paths::staff_live().to_owned(),
        paths::staff_thread_live(&id),
    ] {
        assert_eq!(Live::try_connect(&path, &[]).err(), Some(401), "{path}");
        let with_visitor = format!("{path}?token={visitor_token}");
        assert_eq!(
            Live::try_connect(&with_visitor, &[]).err(),
            Some(401),
            "{path}"
        );
    }
    // A staff session is no visitor token either.
    let staff = sign_in("admin@demo.test");
    let reply = get(&messages_path(&id), Some(&staff));
    assert_eq!(reply.status, 401);
    assert_eq!(reply.error_code(), "bad_token");
}

#[test]
fn cookie_calls_that_change_state_need_the_consoles_origin() {
    let (id, token) = new_conversation();
    assert_eq!(visitor_send(&id, &token, &uuid(), "need help").status, 201);
    let (_, cookie) = cookie_session("admin@demo.test");
    let reply_path = paths::staff_messages(&id);
    let claim_path = paths::staff_claim(&id);
    let body = |text: &str| json!({"client_msg_id": uuid(), "text": text}).to_string();
    for origin in [None, Some(EVIL_ORIGIN), Some("null")] {
        let mut headers = vec![
            ("Cookie", cookie.as_str()),
            ("Content-Type", "application/json"),
        ];
        if let Some(origin) = origin {
            headers.push(("Origin", origin));
        }
        for (path, payload) in [(&reply_path, body("forged")), (&claim_path, String::new())] {
            let reply = request("POST", path, None, &headers, Some(payload.as_bytes()));
            assert_eq!(reply.status, 403, "POST {path} from {origin:?}");
            assert_eq!(reply.error_code(), "cross_site_request");
        }
        let out = request("DELETE", paths::current_session(), None, &headers, None);
        assert_eq!(out.status, 403, "sign-out from {origin:?}");
        let live = Live::try_connect(paths::staff_live(), &headers);
        assert_eq!(live.err(), Some(403), "inbox socket from {origin:?}");
    }
    // Reading with the cookie needs no origin (SameSite=Strict keeps other sites out).
    let inbox = request(
        "GET",
        paths::staff_inbox(),
        None,
        &[("Cookie", &cookie)],
        None,
    );
    assert_eq!(inbox.status, 200);
    // From the console's own origin, the same calls work.
    let own = base_url();
    let headers = [
        ("Cookie", cookie.as_str()),
        ("Content-Type", "application/json"),
        ("Origin", own.as_str()),
    ];
    let reply = request(
        "POST",
        &reply_path,
        None,
        &headers,
        Some(body("real").as_bytes()),
    );
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let mut live = Live::try_connect(paths::staff_live(), &headers).expect("own origin socket");
    assert_eq!(live.next()["type"], "ready");
    let out = request("DELETE", paths::current_session(), None, &headers, None);
    assert_eq!(out.status, 200);
}

/// Bidirectional controls (U+202E and the like) can make the console show a message or
/// name in another order than it was written; they are dropped on the way in.
#[test]
fn bidirectional_controls_never_reach_staff() {
    let (id, token) = new_conversation();
    let text = format!("Refund to \u{202E}1234\u{202C} please {}", canary());
    let sent = visitor_send(&id, &token, &uuid(), &text);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    assert_eq!(
        sent.body["message"]["text"],
        format!("Refund to 1234 please {}", canary())
    );
    let named = post(
        &paths::conversation_visitor(&id),
        Some(&token),
        &json!({"name": "Ad\u{2067}min\u{2069} Ana"}),
    );
    assert_eq!(named.status, 200, "{:?}", named.body);
    assert_eq!(named.body["name"], "Admin Ana");
    let admin = sign_in("admin@demo.test");
    let thread = get(&paths::staff_messages(&id), Some(&admin));
    assert_eq!(thread.status, 200, "{:?}", thread.body);
    let shown = thread.body.to_string();
    assert!(
        !shown.contains('\u{202E}') && !shown.contains('\u{2067}'),
        "{shown}"
    );
}
