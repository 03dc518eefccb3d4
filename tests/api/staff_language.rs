//! The console language kept with a staff account: set through `PUT /v1/staff/me/language`,
//! handed back with the profile and at every sign-in (with the clinic's time zone), and
//! only one of the console's languages.

use frontdesk_protocol::{Lang, SetLanguageRequest, StaffLoginRequest};
use serde_json::{json, Value};

use crate::app::{Outcome, TestApp};
use crate::paths;
use crate::support::*;

fn language(language: Option<Lang>) -> SetLanguageRequest {
    SetLanguageRequest { language }
}

/// A language request no wire type can hold, sent by hand: the raw reply.
fn set_language_raw(token: &str, body: &[u8]) -> Reply {
    TestApp::new().send_forged(
        "PUT",
        paths::staff_language(),
        Some(token),
        &[("Content-Type", "application/json")],
        Some(body),
    )
}

#[test]
fn a_chosen_language_comes_back_at_every_sign_in() {
    let app = TestApp::new();
    let password = "language test password";
    let (email, token, _) = invited_staff("front-desk", &["front-desk"], password);
    assert_eq!(app.me(&token).answered(200).body.language, None);

    let set = app
        .set_language(Some(&token), &language(Some(Lang::Es)))
        .answered(200)
        .body;
    assert_eq!(set.language, Some(Lang::Es));
    assert_eq!(set.email, email);
    assert_eq!(app.me(&token).answered(200).body.language, Some(Lang::Es));

    // Another device: the sign-in answer carries the language and the clinic's zone.
    let login = StaffLoginRequest {
        email: email.clone(),
        password: password.into(),
    };
    let session = app.sign_in_from(&login, &visitor_ip()).answered(201).body;
    assert_eq!(session.staff.language, Some(Lang::Es));
    assert_eq!(session.time_zone.as_deref(), Some("Europe/Berlin"));

    // null forgets the choice.
    let cleared = app
        .set_language(Some(&token), &language(None))
        .answered(200);
    assert_eq!(cleared.json["language"], Value::Null);
    assert_eq!(app.me(&token).answered(200).body.language, None);
}

#[test]
fn only_the_consoles_languages_are_taken() {
    let app = TestApp::new();
    let (_, token, _) = invited_staff("clinician", &["clinical"], "language test password");
    app.set_language(Some(&token), &language(Some(Lang::De)))
        .answered(200);
    for bad in [
        json!("xx"),
        json!("de-AT"),
        json!("DE"),
        json!(""),
        json!(7),
        json!(["de"]),
    ] {
        let body = serde_json::to_vec(&json!({ "language": bad })).expect("json");
        let refused = set_language_raw(&token, &body);
        assert_eq!(refused.status, 422, "{bad}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "invalid_field", "{bad}");
    }
    let not_json = set_language_raw(&token, b"{\"language\":");
    assert_eq!(not_json.status, 400, "{:?}", not_json.body);
    not_json.error_code();
    // Nothing refused changed the stored choice.
    assert_eq!(app.me(&token).answered(200).body.language, Some(Lang::De));

    let anonymous = app
        .set_language(None, &language(Some(Lang::Fr)))
        .refused(401);
    assert!(!anonymous.code.is_empty());
}
