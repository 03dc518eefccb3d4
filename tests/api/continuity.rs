//! Continuity after the visitor leaves (issue 20), against workerd and the provider
//! sandbox: the continuity fixture clinic checks a staff reply on a website conversation
//! seconds after it was sent; a visitor whose page is closed and whose phone is verified
//! gets one notice per burst of replies, without the replies' text, whose link opens the
//! conversation only after a fresh code to that phone. A stated phone gets nothing.

use serde_json::{json, Value};

use crate::app::{Outcome, TestApp};
use crate::channels_notice::{texts, token_in};
use crate::channels_sms::{field, sent_to, staff_reply};
use crate::openapi::{check, document};
use crate::paths;
use crate::phone_verification::{a_wrong, phone as fresh_phone};
use crate::support::*;

const CLINIC: &str = "continuity";
const ADMIN: &str = "admin@continuity.test";
/// The fixture's wait after a reply and its links' lifetime (xtask's seed,
/// `CONTINUITY_SECONDS`, `CONTINUITY_LINK_SECONDS`).
const CONTINUITY_SECONDS: u64 = 2;
const LINK_SECONDS: u64 = 30;

/// A fresh number carrying the log canary's digits (the test run checks the worker log
/// for them), in E.164.
fn e164() -> String {
    fresh_phone().1
}

/// The bodies of every text the sandbox's Twilio received for `to`, oldest first.
fn texts_to(to: &str) -> Vec<String> {
    sent_to(to)
        .into_iter()
        .filter_map(|(_, form)| field(&form, "Body").map(str::to_owned))
        .collect()
}

/// The newest code texted to `to` after the first `before` texts.
fn code_texted(to: &str, before: usize) -> String {
    let code = eventually("a code at Twilio", || {
        texts_to(to)
            .into_iter()
            .skip(before)
            .rfind(|body| body.contains("verification code"))
    })
    .chars()
    .take(6)
    .collect::<String>();
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{code}");
    remember_code(&code);
    code
}

/// The notices (texts with a link) `to` received.
fn notices_to(to: &str) -> Vec<String> {
    texts_to(to)
        .into_iter()
        .filter(|body| body.contains("/notice/#"))
        .collect()
}

/// A call with a notice link's secret as its bearer, from a visitor address of its own
/// (the code limits count per address).
fn with_link(method: &str, path: &str, token: &str, body: Option<&Value>) -> Reply {
    let bytes = body.map(|body| serde_json::to_vec(body).expect("json"));
    request(
        method,
        path,
        Some(token),
        &[
            ("Content-Type", "application/json"),
            ("CF-Connecting-IP", &visitor_ip()),
        ],
        bytes.as_deref(),
    )
}

/// Waits long enough for the fixture's delayed check to have run, and more.
fn after_the_check() {
    std::thread::sleep(std::time::Duration::from_secs(CONTINUITY_SECONDS + 6));
}

