//! Continuity after the visitor leaves (issue 20), against workerd and the provider
//! sandbox: the continuity fixture clinic checks a staff reply on a website conversation
//! seconds after it was sent; a visitor whose page is closed and whose phone is verified
//! gets one notice per burst of replies, without the replies' text, whose link opens the
//! conversation only after a fresh code to that phone. A stated phone gets nothing.

use frontdesk_protocol::VisitorIdentity;

use crate::app::{says, Outcome, TestApp};
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

/// Waits long enough for the fixture's delayed check to have run, and more.
fn after_the_check() {
    std::thread::sleep(std::time::Duration::from_secs(CONTINUITY_SECONDS + 6));
}

#[test]
fn an_unseen_reply_sends_one_notice_to_the_verified_phone_whose_link_opens_after_a_fresh_code() {
    let staff = sign_in(ADMIN);
    let app = TestApp::new();
    let opened_by = app.indexed_visitor_in(CLINIC, &staff, None);
    let (id, visitor) = (opened_by.id().to_owned(), opened_by.token.clone());
    let phone = e164();
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
    let read = app.notice_conversation(Some(&link)).refusal(401);
    assert_eq!(read.error.code, "notice_code_required");
    check(&document(), "GET", paths::notice_messages(), &read);
    assert!(read.json.get("messages").is_none());
    app.notice_send(Some(&link), &says("hello")).refused(401);

    // A fresh code to the verified phone; a wrong one is refused, the right one opens.
    let before = texts_to(&phone).len();
    let sent = app.ask_notice_code(&link).answered(202);
    check(&document(), "POST", paths::notice_code(), &sent);
    let fresh = code_texted(&phone, before);
    let wrong = app.check_notice_code(&link, &a_wrong(&fresh)).refusal(422);
    assert_eq!(wrong.error.code, "wrong_code");
    check(&document(), "POST", paths::notice_code_check(), &wrong);
    assert!(wrong.json.get("token").is_none());
    let opened = app.check_notice_code(&link, &fresh).answered(200);
    check(&document(), "POST", paths::notice_code_check(), &opened);
    let open = opened.body.token;
    assert!(open.starts_with("fdn_") && open != link);
    let read = app.notice_conversation(Some(&open)).answered(200);
    let shown = texts(&read.json);
    assert!(
        shown.contains(&first) && shown.contains(&second),
        "{shown:?}"
    );

    // The link worked once.
    // (Even the right code is refused at the check: the link is spent.)
    let again = [
        (
            paths::notice_messages(),
            app.notice_conversation(Some(&link)).refused(410),
        ),
        (
            paths::notice_code(),
            app.ask_notice_code(&link).refused(410),
        ),
        (
            paths::notice_code_check(),
            app.check_notice_code(&link, &fresh).refused(410),
        ),
    ];
    for (path, error) in again {
        assert_eq!(error.code, "notice_link_used", "{path}");
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
    let late = app.ask_notice_code(&next_link).refused(410);
    assert_eq!(late.code, "notice_link_expired");
}

#[test]
fn a_stated_phone_gets_no_notice() {
    let staff = sign_in(ADMIN);
    let phone = e164();
    let app = TestApp::new();
    let stating = VisitorIdentity {
        phone: Some(phone.clone()),
        ..VisitorIdentity::default()
    };
    let id = app
        .indexed_visitor_in(CLINIC, &staff, Some(stating))
        .id()
        .to_owned();
    let row = app.inbox_row(&staff, &id, &[]).expect("row");
    assert!(row.verified.phone.is_none(), "{row:?}");
    let reply = format!("Your prescription is ready. {}", canary());
    staff_reply(&staff, &id, &reply).answered(201);
    after_the_check();
    assert_eq!(texts_to(&phone), Vec::<String>::new());
}
