//! The team: admins ask for one-time invitation and password-reset links, which go by
//! email to the person (read here from the provider sandbox's outbox), never back to the
//! admin; a link works once, checks the new password, signs in, a reset ends every old
//! session, and each use is audited with who used it and from where.

use serde_json::{json, Value};

use crate::mailbox::{emails_to, link_emailed_to, token_of};
use crate::paths;
use crate::support::*;

/// The admin's answer says the link was emailed, and carries no link or token.
fn assert_sent_without_link(made: &Reply, to: &str) {
    assert_eq!(made.status, 202, "{:?}", made.body);
    assert_eq!(made.body["sent_by"], "email");
    assert_eq!(made.body["sent_to"], to);
    assert!(made.body["expires_at"].is_string());
    let keys: Vec<&String> = made.body.as_object().expect("object").keys().collect();
    assert_eq!(keys.len(), 3, "{:?}", made.body);
    let text = made.body.to_string();
    assert!(!text.contains("/console/#/"), "{text}");
}

fn invite(admin: &str, email: &str) -> Reply {
    post(
        paths::invites(),
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
    assert_sent_without_link(&made, "invitee");
    let link = link_emailed_to(&email, "invite");
    assert!(
        link.starts_with(&format!("{}/console/#/invite/", base_url())),
        "{link}"
    );
    let token = token_of(&link);

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
        paths::invite_accept(),
        None,
        &json!({"token": token, "password": "short"}),
    );
    assert_eq!((weak.status, weak.error_code()), (422, "weak_password"));
    let accepted = post(
        paths::invite_accept(),
        None,
        &json!({"token": token, "password": NEW_PASSWORD}),
    );
    assert_eq!(accepted.status, 201, "{:?}", accepted.body);
    assert_eq!(accepted.body["staff"]["email"], email.as_str());
    assert_eq!(accepted.body["staff"]["role"], "clinician");
    let session = accepted.body["token"].as_str().expect("token").to_owned();
    assert_eq!(get(paths::staff_me(), Some(&session)).status, 200);
    // The link is spent.
    let again = post(
        paths::invite_accept(),
        None,
        &json!({"token": token, "password": NEW_PASSWORD}),
    );
    assert_eq!((again.status, again.error_code()), (410, "link_expired"));
    // A reset token can't be used as an invitation, nor a made-up one.
    let forged = post(
        paths::invite_accept(),
        None,
        &json!({"token": "0".repeat(64), "password": NEW_PASSWORD}),
    );
    assert_eq!(forged.status, 410, "{:?}", forged.body);
    // The new account is on the team list and signs in with its password.
    let list = get(paths::admin_staff(), Some(&admin));
    assert!(list.body["staff"]
        .as_array()
        .expect("staff")
        .iter()
        .any(|m| m["email"] == email.as_str()));
    let signed = post(
        paths::staff_sessions(),
        None,
        &json!({"email": email, "password": NEW_PASSWORD}),
    );
    assert_eq!(signed.status, 201, "{:?}", signed.body);
}

#[test]
fn a_reset_link_sets_the_password_and_ends_old_sessions() {
    let admin = sign_in("admin@demo.test");
    let email = format!("reset.{}@lakeside.example", &uuid()[..8]);
    assert_eq!(invite(&admin, &email).status, 202);
    let first = post(
        paths::invite_accept(),
        None,
        &json!({"token": token_of(&link_emailed_to(&email, "invite")), "password": NEW_PASSWORD}),
    );
    assert_eq!(first.status, 201, "{:?}", first.body);
    let old_session = first.body["token"].as_str().expect("token").to_owned();
    let staff_id = first.body["staff"]["id"].as_str().expect("id").to_owned();

    let asked = post(
        &paths::admin_staff_action(&staff_id, "password-reset"),
        Some(&admin),
        &json!({}),
    );
    assert_sent_without_link(&asked, "account_holder");
    let token = token_of(&link_emailed_to(&email, "reset"));
    // An invitation token can't be used as a reset, and vice versa.
    let crossed = post(
        paths::invite_accept(),
        None,
        &json!({"token": token, "password": NEW_PASSWORD}),
    );
    assert_eq!(crossed.status, 410, "{:?}", crossed.body);
    let reset = post(
        paths::password_reset_accept(),
        None,
        &json!({"token": token, "password": "a much better passphrase"}),
    );
    assert_eq!(reset.status, 201, "{:?}", reset.body);
    assert_eq!(get(paths::staff_me(), Some(&old_session)).status, 401);
    let old = post(
        paths::staff_sessions(),
        None,
        &json!({"email": email, "password": NEW_PASSWORD}),
    );
    assert_eq!(old.status, 401, "{:?}", old.body);
    let new = post(
        paths::staff_sessions(),
        None,
        &json!({"email": email, "password": "a much better passphrase"}),
    );
    assert_eq!(new.status, 201, "{:?}", new.body);
    // Unknown staff: 404.
    let unknown = post(
        &paths::admin_staff_action("s_nobody", "password-reset"),
        Some(&admin),
        &json!({}),
    );
    assert_eq!(unknown.status, 404, "{:?}", unknown.body);
}

#[test]
fn a_reset_link_goes_only_to_the_colleague_and_its_use_is_audited() {
    let admin = sign_in("admin@demo.test");
    let (email, _, staff_id) = invited_staff("front-desk", &["front-desk"], NEW_PASSWORD);
    let asked = post(
        &paths::admin_staff_action(&staff_id, "password-reset"),
        Some(&admin),
        &json!({}),
    );
    assert_sent_without_link(&asked, "account_holder");
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

    let accept = || {
        post(
            paths::password_reset_accept(),
            None,
            &json!({"token": token_of(&link), "password": "another fine passphrase"}),
        )
    };
    let used = accept();
    assert_eq!(used.status, 201, "{:?}", used.body);
    assert_eq!(used.body["staff"]["id"], staff_id.as_str());
    let again = accept();
    assert_eq!((again.status, again.error_code()), (410, "link_expired"));

    // The audit names the colleague as the one who used it, the admin who asked, and
    // where it was used from.
    let admin_id = get(paths::staff_me(), Some(&admin)).body["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let log = get(paths::audit_log(), Some(&admin));
    assert_eq!(log.status, 200, "{:?}", log.body);
    let entry = log.body["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["action"] == "password_reset" && e["actor"] == staff_id.as_str())
        .cloned()
        .expect("the reset's audit entry");
    let detail = entry["detail"].as_str().expect("detail");
    assert!(detail.contains(&format!("asked by {admin_id}")), "{detail}");
    assert!(detail.contains("used from "), "{detail}");
    assert!(!detail.contains("used from unknown"), "{detail}");
}
