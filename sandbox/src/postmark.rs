//! Postmark's Email API as the sandbox plays it: `POST /email` with the server token in
//! `X-Postmark-Server-Token`, answered as Postmark documents (`200` with `MessageID` and
//! `ErrorCode: 0`; `401` with `ErrorCode: 10` for a wrong token; `422` with `ErrorCode:
//! 300` for an invalid message, `406` for an inactive recipient). Every call lands in the
//! outbox as `email`, body exactly as Postmark would receive it, which is how the tests
//! and a developer read the links and codes Frontdesk emails.

use std::sync::Arc;

use serde_json::{json, Value};

use crate::state::Sandbox;
use crate::{Answer, Call};

/// DEV ONLY: the demo clinic's server token (edge/.dev.vars).
pub const DEV_SERVER_TOKEN: &str = "dev-postmark-server-token";

/// A recipient the sandbox treats as inactive (hard-bounced), to show that refusal.
pub const INACTIVE_RECIPIENT: &str = "bounced@sandbox.test";

fn error(status: u16, code: u32, message: &str) -> Answer {
    Answer::json(status, &json!({"ErrorCode": code, "Message": message}))
}

/// `POST /email`.
pub fn send(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    sandbox.record("email", call);
    if call.header("x-postmark-server-token") != Some(DEV_SERVER_TOKEN) {
        return error(
            401,
            10,
            "Request does not contain a valid Server token. Please check that you're using the correct token.",
        );
    }
    let Ok(message) = serde_json::from_slice::<Value>(&call.body) else {
        return error(422, 402, "Received invalid JSON input.");
    };
    let field = |name: &str| message[name].as_str().unwrap_or_default().to_owned();
    let to = field("To");
    if field("From").is_empty() {
        return error(422, 300, "Invalid 'From' address: ''.");
    }
    if to.is_empty() || !to.contains('@') || to.contains(',') {
        return error(422, 300, &format!("Invalid 'To' address: '{to}'."));
    }
    if field("TextBody").is_empty() && field("HtmlBody").is_empty() {
        return error(
            422,
            300,
            "Provide either email TextBody or HtmlBody or both.",
        );
    }
    if to == INACTIVE_RECIPIENT {
        return error(
            422,
            406,
            "You tried to send to recipient(s) that have been marked as inactive.",
        );
    }
    let id = sandbox.new_id("");
    // Postmark's ids are UUIDs: the 32 hex digits, grouped.
    let uuid = format!(
        "{}-{}-{}-{}-{}",
        &id[..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..32]
    );
    sandbox.add_message("email", &to, "out", &uuid, &field("TextBody"), "sent");
    let submitted = httpdate::fmt_http_date(std::time::SystemTime::now());
    Answer::json(
        200,
        &json!({
            "To": to,
            "SubmittedAt": submitted,
            "MessageID": uuid,
            "ErrorCode": 0,
            "Message": "OK",
        }),
    )
}
