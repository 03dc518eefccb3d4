//! Rate limits answer 429 with `Retry-After`, and a call made after waiting goes through.
//!
//! These use the seed's `tight-limits` fixture clinic (bursts of 3 conversations, 3
//! messages per conversation and 5 messages per IP, each refilling one a second), and a
//! made-up `CF-Connecting-IP` per test so parallel tests don't share a bucket.

use std::time::Duration;

use frontdesk_protocol::{
    Author, CreateConversationRequest, CreateConversationResponse, SendMessageRequest,
    SendMessageResponse,
};

use crate::app::{visitor_of, Called, Outcome, Refusal, TestApp, Visitor};
use crate::support::*;

const TIGHT: &str = "tight-limits";
/// Per-IP burst 48, refilled one a minute: leased three tokens at a time.
const LEASED: &str = "leased-limits";

fn create(ip: &str) -> Called<CreateConversationResponse> {
    create_in(TIGHT, ip)
}

fn create_in(clinic: &str, ip: &str) -> Called<CreateConversationResponse> {
    TestApp::new().create_conversation_from(clinic, &CreateConversationRequest::default(), ip)
}

fn send(
    ip: &str,
    visitor: &Visitor,
    client_msg_id: &str,
    text: &str,
) -> Called<SendMessageResponse> {
    let message = SendMessageRequest {
        client_msg_id: client_msg_id.to_owned(),
        text: text.to_owned(),
        attachment_ids: Vec::new(),
    };
    TestApp::new().send_visitor_message_from(visitor, &message, ip)
}

fn retry_after<T: std::fmt::Debug>(outcome: Called<T>, code: &str) -> u64 {
    let refusal: Refusal = outcome.refusal(429);
    assert_eq!(refusal.error.code, code);
    let seconds: u64 = refusal
        .header("Retry-After")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("429 without a numeric Retry-After: {:?}", refusal.headers));
    assert!((1..=60).contains(&seconds), "Retry-After {seconds}");
    seconds
}

fn conversation(ip: &str) -> Visitor {
    conversation_in(TIGHT, ip)
}

fn conversation_in(clinic: &str, ip: &str) -> Visitor {
    visitor_of(create_in(clinic, ip).answered(201).body)
}

#[test]
fn flooding_new_conversations_gets_429_then_recovers() {
    let ip = visitor_ip();
    let mut statuses = Vec::new();
    let limited = loop {
        let reply = create(&ip);
        statuses.push(reply.status());
        if reply.status() != 201 || statuses.len() > 20 {
            break reply;
        }
    };
    assert!(
        statuses.len() >= 4,
        "the burst of 3 should pass: {statuses:?}"
    );
    let wait = retry_after(limited, "too_many_conversations");
    // Another address is not affected by this one's flood.
    create(&visitor_ip()).answered(201);
    std::thread::sleep(Duration::from_secs(wait));
    create(&ip).answered(201);
}

#[test]
fn flooding_a_conversation_gets_429_and_the_message_is_accepted_after_waiting() {
    let ip = visitor_ip();
    let visitor = conversation(&ip);
    let mut last_seq = 0;
    for n in 1..=3 {
        let reply = send(&ip, &visitor, &uuid(), &format!("message {n}")).answered(201);
        last_seq = reply.body.message.seq;
    }
    let held_back = uuid();
    let limited = send(&ip, &visitor, &held_back, "message 4");
    let wait = retry_after(limited, "too_many_messages");
    std::thread::sleep(Duration::from_secs(wait));
    let accepted = send(&ip, &visitor, &held_back, "message 4").answered(201);
    assert_eq!(accepted.body.message.seq, last_seq + 1);
    let listed = TestApp::new()
        .visitor_messages(&visitor, None)
        .answered(200)
        .body;
    let visitor_texts: Vec<&str> = listed
        .messages
        .iter()
        .filter(|m| m.author == Author::Visitor)
        .map(|m| m.text.as_str())
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
    let first = conversation(&ip);
    let second = conversation(&ip);
    let mut statuses = Vec::new();
    for visitor in [&first, &first].into_iter().chain([&second; 4]) {
        let reply = send(&ip, visitor, &uuid(), "hello");
        statuses.push(reply.status());
        if reply.status() == 429 {
            retry_after(reply, "too_many_messages");
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
    let visitor = conversation_in("demo", &ip);
    for n in 1..=10 {
        let reply = send(&ip, &visitor, &uuid(), &format!("line {n}"));
        assert_eq!(reply.status(), 201, "message {n}: {reply:?}");
    }
}

#[test]
fn a_leased_per_ip_limit_lets_through_exactly_its_burst() {
    // The edge takes per-IP tokens three at a time and spends them itself; the tokens
    // have left the shared bucket, so the count must still be exact.
    let ip = visitor_ip();
    let conversations: Vec<Visitor> = (0..3).map(|_| conversation_in(LEASED, &ip)).collect();
    let mut accepted = 0;
    let limited = loop {
        let visitor = &conversations[accepted % conversations.len()];
        let reply = send(&ip, visitor, &uuid(), "hello");
        if reply.status() != 201 || accepted > 60 {
            break reply;
        }
        accepted += 1;
    };
    assert_eq!(accepted, 48, "the burst, no more and no less");
    retry_after(limited, "too_many_messages");
    // Another address has its own bucket (and its own leases).
    let other = visitor_ip();
    let visitor = conversation_in(LEASED, &other);
    send(&other, &visitor, &uuid(), "hello").answered(201);
}
