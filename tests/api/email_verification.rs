//! Verifying an email with a one-time code, against workerd and the provider sandbox
//! (which records the Postmark call the code goes out in): the same path as the SMS
//! code's (`phone_verification.rs`): request, a wrong code, expiry, the lockout after
//! five tries, the resend limit, a code for one channel not checked on the other, and
//! staff's "verified (email code)".

use serde_json::json;

use crate::mailbox::emails_to;
use crate::phone_verification::{a_wrong, ask_code, check_code};
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

fn ask(id: &str, token: &str, email: &str) -> Reply {
    ask_code(id, token, "email", &json!({ "email": email }))
}

fn try_code(id: &str, token: &str, code: &str) -> Reply {
    check_code(id, token, "email", code)
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
    let staff = sign_in("admin@demo.test");
    let (id, token) = identified_conversation(&staff, json!({}));
    let (typed, stored) = address();
    let sent = ask(&id, &token, &typed);
    assert_eq!(sent.status, 202, "{:?}", sent.body);
    assert_eq!(sent.body["expires_in_seconds"], 600);
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
    let crossed = check_code(&id, &token, "sms", &code);
    assert_eq!(crossed.status, 404, "{:?}", crossed.body);
    // A wrong code first: refused, with the tries left.
    let wrong = try_code(&id, &token, &a_wrong(&code));
    assert_eq!((wrong.status, wrong.error_code()), (422, "wrong_code"));
    assert!(wrong.body["error"]["message"]
        .as_str()
        .unwrap_or("")
        .contains("4 tries left"));
    let malformed = try_code(&id, &token, "12ab56");
    assert_eq!(
        (malformed.status, malformed.error_code()),
        (422, "invalid_code")
    );
    let verified = try_code(&id, &token, &format!("{}-{}", &code[..3], &code[3..]));
    assert_eq!(verified.status, 200, "{:?}", verified.body);
    assert_eq!(verified.body["email"], stored.as_str());
    assert_eq!(verified.body["verified"]["email"], "email_code");
    let row = inbox_row(&staff, &id, "").expect("row");
    assert_eq!(row["verified"]["email"], "email_code", "{row:?}");
    // A code works once.
    let again = try_code(&id, &token, &code);
    assert_eq!((again.status, again.error_code()), (404, "no_code"));
    // The patient's next conversation, verified the same way, links to this one.
    let (next, next_token) = identified_conversation(&staff, json!({}));
    assert_eq!(ask(&next, &next_token, &stored).status, 202);
    let next_code = code_emailed_to(&stored, 2);
    let linked = try_code(&next, &next_token, &next_code);
    assert_eq!(linked.status, 200, "{:?}", linked.body);
    assert_eq!(history_ids(&staff, &next), std::slice::from_ref(&id));
}

#[test]
fn five_wrong_email_codes_lock_the_code_even_against_the_right_one() {
    let (id, token) = new_conversation();
    let (typed, stored) = address();
    assert_eq!(ask(&id, &token, &typed).status, 202);
    let code = code_emailed_to(&stored, 1);
    let wrong = a_wrong(&code);
    for left in (0..5).rev() {
        let reply = try_code(&id, &token, &wrong);
        assert_eq!(reply.status, 422, "{:?}", reply.body);
        assert!(reply.body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains(&format!("{left} tries left")));
    }
    let locked = try_code(&id, &token, &code);
    assert_eq!(
        (locked.status, locked.error_code()),
        (429, "too_many_attempts")
    );
    assert!(locked.header("retry-after").is_some());
}

#[test]
fn an_email_code_expires() {
    let (id, token) = new_conversation_in(QUICK_CLINIC);
    let (typed, stored) = address();
    let sent = ask(&id, &token, &typed);
    assert_eq!(sent.status, 202, "{:?}", sent.body);
    assert_eq!(sent.body["expires_in_seconds"], 3);
    let code = code_emailed_to(&stored, 1);
    std::thread::sleep(std::time::Duration::from_secs(4));
    let expired = try_code(&id, &token, &code);
    assert_eq!(
        (expired.status, expired.error_code()),
        (422, "code_expired")
    );
}

#[test]
fn email_resends_are_limited_and_bad_addresses_refused() {
    let (id, token) = new_conversation();
    let (typed, _) = address();
    for _ in 0..3 {
        let sent = ask(&id, &token, &typed);
        assert_eq!(sent.status, 202, "{:?}", sent.body);
    }
    let limited = ask(&id, &token, &typed);
    assert_eq!(
        (limited.status, limited.error_code()),
        (429, "too_many_codes")
    );
    assert!(limited.header("retry-after").is_some());
    let (other, other_token) = new_conversation();
    for bad in [
        "ana",
        "ana@example",
        "Ana <ana@example.org>",
        "ana@example.org, eve@example.org",
        "",
    ] {
        let refused = ask(&other, &other_token, bad);
        assert_eq!(refused.status, 422, "{bad}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "invalid_email");
    }
    let none = try_code(&other, &other_token, "123456");
    assert_eq!(none.status, 404, "{:?}", none.body);
    // The provider refusing the address (an inactive recipient) is a clear 422.
    let bounced = ask(&other, &other_token, "bounced@sandbox.test");
    assert_eq!(
        (bounced.status, bounced.error_code()),
        (422, "email_refused")
    );
    let foreign = ask(&id, &other_token, &typed);
    assert_eq!(foreign.status, 403, "{:?}", foreign.body);
}
