//! The team: admins ask for one-time invitation and password-reset links, which go by
//! email to the person (read here from the provider sandbox's outbox), never back to the
//! admin; a link works once, checks the new password, signs in, a reset ends every old
//! session, and each use is audited with who used it and from where.

use frontdesk_protocol::{
    AcceptTokenRequest, Department, InviteRequest, LinkDelivery, LinkRecipient, LinkSent,
    StaffLoginRequest, StaffRole, StaffSession,
};
use serde_json::Value;

use crate::app::{Called, Outcome, TestApp};
use crate::mailbox::{emails_to, link_emailed_to, token_of};
use crate::support::*;

/// The admin's answer says the link was emailed, and carries no link or token.
fn assert_sent_without_link(made: Called<LinkSent>, to: LinkRecipient) {
    let made = made.answered(202);
    assert_eq!(made.body.sent_by, LinkDelivery::Email);
    assert_eq!(made.body.sent_to, to);
    assert!(!made.body.expires_at.is_empty());
    let keys: Vec<&String> = made.json.as_object().expect("object").keys().collect();
    assert_eq!(keys.len(), 3, "{:?}", made.json);
    let text = made.json.to_string();
    assert!(!text.contains("/console/#/"), "{text}");
}

fn invite(admin: &str, email: &str) -> Called<LinkSent> {
    let request = InviteRequest {
        email: email.to_owned(),
        name: "Noor Nurse".into(),
        role: StaffRole::Clinician,
        departments: vec![Department::Clinical],
    };
    TestApp::new().invite(admin, &request)
}

/// Accepts invitation `token` with `password`.
fn accept_invite(token: &str, password: &str) -> Called<StaffSession> {
    let request = AcceptTokenRequest {
        token: token.to_owned(),
        password: password.to_owned(),
    };
    TestApp::new().accept_invite(&request)
}

/// Chooses `password` with reset link `token`.
fn accept_reset(token: &str, password: &str) -> Called<StaffSession> {
    let request = AcceptTokenRequest {
        token: token.to_owned(),
        password: password.to_owned(),
    };
    TestApp::new().accept_password_reset(&request)
}

/// A sign-in with `email` and `password`.
fn signs_in(email: &str, password: &str) -> Called<StaffSession> {
    let login = StaffLoginRequest {
        email: email.to_owned(),
        password: password.to_owned(),
    };
    TestApp::new().sign_in(&login)
}

const NEW_PASSWORD: &str = "harbour lights 2026";

#[test]
fn an_invitation_creates_one_account_once() {
    let admin = sign_in("admin@demo.test");
    let email = format!("noor.{}@lakeside.example", &uuid()[..8]);
    assert_sent_without_link(invite(&admin, &email), LinkRecipient::Invitee);
    let link = link_emailed_to(&email, "invite");
    assert!(
        link.starts_with(&format!("{}/console/#/invite/", base_url())),
        "{link}"
    );
    let token = token_of(&link);

    // Other roles can't invite; an existing email or a bad one is refused clearly.
    let frontdesk = sign_in("frontdesk@demo.test");
    let refused = invite(&frontdesk, "someone@lakeside.example").refused(403);
    assert_eq!(refused.code, "admins_only");
    let taken = invite(&admin, "frontdesk@demo.test").refused(409);
    assert_eq!(taken.code, "email_taken");
    let bad = invite(&admin, "not-an-email").refused(422);
    assert_eq!(bad.code, "invalid_invite");

    // A weak password is refused and leaves the link usable.
    let weak = accept_invite(&token, "short").refused(422);
    assert_eq!(weak.code, "weak_password");
    let accepted = accept_invite(&token, NEW_PASSWORD).answered(201).body;
    assert_eq!(accepted.staff.email, email);
    assert_eq!(accepted.staff.role, StaffRole::Clinician);
    let session = accepted.token;
    TestApp::new().me(&session).answered(200);
    // The link is spent.
    let again = accept_invite(&token, NEW_PASSWORD).refused(410);
    assert_eq!(again.code, "link_expired");
    // A reset token can't be used as an invitation, nor a made-up one.
    accept_invite(&"0".repeat(64), NEW_PASSWORD).refused(410);
    // The new account is on the team list and signs in with its password.
    let list = TestApp::new().team(&admin).answered(200).body;
    assert!(list.staff.iter().any(|m| m.email == email));
    signs_in(&email, NEW_PASSWORD).answered(201);
}

#[test]
fn a_reset_link_sets_the_password_and_ends_old_sessions() {
    let admin = sign_in("admin@demo.test");
    let email = format!("reset.{}@lakeside.example", &uuid()[..8]);
    let app = TestApp::new();
    invite(&admin, &email).answered(202);
    let invitation = token_of(&link_emailed_to(&email, "invite"));
    let first = accept_invite(&invitation, NEW_PASSWORD).answered(201).body;
    let old_session = first.token;
    let staff_id = first.staff.id;

    let asked = app.send_password_reset(&admin, &staff_id);
    assert_sent_without_link(asked, LinkRecipient::AccountHolder);
    let token = token_of(&link_emailed_to(&email, "reset"));
    // An invitation token can't be used as a reset, and vice versa.
    accept_invite(&token, NEW_PASSWORD).refused(410);
    accept_reset(&token, "a much better passphrase").answered(201);
    app.me(&old_session).refused(401);
    signs_in(&email, NEW_PASSWORD).refused(401);
    signs_in(&email, "a much better passphrase").answered(201);
    // Unknown staff: 404.
    app.send_password_reset(&admin, "s_nobody").refused(404);
}

#[test]
fn a_reset_link_goes_only_to_the_colleague_and_its_use_is_audited() {
    let admin = sign_in("admin@demo.test");
    let (email, _, staff_id) = invited_staff("front-desk", &["front-desk"], NEW_PASSWORD);
    let app = TestApp::new();
    let asked = app.send_password_reset(&admin, &staff_id);
    assert_sent_without_link(asked, LinkRecipient::AccountHolder);
    let link = link_emailed_to(&email, "reset");
    // Exactly one email went to the colleague with the reset (the other is the
    // invitation), from the clinic, with no patient text and the link on its own line.
    let resets: Vec<Value> = emails_to(&email)
        .into_iter()
        .filter(|m| m["Tag"] == "password-reset")
        .collect();
    assert_eq!(resets.len(), 1, "{resets:?}");
    assert!(resets[0]["From"]
        .as_str()
        .is_some_and(|f| f.contains("no-reply@demo.test")));
    assert_eq!(resets[0]["TrackLinks"], "None");
    assert!(!resets[0].to_string().contains(&canary()));

    let accept = || accept_reset(&token_of(&link), "another fine passphrase");
    let used = accept().answered(201).body;
    assert_eq!(used.staff.id, staff_id);
    let again = accept().refused(410);
    assert_eq!(again.code, "link_expired");

    // The audit names the colleague as the one who used it, the admin who asked, and
    // where it was used from.
    let admin_id = app.me(&admin).answered(200).body.id;
    let log = app.audit_log(&admin).answered(200).body;
    let entry = log
        .entries
        .into_iter()
        .find(|e| e.action == "password_reset" && e.actor == staff_id)
        .expect("the reset's audit entry");
    let detail = entry.detail.as_deref().expect("detail");
    assert!(detail.contains(&format!("asked by {admin_id}")), "{detail}");
    assert!(detail.contains("used from "), "{detail}");
    assert!(!detail.contains("used from unknown"), "{detail}");
}
