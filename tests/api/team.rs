//! The team: admins make one-time invitation and password-reset links; a link works once,
//! checks the new password, signs in, and a reset ends every old session.

use serde_json::{json, Value};

use crate::support::*;

/// The token at the end of a one-time link.
fn token_of(link: &Value) -> String {
    let path = link["link"].as_str().expect("link");
    path.rsplit('/').next().expect("token").to_owned()
}

fn invite(admin: &str, email: &str) -> Reply {
    post(
        "/v1/admin/invites",
        Some(admin),
        &json!({"email": email, "name": "Noor Nurse", "role": "clinician", "departments": ["clinical"]}),
    )
}

const NEW_PASSWORD: &str = "harbour lights 2026";

#[test]
fn an_invitation_creates_one_account_once() {
    let admin = sign_in("admin@demo.test");
    let email = format!("noor.{}@lakeside.example", &uuid()[..8]);
    let made = invite(&admin, &email);
    assert_eq!(made.status, 201, "{:?}", made.body);
    assert!(made.body["link"]
        .as_str()
        .is_some_and(|l| l.starts_with("/console/#/invite/")));
    let token = token_of(&made.body);

    // Other roles can't invite; an existing email or a bad one is refused clearly.
    let frontdesk = sign_in("frontdesk@demo.test");
    let refused = invite(&frontdesk, "someone@lakeside.example");
    assert_eq!((refused.status, refused.error_code()), (403, "admins_only"));
    let taken = invite(&admin, "frontdesk@demo.test");
    assert_eq!((taken.status, taken.error_code()), (409, "email_taken"));
    let bad = invite(&admin, "not-an-email");
    assert_eq!((bad.status, bad.error_code()), (422, "invalid_invite"));

    // A weak password is refused and leaves the link usable.
    let weak = post(
        "/v1/staff/invites/accept",
        None,
        &json!({"token": token, "password": "short"}),
    );
    assert_eq!((weak.status, weak.error_code()), (422, "weak_password"));
    let accepted = post(
        "/v1/staff/invites/accept",
        None,
        &json!({"token": token, "password": NEW_PASSWORD}),
    );
    assert_eq!(accepted.status, 201, "{:?}", accepted.body);
    assert_eq!(accepted.body["staff"]["email"], email.as_str());
    assert_eq!(accepted.body["staff"]["role"], "clinician");
    let session = accepted.body["token"].as_str().expect("token").to_owned();
    assert_eq!(get("/v1/staff/me", Some(&session)).status, 200);
    // The link is spent.
    let again = post(
        "/v1/staff/invites/accept",
        None,
        &json!({"token": token, "password": NEW_PASSWORD}),
    );
    assert_eq!((again.status, again.error_code()), (410, "link_expired"));
    // A reset token can't be used as an invitation, nor a made-up one.
    let forged = post(
        "/v1/staff/invites/accept",
        None,
        &json!({"token": "0".repeat(64), "password": NEW_PASSWORD}),
    );
    assert_eq!(forged.status, 410, "{:?}", forged.body);
    // The new account is on the team list and signs in with its password.
    let list = get("/v1/admin/staff", Some(&admin));
    assert!(list.body["staff"]
        .as_array()
        .expect("staff")
        .iter()
        .any(|m| m["email"] == email.as_str()));
    let signed = post(
        "/v1/staff/sessions",
        None,
        &json!({"email": email, "password": NEW_PASSWORD}),
    );
    assert_eq!(signed.status, 201, "{:?}", signed.body);
}

#[test]
fn a_reset_link_sets_the_password_and_ends_old_sessions() {
    let admin = sign_in("admin@demo.test");
    let email = format!("reset.{}@lakeside.example", &uuid()[..8]);
    let made = invite(&admin, &email);
    let first = post(
        "/v1/staff/invites/accept",
        None,
        &json!({"token": token_of(&made.body), "password": NEW_PASSWORD}),
    );
    assert_eq!(first.status, 201, "{:?}", first.body);
    let old_session = first.body["token"].as_str().expect("token").to_owned();
    let staff_id = first.body["staff"]["id"].as_str().expect("id").to_owned();

    let link = post(
        &format!("/v1/admin/staff/{staff_id}/password-reset"),
        Some(&admin),
        &json!({}),
    );
    assert_eq!(link.status, 201, "{:?}", link.body);
    let token = token_of(&link.body);
    // An invitation token can't be used as a reset, and vice versa.
    let crossed = post(
        "/v1/staff/invites/accept",
        None,
        &json!({"token": token, "password": NEW_PASSWORD}),
    );
    assert_eq!(crossed.status, 410, "{:?}", crossed.body);
    let reset = post(
        "/v1/staff/password-resets/accept",
        None,
        &json!({"token": token, "password": "a much better passphrase"}),
    );
    assert_eq!(reset.status, 201, "{:?}", reset.body);
    assert_eq!(get("/v1/staff/me", Some(&old_session)).status, 401);
    let old = post(
        "/v1/staff/sessions",
        None,
        &json!({"email": email, "password": NEW_PASSWORD}),
    );
    assert_eq!(old.status, 401, "{:?}", old.body);
    let new = post(
        "/v1/staff/sessions",
        None,
        &json!({"email": email, "password": "a much better passphrase"}),
    );
    assert_eq!(new.status, 201, "{:?}", new.body);
    // Unknown staff: 404.
    let unknown = post(
        "/v1/admin/staff/s_nobody/password-reset",
        Some(&admin),
        &json!({}),
    );
    assert_eq!(unknown.status, 404, "{:?}", unknown.body);
}
