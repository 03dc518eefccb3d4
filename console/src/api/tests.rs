//! Tests for the console's API client.

use super::*;

fn body(code: &str, message: &str) -> ErrorBody {
    ErrorBody {
        code: code.into(),
        message: message.into(),
    }
}

#[test]
fn error_bodies_become_typed_failures() {
    let refused = failure(
        409,
        Some(body(
            "already_claimed",
            "Sam already owns this conversation.",
        )),
        None,
    );
    assert_eq!(
        refused,
        ApiFailure::Api {
            status: 409,
            code: "already_claimed".into(),
            message: "Sam already owns this conversation.".into(),
            retry_after: None,
        }
    );
    let html = failure(502, None, None);
    assert_eq!(html.code(), Some("invalid_response"));
    let limited = failure(429, Some(body("rate_limited", "Slow down.")), Some("12"));
    assert_eq!(
        limited.retry_after(),
        Some(std::time::Duration::from_secs(12))
    );
    let expired = failure(401, Some(body("bad_token", "Sign in again.")), None);
    assert!(expired.is_unauthorized());
}
