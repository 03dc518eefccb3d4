//! Offboarding: an admin disables a staff account (its sessions end, its sockets close
//! within seconds, it can't sign in, and the audit log says who did it) and enables it
//! again; an admin unlocks an account that failed sign-ins locked.

use std::time::{Duration, Instant};

use frontdesk_protocol::{AuditEntry, StaffSession};

use crate::app::{Called, Outcome, TestApp};
use crate::support::*;

/// The demo clinic's audit entries of `action` about `staff_id`.
fn audited(app: &TestApp, admin: &str, action: &str, staff_id: &str) -> Vec<AuditEntry> {
    app.audit_log(admin)
        .answered(200)
        .body
        .entries
        .into_iter()
        .filter(|e| e.action == action && e.detail.as_deref() == Some(staff_id))
        .collect()
}

/// A sign-in attempt from a fresh address.
fn sign_in_fresh(app: &TestApp, email: &str, password: &str) -> Called<StaffSession> {
    app.attempt_sign_in(email, password, &visitor_ip())
}

#[test]
fn a_disabled_account_loses_its_sessions_and_sockets_and_cannot_sign_in() {
    let app = TestApp::new();
    let admin = app.dev_session("admin@demo.test").token;
    let admin_id = app.me(&admin).answered(200).body.id;
    let password = "leaving the practice";
    let (email, session, staff_id) = invited_staff("clinician", &["clinical"], password);
    let mut inbox = app.staff_live(&session);

    let disabled = app.staff_action(&admin, &staff_id, "disable");
    let at = Instant::now();
    assert!(disabled.answered(200).body.disabled);

    let (_, code) = inbox.frames_until_close(Duration::from_secs(5));
    assert!(code.is_some(), "the inbox socket stayed open");
    assert!(at.elapsed() < Duration::from_secs(5));
    app.me(&session).refused(401);
    let refused = sign_in_fresh(&app, &email, password).refused(403);
    assert_eq!(refused.code, "account_disabled");
    let wrong = sign_in_fresh(&app, &email, "not the password");
    assert_eq!(wrong.status(), 401, "a wrong password learns nothing more");
    let team = app.team(&admin).answered(200).body;
    let listed = team
        .staff
        .into_iter()
        .find(|m| m.id == staff_id)
        .expect("still listed");
    assert!(listed.disabled);
    let entries = audited(&app, &admin, "staff_disabled", &staff_id);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0].actor, admin_id);

    let enabled = app.staff_action(&admin, &staff_id, "enable").answered(200);
    assert!(!enabled.body.disabled);
    assert_eq!(audited(&app, &admin, "staff_enabled", &staff_id).len(), 1);
    sign_in_fresh(&app, &email, password).answered(201);
    // The old session stays ended.
    app.me(&session).refused(401);
}

#[test]
fn only_an_admin_disables_and_only_someone_else_in_their_clinic() {
    let app = TestApp::new();
    let every_team = ["clinical", "appointments", "billing", "front-desk"];
    let (_, other_admin, other_admin_id) = invited_staff("admin", &every_team, "second admin pw");
    let me = app
        .staff_action(&other_admin, &other_admin_id, "disable")
        .refused(409);
    assert_eq!(me.code, "cannot_disable_self");
    let elsewhere = app
        .staff_action(&other_admin, "s_other_admin", "disable")
        .refused(404);
    assert_eq!(elsewhere.code, "unknown_staff");
    let front_desk = sign_in_every_team("front-desk");
    for what in ["disable", "enable", "unlock"] {
        let refused = app.staff_action(&front_desk, &other_admin_id, what);
        assert_eq!(refused.status(), 403, "{what}: {refused:?}");
        assert_eq!(refused.code(), Some("admins_only"));
    }
    app.me(&other_admin).answered(200);
}

#[test]
fn an_admin_unlocks_an_account_that_failed_sign_ins_locked() {
    let app = TestApp::new();
    let admin = app.dev_session("admin@demo.test").token;
    let password = "locked out on monday";
    let (email, _, staff_id) = invited_staff("front-desk", &["front-desk"], password);
    for _ in 0..6 {
        let guess = sign_in_fresh(&app, &email, "a guess");
        assert!([401, 429].contains(&guess.status()), "{guess:?}");
    }
    let locked = sign_in_fresh(&app, &email, password).refused(429);
    assert_eq!(locked.code, "sign_in_locked");

    app.staff_action(&admin, &staff_id, "unlock").answered(200);
    assert_eq!(
        audited(&app, &admin, "account_unlocked", &staff_id).len(),
        1
    );
    sign_in_fresh(&app, &email, password).answered(201);
}
