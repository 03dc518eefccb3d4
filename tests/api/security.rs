//! Nobody gets in who shouldn't: wrong, forged, expired and rotated tokens; other
//! conversations and clinics; foreign origins on HTTP and WebSocket; staff calls without
//! a session, with a visitor token, and cookie calls without the console's origin.
//!
//! Tokens are minted here with the domain crate and the dev-only secrets in
//! `edge/.dev.vars`, exactly as the edge signs them.

use frontdesk_domain::visitor_token::{self, VisitorClaims};
use frontdesk_protocol::{CreateConversationRequest, VisitorIdentity};
use serde_json::json;

use crate::app::{says, visitor_of, Outcome, TestApp, Visitor};
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

/// A call with the `Origin` header under test (an empty JSON object as the body of a
/// POST): the origin is the input, so it goes as written.
fn with_origin(method: &str, path: &str, token: Option<&str>, origin: &str) -> Reply {
    let body = (method == "POST").then_some(&b"{}"[..]);
    TestApp::new().send_forged(
        method,
        path,
        token,
        &[("Origin", origin), ("Content-Type", "application/json")],
        body,
    )
}

/// A conversation with the seed's second clinic.
fn other_clinic_conversation() -> Visitor {
    let request = CreateConversationRequest::default();
    let created = TestApp::new()
        .create_conversation(OTHER_CLINIC, &request)
        .answered(201);
    visitor_of(created.body)
}

/// A new demo conversation (its id and token, for the calls made with other tokens).
fn new_conversation() -> (String, String) {
    let visitor = TestApp::new().new_visitor();
    (visitor.id().to_owned(), visitor.token)
}

#[test]
fn a_valid_token_for_another_conversation_is_refused_everywhere() {
    let app = TestApp::new();
    let (mine, my_token) = new_conversation();
    let (theirs, _) = new_conversation();
    app.send_visitor_message_as(&mine, &my_token, &says("hello"))
        .answered(201);
    let read = app
        .visitor_messages_as(&theirs, &my_token, None)
        .refused(403);
    assert_eq!(read.code, "wrong_conversation");
    let write = app
        .send_visitor_message_as(&theirs, &my_token, &says("let me in"))
        .refused(403);
    assert_eq!(write.code, "wrong_conversation");
    let live = Live::try_connect(
        &format!("{}?token={my_token}", paths::conversation_live(&theirs)),
        &[],
    );
    assert_eq!(live.err(), Some(403));
}

#[test]
fn a_token_from_another_clinic_is_refused() {
    let app = TestApp::new();
    let (demo_id, _) = new_conversation();
    let other = other_clinic_conversation();
    app.visitor_messages(&other, None).answered(200);
    let refused = app
        .visitor_messages_as(&demo_id, &other.token, None)
        .refused(403);
    assert_eq!(refused.code, "wrong_conversation");
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
    let app = TestApp::new();
    let (id, token) = new_conversation();
    app.send_visitor_message_as(&id, &token, &says("private"))
        .answered(201);
    let outsider = sign_in("admin@other.test");
    let view = app.staff_thread(&outsider, &id);
    assert_eq!(view.status(), 404, "{view:?}");
    let reply = app.staff_reply(&outsider, &id, &says("hi from elsewhere"));
    assert_eq!(reply.status(), 404, "{reply:?}");
    let claim = app.claim(&outsider, &id);
    assert_eq!(claim.status(), 404, "{claim:?}");
    let live = Live::try_connect(
        &format!("{}?token={outsider}", paths::staff_thread_live(&id)),
        &[],
    );
    assert_eq!(live.err(), Some(404));
    let inbox = app.inbox(&outsider, &[]).answered(200).body;
    let ids: Vec<&str> = inbox
        .conversations
        .iter()
        .map(|c| c.conversation_id.as_str())
        .collect();
    assert!(
        !ids.contains(&id.as_str()),
        "another clinic's inbox lists it"
    );
}

#[test]
fn forged_tokens_are_refused() {
    let app = TestApp::new();
    let (id, token) = new_conversation();
    let far = now_unix() + 3600;
    let wrong_key = mint("not-the-secret", "demo", &id, far);
    let refused = app.visitor_messages_as(&id, &wrong_key, None).refused(401);
    assert_eq!(refused.code, "bad_token");
    // A genuine signature glued to another conversation's claims.
    let (other_id, _) = new_conversation();
    let genuine_signature = token.rsplit('.').next().expect("signature");
    let claims_for_other = mint("x", "demo", &other_id, far);
    let mut parts: Vec<&str> = claims_for_other.split('.').collect();
    parts[2] = genuine_signature;
    let spliced = parts.join(".");
    let refused = app
        .visitor_messages_as(&other_id, &spliced, None)
        .refused(401);
    assert_eq!(refused.code, "bad_token");
    for unsigned in [
        format!("v1.{}.", parts[1]),
        format!("v1.{}", parts[1]),
        format!("v2.{}.{}", parts[1], genuine_signature),
        format!("{token}x"),
    ] {
        let refused = app
            .visitor_messages_as(&other_id, &unsigned, None)
            .refused(401);
        assert_eq!(refused.code, "bad_token", "{unsigned}");
    }
}

