//! Rate limits answer 429 with `Retry-After`, and a call made after waiting goes through.
//!
//! These use the seed's `tight-limits` fixture clinic (bursts of 3 conversations, 3
//! messages per conversation and 5 messages per IP, each refilling one a second), and a
//! made-up `CF-Connecting-IP` per test so parallel tests don't share a bucket.

use std::time::Duration;

use serde_json::{json, Value};

use crate::paths;
use crate::support::*;

const TIGHT: &str = "tight-limits";
/// Per-IP burst 48, refilled one a minute: leased three tokens at a time.
const LEASED: &str = "leased-limits";

fn create(ip: &str) -> Reply {
    create_in(TIGHT, ip)
}

fn create_in(clinic: &str, ip: &str) -> Reply {
    request(
        "POST",
        &paths::clinic_conversations(clinic),
        None,
        &[("CF-Connecting-IP", ip)],
        None,
    )
}

fn send(ip: &str, id: &str, token: &str, client_msg_id: &str, text: &str) -> Reply {
    let body =
        serde_json::to_vec(&json!({"client_msg_id": client_msg_id, "text": text})).expect("json");
    request(
        "POST",
        &paths::conversation_messages(id),
        Some(token),
        &[
            ("Content-Type", "application/json"),
            ("CF-Connecting-IP", ip),
        ],
        Some(&body),
    )
}

/// Asserts a well-formed 429 and returns its `Retry-After` in seconds.
fn retry_after(reply: &Reply, code: &str) -> u64 {
    assert_eq!(reply.status, 429, "{:?}", reply.body);
    assert_eq!(reply.error_code(), code);
    let seconds: u64 = reply
        .header("Retry-After")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("429 without a numeric Retry-After: {:?}", reply.headers));
    assert!((1..=60).contains(&seconds), "Retry-After {seconds}");
    seconds
}

fn conversation(ip: &str) -> (String, String) {
    conversation_in(TIGHT, ip)
}

fn conversation_in(clinic: &str, ip: &str) -> (String, String) {
    let reply = create_in(clinic, ip);
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let field = |name: &str| reply.body[name].as_str().expect(name).to_owned();
    (field("conversation_id"), field("visitor_token"))
}

#[test]
fn flooding_new_conversations_gets_429_then_recovers() {
    let ip = visitor_ip();
    let mut statuses = Vec::new();
    let limited = loop {
        let reply = create(&ip);
        statuses.push(reply.status);
        if reply.status != 201 || statuses.len() > 20 {
            break reply;
        }
    };
    assert!(
        statuses.len() >= 4,
        "the burst of 3 should pass: {statuses:?}"
    );
    let wait = retry_after(&limited, "too_many_conversations");
    // Another address is not affected by this one's flood.
    assert_eq!(create(&visitor_ip()).status, 201);
    std::thread::sleep(Duration::from_secs(wait));
    assert_eq!(create(&ip).status, 201);
}

#[test]
fn flooding_a_conversation_gets_429_and_the_message_is_accepted_after_waiting() {
    let ip = visitor_ip();
    let (id, token) = conversation(&ip);
    let mut last_seq = 0;
    for n in 1..=3 {
        let reply = send(&ip, &id, &token, &uuid(), &format!("message {n}"));
        assert_eq!(reply.status, 201, "{:?}", reply.body);
        last_seq = reply.body["message"]["seq"].as_u64().expect("seq");
    }
    let held_back = uuid();
    let limited = send(&ip, &id, &token, &held_back, "message 4");
    let wait = retry_after(&limited, "too_many_messages");
    std::thread::sleep(Duration::from_secs(wait));
    let accepted = send(&ip, &id, &token, &held_back, "message 4");
    assert_eq!(accepted.status, 201, "{:?}", accepted.body);
    assert_eq!(accepted.body["message"]["seq"], last_seq + 1);
    let listed = get(&paths::conversation_messages(&id), Some(&token));
    let visitor_texts: Vec<&Value> = listed.body["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["author"] == "visitor")
        .map(|m| &m["text"])
        .collect();
    assert_eq!(
        visitor_texts,
        ["message 1", "message 2", "message 3", "message 4"],
        "the refused message was stored once, after the wait"
    );
}

#[test]
fn messages_are_limited_per_ip_across_conversations() {
    let ip = visitor_ip();
    let (first, first_token) = conversation(&ip);
    let (second, second_token) = conversation(&ip);
    let mut statuses = Vec::new();
    for (id, token) in [(&first, &first_token), (&first, &first_token)]
        .into_iter()
        .chain([(&second, &second_token); 4])
    {
        let reply = send(&ip, id, token, &uuid(), "hello");
        statuses.push(reply.status);
        if reply.status == 429 {
            retry_after(&reply, "too_many_messages");
            break;
        }
    }
    // 2 + 3 messages fit the IP's burst of 5; the sixth is one too many for the IP,
    // although its conversation had room.
    assert_eq!(statuses, [201, 201, 201, 201, 201, 429]);
}

#[test]
fn the_demo_clinic_keeps_generous_defaults() {
    let ip = visitor_ip();
    let reply = request(
        "POST",
        &paths::clinic_conversations("demo"),
        None,
        &[("CF-Connecting-IP", &ip)],
        None,
    );
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let id = reply.body["conversation_id"].as_str().expect("id");
    let token = reply.body["visitor_token"].as_str().expect("token");
    for n in 1..=10 {
        let reply = send(&ip, id, token, &uuid(), &format!("line {n}"));
        assert_eq!(reply.status, 201, "message {n}: {:?}", reply.body);
    }
}

#[test]
fn a_leased_per_ip_limit_lets_through_exactly_its_burst() {
    // The edge takes per-IP tokens three at a time and spends them itself; the tokens
    // have left the shared bucket, so the count must still be exact.
    let ip = visitor_ip();
    let conversations: Vec<(String, String)> =
        (0..3).map(|_| conversation_in(LEASED, &ip)).collect();
    let mut accepted = 0;
    let limited = loop {
        let (id, token) = &conversations[accepted % conversations.len()];
        let reply = send(&ip, id, token, &uuid(), "hello");
        if reply.status != 201 || accepted > 60 {
            break reply;
        }
        accepted += 1;
    };
    assert_eq!(accepted, 48, "the burst, no more and no less");
    retry_after(&limited, "too_many_messages");
    // Another address has its own bucket (and its own leases).
    let other = visitor_ip();
    let (id, token) = conversation_in(LEASED, &other);
    assert_eq!(send(&other, &id, &token, &uuid(), "hello").status, 201);
}
