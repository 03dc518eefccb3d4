//! The per-conversation message limit, kept in the conversation's own storage.
//!
//! The append call comes here anyway, so checking the bucket costs no extra Durable
//! Object request, and its row is written in the same transaction as the message. The
//! bucket is one `meta` row, so an erase deletes it with the rest.

use frontdesk_domain::rate_limit::{self, Decision, Rate};
use worker::{Response, Result};

use super::{meta, ConversationObject};

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
            None => self.get(meta::MESSAGE_BUCKET)?,
        };
        let now_ms = worker::Date::now().as_millis() as i64;
        let (bucket, decision) = rate_limit::take(stored, rate, now_ms);
        self.put(meta::MESSAGE_BUCKET, &bucket)?;
        self.known.message_bucket.set(Some(bucket));
        Ok(decision)
    }
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
