//! Access by team: staff open their own teams' conversations and those handed to them,
//! admins open all; the inbox (listing and socket) shows other teams' rows without
//! patient text, and a search finds only what the caller may open.

use serde_json::json;

use crate::paths;
use crate::support::*;

/// A clinical conversation with a named visitor: (id, visitor token, message text).
fn clinical_thread(name: &str) -> (String, String, String) {
    let (id, visitor) = new_conversation();
    let text = format!("I have had a fever and a rash since yesterday {}", canary());
    let sent = visitor_send(&id, &visitor, &uuid(), &text);
    assert_eq!(
        sent.body["triage"]["department"], "clinical",
        "{:?}",
        sent.body
    );
    let named = post(
        &paths::conversation_visitor(&id),
        Some(&visitor),
        &json!({"name": name, "email": format!("{}@example.com", name.to_lowercase())}),
    );
    assert!(named.status < 300, "{:?}", named.body);
    routed(&id);
    (id, visitor, text)
}

#[test]
fn front_desk_cant_open_a_clinical_thread_the_clinician_can() {
    let (id, _, text) = clinical_thread("Quentin");
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let admin = sign_in("admin@demo.test");
    let thread = paths::staff_messages(&id);

    let refused = get(&thread, Some(&front_desk));
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "outside_your_teams");
    assert!(!refused.body.to_string().contains(&canary()));
    let socket = Live::try_connect(
        &format!("{}?after=0", paths::staff_thread_live(&id)),
        &[(
            "Sec-WebSocket-Protocol",
            &format!("frontdesk, bearer.{front_desk}"),
        )],
    );
    assert!(
        matches!(socket, Err(403)),
        "front desk opened the thread's socket"
    );
    for call in ["notes", "history"] {
        let reply = get(
            &paths::staff_conversation_call(&id, call),
            Some(&front_desk),
        );
        assert_eq!(reply.status, 403, "{call}: {:?}", reply.body);
    }
    let reply = post(
        &thread,
        Some(&front_desk),
        &json!({"client_msg_id": uuid(), "text": "hello"}),
    );
    assert_eq!(reply.status, 403, "reply: {:?}", reply.body);
    let templates = get(
        &format!("{}?conversation={id}", paths::staff_templates()),
        Some(&front_desk),
    );
    assert_eq!(templates.status, 403, "{:?}", templates.body);

    // The inbox lists the row for front desk, with no patient text in it.
    let full = eventually("the clinical row", || inbox_row(&clinician, &id, ""));
    assert!(full["last_message_preview"]
        .as_str()
        .is_some_and(|preview| preview.contains("fever")));
    let row = inbox_row(&front_desk, &id, "").expect("front desk sees the row");
    assert_eq!(row["department"], "clinical");
    assert_eq!(row["urgency"], full["urgency"]);
    for field in ["last_message_preview", "triage_reason", "page_url"] {
        assert!(row[field].is_null(), "{field} in front desk's row: {row}");
    }
    assert!(!row.to_string().contains("Quentin"), "{row}");
    assert!(!row.to_string().contains(&canary()), "{row}");

    let opened = get(&thread, Some(&clinician));
    assert_eq!(opened.status, 200, "{:?}", opened.body);
    assert_eq!(opened.body["messages"][0]["text"], text.as_str());
    assert_eq!(get(&thread, Some(&admin)).status, 200);

    // Handed to front desk, it is theirs to see, with its text in their inbox.
    let assigned = post(
        &paths::staff_assign(&id),
        Some(&admin),
        &json!({"staff_id": "s_frontdesk"}),
    );
    assert_eq!(assigned.status, 200, "{:?}", assigned.body);
    let opened = get(&thread, Some(&front_desk));
    assert_eq!(opened.status, 200, "{:?}", opened.body);
    assert_eq!(opened.body["messages"][0]["text"], text.as_str());
    let row = inbox_row(&front_desk, &id, "").expect("the row");
    assert!(row["last_message_preview"].is_string(), "{row}");
}

#[test]
fn each_inbox_socket_gets_the_row_as_its_owner_may_see_it() {
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let mut desk_inbox = Live::connect_with_subprotocol(paths::staff_live(), &front_desk);
    assert_eq!(desk_inbox.next()["type"], "ready");
    let mut clinical_inbox = Live::connect_with_subprotocol(paths::staff_live(), &clinician);
    assert_eq!(clinical_inbox.next()["type"], "ready");

    let (id, visitor) = new_conversation();
    let text = format!("I have had a fever and a rash since yesterday {}", canary());
    visitor_send(&id, &visitor, &uuid(), &text);
    let is_row = |frame: &serde_json::Value| {
        frame["type"] == "inbox" && frame["conversation"]["conversation_id"] == id.as_str()
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
    let name = format!("Zed{}", &uuid()[..6]);
    let (id, _, _) = clinical_thread(&name);
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let query = name.to_lowercase();
    eventually("the clinician finds the patient", || {
        found_row(&clinician, &id, &query)
    });
    assert_eq!(found_row(&front_desk, &id, &query), None);
}

#[test]
fn a_thread_socket_closes_when_its_conversation_moves_out_of_reach() {
    let (id, visitor, _) = clinical_thread("Roswitha");
    let front_desk = sign_in("frontdesk@demo.test");
    let admin = sign_in("admin@demo.test");
    let assign = |to: &str| {
        let reply = post(
            &paths::staff_assign(&id),
            Some(&admin),
            &json!({ "staff_id": to }),
        );
        assert_eq!(reply.status, 200, "{:?}", reply.body);
    };
    assign("s_frontdesk");
    let mut thread = Live::connect_with_subprotocol(
        &format!("{}?after=0", paths::staff_thread_live(&id)),
        &front_desk,
    );
    assert_eq!(thread.next()["type"], "ready");
    // Handed on to the clinician: no longer front desk's to see, so the socket ends
    // before the patient's next message could reach it.
    assign("s_clinician");
    let later = format!("The rash is spreading {}", canary());
    visitor_send(&id, &visitor, &uuid(), &later);
    let (frames, closed) = thread.frames_until_close(std::time::Duration::from_secs(10));
    assert_eq!(closed, Some(4403), "{frames:?}");
    assert!(
        !frames.iter().any(|frame| frame.contains("spreading")),
        "{frames:?}"
    );
    let again = Live::try_connect(
        &format!("{}?after=0", paths::staff_thread_live(&id)),
        &[(
            "Sec-WebSocket-Protocol",
            &format!("frontdesk, bearer.{front_desk}"),
        )],
    );
    assert!(matches!(again, Err(403)), "front desk reopened it");
}
