//! Inbound WebSocket limits: clients send only small frames, so a big frame closes the socket
//! with 1009 and a flood with 1008, each with a reason that says why.

use crate::app::TestApp;
use crate::support::Live;

fn visitor_socket() -> Live {
    let app = TestApp::new();
    let mut live = app.visitor_live(&app.new_visitor(), None);
    assert_eq!(live.next()["type"], "ready");
    live
}

#[test]
fn a_ping_gets_a_pong() {
    let mut live = visitor_socket();
    assert!(live.send("ping"));
    assert_eq!(live.next_text(), "pong");
}

#[test]
fn an_oversized_frame_closes_the_socket_with_1009() {
    let mut live = visitor_socket();
    assert!(live.send(&"x".repeat(2048)));
    let (code, reason) = live.close_frame();
    assert_eq!(code, 1009, "{reason}");
    assert!(reason.starts_with("frame_too_large"), "{reason}");
}

#[test]
fn a_flood_of_frames_closes_the_socket_with_1008() {
    let mut live = visitor_socket();
    // The limit is a burst of 20, then one a second; 60 back to back is well over.
    for _ in 0..60 {
        if !live.send("ping") {
            break;
        }
    }
    let (code, reason) = live.close_frame();
    assert_eq!(code, 1008, "{reason}");
    assert!(reason.starts_with("too_many_frames"), "{reason}");
}
