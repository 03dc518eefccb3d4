//! Sign-in attempts are taken before the password is checked, so parallel guesses can't
//! race the lockout, and IPv6 callers are counted by their /64.

use frontdesk_protocol::StaffSession;

use crate::app::{Called, Outcome, TestApp};
use crate::support::*;

/// A sign-in attempt from the address `ip`.
fn sign_in_from(email: &str, password: &str, ip: &str) -> Called<StaffSession> {
    TestApp::new().attempt_sign_in(email, password, ip)
}

#[test]
fn twelve_parallel_guesses_check_at_most_five_passwords() {
    let email = format!("race-{}@demo.test", uuid());
    let replies: Vec<Called<StaffSession>> = std::thread::scope(|scope| {
        let attempts: Vec<_> = (0..12)
            .map(|_| {
                let email = email.as_str();
                scope.spawn(move || sign_in_from(email, "a wrong guess", &visitor_ip()))
            })
            .collect();
        attempts
            .into_iter()
            .map(|attempt| attempt.join().expect("attempt"))
            .collect()
    });
    let checked = replies.iter().filter(|r| r.status() == 401).count();
    let locked = replies
        .iter()
        .filter(|r| r.status() == 429 && r.code() == Some("sign_in_locked"))
        .count();
    let statuses: Vec<u16> = replies.iter().map(Outcome::status).collect();
    assert!(checked <= 5, "{checked} passwords checked: {statuses:?}");
    assert_eq!(checked + locked, 12, "{statuses:?}");
}

/// An address in the documentation range 2001:db8::/32, inside the /64 `prefix`.
fn ipv6_in(prefix: &str) -> String {
    let hex = uuid().replace('-', "");
    format!(
        "{prefix}:{}:{}:{}:{}",
        &hex[0..4],
        &hex[4..8],
        &hex[8..12],
        &hex[12..16]
    )
}

#[test]
fn an_ipv6_caller_rotating_inside_its_64_is_one_address() {
    let hex = uuid().replace('-', "");
    let prefix = format!("2001:db8:{}:{}", &hex[0..4], &hex[4..8]);
    let mut failures = 0;
    loop {
        let reply = sign_in_from(
            &format!("rotating-{failures}-{}@demo.test", uuid()),
            "guess",
            &ipv6_in(&prefix),
        );
        if reply.status() == 429 {
            assert_eq!(reply.code(), Some("too_many_sign_in_attempts"));
            break;
        }
        assert_eq!(reply.status(), 401, "attempt {failures}: {reply:?}");
        failures += 1;
        assert!(
            failures <= 25,
            "a caller rotating inside one /64 was never slowed down"
        );
    }
    assert!(failures >= 20, "refused after only {failures} failures");
    // Another /64 is another caller.
    let elsewhere = sign_in_from(
        "admin@demo.test",
        "demo-password",
        &ipv6_in(&format!("2001:db8:{}:{}", &hex[8..12], &hex[12..16])),
    );
    assert_eq!(elsewhere.status(), 201, "{elsewhere:?}");
}
