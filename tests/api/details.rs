//! What staff keep about a conversation: the visitor's identity (from the widget's
//! identify() or staff), search and earlier conversations, labels, private notes, and
//! the "my teams" inbox.

use serde_json::json;

use crate::paths;
use crate::support::*;

#[test]
fn the_widget_identity_reaches_staff_and_bad_fields_are_dropped() {
    let staff = sign_in_every_team("front-desk");
    let address = unique_email();
    let (id, token) = identified_conversation(
        &staff,
        json!({"name": " Ana Ruiz ", "email": address.to_uppercase(), "phone": "not a phone"}),
    );
    let row = inbox_row(&staff, &id, "").expect("row");
    assert_eq!(row["visitor"]["name"], "Ana Ruiz");
    assert_eq!(row["visitor"]["email"], address.as_str());
    assert!(row["visitor"].get("phone").is_none(), "{row:?}");
    // identify() later adds the phone and keeps the rest.
    let later = post(
        &paths::conversation_visitor(&id),
        Some(&token),
        &json!({"phone": "+34 600 111 222"}),
    );
    assert_eq!(later.status, 200, "{:?}", later.body);
    assert_eq!(later.body["name"], "Ana Ruiz");
    assert_eq!(later.body["phone"], "+34 600 111 222");
    let refused = post(
        &paths::conversation_visitor(&id),
        Some(&token),
        &json!({"email": "nope"}),
    );
    assert_eq!(refused.status, 422, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "invalid_visitor");
}

