//! Media a patient sends, kept by the sandbox and served as each provider documents it:
//!
//! - Twilio's Media subresource: the incoming-message webhook names each item in
//!   `MediaUrl{N}` (`/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{MediaSid}`)
//!   with `MediaContentType{N}`; a `GET` of that URL with HTTP Basic (account SID and auth
//!   token) answers the bytes.
//! - WhatsApp Cloud API: the webhook's `image` (or `document`, `audio`, `video`) object
//!   carries a media `id`; `GET /{version}/{media-id}` with the bearer token answers
//!   `{messaging_product, url, mime_type, sha256, file_size, id}`, and a `GET` of that url
//!   with the same token, within five minutes, answers the bytes.
//!
//! Messenger, WeChat and X are in `app_media.rs`. Every download is recorded in the outbox
//! (channel `sms_media`, `whatsapp_media`, `messenger_media`, `wechat_media` or
//! `x_media`), so tests can count fetches.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::providers::bearer;
use crate::state::Sandbox;
use crate::{twilio, Call};

/// How long a WhatsApp media URL works (Meta: five minutes).
const URL_SECONDS: u64 = 300;

/// The largest item a test may ask for (`pad_to`): above the edge's 10 MiB limit, well
/// under what a test machine holds.
const MAX_PAD: usize = 12 * 1024 * 1024;

struct Item {
    content_type: String,
    bytes: Vec<u8>,
    /// The patient who sent it: `POST /sandbox/fail-next` `{channel: "sms_media", to}`
    /// fails its next download with a 503.
    from: String,
}

/// The media the sandbox serves, by id (Twilio's `ME…` SID or WhatsApp's digits), and
/// what each message's webhook said about its media, so a redelivery says the same.
#[derive(Default)]
pub struct MediaStore {
    items: Mutex<HashMap<String, Item>>,
    by_message: Mutex<HashMap<String, Value>>,
}

