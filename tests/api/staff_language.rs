//! The console language kept with a staff account: set through `PUT /v1/staff/me/language`,
//! handed back with the profile and at every sign-in (with the clinic's time zone), and
//! only one of the console's languages.

use serde_json::{json, Value};

use crate::paths;
use crate::support::*;

fn set_language(token: Option<&str>, body: &Value) -> Reply {
    let bytes = serde_json::to_vec(body).expect("json");
    request(
        "PUT",
        paths::staff_language(),
        token,
        &[("Content-Type", "application/json")],
        Some(&bytes),
    )
}

#[test]
fn a_chosen_language_comes_back_at_every_sign_in() {
    let password = "language test password";
    let (email, token, _) = invited_staff("front-desk", &["front-desk"], password);
    assert_eq!(
        get(paths::staff_me(), Some(&token)).body["language"],
        Value::Null
    );

    let set = set_language(Some(&token), &json!({"language": "es"}));
    assert_eq!(set.status, 200, "{:?}", set.body);
    assert_eq!(set.body["language"], "es");
    assert_eq!(set.body["email"], email.as_str());
    assert_eq!(get(paths::staff_me(), Some(&token)).body["language"], "es");

    // Another device: the sign-in answer carries the language and the clinic's zone.
    let session = sign_in_from(&email, password, &visitor_ip());
    assert_eq!(session.status, 201, "{:?}", session.body);
    assert_eq!(session.body["staff"]["language"], "es");
    assert_eq!(session.body["time_zone"], "Europe/Berlin");

    // null forgets the choice.
    let cleared = set_language(Some(&token), &json!({"language": null}));
    assert_eq!(cleared.status, 200, "{:?}", cleared.body);
    assert_eq!(
        get(paths::staff_me(), Some(&token)).body["language"],
        Value::Null
    );
}

#[test]
fn only_the_consoles_languages_are_taken() {
    let (_, token, _) = invited_staff("clinician", &["clinical"], "language test password");
    assert_eq!(
        set_language(Some(&token), &json!({"language": "de"})).status,
        200
    );
    for bad in [
        json!("xx"),
        json!("de-AT"),
        json!("DE"),
        json!(""),
        json!(7),
        json!(["de"]),
    ] {
        let refused = set_language(Some(&token), &json!({ "language": bad }));
        assert_eq!(refused.status, 422, "{bad}: {:?}", refused.body);
        assert_eq!(refused.error_code(), "invalid_field", "{bad}");
    }
    let not_json = request(
        "PUT",
        paths::staff_language(),
        Some(&token),
        &[("Content-Type", "application/json")],
        Some(b"{\"language\":"),
    );
    assert_eq!(not_json.status, 400, "{:?}", not_json.body);
    not_json.error_code();
    // Nothing refused changed the stored choice.
    assert_eq!(get(paths::staff_me(), Some(&token)).body["language"], "de");

    let anonymous = set_language(None, &json!({"language": "fr"}));
    assert_eq!(anonymous.status, 401, "{:?}", anonymous.body);
    anonymous.error_code();
}
