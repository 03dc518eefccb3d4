//! The staff inbox a page at a time: past its first 200 rows, every conversation is
//! reachable through `next`, once, in the inbox's order; a cursor the inbox did not hand
//! out is refused.

use std::collections::HashMap;

use frontdesk_protocol::{ConversationStatus, InboxEntry, SetStatusRequest};
use serde_json::Value;

use crate::app::{says, Outcome, TestApp};
use crate::support::*;

/// A routine question (appointments): new routine rows sort after every older one, the
/// case where the first page used to hide them.
const ROUTINE_QUESTION: &str = "Can I move my appointment to next week?";

/// Every row of the inbox, walking the pages of `limit` rows (`None`: the default size)
/// from the first; also the size of each page.
fn walk(app: &TestApp, staff: &str, limit: Option<u32>) -> (Vec<InboxEntry>, Vec<usize>) {
    let mut rows = Vec::new();
    let mut sizes = Vec::new();
    let mut cursor: Option<String> = None;
    let limit = limit.map(|limit| limit.to_string());
    loop {
        let mut query = Vec::new();
        if let Some(limit) = &limit {
            query.push(("limit", limit.as_str()));
        }
        if let Some(cursor) = &cursor {
            query.push(("cursor", cursor.as_str()));
        }
        let page = app.inbox(staff, &query).answered(200);
        // Absent on the last page, and never null.
        assert!(
            page.json.get("next").is_none_or(Value::is_string),
            "next is a string: {}",
            page.json
        );
        let conversations = page.body.conversations;
        sizes.push(conversations.len());
        let empty = conversations.is_empty();
        rows.extend(conversations);
        match page.body.next {
            None => return (rows, sizes),
            Some(next) => {
                assert!(!empty, "an empty page with a next cursor");
                assert_ne!(Some(&next), cursor.as_ref(), "the cursor did not move");
                cursor = Some(next);
            }
        }
        assert!(sizes.len() < 1_000, "the pages never end");
    }
}

/// The inbox's sort key of a row.
fn key(row: &InboxEntry) -> (u8, &str, &str) {
    (
        row.urgency.rank(),
        row.created_at.as_str(),
        row.conversation_id.as_str(),
    )
}

/// Asserts the walk is in the inbox's order with no row twice, and that each of `ours`
/// is in it exactly once; returns where each of ours sits.
fn check_walk(rows: &[InboxEntry], ours: &[String]) -> Vec<usize> {
    for pair in rows.windows(2) {
        assert!(
            key(&pair[0]) < key(&pair[1]),
            "out of order or repeated: {:?} then {:?}",
            key(&pair[0]),
            key(&pair[1])
        );
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (index, row) in rows.iter().enumerate() {
        let id = row.conversation_id.as_str();
        assert!(seen.insert(id, index).is_none(), "{id} twice");
    }
    ours.iter()
        .map(|id| {
            *seen
                .get(id.as_str())
                .unwrap_or_else(|| panic!("{id} unreachable"))
        })
        .collect()
}

#[test]
fn every_conversation_past_the_first_page_is_reachable_once_in_order() {
    let app = TestApp::new();
    let staff = sign_in_every_team("admin");
    let mut ours = Vec::new();
    for _ in 0..230 {
        let visitor = app.new_visitor();
        // From its own made-up address, like the conversation, so 230 messages don't
        // share one network's rate limit.
        app.send_visitor_message_from(&visitor, &says(ROUTINE_QUESTION), &visitor_ip())
            .answered(201);
        ours.push(visitor.id().to_owned());
    }
    // The rows enter the listing once the queue has indexed their first message.
    let (rows, sizes) = eventually("all 230 indexed", || {
        let (rows, sizes) = walk(&app, &staff, Some(50));
        let listed: Vec<&str> = rows
            .iter()
            .map(|row| row.conversation_id.as_str())
            .collect();
        ours.iter()
            .all(|id| listed.contains(&id.as_str()))
            .then_some((rows, sizes))
    });
    assert!(rows.len() >= 230, "{}", rows.len());
    assert!(sizes.iter().all(|&size| size <= 50), "{sizes:?}");
    assert!(
        sizes[..sizes.len() - 1].iter().all(|&size| size == 50),
        "{sizes:?}"
    );
    let places = check_walk(&rows, &ours);
    // Made one after another, ours keep their creation order in the inbox.
    assert!(
        places.windows(2).all(|pair| pair[0] < pair[1]),
        "{places:?}"
    );

    // Without a limit the first page is the inbox as it always was: 200 rows, now with the
    // way on. Ours (the newest routine rows) start past it.
    let (rows, sizes) = walk(&app, &staff, None);
    assert_eq!(sizes[0], 200, "{sizes:?}");
    let places = check_walk(&rows, &ours);
    assert!(*places.last().expect("ours") >= 200, "{places:?}");
    let first = app.inbox(&staff, &[]).answered(200);
    assert!(first.body.next.is_some(), "{}", first.json["next"]);

    // Resolved, they leave the open inbox to the tests that follow.
    let resolved = SetStatusRequest {
        status: ConversationStatus::Resolved,
    };
    for id in &ours {
        app.set_status(&staff, id, &resolved).answered(200);
    }
}

#[test]
fn a_cursor_the_inbox_did_not_hand_out_is_a_400() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    // base64url of `[7, "x", "c_1"]`: well formed, but no inbox rank is 7; `%%` goes out
    // percent-encoded, as `%25%25`.
    for cursor in ["not-a-cursor", "WzcsIngiLCJjXzEiXQ", "%%"] {
        let refused = app.inbox(&staff, &[("cursor", cursor)]).refused(400);
        assert_eq!(refused.code, "invalid_cursor", "{cursor}");
    }
    for limit in ["0", "201", "many"] {
        let refused = app.inbox(&staff, &[("limit", limit)]).refused(422);
        assert_eq!(refused.code, "invalid_filter", "{limit}");
    }
}
