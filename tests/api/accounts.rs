//! Sign-in hardening: failed attempts lock an account and slow an address down, without
//! telling anyone which emails exist.

use frontdesk_protocol::StaffSession;

use crate::app::{Called, Outcome, Refusal, TestApp};
use crate::support::*;

/// A sign-in attempt from the address `ip`.
fn sign_in_from(email: &str, password: &str, ip: &str) -> Called<StaffSession> {
    TestApp::new().attempt_sign_in(email, password, ip)
}

/// A refusal's `Retry-After` in seconds.
fn retry_after(refusal: &Refusal) -> u32 {
    refusal
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After")
}

/// A sign-in refused with `status`: the refusal, its code checked against `code`.
fn refused_with(attempt: Called<StaffSession>, status: u16, code: &str) -> Refusal {
    let refusal = attempt.expect_err("the sign-in was refused");
    assert_eq!(refusal.status, status, "{:?}", refusal.error);
    assert_eq!(refusal.error.code, code);
    assert!(!refusal.error.message.is_empty(), "{:?}", refusal.error);
    refusal
}

#[test]
fn five_failures_lock_the_account_even_against_the_right_password() {
    // Only this test signs in as this fixture account.
    let email = "frontdesk@other.test";
    for _ in 0..5 {
        let reply = sign_in_from(email, "not-the-password", &visitor_ip());
        refused_with(reply, 401, "bad_credentials");
    }
    // From a fresh address too: the lock is on the account, not the network.
    let locked = sign_in_from(email, "demo-password", &visitor_ip());
    let locked = refused_with(locked, 429, "sign_in_locked");
    assert!((1..=60).contains(&retry_after(&locked)));
    // Other accounts are untouched.
    sign_in_from("admin@other.test", "demo-password", &visitor_ip()).answered(201);
}

#[test]
fn unknown_emails_lock_exactly_like_real_ones() {
    let email = format!("nobody-{}@demo.test", uuid());
    for _ in 0..5 {
        refused_with(
            sign_in_from(&email, "guess", &visitor_ip()),
            401,
            "bad_credentials",
        );
    }
    // Case doesn't dodge the lock.
    let locked = sign_in_from(&email.to_uppercase(), "guess", &visitor_ip());
    refused_with(locked, 429, "sign_in_locked");
}

#[test]
fn a_good_sign_in_clears_the_accounts_failures() {
    let email = "clinician@demo.test";
    for round in 0..2 {
        for _ in 0..4 {
            let reply = sign_in_from(email, "wrong", &visitor_ip());
            assert_eq!(
                reply.expect_err("wrong password").status,
                401,
                "round {round}"
            );
        }
        let good = sign_in_from(email, "demo-password", &visitor_ip());
        assert!(good.is_ok_and(|good| good.status == 201), "round {round}");
    }
}

#[test]
fn an_address_that_keeps_failing_is_slowed_down_across_accounts() {
    let ip = visitor_ip();
    // Twenty failures go through; a slow machine may refill a token while they run, so
    // keep going (within reason) until the address is refused.
    let mut failures = 0;
    loop {
        let reply = sign_in_from(
            &format!("stuffing-{failures}-{}@demo.test", uuid()),
            "guess",
            &ip,
        );
        let refusal = reply.expect_err("an unknown email is refused");
        if refusal.status == 429 {
            assert_eq!(refusal.error.code, "too_many_sign_in_attempts");
            break;
        }
        assert_eq!(refusal.status, 401, "attempt {failures}");
        failures += 1;
        assert!(
            failures <= 25,
            "an address kept failing without being slowed down"
        );
    }
    assert!(failures >= 20, "refused after only {failures} failures");
    let slowed = sign_in_from("admin@demo.test", "demo-password", &ip);
    let slowed = refused_with(slowed, 429, "too_many_sign_in_attempts");
    assert!(retry_after(&slowed) >= 1);
    // The same account from another address is fine.
    sign_in_from("admin@demo.test", "demo-password", &visitor_ip()).answered(201);
}

#[test]
fn an_expired_session_is_refused() {
    let app = TestApp::new();
    // Seeded by `cargo xtask seed` with an expiry long past (dev-only).
    let token = "dev-only-expired-session-token-for-the-api-tests";
    let refused = app.me(token).refused(401);
    assert_eq!(refused.code, "session_expired");
    app.inbox(token, &[]).refused(401);
}

#[test]
fn signing_out_everywhere_ends_every_session_of_that_person_only() {
    let app = TestApp::new();
    // Only this test signs in as this fixture account.
    let laptop = app.dev_session("clinician@other.test").token;
    let phone = app.dev_session("clinician@other.test").token;
    let colleague = app.dev_session("admin@demo.test").token;
    let out = app.sign_out_everywhere(&phone).answered(200);
    assert!(out.body["sessions_ended"].as_u64() >= Some(2));
    assert!(out
        .header("set-cookie")
        .is_some_and(|c| c.contains("Max-Age=0")));
    for token in [&laptop, &phone] {
        let refused = app.me(token).refused(401);
        assert_eq!(refused.code, "session_expired");
    }
    app.me(&colleague).answered(200);
}
