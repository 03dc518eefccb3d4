//! Typing and read marks over real sockets: typing is passed to the other side without
//! any text, read marks are stored, told to every socket and given again to a socket
//! that reconnects, and frames of any other shape close the socket with 1008.

use serde_json::{json, Value};

use crate::app::{says, Outcome, TestApp};
use crate::paths;
use crate::support::*;

/// A demo conversation holding a visitor message (and its automatic reply): (id, token).
fn conversation() -> (String, String) {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(&format!("Opening hours? {}", canary())))
        .answered(201);
    // Staff open it once the inbox has routed it to their team.
    app.routed(visitor.id());
    (visitor.id().to_owned(), visitor.token)
}

fn visitor_live(id: &str, token: &str) -> (Live, Value) {
    let mut live = Live::connect_with_subprotocol(&paths::conversation_live(id), token);
    let ready = live.next();
    assert_eq!(ready["type"], "ready");
    // The replayed messages are not what these tests are about.
    frames_until_pong(&mut live);
    (live, ready)
}

fn staff_live(id: &str, staff: &str) -> (Live, Value) {
    let mut live = Live::connect_with_subprotocol(&paths::staff_thread_live(id), staff);
    let ready = live.next();
    assert_eq!(ready["type"], "ready");
    // The replayed messages are not what these tests are about.
    frames_until_pong(&mut live);
    (live, ready)
}

/// Sends a ping and reads up to its pong: every frame in between, in order.
fn frames_until_pong(live: &mut Live) -> Vec<Value> {
    assert!(live.send("ping"));
    let mut frames = Vec::new();
    loop {
        let text = live.next_text();
        if text == "pong" {
            return frames;
        }
        frames.push(serde_json::from_str(&text).expect("json frame"));
    }
}

#[test]
fn typing_reaches_the_other_side_without_any_text() {
    let staff = sign_in("frontdesk@demo.test");
    let (id, token) = conversation();
    let (mut visitor, _) = visitor_live(&id, &token);
    let (mut desk, _) = staff_live(&id, &staff);

    assert!(desk.send(r#"{"type":"typing","typing":true}"#));
    let seen = visitor.until(|frame| frame["type"] == "typing");
    // The whole frame: who and whether, never a draft.
    assert_eq!(
        seen,
        json!({"type": "typing", "author": "staff", "typing": true, "name": "Sam"})
    );
    // The sender's own side is not told about its own typing.
    assert!(frames_until_pong(&mut desk).is_empty());

    assert!(visitor.send(r#"{"type":"typing","typing":true}"#));
    assert!(visitor.send(r#"{"type":"typing","typing":false}"#));
    let started = desk.until(|frame| frame["type"] == "typing");
    assert_eq!(
        started,
        json!({"type": "typing", "author": "visitor", "typing": true})
    );
    let stopped = desk.until(|frame| frame["type"] == "typing");
    assert_eq!(stopped["typing"], false);
}

#[test]
fn read_marks_are_stored_told_to_both_sides_and_survive_a_reconnect() {
    let staff = sign_in("frontdesk@demo.test");
    let (id, token) = conversation();
    let (mut visitor, ready) = visitor_live(&id, &token);
    assert_eq!(ready["read"], json!({"visitor": 0, "staff": 0}));
    let last = ready["last_seq"].as_u64().expect("last_seq");
    assert!(last >= 1);
    let (mut desk, _) = staff_live(&id, &staff);

    assert!(visitor.send(&format!(r#"{{"type":"read","seq":{last}}}"#)));
    let told = desk.until(|frame| frame["type"] == "read");
    assert_eq!(
        told,
        json!({"type": "read", "reader": "visitor", "seq": last})
    );
    assert_eq!(
        frames_until_pong(&mut visitor),
        [json!({"type": "read", "reader": "visitor", "seq": last})]
    );

    assert!(desk.send(r#"{"type":"read","seq":1}"#));
    let told = visitor.until(|frame| frame["type"] == "read");
    assert_eq!(told, json!({"type": "read", "reader": "staff", "seq": 1}));

    // Marks only rise: an older read changes nothing and is told to no one.
    assert!(visitor.send(r#"{"type":"read","seq":1}"#));
    assert!(frames_until_pong(&mut visitor).is_empty());

    // A new socket (a reload, another tab) gets both marks in its `ready` frame.
    drop(visitor);
    let (_, again) = visitor_live(&id, &token);
    assert_eq!(again["read"], json!({"visitor": last, "staff": 1}));
    let (_, desk_again) = staff_live(&id, &staff);
    assert_eq!(desk_again["read"], json!({"visitor": last, "staff": 1}));
}

#[test]
fn a_visitor_socket_cannot_set_the_staff_mark() {
    let (id, token) = conversation();
    let (mut visitor, _) = visitor_live(&id, &token);
    assert!(visitor.send(r#"{"type":"read","seq":1,"reader":"staff"}"#));
    let (code, reason) = visitor.close_frame();
    assert_eq!(code, 1008, "{reason}");
    assert!(reason.starts_with("unknown_frame"), "{reason}");
    let (_, ready) = visitor_live(&id, &token);
    assert_eq!(ready["read"], json!({"visitor": 0, "staff": 0}));
}

#[test]
fn bad_frames_close_the_socket_with_1008() {
    let (id, token) = conversation();
    for bad in [
        r#"{"type":"read","seq":999}"#.to_owned(),
        r#"{"type":"typing","typing":true,"text":"my draft"}"#.to_owned(),
        r#"{"type":"message","text":"hello"}"#.to_owned(),
        "hello".to_owned(),
    ] {
        let (mut visitor, _) = visitor_live(&id, &token);
        assert!(visitor.send(&bad));
        let (code, reason) = visitor.close_frame();
        assert_eq!(code, 1008, "{bad}: {reason}");
        let expected = if bad.contains("999") {
            "read_beyond_last"
        } else {
            "unknown_frame"
        };
        assert!(reason.starts_with(expected), "{bad}: {reason}");
    }
}

#[test]
fn a_flood_of_typing_frames_closes_the_socket() {
    let (id, token) = conversation();
    let (mut visitor, _) = visitor_live(&id, &token);
    for _ in 0..60 {
        if !visitor.send(r#"{"type":"typing","typing":true}"#) {
            break;
        }
    }
    let (code, reason) = visitor.close_frame();
    assert_eq!(code, 1008, "{reason}");
    assert!(reason.starts_with("too_many_frames"), "{reason}");
}
