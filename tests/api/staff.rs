//! The Staff API: sessions, inbox, replies delivered live, claims and the audit log.

use serde_json::json;

use crate::paths;
use crate::support::*;

#[test]
fn sign_in_sets_an_httponly_cookie_and_returns_a_bearer() {
    let reply = post(
        paths::staff_sessions(),
        None,
        &json!({"email": "frontdesk@demo.test", "password": "demo-password"}),
    );
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    assert!(reply.body["token"].as_str().is_some_and(|t| t.len() >= 32));
    assert_eq!(reply.body["staff"]["role"], "front-desk");
    assert_eq!(reply.body["staff"]["departments"], json!(["front-desk"]));
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
        let reply = post(
            paths::staff_sessions(),
            None,
            &json!({"email": email, "password": password}),
        );
        assert_eq!(reply.status, 401);
        assert_eq!(reply.error_code(), "bad_credentials");
    }
}

#[test]
fn staff_calls_need_a_session() {
    let reply = get(paths::staff_inbox(), None);
    assert_eq!(reply.status, 401);
    assert_eq!(reply.error_code(), "not_signed_in");
    let reply = get(paths::staff_inbox(), Some("not-a-session"));
    assert_eq!(reply.status, 401);
    assert_eq!(reply.error_code(), "session_expired");
}

#[test]
fn signed_out_sessions_stop_working() {
    let token = sign_in("clinician@demo.test");
    assert_eq!(get(paths::staff_me(), Some(&token)).status, 200);
    let out = crate::support::request("DELETE", paths::current_session(), Some(&token), &[], None);
    assert_eq!(out.status, 200);
    assert_eq!(get(paths::staff_me(), Some(&token)).status, 401);
}

#[test]
fn a_reply_right_after_signing_out_is_refused() {
    // Replies leave this isolate a short grant that skips the session store; signing out
    // must end it at once, not when it lapses.
    let staff = sign_in("frontdesk@demo.test");
    let (id, token) = new_conversation();
    visitor_send(&id, &token, &uuid(), FRONT_DESK_QUESTION);
    routed(&id);
    let path = paths::staff_messages(&id);
    let reply = |text: &str| {
        post(
            &path,
            Some(&staff),
            &json!({"client_msg_id": uuid(), "text": text}),
        )
    };
    let first = reply("Yes, we have slots.");
    assert_eq!(first.status, 201, "{:?}", first.body);
    let granted = reply("Morning or afternoon?");
    assert_eq!(granted.status, 201, "{:?}", granted.body);
    assert_eq!(granted.body["message"]["author_name"], "Sam");
    let out = crate::support::request("DELETE", paths::current_session(), Some(&staff), &[], None);
    assert_eq!(out.status, 200);
    let refused = reply("Still there?");
    assert_eq!(refused.status, 401, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "session_expired");
}