#[test]
fn expired_tokens_are_refused_with_their_own_code() {
    let app = TestApp::new();
    let (id, _) = new_conversation();
    let secret = dev_secret("VISITOR_TOKEN_SECRET");
    let expired = mint(&secret, "demo", &id, now_unix() - 1);
    let refused = app.visitor_messages_as(&id, &expired, None).refused(401);
    assert_eq!(refused.code, "token_expired");
    let fresh = mint(&secret, "demo", &id, now_unix() + 600);
    app.visitor_messages_as(&id, &fresh, None).answered(200);
}

#[test]
fn tokens_signed_with_the_previous_secret_still_work_during_rotation() {
    let (id, _) = new_conversation();
    let previous = dev_secret("VISITOR_TOKEN_SECRET_PREVIOUS");
    assert_ne!(previous, dev_secret("VISITOR_TOKEN_SECRET"));
    let rotated = mint(&previous, "demo", &id, now_unix() + 600);
    TestApp::new()
        .send_visitor_message_as(&id, &rotated, &says("signed with the old key"))
        .answered(201);
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
    let app = TestApp::new();
    let preflight = app.send_forged(
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
    let preflight = app.send_forged(
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
    let app = TestApp::new();
    let (id, token) = new_conversation();
    app.send_visitor_message_as(&id, &token, &says("before"))
        .answered(201);
    let mut live = Live::connect_with_subprotocol(&paths::conversation_live(&id), &token);
    assert_eq!(live.next()["type"], "ready");
    let from_visitor =
        |f: &serde_json::Value| f["type"] == "message" && f["message"]["author"] == "visitor";
    let replayed = live.until(from_visitor);
    assert_eq!(replayed["message"]["text"], "before");
    app.send_visitor_message_as(&id, &token, &says("after"))
        .answered(201);
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
    // Each staff route called as a stranger and with a visitor's token: the credential is
    // the input under test, so the calls go as written.
    let app = TestApp::new();
    for (method, path) in &staff_calls {
        let body = json!({"client_msg_id": uuid(), "text": "x"}).to_string();
        let send = |token: Option<&str>| {
            app.send_forged(
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
    let refused = app.visitor_messages_as(&id, &staff, None).refused(401);
    assert_eq!(refused.code, "bad_token");
}

#[test]
fn cookie_calls_that_change_state_need_the_consoles_origin() {
    // The cookie and the Origin header are the input under test: every call goes as
    // written.
    let app = TestApp::new();
    let (id, token) = new_conversation();
    app.send_visitor_message_as(&id, &token, &says("need help"))
        .answered(201);
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
            let reply = app.send_forged("POST", path, None, &headers, Some(payload.as_bytes()));
            assert_eq!(reply.status, 403, "POST {path} from {origin:?}");
            assert_eq!(reply.error_code(), "cross_site_request");
        }
        let out = app.send_forged("DELETE", paths::current_session(), None, &headers, None);
        assert_eq!(out.status, 403, "sign-out from {origin:?}");
        let live = Live::try_connect(paths::staff_live(), &headers);
        assert_eq!(live.err(), Some(403), "inbox socket from {origin:?}");
    }
    // Reading with the cookie needs no origin (SameSite=Strict keeps other sites out).
    let inbox = app.send_forged(
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
    let reply = app.send_forged(
        "POST",
        &reply_path,
        None,
        &headers,
        Some(body("real").as_bytes()),
    );
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let mut live = Live::try_connect(paths::staff_live(), &headers).expect("own origin socket");
    assert_eq!(live.next()["type"], "ready");
    let out = app.send_forged("DELETE", paths::current_session(), None, &headers, None);
    assert_eq!(out.status, 200);
}

/// Bidirectional controls (U+202E and the like) can make the console show a message or
/// name in another order than it was written; they are dropped on the way in.
#[test]
fn bidirectional_controls_never_reach_staff() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let text = format!("Refund to \u{202E}1234\u{202C} please {}", canary());
    let sent = app
        .send_visitor_message(&visitor, &says(&text))
        .answered(201);
    assert_eq!(
        sent.body.message.text,
        format!("Refund to 1234 please {}", canary())
    );
    let name = VisitorIdentity {
        name: Some("Ad\u{2067}min\u{2069} Ana".into()),
        ..VisitorIdentity::default()
    };
    let named = app.identify(&visitor, &name).answered(200);
    assert_eq!(named.body.visitor.name.as_deref(), Some("Admin Ana"));
    let admin = sign_in("admin@demo.test");
    let thread = app.staff_thread(&admin, visitor.id()).answered(200);
    let shown = thread.json.to_string();
    assert!(
        !shown.contains('\u{202E}') && !shown.contains('\u{2067}'),
        "{shown}"
    );
}
