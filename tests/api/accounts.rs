//! Sign-in hardening: failed attempts lock an account and slow an address down, without
//! telling anyone which emails exist.

use crate::support::*;

fn retry_after(reply: &Reply) -> u32 {
    reply
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After")
}

#[test]
fn five_failures_lock_the_account_even_against_the_right_password() {
    // Only this test signs in as this fixture account.
    let email = "frontdesk@other.test";
    for _ in 0..5 {
        let reply = sign_in_from(email, "not-the-password", &visitor_ip());
        assert_eq!(reply.status, 401, "{:?}", reply.body);
        assert_eq!(reply.error_code(), "bad_credentials");
    }
    // From a fresh address too: the lock is on the account, not the network.
    let locked = sign_in_from(email, "demo-password", &visitor_ip());
    assert_eq!(locked.status, 429, "{:?}", locked.body);
    assert_eq!(locked.error_code(), "sign_in_locked");
    assert!((1..=60).contains(&retry_after(&locked)));
    // Other accounts are untouched.
    let other = sign_in_from("admin@other.test", "demo-password", &visitor_ip());
    assert_eq!(other.status, 201, "{:?}", other.body);
}

#[test]
fn unknown_emails_lock_exactly_like_real_ones() {
    let email = format!("nobody-{}@demo.test", uuid());
    for _ in 0..5 {
        let reply = sign_in_from(&email, "guess", &visitor_ip());
        assert_eq!(reply.status, 401);
        assert_eq!(reply.error_code(), "bad_credentials");
    }
    let locked = sign_in_from(&email.to_uppercase(), "guess", &visitor_ip());
    assert_eq!(locked.status, 429, "case doesn't dodge the lock");
    assert_eq!(locked.error_code(), "sign_in_locked");
}

#[test]
fn a_good_sign_in_clears_the_accounts_failures() {
    let email = "clinician@demo.test";
    for round in 0..2 {
        for _ in 0..4 {
            let reply = sign_in_from(email, "wrong", &visitor_ip());
            assert_eq!(reply.status, 401, "round {round}");
        }
        let good = sign_in_from(email, "demo-password", &visitor_ip());
        assert_eq!(good.status, 201, "round {round}: {:?}", good.body);
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
        if reply.status == 429 {
            assert_eq!(reply.error_code(), "too_many_sign_in_attempts");
            break;
        }
        assert_eq!(reply.status, 401, "attempt {failures}");
        failures += 1;
        assert!(
            failures <= 25,
            "an address kept failing without being slowed down"
        );
    }
    assert!(failures >= 20, "refused after only {failures} failures");
    let slowed = sign_in_from("admin@demo.test", "demo-password", &ip);
    assert_eq!(slowed.status, 429, "{:?}", slowed.body);
    assert_eq!(slowed.error_code(), "too_many_sign_in_attempts");
    assert!(retry_after(&slowed) >= 1);
    // The same account from another address is fine.
    let elsewhere = sign_in_from("admin@demo.test", "demo-password", &visitor_ip());
    assert_eq!(elsewhere.status, 201, "{:?}", elsewhere.body);
}

#[test]
fn an_expired_session_is_refused() {
    // Seeded by `cargo xtask seed` with an expiry long past (dev-only).
    let token = "dev-only-expired-session-token-for-the-api-tests";
    let reply = get("/v1/staff/me", Some(token));
    assert_eq!(reply.status, 401, "{:?}", reply.body);
    assert_eq!(reply.error_code(), "session_expired");
    assert_eq!(get("/v1/staff/inbox", Some(token)).status, 401);
}

#[test]
fn signing_out_everywhere_ends_every_session_of_that_person_only() {
    // Only this test signs in as this fixture account.
    let laptop = sign_in("clinician@other.test");
    let phone = sign_in("clinician@other.test");
    let colleague = sign_in("admin@demo.test");
    let out = request("DELETE", "/v1/staff/sessions", Some(&phone), &[], None);
    assert_eq!(out.status, 200, "{:?}", out.body);
    assert!(out.body["sessions_ended"].as_u64() >= Some(2));
    assert!(out
        .header("set-cookie")
        .is_some_and(|c| c.contains("Max-Age=0")));
    for token in [&laptop, &phone] {
        let refused = get("/v1/staff/me", Some(token));
        assert_eq!(refused.status, 401);
        assert_eq!(refused.error_code(), "session_expired");
    }
    assert_eq!(get("/v1/staff/me", Some(&colleague)).status, 200);
}
