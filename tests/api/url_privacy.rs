//! Patient data and credentials stay out of URLs, which end up in Workers logs: staff
//! search takes its terms in a POST body, and sockets take tokens only in the
//! subprotocol (or the console's cookie), never `?token=`.

use crate::paths;
use crate::support::*;

#[test]
fn search_terms_in_a_url_are_refused_and_a_body_search_finds_the_patient() {
    let staff = sign_in_every_team("clinician");
    let name = format!("Quill{}", &uuid()[..6]);
    let (id, _) = identified_conversation(&staff, serde_json::json!({ "name": name }));

    let in_url = get(
        &format!("{}?q={}", paths::staff_inbox(), name.to_lowercase()),
        Some(&staff),
    );
    assert_eq!(in_url.status, 400, "{:?}", in_url.body);
    assert_eq!(in_url.error_code(), "search_in_url");

    let found = found_row(&staff, &id, &name[..8]).expect("the body search finds it");
    assert_eq!(found["visitor"]["name"], name.as_str());
    let resolved_only = search(&staff, &name, Some("resolved"));
    assert_eq!(resolved_only.status, 200, "{:?}", resolved_only.body);
    assert_eq!(resolved_only.body["conversations"], serde_json::json!([]));

    // The longest term the API takes (100 characters) is searched, not refused by D1's
    // 50-byte limit on LIKE patterns; wildcard characters mean themselves.
    for term in [
        "0".repeat(100),
        "%_%".repeat(33),
        format!("{}{}", name, "é".repeat(40)),
    ] {
        let long = search(&staff, &term, None);
        assert_eq!(long.status, 200, "{:?}", long.body);
        assert_eq!(long.body["conversations"], serde_json::json!([]), "{term}");
    }
}

#[test]
fn a_search_body_that_is_not_a_search_is_refused_with_a_json_error() {
    let staff = sign_in_every_team("front-desk");
    for (body, status, code) in [
        (serde_json::json!({}), 422, "invalid_field"),
        (serde_json::json!({ "q": "a" }), 422, "invalid_field"),
        (serde_json::json!({ "q": " a " }), 422, "invalid_field"),
        (
            serde_json::json!({ "q": "x".repeat(101) }),
            422,
            "invalid_field",
        ),
        (
            serde_json::json!({ "q": "bell\u{7}" }),
            422,
            "invalid_field",
        ),
        (
            serde_json::json!({ "q": "ab", "page": 2 }),
            422,
            "invalid_field",
        ),
        (
            serde_json::json!({ "q": "ab", "status": "gone" }),
            422,
            "invalid_field",
        ),
    ] {
        let reply = post(paths::staff_search(), Some(&staff), &body);
        assert_eq!(reply.status, status, "{body}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{body}");
    }
    assert_eq!(search("", "ab", None).status, 401);
}

#[test]
fn a_valid_token_in_a_socket_url_is_refused() {
    let (id, visitor) = new_conversation();
    let staff = sign_in_every_team("admin");
    for path in [
        format!("{}?token={visitor}", paths::conversation_live(&id)),
        format!("{}?token={staff}", paths::staff_thread_live(&id)),
        format!("{}?token={staff}", paths::staff_live()),
    ] {
        assert_eq!(
            Live::try_connect_as_sent(&path, &[]).err(),
            Some(401),
            "{path}"
        );
    }
    // The same tokens in the subprotocol open the same sockets.
    Live::connect_with_subprotocol(&paths::conversation_live(&id), &visitor);
    Live::connect_with_subprotocol(paths::staff_live(), &staff);
}
