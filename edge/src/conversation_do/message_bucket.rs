//! The per-conversation message limit, kept in the conversation's own storage.
//!
//! The append call comes here anyway, so checking the bucket costs no extra Durable
//! Object request, and its row is written in the same transaction as the message. The
//! bucket is one `meta` row, so an erase deletes it with the rest.

use frontdesk_domain::rate_limit::{self, Bucket, Decision, Rate};
use serde_json::json;
use worker::{Response, Result};

use super::ConversationObject;

const KEY: &str = "message_bucket";

impl ConversationObject {
    /// Takes a token for a visitor message; `Some(seconds)` when the caller must wait.
    /// Fails open: a storage error is logged and the message goes through.
    pub(super) fn take_message_token(&self, rate: Rate) -> Option<u32> {
        match self.try_take_message_token(rate) {
            Ok(Decision::Allowed { .. }) => None,
            Ok(Decision::Limited { retry_after_secs }) => Some(retry_after_secs),
            Err(error) => {
                worker::console_error!(
                    "conversation message bucket unavailable ({error}), allowing"
                );
                None
            }
        }
    }

    fn try_take_message_token(&self, rate: Rate) -> Result<Decision> {
        let stored = match self.known.message_bucket.get() {
            Some(bucket) => Some(bucket),
            None => self.meta(KEY)?.and_then(|value| parse(&value)),
        };
        let now_ms = worker::Date::now().as_millis() as i64;
        let (bucket, decision) = rate_limit::take(stored, rate, now_ms);
        self.sql().run(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            &[
                json!(KEY),
                json!(format!("{} {}", bucket.level, bucket.updated_ms)),
            ],
        )?;
        self.known.message_bucket.set(Some(bucket));
        Ok(decision)
    }
}

/// `"<level> <updated_ms>"`, as stored.
fn parse(value: &str) -> Option<Bucket> {
    let (level, updated_ms) = value.split_once(' ')?;
    Some(Bucket {
        level: level.parse().ok()?,
        updated_ms: updated_ms.parse().ok()?,
    })
}

/// The object's answer to a refused append; the edge turns it into the API's 429.
pub(super) fn limited(retry_after_secs: u32) -> Result<Response> {
    let mut response = Response::error("too many messages", 429)?;
    response
        .headers_mut()
        .set("Retry-After", &retry_after_secs.to_string())?;
    Ok(response)
}

/// The `Retry-After` of the object's 429, at least one second.
pub(super) fn retry_after(header: Option<&str>) -> u32 {
    header
        .and_then(|value| value.parse().ok())
        .unwrap_or(1)
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes_and_ignores_garbage() {
        assert_eq!(
            parse("120000 1700000000000"),
            Some(Bucket {
                level: 120_000,
                updated_ms: 1_700_000_000_000
            })
        );
        assert_eq!(parse("nonsense"), None);
        assert_eq!(parse("1 x"), None);
    }
}
