//! The staff inbox a page at a time: past its first 200 rows, every conversation is
//! reachable through `next`, once, in the inbox's order; a cursor the inbox did not hand
//! out is refused.

use std::collections::HashMap;

use serde_json::Value;

use crate::paths;
use crate::support::*;

/// A routine question (appointments): new routine rows sort after every older one, the
/// case where the first page used to hide them.
const ROUTINE_QUESTION: &str = "Can I move my appointment to next week?";

/// Every row of the inbox, walking the pages of `limit` rows (`None`: the default size)
/// from the first; also the size of each page.
fn walk(staff: &str, limit: Option<u32>) -> (Vec<Value>, Vec<usize>) {
    let mut rows = Vec::new();
    let mut sizes = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut query = Vec::new();
        if let Some(limit) = limit {
            query.push(format!("limit={limit}"));
        }
        if let Some(cursor) = &cursor {
            query.push(format!("cursor={cursor}"));
        }
        let page = get(
            &format!("{}?{}", paths::staff_inbox(), query.join("&")),
            Some(staff),
        );
        assert_eq!(page.status, 200, "{:?}", page.body);
        let conversations = page.body["conversations"].as_array().expect("list");
        sizes.push(conversations.len());
        rows.extend(conversations.iter().cloned());
        match page.body.get("next") {
            None => return (rows, sizes),
            Some(next) => {
                let next = next.as_str().expect("next is a string").to_owned();
                assert!(
                    !conversations.is_empty(),
                    "an empty page with a next cursor"
                );
                assert_ne!(Some(&next), cursor.as_ref(), "the cursor did not move");
                cursor = Some(next);
            }
        }
        assert!(sizes.len() < 1_000, "the pages never end");
    }
}

/// The inbox's sort key of a row.
fn key(row: &Value) -> (u8, String, String) {
    let rank = match row["urgency"].as_str() {
        Some("emergency") => 0,
        Some("urgent") => 1,
        Some("routine") => 2,
        other => panic!("unknown urgency {other:?}"),
    };
    let text = |name: &str| row[name].as_str().expect(name).to_owned();
    (rank, text("created_at"), text("conversation_id"))
}

/// Asserts the walk is in the inbox's order with no row twice, and that each of `ours`
/// is in it exactly once; returns where each of ours sits.
fn check_walk(rows: &[Value], ours: &[String]) -> Vec<usize> {
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
        let id = row["conversation_id"].as_str().expect("id");
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
    let staff = sign_in_every_team("admin");
    let mut ours = Vec::new();
    for _ in 0..230 {
        let (id, token) = new_conversation();
        // From its own made-up address, like the conversation, so 230 messages don't
        // share one network's rate limit.
        let body = serde_json::to_vec(
            &serde_json::json!({"client_msg_id": uuid(), "text": ROUTINE_QUESTION}),
        )
        .expect("json");
        let sent = request(
            "POST",
            &paths::conversation_messages(&id),
            Some(&token),
            &[
                ("Content-Type", "application/json"),
                ("CF-Connecting-IP", &visitor_ip()),
            ],
            Some(&body),
        );
        assert_eq!(sent.status, 201, "{:?}", sent.body);
        ours.push(id);
    }
    // The rows enter the listing once the queue has indexed their first message.
    let (rows, sizes) = eventually("all 230 indexed", || {
        let (rows, sizes) = walk(&staff, Some(50));
        let listed: Vec<&str> = rows
            .iter()
            .filter_map(|row| row["conversation_id"].as_str())
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
    let (rows, sizes) = walk(&staff, None);
    assert_eq!(sizes[0], 200, "{sizes:?}");
    let places = check_walk(&rows, &ours);
    assert!(*places.last().expect("ours") >= 200, "{places:?}");
    let first = get(paths::staff_inbox(), Some(&staff));
    assert!(first.body["next"].is_string(), "{}", first.body["next"]);

    // Resolved, they leave the open inbox to the tests that follow.
    for id in &ours {
        let resolved = post(
            &paths::staff_status(id),
            Some(&staff),
            &serde_json::json!({"status": "resolved"}),
        );
        assert_eq!(resolved.status, 200, "{:?}", resolved.body);
    }
}

#[test]
fn a_cursor_the_inbox_did_not_hand_out_is_a_400() {
    let staff = sign_in("admin@demo.test");
    // base64url of `[7, "x", "c_1"]`: well formed, but no inbox rank is 7.
    for cursor in ["not-a-cursor", "WzcsIngiLCJjXzEiXQ", "%25%25"] {
        let reply = get(
            &format!("{}?cursor={cursor}", paths::staff_inbox()),
            Some(&staff),
        );
        assert_eq!(reply.status, 400, "{cursor}: {:?}", reply.body);
        assert_eq!(reply.error_code(), "invalid_cursor", "{cursor}");
    }
    for limit in ["0", "201", "many"] {
        let reply = get(
            &format!("{}?limit={limit}", paths::staff_inbox()),
            Some(&staff),
        );
        assert_eq!(reply.status, 422, "{limit}: {:?}", reply.body);
        assert_eq!(reply.error_code(), "invalid_filter", "{limit}");
    }
}
