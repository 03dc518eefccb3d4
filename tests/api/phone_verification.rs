//! Verifying a phone with a one-time code sent by SMS, against workerd and the provider
//! sandbox (which records the Messages API call the code goes out in): request, a wrong
//! code, expiry (the quick-codes fixture's codes live seconds), the lockout after five
//! tries, the resend limit, and the console's "verified (SMS)".

use frontdesk_protocol::{CodeRequest, CodeSent, VerificationMethod, VisitorIdentity};

use crate::app::{Called, Outcome, TestApp};
use crate::channels_sms::sent_to;
use crate::support::*;

/// The seed's fixture clinic whose codes live `QUICK_CODE_SECONDS`.
const QUICK_CLINIC: &str = "quick-codes";
const QUICK_CODE_SECONDS: u64 = 3;

/// A fresh number for this test, with the privacy canary's digits in it (the test run
/// checks the worker log for them).
pub(crate) fn phone() -> (String, String) {
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('3'))
        .take(3)
        .collect();
    // The canary is "555" and four digits: the number is +1 555 dddd ddd.
    let canary = phone_canary();
    let (area, rest) = canary.split_at(3);
    let typed = format!("+1 {area} {rest} {digits}");
    let e164 = format!("+1{canary}{digits}");
    (typed, e164)
}

fn ask(app: &TestApp, id: &str, token: &str, phone: &str) -> Called<CodeSent> {
    let request = CodeRequest {
        phone: phone.to_owned(),
    };
    app.ask_sms_code(id, token, &request)
}

/// The code in the last text the sandbox received for `e164`.
fn code_sent_to(e164: &str) -> String {
    let texts = eventually("the code's text message", || {
        let sent = sent_to(e164);
        (!sent.is_empty()).then_some(sent)
    });
    let (_, form) = texts.last().expect("a text");
    let body = form
        .iter()
        .find(|(k, _)| k == "Body")
        .map(|(_, v)| v.clone())
        .expect("Body");
    let code: String = body.chars().take(6).collect();
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{body}");
    remember_code(&code);
    code
}

pub(crate) fn a_wrong(code: &str) -> String {
    let flipped = (code.as_bytes()[0] - b'0' + 1) % 10;
    format!("{flipped}{}", &code[1..])
}

#[test]
fn a_visitor_verifies_a_phone_with_the_code_and_staff_see_it_verified() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let visitor = app.identified_visitor(&staff, VisitorIdentity::default());
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, e164) = phone();
    let sent = ask(&app, id, token, &typed).answered(202).body;
    assert_eq!(sent.expires_in_seconds, 600);
    let code = code_sent_to(&e164);
    let (_, form) = sent_to(&e164).pop().expect("text");
    let body = form
        .iter()
        .find(|(k, _)| k == "Body")
        .expect("Body")
        .1
        .clone();
    assert!(
        body.contains("verification code") && !body.contains(&canary()),
        "{body}"
    );
    // A wrong code first: refused, with the tries left.
    let wrong = app
        .check_code(id, token, "sms", &a_wrong(&code))
        .refused(422);
    assert_eq!(wrong.code, "wrong_code");
    assert!(wrong.message.contains("4 tries left"), "{wrong:?}");
    let malformed = app.check_code(id, token, "sms", "12ab56").refused(422);
    assert_eq!(malformed.code, "invalid_code");
    // The right one, typed with a space.
    let spaced = format!("{} {}", &code[..3], &code[3..]);
    let verified = app.check_code(id, token, "sms", &spaced).answered(200).body;
    assert_eq!(verified.visitor.phone.as_deref(), Some(e164.as_str()));
    assert_eq!(verified.verified.phone, Some(VerificationMethod::SmsCode));
    let row = app.inbox_row(&staff, id, &[]).expect("row");
    assert_eq!(
        row.verified.phone,
        Some(VerificationMethod::SmsCode),
        "{row:?}"
    );
    // A code works once.
    let again = app.check_code(id, token, "sms", &code).refused(404);
    assert_eq!(again.code, "no_code");
    // The patient's next conversation, verified the same way, links to this one.
    let next = app.identified_visitor(&staff, VisitorIdentity::default());
    ask(&app, next.id(), &next.token, &e164).answered(202);
    let next_code = code_sent_to(&e164);
    assert_ne!(next_code, "", "a second text");
    app.check_code(next.id(), &next.token, "sms", &next_code)
        .answered(200);
    assert_eq!(app.history_ids(&staff, next.id()), [id.to_owned()]);
}

#[test]
fn five_wrong_codes_lock_the_code_even_against_the_right_one() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, e164) = phone();
    ask(&app, id, token, &typed).answered(202);
    let code = code_sent_to(&e164);
    let wrong = a_wrong(&code);
    for left in (0..5).rev() {
        let refused = app.check_code(id, token, "sms", &wrong).refused(422);
        assert!(
            refused.message.contains(&format!("{left} tries left")),
            "{refused:?}"
        );
    }
    let locked = app.check_code(id, token, "sms", &code).refusal(429);
    assert_eq!(locked.error.code, "too_many_attempts");
    assert!(locked.header("retry-after").is_some());
}

#[test]
fn a_code_expires() {
    let app = TestApp::new();
    let visitor = app.new_visitor_in(QUICK_CLINIC);
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, e164) = phone();
    let sent = ask(&app, id, token, &typed).answered(202).body;
    assert_eq!(u64::from(sent.expires_in_seconds), QUICK_CODE_SECONDS);
    let code = code_sent_to(&e164);
    std::thread::sleep(std::time::Duration::from_secs(QUICK_CODE_SECONDS + 1));
    let expired = app.check_code(id, token, "sms", &code).refused(422);
    assert_eq!(expired.code, "code_expired");
}

#[test]
fn resends_are_limited_per_conversation_and_bad_numbers_refused() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let (typed, _) = phone();
    // Three back to back (a typo, a slow network), then the limit.
    for _ in 0..3 {
        ask(&app, id, token, &typed).answered(202);
    }
    let limited = ask(&app, id, token, &typed).refusal(429);
    assert_eq!(limited.error.code, "too_many_codes");
    assert!(limited.header("retry-after").is_some());
    let other = app.new_visitor();
    for bad in ["600 111 222", "+1 555", "call me", ""] {
        let refused = ask(&app, other.id(), &other.token, bad).refused(422);
        assert_eq!(refused.code, "invalid_phone", "{bad}");
    }
    app.check_code(other.id(), &other.token, "sms", "123456")
        .refused(404);
    // Another visitor's token can't ask for this conversation.
    ask(&app, id, &other.token, &typed).refused(403);
}