#[test]
fn staff_set_identity_search_and_see_earlier_conversations() {
    let staff = sign_in_every_team("front-desk");
    let address = unique_email();
    let (first, _) = identified_conversation(&staff, json!({"email": address}));
    // Earlier conversations link only through verified identities: staff check this one.
    let checked = request(
        "PUT",
        &paths::staff_visitor(&first),
        Some(&staff),
        &[("Content-Type", "application/json")],
        Some(&serde_json::to_vec(&json!({"email": address, "verified": true})).expect("json")),
    );
    assert_eq!(checked.status, 200, "{:?}", checked.body);
    // Resolved conversations are found by a search too.
    let resolved = post(
        &paths::staff_status(&first),
        Some(&staff),
        &json!({"status": "resolved"}),
    );
    assert_eq!(resolved.status, 200, "{:?}", resolved.body);
    let (second, _) = identified_conversation(&staff, json!({}));
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain("0000000".chars())
        .take(7)
        .collect();
    let phone = format!("+49 151 {digits}");
    let set = request(
        "PUT",
        &paths::staff_visitor(&second),
        Some(&staff),
        &[("Content-Type", "application/json")],
        Some(
            &serde_json::to_vec(
                &json!({"name": "Ana Ruiz", "email": address, "phone": phone, "verified": true}),
            )
            .expect("json"),
        ),
    );
    assert_eq!(set.status, 200, "{:?}", set.body);
    assert_eq!(set.body["visitor"]["phone"], phone.as_str());
    let history = get(&paths::staff_history(&second), Some(&staff));
    assert_eq!(history.status, 200, "{:?}", history.body);
    let earlier: Vec<&str> = history.body["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .filter_map(|c| c["conversation_id"].as_str())
        .collect();
    assert_eq!(earlier, [first.as_str()]);
    // Search by part of the email, and by phone digits written differently.
    // Written with spaces, searched without (and the number is this run's own, so
    // conversations of earlier runs on the same state don't join the history).
    for query in [address[..10].to_owned(), format!("49151{digits}")] {
        let found = search(&staff, &query, None);
        assert_eq!(found.status, 200, "{:?}", found.body);
        let ids: Vec<&str> = found.body["conversations"]
            .as_array()
            .expect("conversations")
            .iter()
            .filter_map(|c| c["conversation_id"].as_str())
            .collect();
        assert!(ids.contains(&second.as_str()), "{query}: {ids:?}");
        if query.contains('@') || query.starts_with("ana") {
            assert!(ids.contains(&first.as_str()), "{query}: {ids:?}");
        }
    }
    let bad = request(
        "PUT",
        &paths::staff_visitor(&second),
        Some(&staff),
        &[("Content-Type", "application/json")],
        Some(br#"{"phone": "12"}"#),
    );
    assert_eq!(bad.status, 422, "{:?}", bad.body);
    assert_eq!(bad.error_code(), "invalid_visitor");
}

#[test]
fn labels_are_cleaned_filtered_and_checked() {
    let staff = sign_in_every_team("front-desk");
    let (id, _) = identified_conversation(&staff, json!({}));
    let path = paths::staff_labels(&id);
    let set = post(
        &path,
        Some(&staff),
        &json!({"labels": ["Insurance ", "insurance", "follow-up"]}),
    );
    assert_eq!(set.status, 200, "{:?}", set.body);
    assert_eq!(set.body["labels"], json!(["follow-up", "insurance"]));
    let filtered = inbox_row(&staff, &id, "?label=follow-up");
    assert!(filtered.is_some(), "the label filter finds it");
    assert!(inbox_row(&staff, &id, "?label=vip").is_none());
    for bad in [json!({"labels": ["a/b"]}), json!({"labels": [""]})] {
        let refused = post(&path, Some(&staff), &bad);
        assert_eq!(refused.status, 422, "{bad}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "invalid_labels");
    }
}

#[test]
fn notes_are_for_staff_only() {
    let staff = sign_in("clinician@demo.test");
    let (id, token) = identified_conversation(&staff, json!({}));
    // A billing question: handed to the clinician, it is theirs to annotate.
    let handed = post(
        &paths::staff_assign(&id),
        Some(&sign_in("admin@demo.test")),
        &json!({"staff_id": "s_clinician"}),
    );
    assert_eq!(handed.status, 200, "{:?}", handed.body);
    let secret = format!("Private: check the X-ray first {}", canary());
    let added = post(
        &paths::staff_notes(&id),
        Some(&staff),
        &json!({ "text": secret }),
    );
    assert_eq!(added.status, 201, "{:?}", added.body);
    let notes = get(&paths::staff_notes(&id), Some(&staff));
    assert_eq!(notes.body["notes"][0]["text"], secret.as_str());
    assert_eq!(notes.body["notes"][0]["author_name"], "Lena");
    // The visitor's view of the conversation never has it.
    let visitor = get(&paths::conversation_messages(&id), Some(&token));
    assert!(
        !visitor.body.to_string().contains("Private: check"),
        "{:?}",
        visitor.body
    );
    let empty = post(
        &paths::staff_notes(&id),
        Some(&staff),
        &json!({"text": "   "}),
    );
    assert_eq!(empty.status, 422, "{:?}", empty.body);
    assert_eq!(empty.error_code(), "invalid_note");
    // Another clinic's staff can't read them.
    let other = sign_in("admin@other.test");
    let foreign = get(&paths::staff_notes(&id), Some(&other));
    assert_eq!(foreign.status, 404, "{:?}", foreign.body);
}

#[test]
fn my_teams_shows_only_my_departments() {
    // The front desk account belongs to the front-desk team only.
    let staff = sign_in("frontdesk@demo.test");
    let inbox = get(
        &format!("{}?teams=mine", paths::staff_inbox()),
        Some(&staff),
    );
    assert_eq!(inbox.status, 200, "{:?}", inbox.body);
    let departments: Vec<&str> = inbox.body["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .filter_map(|c| c["department"].as_str())
        .collect();
    assert!(
        departments.iter().all(|d| *d == "front-desk"),
        "{departments:?}"
    );
    let refused = get(
        &format!("{}?teams=everyone", paths::staff_inbox()),
        Some(&staff),
    );
    assert_eq!(refused.status, 422, "{:?}", refused.body);
}
