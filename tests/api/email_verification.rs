//! Verifying an email with a one-time code, against workerd and the provider sandbox
//! (which records the Postmark call the code goes out in): the same path as the SMS
//! code's (`phone_verification.rs`): request, a wrong code, expiry, the lockout after
//! five tries, the resend limit, a code for one channel not checked on the other, and
//! staff's "verified (email code)".

use frontdesk_protocol::{CodeSent, EmailCodeRequest, VerificationMethod, VisitorIdentity};

use crate::app::{Called, Outcome, TestApp};
use crate::mailbox::emails_to;
use crate::phone_verification::a_wrong;
use crate::support::*;

/// The seed's fixture clinic whose codes live three seconds.
const QUICK_CLINIC: &str = "quick-codes";

/// A fresh address with the email canary in it (`FRONTDESK_EMAIL_CANARY`; the test run
/// checks the worker log for it), as typed (mixed case) and as stored.
fn address() -> (String, String) {
    let canary =
        std::env::var("FRONTDESK_EMAIL_CANARY").unwrap_or_else(|_| "fd-mail-canary".into());
    let typed = format!("{canary}.{}@Lakeside.Example", &uuid()[..8]);
    let stored = typed.to_lowercase();
    (typed, stored)
}

fn ask(app: &TestApp, id: &str, token: &str, email: &str) -> Called<CodeSent> {
    let request = EmailCodeRequest {
        email: email.to_owned(),
    };
    app.ask_email_code(id, token, &request)
}

/// The code in the newest email the sandbox received for `address`.
fn code_emailed_to(address: &str, count: usize) -> String {
    let emails = eventually("the code's email", || {
        let sent = emails_to(address);
        (sent.len() >= count).then_some(sent)
    });
    let last = emails.last().expect("an email");
    let text = last["TextBody"].as_str().expect("TextBody");
    let code: String = text.chars().take(6).collect();
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{text}");
    remember_code(&code);
    code
}

#[test]
fn a_visitor_verifies_an_email_with_the_code_and_staff_see_it_verified() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let visitor = app.identified_visitor(&staff, VisitorIdentity::default());
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, stored) = address();
    let sent = ask(&app, id, token, &typed).answered(202).body;
    assert_eq!(sent.expires_in_seconds, 600);
    let code = code_emailed_to(&stored, 1);
    let email = emails_to(&stored).pop().expect("email");
    assert_eq!(email["Tag"], "verification-code");
    assert_eq!(email["TrackOpens"], false);
    let text = email["TextBody"].as_str().expect("TextBody");
    assert!(
        text.contains("verification code") && !text.contains(&canary()),
        "{text}"
    );
    // The SMS check knows nothing of an email code.
    app.check_code(id, token, "sms", &code).refused(404);
    // A wrong code first: refused, with the tries left.
    let wrong = app
        .check_code(id, token, "email", &a_wrong(&code))
        .refused(422);
    assert_eq!(wrong.code, "wrong_code");
    assert!(wrong.message.contains("4 tries left"), "{wrong:?}");
    let malformed = app.check_code(id, token, "email", "12ab56").refused(422);
    assert_eq!(malformed.code, "invalid_code");
    let dashed = format!("{}-{}", &code[..3], &code[3..]);
    let verified = app
        .check_code(id, token, "email", &dashed)
        .answered(200)
        .body;
    assert_eq!(verified.visitor.email.as_deref(), Some(stored.as_str()));
    assert_eq!(verified.verified.email, Some(VerificationMethod::EmailCode));
    let row = app.inbox_row(&staff, id, &[]).expect("row");
    assert_eq!(
        row.verified.email,
        Some(VerificationMethod::EmailCode),
        "{row:?}"
    );
    // A code works once.
    let again = app.check_code(id, token, "email", &code).refused(404);
    assert_eq!(again.code, "no_code");
    // The patient's next conversation, verified the same way, links to this one.
    let next = app.identified_visitor(&staff, VisitorIdentity::default());
    ask(&app, next.id(), &next.token, &stored).answered(202);
    let next_code = code_emailed_to(&stored, 2);
    app.check_code(next.id(), &next.token, "email", &next_code)
        .answered(200);
    assert_eq!(app.history_ids(&staff, next.id()), [id.to_owned()]);
}

#[test]
fn five_wrong_email_codes_lock_the_code_even_against_the_right_one() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, stored) = address();
    ask(&app, id, token, &typed).answered(202);
    let code = code_emailed_to(&stored, 1);
    let wrong = a_wrong(&code);
    for left in (0..5).rev() {
        let refused = app.check_code(id, token, "email", &wrong).refused(422);
        assert!(
            refused.message.contains(&format!("{left} tries left")),
            "{refused:?}"
        );
    }
    let locked = app.check_code(id, token, "email", &code).refusal(429);
    assert_eq!(locked.error.code, "too_many_attempts");
    assert!(locked.header("retry-after").is_some());
}

#[test]
fn an_email_code_expires() {
    let app = TestApp::new();
    let visitor = app.new_visitor_in(QUICK_CLINIC);
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, stored) = address();
    let sent = ask(&app, id, token, &typed).answered(202).body;
    assert_eq!(sent.expires_in_seconds, 3);
    let code = code_emailed_to(&stored, 1);
    std::thread::sleep(std::time::Duration::from_secs(4));
    let expired = app.check_code(id, token, "email", &code).refused(422);
    assert_eq!(expired.code, "code_expired");
}

#[test]
fn email_resends_are_limited_and_bad_addresses_refused() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, _) = address();
    for _ in 0..3 {
        ask(&app, id, token, &typed).answered(202);
    }
    let limited = ask(&app, id, token, &typed).refusal(429);
    assert_eq!(limited.error.code, "too_many_codes");
    assert!(limited.header("retry-after").is_some());
    let other = app.new_visitor();
    for bad in [
        "ana",
        "ana@example",
        "Ana <ana@example.org>",
        "ana@example.org, eve@example.org",
        "",
    ] {
        let refused = ask(&app, other.id(), &other.token, bad).refused(422);
        assert_eq!(refused.code, "invalid_email", "{bad}");
    }
    app.check_code(other.id(), &other.token, "email", "123456")
        .refused(404);
    // The provider refusing the address (an inactive recipient) is a clear 422.
    let bounced = ask(&app, other.id(), &other.token, "bounced@sandbox.test").refused(422);
    assert_eq!(bounced.code, "email_refused");
    ask(&app, id, &other.token, &typed).refused(403);
}
