//! A conversation's life in the team: one owner at a time, statuses, reopening, and
//! the admin's hand-over.

use frontdesk_protocol::{
    AssignRequest, AuditEntry, ConversationStatus, SendMessageRequest, SetStatusRequest,
    StaffReplyResponse,
};

use crate::app::{Called, Outcome, TestApp};
use crate::paths;
use crate::support::*;

/// A demo conversation whose first visitor message has reached the inbox.
fn indexed_conversation(app: &TestApp, staff: &str, text: &str) -> String {
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(&format!("{text} {}", canary())))
        .answered(201);
    let id = visitor.id().to_owned();
    eventually("the conversation in the inbox", || {
        inbox_row(staff, &id, "")
    });
    id
}

fn says(text: &str) -> SendMessageRequest {
    SendMessageRequest {
        client_msg_id: uuid(),
        text: text.to_owned(),
        attachment_ids: Vec::new(),
    }
}

fn reply(app: &TestApp, staff: &str, id: &str, text: &str) -> Called<StaffReplyResponse> {
    app.staff_reply(staff, id, &says(&format!("{text} {}", canary())))
}

fn status(status: ConversationStatus) -> SetStatusRequest {
    SetStatusRequest { status }
}

fn to(owner: Option<&str>) -> AssignRequest {
    AssignRequest {
        staff_id: owner.map(str::to_owned),
    }
}

#[test]
fn replying_claims_and_a_colleague_cannot_answer_over_it() {
    let app = TestApp::new();
    let front_desk = sign_in("frontdesk@demo.test");
    let admin = sign_in("admin@demo.test");
    let id = indexed_conversation(&app, &front_desk, "Can I park my car at the clinic?");

    reply(&app, &front_desk, &id, "Yes, in the courtyard.").answered(201);
    let entry = inbox_row(&front_desk, &id, "").expect("row");
    assert_eq!(entry["assigned_to"], "s_frontdesk", "replying claimed it");

    let over = reply(&app, &admin, &id, "Me too!").refused(409);
    assert_eq!(over.code, "claimed_by_another");
    app.claim(&admin, &id).refused(409);
}

#[test]
fn resolving_hides_a_conversation_until_the_visitor_writes_again() {
    let app = TestApp::new();
    let staff = sign_in("frontdesk@demo.test");
    let visitor = app.new_visitor();
    let text = format!("Where do I park for my appointment? {}", canary());
    app.send_visitor_message(&visitor, &says(&text))
        .answered(201);
    let id = visitor.id().to_owned();
    eventually("the conversation in the inbox", || {
        inbox_row(&staff, &id, "")
    });

    let resolved = app
        .set_status(&staff, &id, &status(ConversationStatus::Resolved))
        .answered(200)
        .body;
    assert_eq!(resolved.conversation_id, id);
    assert_eq!(resolved.status, ConversationStatus::Resolved);
    assert!(
        inbox_row(&staff, &id, "").is_none(),
        "resolved rows leave the inbox"
    );
    assert!(inbox_row(&staff, &id, "?status=resolved").is_some());

    app.send_visitor_message(&visitor, &says(&format!("One more question {}", canary())))
        .answered(201);
    let reopened = eventually("the conversation reopened", || inbox_row(&staff, &id, ""));
    assert_eq!(reopened["status"], "open");

    let pending = app
        .set_status(&staff, &id, &status(ConversationStatus::Pending))
        .answered(200)
        .body;
    assert_eq!(pending.status, ConversationStatus::Pending);
    // A status no wire type holds, sent by hand.
    let bad = app.send_forged(
        "POST",
        &paths::staff_status(&id),
        Some(&staff),
        &[("Content-Type", "application/json")],
        Some(br#"{"status": "archived"}"#),
    );
    assert_eq!(bad.status, 422, "{:?}", bad.body);
}

#[test]
fn only_the_owner_or_an_admin_changes_an_owned_conversations_status() {
    let app = TestApp::new();
    let front_desk = sign_in("frontdesk@demo.test");
    // A colleague who may open this front-desk conversation but doesn't own it.
    let clinician = sign_in_every_team("clinician");
    let admin = sign_in("admin@demo.test");
    let id = indexed_conversation(&app, &admin, "Is there a bus to the clinic?");
    app.claim(&front_desk, &id).answered(200);

    let resolved = status(ConversationStatus::Resolved);
    let refused = app.set_status(&clinician, &id, &resolved).refused(409);
    assert_eq!(refused.code, "claimed_by_another");
    app.set_status(&admin, &id, &resolved).answered(200);
    app.set_status(&front_desk, &id, &status(ConversationStatus::Open))
        .answered(200);
}

#[test]
fn admins_hand_conversations_over_and_others_may_not() {
    let app = TestApp::new();
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let admin = sign_in("admin@demo.test");
    // A front-desk question, so the front desk may answer it first.
    let id = indexed_conversation(&app, &admin, "Is there a bus to the clinic?");
    reply(&app, &front_desk, &id, "We do.").answered(201);

    for token in [&front_desk, &clinician] {
        let refused = app
            .assign(token, &id, &to(Some("s_clinician")))
            .refused(403);
        assert_eq!(refused.code, "admins_only");
    }
    let handed = app
        .assign(&admin, &id, &to(Some("s_clinician")))
        .answered(200)
        .body;
    assert_eq!(handed.assigned_to.as_deref(), Some("s_clinician"));
    reply(&app, &clinician, &id, "Taking over.").answered(201);
    reply(&app, &front_desk, &id, "Still me?").refused(409);

    // Another clinic's staff can't own it.
    let stranger = app
        .assign(&admin, &id, &to(Some("s_other_admin")))
        .refused(422);
    assert_eq!(stranger.code, "unknown_staff");

    let released = app.assign(&admin, &id, &to(None)).answered(200).body;
    assert!(released.assigned_to.is_none(), "{released:?}");

    let log = app.audit_log(&admin).answered(200).body;
    let handovers: Vec<&AuditEntry> = log
        .entries
        .iter()
        .filter(|e| e.conversation_id.as_deref() == Some(id.as_str()) && e.action == "assigned")
        .collect();
    assert!(
        handovers.len() >= 3,
        "claim by reply, hand-over, release: {handovers:?}"
    );
}
