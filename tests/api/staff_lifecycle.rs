//! Offboarding: an admin disables a staff account (its sessions end, its sockets close
//! within seconds, it can't sign in, and the audit log says who did it) and enables it
//! again; an admin unlocks an account that failed sign-ins locked.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::paths;
use crate::support::*;

fn admin_call(admin: &str, staff_id: &str, what: &str) -> Reply {
    post(
        &paths::admin_staff_action(staff_id, what),
        Some(admin),
        &json!({}),
    )
}

/// The demo clinic's audit entries of `action` about `staff_id`.
fn audited(admin: &str, action: &str, staff_id: &str) -> Vec<Value> {
    let log = get(paths::audit_log(), Some(admin));
    assert_eq!(log.status, 200, "{:?}", log.body);
    log.body["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["action"] == action && e["detail"] == staff_id)
        .cloned()
        .collect()
}

#[test]
fn a_disabled_account_loses_its_sessions_and_sockets_and_cannot_sign_in() {
    let admin = sign_in("admin@demo.test");
    let admin_id = get(paths::staff_me(), Some(&admin)).body["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let password = "leaving the practice";
    let (email, session, staff_id) = invited_staff("clinician", &["clinical"], password);
    let mut inbox = Live::connect_with_subprotocol(paths::staff_live(), &session);

    let disabled = admin_call(&admin, &staff_id, "disable");
    let at = Instant::now();
    assert_eq!(disabled.status, 200, "{:?}", disabled.body);
    assert_eq!(disabled.body["disabled"], true);

    let (_, code) = inbox.frames_until_close(Duration::from_secs(5));
    assert!(code.is_some(), "the inbox socket stayed open");
    assert!(at.elapsed() < Duration::from_secs(5));
    let me = get(paths::staff_me(), Some(&session));
    assert_eq!(me.status, 401, "{:?}", me.body);
    let refused = sign_in_from(&email, password, &visitor_ip());
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "account_disabled");
    let wrong = sign_in_from(&email, "not the password", &visitor_ip());
    assert_eq!(wrong.status, 401, "a wrong password learns nothing more");
    let team = get(paths::admin_staff(), Some(&admin));
    let listed = team.body["staff"]
        .as_array()
        .expect("staff")
        .iter()
        .find(|m| m["id"] == staff_id.as_str())
        .cloned()
        .expect("still listed");
    assert_eq!(listed["disabled"], true);
    let entries = audited(&admin, "staff_disabled", &staff_id);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["actor"], admin_id.as_str());

    let enabled = admin_call(&admin, &staff_id, "enable");
    assert_eq!(enabled.status, 200, "{:?}", enabled.body);
    assert_eq!(enabled.body["disabled"], false);
    assert_eq!(audited(&admin, "staff_enabled", &staff_id).len(), 1);
    let back = sign_in_from(&email, password, &visitor_ip());
    assert_eq!(back.status, 201, "{:?}", back.body);
    assert_eq!(
        get(paths::staff_me(), Some(&session)).status,
        401,
        "the old session stays ended"
    );
}

#[test]
fn only_an_admin_disables_and_only_someone_else_in_their_clinic() {
    let every_team = ["clinical", "appointments", "billing", "front-desk"];
    let (_, other_admin, other_admin_id) = invited_staff("admin", &every_team, "second admin pw");
    let me = admin_call(&other_admin, &other_admin_id, "disable");
    assert_eq!(me.status, 409, "{:?}", me.body);
    assert_eq!(me.error_code(), "cannot_disable_self");
    let elsewhere = admin_call(&other_admin, "s_other_admin", "disable");
    assert_eq!(elsewhere.status, 404, "{:?}", elsewhere.body);
    assert_eq!(elsewhere.error_code(), "unknown_staff");
    let front_desk = sign_in_every_team("front-desk");
    for what in ["disable", "enable", "unlock"] {
        let refused = admin_call(&front_desk, &other_admin_id, what);
        assert_eq!(refused.status, 403, "{what}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "admins_only");
    }
    assert_eq!(get(paths::staff_me(), Some(&other_admin)).status, 200);
}

#[test]
fn an_admin_unlocks_an_account_that_failed_sign_ins_locked() {
    let admin = sign_in("admin@demo.test");
    let password = "locked out on monday";
    let (email, _, staff_id) = invited_staff("front-desk", &["front-desk"], password);
    for _ in 0..6 {
        let guess = sign_in_from(&email, "a guess", &visitor_ip());
        assert!([401, 429].contains(&guess.status), "{:?}", guess.body);
    }
    let locked = sign_in_from(&email, password, &visitor_ip());
    assert_eq!(locked.status, 429, "{:?}", locked.body);
    assert_eq!(locked.error_code(), "sign_in_locked");

    let unlocked = admin_call(&admin, &staff_id, "unlock");
    assert_eq!(unlocked.status, 200, "{:?}", unlocked.body);
    assert_eq!(audited(&admin, "account_unlocked", &staff_id).len(), 1);
    let signed_in = sign_in_from(&email, password, &visitor_ip());
    assert_eq!(signed_in.status, 201, "{:?}", signed_in.body);
}
