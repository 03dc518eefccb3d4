//! A conversation's life in the team: one owner at a time, statuses, reopening, and
//! the admin's hand-over.

use serde_json::{json, Value};

use crate::support::*;

/// A demo conversation whose first visitor message has reached the inbox.
fn indexed_conversation(staff: &str, text: &str) -> (String, String) {
    let (id, token) = new_conversation();
    visitor_send(&id, &token, &uuid(), &format!("{text} {}", canary()));
    eventually("the conversation in the inbox", || {
        inbox_row(staff, &id, "")
    });
    (id, token)
}

fn reply(staff: &str, id: &str, text: &str) -> Reply {
    post(
        &format!("/v1/staff/conversations/{id}/messages"),
        Some(staff),
        &json!({"client_msg_id": uuid(), "text": format!("{text} {}", canary())}),
    )
}

fn set_status(staff: &str, id: &str, status: &str) -> Reply {
    post(
        &format!("/v1/staff/conversations/{id}/status"),
        Some(staff),
        &json!({ "status": status }),
    )
}

fn assign(staff: &str, id: &str, owner: Value) -> Reply {
    post(
        &format!("/v1/staff/conversations/{id}/assign"),
        Some(staff),
        &json!({ "staff_id": owner }),
    )
}

#[test]
fn replying_claims_and_a_colleague_cannot_answer_over_it() {
    let front_desk = sign_in("frontdesk@demo.test");
    let admin = sign_in("admin@demo.test");
    let (id, _) = indexed_conversation(&front_desk, "Can I park my car at the clinic?");

    let first = reply(&front_desk, &id, "Yes, in the courtyard.");
    assert_eq!(first.status, 201, "{:?}", first.body);
    let entry = inbox_row(&front_desk, &id, "").expect("row");
    assert_eq!(entry["assigned_to"], "s_frontdesk", "replying claimed it");

    let over = reply(&admin, &id, "Me too!");
    assert_eq!(over.status, 409, "{:?}", over.body);
    assert_eq!(over.error_code(), "claimed_by_another");
    let claim = post(
        &format!("/v1/staff/conversations/{id}/claim"),
        Some(&admin),
        &json!({}),
    );
    assert_eq!(claim.status, 409);
}

#[test]
fn resolving_hides_a_conversation_until_the_visitor_writes_again() {
    let staff = sign_in("frontdesk@demo.test");
    let (id, token) = indexed_conversation(&staff, "Where do I park for my appointment?");

    let resolved = set_status(&staff, &id, "resolved");
    assert_eq!(resolved.status, 200, "{:?}", resolved.body);
    assert_eq!(resolved.body["conversation_id"], id);
    assert_eq!(resolved.body["status"], "resolved");
    assert!(
        inbox_row(&staff, &id, "").is_none(),
        "resolved rows leave the inbox"
    );
    assert!(inbox_row(&staff, &id, "?status=resolved").is_some());

    visitor_send(
        &id,
        &token,
        &uuid(),
        &format!("One more question {}", canary()),
    );
    let reopened = eventually("the conversation reopened", || inbox_row(&staff, &id, ""));
    assert_eq!(reopened["status"], "open");

    let pending = set_status(&staff, &id, "pending");
    assert_eq!(pending.body["status"], "pending");
    let bad = set_status(&staff, &id, "archived");
    assert_eq!(bad.status, 422, "{:?}", bad.body);
}

#[test]
fn only_the_owner_or_an_admin_changes_an_owned_conversations_status() {
    let front_desk = sign_in("frontdesk@demo.test");
    // A colleague who may open this front-desk conversation but doesn't own it.
    let clinician = sign_in_every_team("clinician");
    let admin = sign_in("admin@demo.test");
    let (id, _) = indexed_conversation(&admin, "Is there a bus to the clinic?");
    let claimed = post(
        &format!("/v1/staff/conversations/{id}/claim"),
        Some(&front_desk),
        &json!({}),
    );
    assert_eq!(claimed.status, 200);

    let refused = set_status(&clinician, &id, "resolved");
    assert_eq!(refused.status, 409);
    assert_eq!(refused.error_code(), "claimed_by_another");
    assert_eq!(set_status(&admin, &id, "resolved").status, 200);
    assert_eq!(set_status(&front_desk, &id, "open").status, 200);
}

#[test]
fn admins_hand_conversations_over_and_others_may_not() {
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let admin = sign_in("admin@demo.test");
    // A front-desk question, so the front desk may answer it first.
    let (id, _) = indexed_conversation(&admin, "Is there a bus to the clinic?");
    assert_eq!(reply(&front_desk, &id, "We do.").status, 201);

    for token in [&front_desk, &clinician] {
        let refused = assign(token, &id, json!("s_clinician"));
        assert_eq!(refused.status, 403, "{:?}", refused.body);
        assert_eq!(refused.error_code(), "admins_only");
    }
    let handed = assign(&admin, &id, json!("s_clinician"));
    assert_eq!(handed.status, 200, "{:?}", handed.body);
    assert_eq!(handed.body["assigned_to"], "s_clinician");
    assert_eq!(reply(&clinician, &id, "Taking over.").status, 201);
    assert_eq!(reply(&front_desk, &id, "Still me?").status, 409);

    let stranger = assign(&admin, &id, json!("s_other_admin"));
    assert_eq!(stranger.status, 422, "another clinic's staff can't own it");
    assert_eq!(stranger.error_code(), "unknown_staff");

    let released = assign(&admin, &id, Value::Null);
    assert_eq!(released.status, 200);
    assert!(released.body["assigned_to"].is_null());

    let log = get("/v1/admin/audit-log", Some(&admin));
    let entries = log.body["entries"].as_array().expect("entries");
    let handovers: Vec<&Value> = entries
        .iter()
        .filter(|e| e["conversation_id"] == id && e["action"] == "assigned")
        .collect();
    assert!(
        handovers.len() >= 3,
        "claim by reply, hand-over, release: {handovers:?}"
    );
}
