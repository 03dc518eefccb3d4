//! Verifying a phone with a one-time code sent by SMS, against workerd and the provider
//! sandbox (which records the Messages API call the code goes out in): request, a wrong
//! code, expiry (the quick-codes fixture's codes live seconds), the lockout after five
//! tries, the resend limit, and the console's "verified (SMS)".

use serde_json::json;

use crate::channels_sms::sent_to;
use crate::paths;
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

/// Asks for a code on `channel` (`sms`, `email`) from a made-up visitor address of its
/// own, so the suite's code requests don't share one address's limit (the
/// per-conversation one is under test).
pub(crate) fn ask_code(id: &str, token: &str, channel: &str, body: &serde_json::Value) -> Reply {
    let bytes = serde_json::to_vec(body).expect("json");
    request(
        "POST",
        &paths::verification(id, channel),
        Some(token),
        &[
            ("Content-Type", "application/json"),
            ("CF-Connecting-IP", &visitor_ip()),
        ],
        Some(&bytes),
    )
}

/// Types a code into `channel`'s check.
pub(crate) fn check_code(id: &str, token: &str, channel: &str, code: &str) -> Reply {
    post(
        &paths::verification_check(id, channel),
        Some(token),
        &json!({ "code": code }),
    )
}

fn ask(id: &str, token: &str, phone: &str) -> Reply {
    ask_code(id, token, "sms", &json!({ "phone": phone }))
}

fn try_code(id: &str, token: &str, code: &str) -> Reply {
    check_code(id, token, "sms", code)
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
    let staff = sign_in("admin@demo.test");
    let (id, token) = identified_conversation(&staff, json!({}));
    let (typed, e164) = phone();
    let sent = ask(&id, &token, &typed);
    assert_eq!(sent.status, 202, "{:?}", sent.body);
    assert_eq!(sent.body["expires_in_seconds"], 600);
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
    let wrong = try_code(&id, &token, &a_wrong(&code));
    assert_eq!(wrong.status, 422, "{:?}", wrong.body);
    assert_eq!(wrong.error_code(), "wrong_code");
    assert!(wrong.body["error"]["message"]
        .as_str()
        .unwrap_or("")
        .contains("4 tries left"));
    let malformed = try_code(&id, &token, "12ab56");
    assert_eq!(malformed.status, 422, "{:?}", malformed.body);
    assert_eq!(malformed.error_code(), "invalid_code");
    // The right one, typed with a space.
    let verified = try_code(&id, &token, &format!("{} {}", &code[..3], &code[3..]));
    assert_eq!(verified.status, 200, "{:?}", verified.body);
    assert_eq!(verified.body["phone"], e164.as_str());
    assert_eq!(verified.body["verified"]["phone"], "sms_code");
    let row = inbox_row(&staff, &id, "").expect("row");
    assert_eq!(row["verified"]["phone"], "sms_code", "{row:?}");
    // A code works once.
    let again = try_code(&id, &token, &code);
    assert_eq!(again.status, 404, "{:?}", again.body);
    assert_eq!(again.error_code(), "no_code");
    // The patient's next conversation, verified the same way, links to this one.
    let (next, next_token) = identified_conversation(&staff, json!({}));
    assert_eq!(ask(&next, &next_token, &e164).status, 202);
    let next_code = code_sent_to(&e164);
    assert_ne!(next_code, "", "a second text");
    let linked = try_code(&next, &next_token, &next_code);
    assert_eq!(linked.status, 200, "{:?}", linked.body);
    let history = get(&paths::staff_history(&next), Some(&staff));
    let ids: Vec<&str> = history.body["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .filter_map(|c| c["conversation_id"].as_str())
        .collect();
    assert_eq!(ids, [id.as_str()]);
}

#[test]
fn five_wrong_codes_lock_the_code_even_against_the_right_one() {
    let (id, token) = new_conversation();
    let (typed, e164) = phone();
    assert_eq!(ask(&id, &token, &typed).status, 202);
    let code = code_sent_to(&e164);
    let wrong = a_wrong(&code);
    for left in (0..5).rev() {
        let reply = try_code(&id, &token, &wrong);
        assert_eq!(reply.status, 422, "{:?}", reply.body);
        assert!(
            reply.body["error"]["message"]
                .as_str()
                .unwrap_or("")
                .contains(&format!("{left} tries left")),
            "{:?}",
            reply.body
        );
    }
    let locked = try_code(&id, &token, &code);
    assert_eq!(locked.status, 429, "{:?}", locked.body);
    assert_eq!(locked.error_code(), "too_many_attempts");
    assert!(locked.header("retry-after").is_some());
}

#[test]
fn a_code_expires() {
    let (id, token) = new_conversation_in(QUICK_CLINIC);
    let (typed, e164) = phone();
    let sent = ask(&id, &token, &typed);
    assert_eq!(sent.status, 202, "{:?}", sent.body);
    assert_eq!(sent.body["expires_in_seconds"], QUICK_CODE_SECONDS);
    let code = code_sent_to(&e164);
    std::thread::sleep(std::time::Duration::from_secs(QUICK_CODE_SECONDS + 1));
    let expired = try_code(&id, &token, &code);
    assert_eq!(expired.status, 422, "{:?}", expired.body);
    assert_eq!(expired.error_code(), "code_expired");
}

#[test]
fn resends_are_limited_per_conversation_and_bad_numbers_refused() {
    let (id, token) = new_conversation();
    let (typed, _) = phone();
    // Three back to back (a typo, a slow network), then the limit.
    for _ in 0..3 {
        let sent = ask(&id, &token, &typed);
        assert_eq!(sent.status, 202, "{:?}", sent.body);
    }
    let limited = ask(&id, &token, &typed);
    assert_eq!(limited.status, 429, "{:?}", limited.body);
    assert_eq!(limited.error_code(), "too_many_codes");
    assert!(limited.header("retry-after").is_some());
    let (other, other_token) = new_conversation();
    for bad in ["600 111 222", "+1 555", "call me", ""] {
        let refused = ask(&other, &other_token, bad);
        assert_eq!(refused.status, 422, "{bad}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "invalid_phone");
    }
    let none = try_code(&other, &other_token, "123456");
    assert_eq!(none.status, 404, "{:?}", none.body);
    // Another visitor's token can't ask for this conversation.
    let foreign = ask(&id, &other_token, &typed);
    assert_eq!(foreign.status, 403, "{:?}", foreign.body);
}
