//! Patient data and credentials stay out of URLs, which end up in Workers logs: staff
//! search takes its terms in a POST body, and sockets take tokens only in the
//! subprotocol (or the console's cookie), never `?token=`.

use frontdesk_protocol::{ConversationStatus, SearchRequest, VisitorIdentity};

use crate::app::{Outcome, TestApp};
use crate::paths;
use crate::support::*;

fn searching(q: &str, status: Option<ConversationStatus>) -> SearchRequest {
    SearchRequest {
        q: q.to_owned(),
        status,
    }
}

#[test]
fn search_terms_in_a_url_are_refused_and_a_body_search_finds_the_patient() {
    let app = TestApp::new();
    let staff = sign_in_every_team("clinician");
    let name = format!("Quill{}", &uuid()[..6]);
    let identity = VisitorIdentity {
        name: Some(name.clone()),
        ..VisitorIdentity::default()
    };
    let visitor = app.identified_visitor(&staff, identity);
    let id = visitor.id();

    let lowered = name.to_lowercase();
    let in_url = app.inbox(&staff, &[("q", &lowered)]).refused(400);
    assert_eq!(in_url.code, "search_in_url");

    let found = app
        .found_row(&staff, id, &name[..8])
        .expect("the body search finds it");
    assert_eq!(found.visitor.name.as_deref(), Some(name.as_str()));
    let resolved_only = app
        .search(
            &staff,
            &searching(&name, Some(ConversationStatus::Resolved)),
        )
        .answered(200)
        .body;
    assert_eq!(resolved_only.conversations, []);

    // The longest term the API takes (100 characters) is searched, not refused by D1's
    // 50-byte limit on LIKE patterns; wildcard characters mean themselves.
    for term in [
        "0".repeat(100),
        "%_%".repeat(33),
        format!("{}{}", name, "é".repeat(40)),
    ] {
        let long = app
            .search(&staff, &searching(&term, None))
            .answered(200)
            .body;
        assert_eq!(long.conversations, [], "{term}");
    }
}

/// Search bodies no `SearchRequest` can hold (or one the server must refuse), sent as
/// written.
#[test]
fn a_search_body_that_is_not_a_search_is_refused_with_a_json_error() {
    let app = TestApp::new();
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
        let bytes = body.to_string();
        let reply = app.send_forged(
            "POST",
            paths::staff_search(),
            Some(&staff),
            &[("Content-Type", "application/json")],
            Some(bytes.as_bytes()),
        );
        assert_eq!(reply.status, status, "{body}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{body}");
    }
    app.search("", &searching("ab", None)).refused(401);
}

#[test]
fn a_valid_token_in_a_socket_url_is_refused() {
    let app = TestApp::new();
    let created = app.new_visitor();
    let (id, visitor) = (created.id(), &created.token);
    let staff = sign_in_every_team("admin");
    for path in [
        format!("{}?token={visitor}", paths::conversation_live(id)),
        format!("{}?token={staff}", paths::staff_thread_live(id)),
        format!("{}?token={staff}", paths::staff_live()),
    ] {
        assert_eq!(
            Live::try_connect_as_sent(&path, &[]).err(),
            Some(401),
            "{path}"
        );
    }
    // The same tokens in the subprotocol open the same sockets.
    Live::connect_with_subprotocol(&paths::conversation_live(id), visitor);
    Live::connect_with_subprotocol(paths::staff_live(), &staff);
}