/// One item as a test or the page sends it: `{content_type, base64, pad_to?}`.
pub struct Upload {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Reads the `media` array of a patient's message; `Err` says what is wrong.
pub fn uploads(request: &Value) -> Result<Vec<Upload>, String> {
    let Some(items) = request.get("media") else {
        return Ok(Vec::new());
    };
    let items = items.as_array().ok_or("media must be an array")?;
    if items.len() > 10 {
        return Err("at most 10 media items (Twilio's limit)".into());
    }
    items
        .iter()
        .map(|item| {
            let content_type = item["content_type"]
                .as_str()
                .ok_or("each media item needs content_type")?
                .to_owned();
            let mut bytes = base64::engine::general_purpose::STANDARD
                .decode(item["base64"].as_str().unwrap_or_default())
                .map_err(|_| "media base64 is not valid")?;
            // `pad_to` makes a large file without sending one: zeros after the bytes.
            if let Some(size) = item["pad_to"].as_u64() {
                let size = usize::try_from(size).unwrap_or(usize::MAX);
                if size > MAX_PAD {
                    return Err(format!("pad_to is at most {MAX_PAD}"));
                }
                bytes.resize(size.max(bytes.len()), 0);
            }
            Ok(Upload {
                content_type,
                bytes,
            })
        })
        .collect()
}

impl MediaStore {
    pub(crate) fn add(&self, id: &str, from: &str, upload: Upload) {
        if let Ok(mut items) = self.items.lock() {
            items.insert(
                id.to_owned(),
                Item {
                    content_type: upload.content_type,
                    bytes: upload.bytes,
                    from: from.to_owned(),
                },
            );
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<(String, Vec<u8>)> {
        let items = self.items.lock().ok()?;
        items
            .get(id)
            .map(|item| (item.content_type.clone(), item.bytes.clone()))
    }

    /// Whether a `fail-next` order on `channel` fails this download (used up if so).
    pub(crate) fn fails(&self, sandbox: &Sandbox, channel: &str, id: &str) -> bool {
        let from = self
            .items
            .lock()
            .ok()
            .and_then(|items| items.get(id).map(|item| item.from.clone()))
            .unwrap_or_default();
        sandbox.take_fail_next(channel, &from, "").is_some()
    }

    /// What message `id`'s webhook said about its media, if it had any.
    pub(crate) fn said(&self, id: &str) -> Option<Value> {
        self.by_message.lock().ok()?.get(id).cloned()
    }

    pub(crate) fn remember(&self, id: &str, said: Value) {
        if let Ok(mut by_message) = self.by_message.lock() {
            by_message.insert(id.to_owned(), said);
        }
    }
}

pub(crate) fn base_url(sandbox: &Sandbox) -> String {
    format!("http://127.0.0.1:{}", sandbox.settings.port)
}

pub(crate) fn now_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// Keeps an MMS's media and returns the webhook's media parameters (`NumMedia`,
/// `MediaContentType{N}`, `MediaUrl{N}`); a redelivered message's are the first's.
pub fn twilio_params(
    sandbox: &Sandbox,
    (message_sid, from): (&str, &str),
    uploads: Vec<Upload>,
) -> Vec<(String, String)> {
    if let Some(said) = sandbox.media.said(message_sid) {
        return serde_json::from_value(said).unwrap_or_default();
    }
    let mut params = vec![("NumMedia".to_owned(), uploads.len().to_string())];
    for (index, upload) in uploads.into_iter().enumerate() {
        let sid = sandbox.new_id("ME");
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Messages/{message_sid}/Media/{sid}",
            base_url(sandbox),
            sandbox.settings.twilio_account_sid
        );
        params.push((
            format!("MediaContentType{index}"),
            upload.content_type.clone(),
        ));
        params.push((format!("MediaUrl{index}"), url));
        sandbox.media.add(&sid, from, upload);
    }
    sandbox.media.remember(message_sid, json!(params));
    params
}

/// Keeps a WhatsApp item and returns the webhook's message type and its media object;
/// a redelivered message's are the first's.
pub fn whatsapp_object(
    sandbox: &Sandbox,
    (message_id, from): (&str, &str),
    upload: Upload,
    caption: &str,
) -> (String, Value) {
    if let Some(said) = sandbox.media.said(message_id) {
        let kind = said["kind"].as_str().unwrap_or("document").to_owned();
        return (kind, said["object"].clone());
    }
    let digits = u128::from_str_radix(&sandbox.new_id(""), 16).unwrap_or_default();
    let id = (digits % 10_000_000_000_000_000).to_string();
    let kind = match upload.content_type.split('/').next() {
        Some("image") => "image",
        Some("audio") => "audio",
        Some("video") => "video",
        _ => "document",
    };
    let mut object = json!({
        "mime_type": upload.content_type,
        "sha256": hex::encode(Sha256::digest(&upload.bytes)),
        "id": id,
    });
    if !caption.is_empty() && kind != "audio" {
        object["caption"] = json!(caption);
    }
    sandbox.media.add(&id, from, upload);
    sandbox
        .media
        .remember(message_id, json!({"kind": kind, "object": object}));
    (kind.to_owned(), object)
}

/// A media download, if `call` is one: `(status, content type, body)`.
pub fn serve(sandbox: &Sandbox, call: &Call) -> Option<(u16, String, Vec<u8>)> {
    if call.method != "GET" {
        return None;
    }
    let segments: Vec<&str> = call.path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["2010-04-01", "Accounts", account_sid, "Messages", _, "Media", media_sid] => {
            sandbox.record("sms_media", call);
            let settings = &sandbox.settings;
            if *account_sid != settings.twilio_account_sid
                || !twilio::authorised(
                    call.header("authorization"),
                    account_sid,
                    &settings.twilio_auth_token,
                )
            {
                let body = twilio::error(401, 20003, "Authenticate");
                return Some(json_reply(401, &body));
            }
            if sandbox.media.fails(sandbox, "sms_media", media_sid) {
                return Some(json_reply(
                    503,
                    &twilio::error(503, 20500, "Internal Server Error"),
                ));
            }
            Some(match sandbox.media.get(media_sid) {
                Some((content_type, bytes)) => (200, content_type, bytes),
                None => json_reply(404, &twilio::error(404, 20404, "Not Found")),
            })
        }
        [version, media_id]
            if version.starts_with('v') && media_id.bytes().all(|b| b.is_ascii_digit()) =>
        {
            sandbox.record("whatsapp_media", call);
            if !bearer(call) {
                return Some(graph_unauthorised());
            }
            if sandbox.media.fails(sandbox, "whatsapp_media", media_id) {
                let body = crate::meta::error(2, "Service temporarily unavailable");
                return Some(json_reply(503, &body));
            }
            let Some((content_type, bytes)) = sandbox.media.get(media_id) else {
                let body = crate::meta::error(100, "(#100) Invalid parameter");
                return Some(json_reply(400, &body));
            };
            let expires = now_seconds() + URL_SECONDS;
            let url = format!(
                "{}/whatsapp_business/attachments/?mid={media_id}&ext={expires}&hash={}",
                base_url(sandbox),
                url_hash(media_id, expires)
            );
            Some(json_reply(
                200,
                &json!({
                    "messaging_product": "whatsapp",
                    "url": url,
                    "mime_type": content_type,
                    "sha256": hex::encode(Sha256::digest(&bytes)),
                    // A string, as Meta's reference shows it.
                    "file_size": bytes.len().to_string(),
                    "id": media_id,
                }),
            ))
        }
        ["whatsapp_business", "attachments"] => {
            sandbox.record("whatsapp_media", call);
            if !bearer(call) {
                return Some(graph_unauthorised());
            }
            let media_id = call.query_param("mid").unwrap_or_default();
            let expires = call
                .query_param("ext")
                .and_then(|raw| raw.parse::<u64>().ok())
                .unwrap_or_default();
            let valid = call.query_param("hash").as_deref() == Some(&url_hash(&media_id, expires))
                && now_seconds() <= expires;
            Some(match sandbox.media.get(&media_id).filter(|_| valid) {
                Some((content_type, bytes)) => (200, content_type, bytes),
                None => json_reply(404, &json!({"error": "URL expired or unknown"})),
            })
        }
        _ => crate::app_media::serve(sandbox, call),
    }
}

/// Ties a media URL to its id and expiry, as Meta's `hash` parameter does.
fn url_hash(media_id: &str, expires: u64) -> String {
    hex::encode(&Sha256::digest(format!("sandbox-media:{media_id}:{expires}"))[..8])
}

fn graph_unauthorised() -> (u16, String, Vec<u8>) {
    let answer = crate::providers::graph_unauthorised();
    (
        answer.status,
        answer.content_type.to_owned(),
        answer.body.into_bytes(),
    )
}

pub(crate) fn json_reply(status: u16, body: &Value) -> (u16, String, Vec<u8>) {
    (
        status,
        "application/json".to_owned(),
        body.to_string().into_bytes(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_read_base64_and_pad() {
        let request = json!({"media": [
            {"content_type": "image/jpeg", "base64": "/9j/", "pad_to": 10},
        ]});
        let read = uploads(&request).unwrap();
        assert_eq!(read[0].bytes.len(), 10);
        assert_eq!(&read[0].bytes[..3], &[0xFF, 0xD8, 0xFF]);
        assert!(uploads(&json!({"media": [{"base64": ""}]})).is_err());
        assert!(uploads(&json!({})).unwrap().is_empty());
    }
}
