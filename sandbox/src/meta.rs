//! Meta's WhatsApp Cloud API, as the sandbox plays it: the `messages` webhook of a
//! patient's message and the `statuses` webhooks (sent, delivered, read) of ours, each
//! signed with `X-Hub-Signature-256`.
//!
//! The signature is written here independently of `frontdesk-domain`'s verifier, so the
//! API tests cross-check one against the other.

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

/// Dev-only values: the CONTRACT's dev seed.
pub const DEV_APP_SECRET: &str = "dev-meta-app-secret";
pub const DEV_PHONE_NUMBER_ID: &str = "100200300";
/// The business account the dev number belongs to (any id; Meta's `entry[].id`).
const DEV_WABA_ID: &str = "102290129340398";
/// The dev number as Meta shows it in webhooks' metadata.
const DEV_DISPLAY_NUMBER: &str = "15550100100";

/// `sha256=<hex HMAC-SHA256 of the raw body, keyed with the app secret>`.
pub fn signature(app_secret: &str, body: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(app_secret.as_bytes()) else {
        unreachable!("HMAC takes a key of any length")
    };
    mac.update(body.as_bytes());
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// The webhook envelope around one change's `value`.
fn envelope(value: Value) -> Value {
    json!({
        "object": "whatsapp_business_account",
        "entry": [{
            "id": DEV_WABA_ID,
            "changes": [{ "value": value, "field": "messages" }],
        }],
    })
}

fn metadata() -> Value {
    json!({
        "display_phone_number": DEV_DISPLAY_NUMBER,
        "phone_number_id": DEV_PHONE_NUMBER_ID,
    })
}

/// A patient's text message, as the documented `messages` webhook carries it;
/// `timestamp` is Meta's: seconds since the epoch, as a string.
pub fn message_webhook(from: &str, id: &str, timestamp: u64, text: &str) -> Value {
    envelope(json!({
        "messaging_product": "whatsapp",
        "metadata": metadata(),
        "contacts": [{ "profile": { "name": "Sandbox patient" }, "wa_id": from }],
        "messages": [{
            "from": from,
            "id": id,
            "timestamp": timestamp.to_string(),
            "text": { "body": text },
            "type": "text",
        }],
    }))
}

/// A patient's media message (`image`, `document`, `audio`, `video`): `object` is the
/// type's object with the media `id`, `mime_type`, `sha256` and an optional `caption`.
pub fn media_webhook(from: &str, id: &str, timestamp: u64, kind: &str, object: Value) -> Value {
    let mut message = json!({
        "from": from,
        "id": id,
        "timestamp": timestamp.to_string(),
        "type": kind,
    });
    message[kind] = object;
    envelope(json!({
        "messaging_product": "whatsapp",
        "metadata": metadata(),
        "contacts": [{ "profile": { "name": "Sandbox patient" }, "wa_id": from }],
        "messages": [message],
    }))
}

/// A status of one of our messages (`sent`, `delivered`, `read`).
pub fn status_webhook(id: &str, recipient: &str, status: &str, timestamp: u64) -> Value {
    let mut entry = json!({
        "id": id,
        "status": status,
        "timestamp": timestamp.to_string(),
        "recipient_id": recipient,
    });
    if status != "read" {
        entry["conversation"] = json!({
            "id": format!("conv-{recipient}"),
            "origin": { "type": "service" },
        });
        entry["pricing"] = json!({
            "billable": true,
            "pricing_model": "PMP",
            "category": "service",
        });
    }
    envelope(json!({
        "messaging_product": "whatsapp",
        "metadata": metadata(),
        "statuses": [entry],
    }))
}

/// The dev Facebook page (CONTRACT's dev seed).
pub const DEV_PAGE_ID: &str = "400500600";

/// A patient's Messenger message, as the documented `page` webhook carries it;
/// `timestamp_ms` is Meta's, in milliseconds; `attachments` if it has files (the text left
/// out when empty, as Messenger sends a message of files only).
pub fn messenger_webhook(
    sender: &str,
    mid: &str,
    timestamp_ms: u64,
    text: &str,
    attachments: Option<Value>,
) -> Value {
    let mut message = json!({ "mid": mid, "text": text });
    if let Some(attachments) = attachments {
        message["attachments"] = attachments;
        if text.is_empty() {
            message.as_object_mut().map(|m| m.remove("text"));
        }
    }
    json!({
        "object": "page",
        "entry": [{
            "id": DEV_PAGE_ID,
            "time": timestamp_ms,
            "messaging": [{
                "sender": { "id": sender },
                "recipient": { "id": DEV_PAGE_ID },
                "timestamp": timestamp_ms,
                "message": message,
            }],
        }],
    })
}

/// A Messenger receipt for the page's messages to `recipient`, as the documented
/// `message_deliveries` (with `mids` when given) and `message_reads` webhooks carry it:
/// everything sent up to `watermark_ms` was delivered, or read.
pub fn messenger_receipt_webhook(
    recipient: &str,
    read: bool,
    mids: &[&str],
    watermark_ms: u64,
) -> Value {
    let mut event = json!({
        "sender": { "id": recipient },
        "recipient": { "id": DEV_PAGE_ID },
    });
    if read {
        event["timestamp"] = json!(watermark_ms + 1);
        event["read"] = json!({ "watermark": watermark_ms });
    } else {
        event["delivery"] = json!({ "mids": mids, "watermark": watermark_ms });
    }
    json!({
        "object": "page",
        "entry": [{ "id": DEV_PAGE_ID, "time": watermark_ms + 1, "messaging": [event] }],
    })
}

/// The Graph API's error body.
pub fn error(code: u32, message: &str) -> Value {
    json!({"error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "Sandbox"}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_like_meta() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), Wikipedia's
        // well-known value.
        assert_eq!(
            signature("key", "The quick brown fox jumps over the lazy dog"),
            "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
    }

    #[test]
    fn webhooks_have_the_documented_shape() {
        let message = message_webhook("16505551234", "wamid.1", 1_700_000_000, "hi");
        let value = &message["entry"][0]["changes"][0]["value"];
        assert_eq!(value["messages"][0]["timestamp"], "1700000000");
        assert_eq!(value["metadata"]["phone_number_id"], DEV_PHONE_NUMBER_ID);
        let status = status_webhook("wamid.2", "16505551234", "read", 1_700_000_001);
        let value = &status["entry"][0]["changes"][0]["value"];
        assert_eq!(value["statuses"][0]["status"], "read");
        assert!(value["statuses"][0].get("pricing").is_none());
        let delivery =
            messenger_receipt_webhook("1254459154682919", false, &["m_1"], 1_458_668_856_253);
        let event = &delivery["entry"][0]["messaging"][0];
        assert_eq!(event["delivery"]["mids"][0], "m_1");
        assert_eq!(event["delivery"]["watermark"], 1_458_668_856_253_u64);
        let read = messenger_receipt_webhook("1254459154682919", true, &[], 1_458_668_856_253);
        let event = &read["entry"][0]["messaging"][0];
        assert_eq!(event["read"]["watermark"], 1_458_668_856_253_u64);
        assert!(event.get("delivery").is_none());
    }
}