#[test]
fn a_staff_reply_reaches_the_visitor_live_and_is_idempotent() {
    let staff = sign_in("frontdesk@demo.test");
    let (id, token) = new_conversation();
    visitor_send(
        &id,
        &token,
        &uuid(),
        &format!("Do you have parking? {}", canary()),
    );
    routed(&id);
    let mut visitor_live = Live::connect(&format!(
        "{}?token={token}&after=1",
        paths::conversation_live(&id)
    ));
    assert_eq!(visitor_live.next()["type"], "ready");

    let client_msg_id = uuid();
    let body = json!({"client_msg_id": client_msg_id, "text": format!("Yes, in the courtyard {}", canary())});
    let path = paths::staff_messages(&id);
    let first = post(&path, Some(&staff), &body);
    assert_eq!(first.status, 201, "{:?}", first.body);
    assert_eq!(first.body["message"]["author"], "staff");
    assert_eq!(first.body["message"]["author_name"], "Sam");

    // The bot answered the parking question first; then the staff reply arrives.
    let pushed =
        visitor_live.until(|f| f["type"] == "message" && f["message"]["author"] == "staff");
    assert_eq!(pushed["message"], first.body["message"]);

    let again = post(&path, Some(&staff), &body);
    assert_eq!(again.status, 200);
    assert_eq!(again.body["message"], first.body["message"]);
    let all = get(&paths::conversation_messages(&id), Some(&token));
    let staff_messages = all.body["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["author"] == "staff")
        .count();
    assert_eq!(staff_messages, 1);
}

#[test]
fn staff_read_a_conversation_with_its_index_entry() {
    let staff = sign_in("admin@demo.test");
    let (id, token) = new_conversation();
    visitor_send(&id, &token, &uuid(), &format!("hello {}", canary()));
    let reply = get(&paths::staff_messages(&id), Some(&staff));
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    assert_eq!(reply.body["conversation"]["conversation_id"], id.as_str());
    assert_eq!(reply.body["messages"][0]["seq"], 1);
    let unknown = get(
        &paths::staff_messages("c_00000000000000000000000000000000"),
        Some(&staff),
    );
    assert_eq!(unknown.status, 404);
}

#[test]
fn one_owner_at_a_time() {
    let front_desk = sign_in("frontdesk@demo.test");
    // A colleague who may open the conversation too (a front-desk one).
    let clinician = sign_in_every_team("clinician");
    let (id, _) = front_desk_conversation();
    let path = paths::staff_claim(&id);
    let first = post(&path, Some(&front_desk), &json!({}));
    assert_eq!(first.status, 200, "{:?}", first.body);
    assert_eq!(first.body["assigned_to"], "s_frontdesk");
    assert_eq!(post(&path, Some(&front_desk), &json!({})).status, 200);
    let refused = post(&path, Some(&clinician), &json!({}));
    assert_eq!(refused.status, 409);
    assert_eq!(refused.error_code(), "already_claimed");
}

#[test]
fn the_inbox_puts_the_most_urgent_first_and_filters() {
    let staff = sign_in("admin@demo.test");
    let (routine, routine_token) = new_conversation();
    visitor_send(
        &routine,
        &routine_token,
        &uuid(),
        &format!("What are your hours? {}", canary()),
    );
    let (emergency, emergency_token) = new_conversation();
    visitor_send(
        &emergency,
        &emergency_token,
        &uuid(),
        &format!("my father is unconscious {}", canary()),
    );
    let position = |inbox: &serde_json::Value, id: &str| {
        inbox["conversations"]
            .as_array()
            .and_then(|all| all.iter().position(|c| c["conversation_id"] == id))
    };
    // The whole inbox in its order, every page: the suites before this test leave more
    // open conversations than one page holds, and a new routine one sorts last.
    let whole_inbox = || {
        let mut ids = Vec::new();
        let mut path = paths::staff_inbox().to_owned();
        loop {
            let page = get(&path, Some(&staff)).body;
            ids.extend(
                page["conversations"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|c| c["conversation_id"].as_str().map(str::to_owned)),
            );
            match page["next"].as_str() {
                Some(next) => path = format!("{}?cursor={next}", paths::staff_inbox()),
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

    let emergencies = get(
        &format!("{}?urgency=emergency", paths::staff_inbox()),
        Some(&staff),
    );
    let all = emergencies.body["conversations"].as_array().expect("list");
    assert!(all.iter().all(|c| c["urgency"] == "emergency"));
    assert!(position(&emergencies.body, &emergency).is_some());

    let bad = get(
        &format!("{}?urgency=whenever", paths::staff_inbox()),
        Some(&staff),
    );
    assert_eq!(bad.status, 422);
    assert_eq!(bad.error_code(), "invalid_filter");
}

#[test]
fn consoles_hear_about_new_inquiries_live() {
    let staff = sign_in("frontdesk@demo.test");
    let mut inbox_live = Live::connect(&format!("{}?token={staff}", paths::staff_live()));
    assert_eq!(inbox_live.next()["type"], "ready");
    let (id, token) = new_conversation();
    visitor_send(&id, &token, &uuid(), &format!("a new inquiry {}", canary()));
    let event = inbox_live
        .until(|f| f["type"] == "inbox" && f["conversation"]["conversation_id"] == id.as_str());
    assert_eq!(event["conversation"]["last_seq"], 1);
}

#[test]
fn only_admins_read_the_audit_log() {
    let admin = sign_in("admin@demo.test");
    let front_desk = sign_in("frontdesk@demo.test");
    let (id, _) = front_desk_conversation();
    post(
        &paths::staff_messages(&id),
        Some(&front_desk),
        &json!({"client_msg_id": uuid(), "text": format!("noted {}", canary())}),
    );
    let refused = get(paths::audit_log(), Some(&front_desk));
    assert_eq!(refused.status, 403);
    assert_eq!(refused.error_code(), "admins_only");
    let log = get(paths::audit_log(), Some(&admin));
    assert_eq!(log.status, 200);
    let entries = log.body["entries"].as_array().expect("entries");
    assert!(entries.iter().any(|e| e["action"] == "replied"
        && e["conversation_id"] == id.as_str()
        && e["actor"] == "s_frontdesk"));
    let ids: Vec<i64> = entries
        .iter()
        .map(|e| e["id"].as_i64().expect("id"))
        .collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first");
    assert!(
        !log.body.to_string().contains(&canary()),
        "the audit log holds no message text"
    );
}
