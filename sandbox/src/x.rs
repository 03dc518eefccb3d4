//! X's Account Activity API, as the sandbox plays it: a patient's DM as the documented
//! `direct_message_events` webhook signed with `x-twitter-webhooks-signature`
//! (`sha256=` and the base64 HMAC-SHA256 of the body, keyed with the consumer secret), and
//! after each DM the clinic sends, X's own echo of it (the clinic's account as sender) and
//! the patient's read receipt.
//!
//! The signature is written here independently of `frontdesk-domain`'s verifier.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

/// Dev-only values: the CONTRACT's dev seed.
pub const DEV_CONSUMER_SECRET: &str = "dev-x-consumer-secret";
pub const DEV_ACCOUNT_ID: &str = "700800900";

/// `sha256=<base64 HMAC-SHA256 of the body, keyed with the consumer secret>`.
pub fn signature(consumer_secret: &str, body: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(consumer_secret.as_bytes()) else {
        unreachable!("HMAC takes a key of any length")
    };
    mac.update(body.as_bytes());
    format!("sha256={}", STANDARD.encode(mac.finalize().into_bytes()))
}

/// One DM from `sender` to `recipient`, in the webhook for the clinic's account.
pub fn dm_webhook(id: &str, sender: &str, recipient: &str, at_ms: u64, text: &str) -> Value {
    dm_webhook_with(id, (sender, recipient), at_ms, text, None)
}

/// [`dm_webhook`] with the DM's `attachment` (a media object), if it has one.
pub fn dm_webhook_with(
    id: &str,
    (sender, recipient): (&str, &str),
    at_ms: u64,
    text: &str,
    attachment: Option<Value>,
) -> Value {
    let mut message_data = json!({ "text": text, "entities": {
        "hashtags": [], "symbols": [], "urls": [], "user_mentions": []
    } });
    if let Some(attachment) = attachment {
        message_data["attachment"] = attachment;
    }
    json!({
        "for_user_id": DEV_ACCOUNT_ID,
        "direct_message_events": [{
            "type": "message_create",
            "id": id,
            "created_timestamp": at_ms.to_string(),
            "message_create": {
                "target": { "recipient_id": recipient },
                "sender_id": sender,
                "message_data": message_data,
            },
        }],
        "users": {
            sender: { "id": sender, "name": "Sandbox", "screen_name": format!("u{sender}") },
        },
    })
}

/// The patient read the clinic's DMs up to `last_read_event_id`.
pub fn read_webhook(patient: &str, last_read_event_id: &str, at_ms: u64) -> Value {
    json!({
        "for_user_id": DEV_ACCOUNT_ID,
        "direct_message_mark_read_events": [{
            "created_timestamp": at_ms.to_string(),
            "sender_id": patient,
            "target": { "recipient_id": DEV_ACCOUNT_ID },
            "last_read_event_id": last_read_event_id,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_like_x() {
        // The domain's CRC vector: base64(HMAC-SHA256("dev-x-consumer-secret",
        // "challenge-123")), computed independently in Python.
        assert_eq!(
            signature(DEV_CONSUMER_SECRET, "challenge-123"),
            "sha256=mD5wIaCzWYH3cXb66127rUo8Tu/ddsu7gK4bpt537VE="
        );
    }
}