#[test]
fn an_unseen_reply_sends_one_notice_to_the_verified_phone_whose_link_opens_after_a_fresh_code() {
    let staff = sign_in(ADMIN);
    let (id, visitor) = indexed_conversation(&staff, &create_with_visitor(CLINIC, None));
    let phone = e164();
    let app = TestApp::new();
    let asked = frontdesk_protocol::CodeRequest {
        phone: phone.clone(),
    };
    app.ask_sms_code(&id, &visitor, &asked).answered(202);
    let code = code_texted(&phone, 0);
    app.check_code(&id, &visitor, "sms", &code).answered(200);

    // A burst of two replies while the visitor's page is closed (no socket here).
    let first = format!("Your results are back and normal. {}", canary());
    let second = format!("No need to come in. {}", canary());
    staff_reply(&staff, &id, &first).answered(201);
    staff_reply(&staff, &id, &second).answered(201);
    let notice = eventually("the notice at Twilio", || notices_to(&phone).pop());
    assert!(
        notice.starts_with("You have a new message from Continuity Test Clinic (test fixture): "),
        "{notice}"
    );
    assert!(
        notice.contains(&format!("{}/notice/#fdn_", base_url())),
        "on the Frontdesk origin: {notice}"
    );
    after_the_check();
    assert_eq!(notices_to(&phone).len(), 1, "one notice for the burst");
    for body in texts_to(&phone) {
        assert!(
            !body.contains(&first) && !body.contains(&second) && !body.contains(&canary()),
            "no message text by SMS: {body}"
        );
    }
    let link = token_in(&notice).expect("a link");

    // The link alone shows nothing.
    let read = with_link("GET", paths::notice_messages(), &link, None);
    assert_eq!(read.status, 401, "{:?}", read.body);
    assert_eq!(read.error_code(), "notice_code_required");
    check(&document(), "GET", paths::notice_messages(), &read);
    assert!(read.body.get("messages").is_none());
    let answer = post(
        paths::notice_messages(),
        Some(&link),
        &json!({"client_msg_id": uuid(), "text": "hello"}),
    );
    assert_eq!(answer.status, 401, "{:?}", answer.body);

    // A fresh code to the verified phone; a wrong one is refused, the right one opens.
    let before = texts_to(&phone).len();
    let sent = with_link("POST", paths::notice_code(), &link, None);
    assert_eq!(sent.status, 202, "{:?}", sent.body);
    check(&document(), "POST", paths::notice_code(), &sent);
    let fresh = code_texted(&phone, before);
    let wrong = with_link(
        "POST",
        paths::notice_code_check(),
        &link,
        Some(&json!({ "code": a_wrong(&fresh) })),
    );
    assert_eq!(wrong.status, 422, "{:?}", wrong.body);
    assert_eq!(wrong.error_code(), "wrong_code");
    check(&document(), "POST", paths::notice_code_check(), &wrong);
    assert!(wrong.body.get("token").is_none());
    let opened = with_link(
        "POST",
        paths::notice_code_check(),
        &link,
        Some(&json!({ "code": fresh })),
    );
    assert_eq!(opened.status, 200, "{:?}", opened.body);
    check(&document(), "POST", paths::notice_code_check(), &opened);
    let open = opened.body["token"].as_str().expect("token").to_owned();
    assert!(open.starts_with("fdn_") && open != link);
    let read = with_link("GET", paths::notice_messages(), &open, None);
    assert_eq!(read.status, 200, "{:?}", read.body);
    let shown = texts(&read.body);
    assert!(
        shown.contains(&first) && shown.contains(&second),
        "{shown:?}"
    );

    // The link worked once.
    for (method, path) in [
        ("GET", paths::notice_messages()),
        ("POST", paths::notice_code()),
        ("POST", paths::notice_code_check()),
    ] {
        let again = with_link(method, path, &link, None);
        assert_eq!(again.status, 410, "{path}: {:?}", again.body);
        assert_eq!(again.error_code(), "notice_link_used");
    }

    // Opened, the visitor is caught up: the next reply is a new burst, with a new link,
    // which expires unused.
    let third = format!("One more thing: bring your card. {}", canary());
    staff_reply(&staff, &id, &third).answered(201);
    let next = eventually("a second notice", || {
        let notices = notices_to(&phone);
        (notices.len() == 2).then(|| notices[1].clone())
    });
    let next_link = token_in(&next).expect("a link");
    assert_ne!(next_link, link);
    std::thread::sleep(std::time::Duration::from_secs(LINK_SECONDS + 1));
    let late = with_link("POST", paths::notice_code(), &next_link, None);
    assert_eq!(late.status, 410, "{:?}", late.body);
    assert_eq!(late.error_code(), "notice_link_expired");
}

#[test]
fn a_stated_phone_gets_no_notice() {
    let staff = sign_in(ADMIN);
    let phone = e164();
    let (id, _) = indexed_conversation(
        &staff,
        &create_with_visitor(CLINIC, Some(json!({ "phone": phone }))),
    );
    let row = inbox_row(&staff, &id, "").expect("row");
    assert!(row["verified"].get("phone").is_none(), "{row:?}");
    let reply = format!("Your prescription is ready. {}", canary());
    staff_reply(&staff, &id, &reply).answered(201);
    after_the_check();
    assert_eq!(texts_to(&phone), Vec::<String>::new());
}
