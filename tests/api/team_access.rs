//! Access by team: staff open their own teams' conversations and those handed to them,
//! admins open all; the inbox (listing and socket) shows other teams' rows without
//! patient text, and a search finds only what the caller may open.

use frontdesk_protocol::{AssignRequest, Department, VisitorIdentity};

use crate::app::{says, Outcome, TestApp, Visitor};
use crate::paths;
use crate::support::*;

/// A clinical conversation with a named visitor: (visitor, message text).
fn clinical_thread(app: &TestApp, name: &str) -> (Visitor, String) {
    let visitor = app.new_visitor();
    let text = format!("I have had a fever and a rash since yesterday {}", canary());
    let sent = app
        .send_visitor_message(&visitor, &says(&text))
        .answered(201)
        .body;
    assert_eq!(sent.triage.department, Department::Clinical, "{sent:?}");
    let identity = VisitorIdentity {
        name: Some(name.to_owned()),
        email: Some(format!("{}@example.com", name.to_lowercase())),
        ..VisitorIdentity::default()
    };
    app.identify(&visitor, &identity).answered(200);
    app.routed(visitor.id());
    (visitor, text)
}

fn to(staff_id: &str) -> AssignRequest {
    AssignRequest {
        staff_id: Some(staff_id.to_owned()),
    }
}

#[test]
fn front_desk_cant_open_a_clinical_thread_the_clinician_can() {
    let app = TestApp::new();
    let (visitor, text) = clinical_thread(&app, "Quentin");
    let id = visitor.id();
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let admin = sign_in("admin@demo.test");

    let refused = app.staff_thread(&front_desk, id).refused(403);
    assert_eq!(refused.code, "outside_your_teams");
    assert!(!format!("{refused:?}").contains(&canary()));
    let socket = Live::try_connect(
        &paths::with_query(&paths::staff_thread_live(id), &[("after", "0")]),
        &[(
            "Sec-WebSocket-Protocol",
            &format!("frontdesk, bearer.{front_desk}"),
        )],
    );
    assert!(
        matches!(socket, Err(403)),
        "front desk opened the thread's socket"
    );
    app.notes(&front_desk, id).refused(403);
    app.history(&front_desk, id).refused(403);
    app.staff_reply(&front_desk, id, &says("hello"))
        .refused(403);
    app.templates(&front_desk, Some(id)).refused(403);

    // The inbox lists the row for front desk, with no patient text in it.
    let full = eventually("the clinical row", || app.inbox_row(&clinician, id, &[]));
    assert!(full
        .last_message_preview
        .as_deref()
        .is_some_and(|preview| preview.contains("fever")));
    let (row, sent) = app
        .inbox_row_as_sent(&front_desk, id, &[])
        .expect("front desk sees the row");
    assert_eq!(row.department, Department::Clinical);
    assert_eq!(row.urgency, full.urgency);
    for field in ["last_message_preview", "triage_reason", "page_url"] {
        assert!(sent[field].is_null(), "{field} in front desk's row: {sent}");
    }
    assert!(!sent.to_string().contains("Quentin"), "{sent}");
    assert!(!sent.to_string().contains(&canary()), "{sent}");

    let opened = app.staff_thread(&clinician, id).answered(200).body;
    assert_eq!(opened.messages[0].text, text);
    app.staff_thread(&admin, id).answered(200);

    // Handed to front desk, it is theirs to see, with its text in their inbox.
    app.assign(&admin, id, &to("s_frontdesk")).answered(200);
    let opened = app.staff_thread(&front_desk, id).answered(200).body;
    assert_eq!(opened.messages[0].text, text);
    let row = app.inbox_row(&front_desk, id, &[]).expect("the row");
    assert!(row.last_message_preview.is_some(), "{row:?}");
}

#[test]
fn each_inbox_socket_gets_the_row_as_its_owner_may_see_it() {
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let mut desk_inbox = Live::connect_with_subprotocol(paths::staff_live(), &front_desk);
    assert_eq!(desk_inbox.next()["type"], "ready");
    let mut clinical_inbox = Live::connect_with_subprotocol(paths::staff_live(), &clinician);
    assert_eq!(clinical_inbox.next()["type"], "ready");

    let app = TestApp::new();
    let visitor = app.new_visitor();
    let id = visitor.id();
    let text = format!("I have had a fever and a rash since yesterday {}", canary());
    app.send_visitor_message(&visitor, &says(&text))
        .answered(201);
    let is_row = |frame: &serde_json::Value| {
        frame["type"] == "inbox" && frame["conversation"]["conversation_id"] == id
    };
    let clinical_row = clinical_inbox.until(is_row);
    assert!(
        clinical_row["conversation"]["last_message_preview"]
            .as_str()
            .is_some_and(|preview| preview.contains("fever")),
        "{clinical_row}"
    );
    let desk_row = desk_inbox.until(is_row);
    assert_eq!(desk_row["conversation"]["department"], "clinical");
    assert!(
        desk_row["conversation"]["last_message_preview"].is_null(),
        "{desk_row}"
    );
    assert!(!desk_row.to_string().contains(&canary()), "{desk_row}");
    assert!(!desk_row.to_string().contains("fever"), "{desk_row}");
}

#[test]
fn a_search_finds_only_conversations_the_caller_may_open() {
    let app = TestApp::new();
    let name = format!("Zed{}", &uuid()[..6]);
    let (visitor, _) = clinical_thread(&app, &name);
    let id = visitor.id();
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let query = name.to_lowercase();
    eventually("the clinician finds the patient", || {
        app.found_row(&clinician, id, &query)
    });
    assert_eq!(app.found_row(&front_desk, id, &query), None);
}

#[test]
fn a_thread_socket_closes_when_its_conversation_moves_out_of_reach() {
    let app = TestApp::new();
    let (visitor, _) = clinical_thread(&app, "Roswitha");
    let id = visitor.id();
    let front_desk = sign_in("frontdesk@demo.test");
    let admin = sign_in("admin@demo.test");
    let assign = |staff_id: &str| {
        app.assign(&admin, id, &to(staff_id)).answered(200);
    };
    assign("s_frontdesk");
    let mut thread = app.staff_thread_live(&front_desk, id, 0);
    assert_eq!(thread.next()["type"], "ready");
    // Handed on to the clinician: no longer front desk's to see, so the socket ends
    // before the patient's next message could reach it.
    assign("s_clinician");
    let later = format!("The rash is spreading {}", canary());
    app.send_visitor_message(&visitor, &says(&later))
        .answered(201);
    let (frames, closed) = thread.frames_until_close(std::time::Duration::from_secs(10));
    assert_eq!(closed, Some(4403), "{frames:?}");
    assert!(
        !frames.iter().any(|frame| frame.contains("spreading")),
        "{frames:?}"
    );
    let again = Live::try_connect(
        &paths::with_query(&paths::staff_thread_live(id), &[("after", "0")]),
        &[(
            "Sec-WebSocket-Protocol",
            &format!("frontdesk, bearer.{front_desk}"),
        )],
    );
    assert!(matches!(again, Err(403)), "front desk reopened it");
}
