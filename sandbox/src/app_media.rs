//! Media a patient sends on Messenger, WeChat and X, kept in `media.rs`'s store and served
//! as each provider documents it:
//!
//! - Messenger: the `messages` webhook's `attachments[]` carry `{type, payload: {url}}`, a
//!   CDN URL that needs no credentials (here `/fbcdn/{id}` on the sandbox, the dev Graph
//!   API base).
//! - WeChat: an image message carries `PicUrl` and `MediaId`; `GET /cgi-bin/media/get`
//!   with the current access token answers the bytes, else a JSON `errcode` (40001 for a
//!   refused token, 40007 for an unknown id), with status 200 as WeChat does.
//! - X: the DM's `attachment.media` has `media_url_https` on `ton.twitter.com` (here
//!   `/1.1/ton/data/dm/…` on the sandbox), served only to a GET signed with OAuth 1.0a by
//!   the dev consumer and token secrets. The signature is checked by this file's own code,
//!   apart from the domain's signer, so the API tests check one against the other.

use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha1::Sha1;

use crate::media::{base_url, json_reply, Upload};
use crate::state::Sandbox;
use crate::Call;

/// The dev X app's consumer key and the clinic account's OAuth 1.0a token and secret
/// (`clinics/demo.toml`, `edge/.dev.vars`).
pub const X_CONSUMER_KEY: &str = "dev-x-consumer-key";
pub const X_OAUTH1_TOKEN: &str = "700800900-dev-x-oauth1-token";
pub const X_OAUTH1_TOKEN_SECRET: &str = "dev-x-oauth1-token-secret";

fn kind_of(content_type: &str) -> &'static str {
    match content_type.split('/').next() {
        Some("image") => "image",
        Some("audio") => "audio",
        Some("video") => "video",
        _ => "file",
    }
}

/// Keeps a Messenger message's files and returns its `attachments`; a redelivered
/// message's are the first's.
pub fn messenger_attachments(
    sandbox: &Sandbox,
    (mid, from): (&str, &str),
    uploads: Vec<Upload>,
) -> Value {
    if let Some(said) = sandbox.media.said(mid) {
        return said;
    }
    let attachments: Vec<Value> = uploads
        .into_iter()
        .map(|upload| {
            let id = sandbox.new_id("");
            let kind = kind_of(&upload.content_type);
            let url = format!("{}/fbcdn/{id}?_nc_cat=1&oh=sandbox", base_url(sandbox));
            sandbox.media.add(&id, from, upload);
            json!({"type": kind, "payload": {"url": url}})
        })
        .collect();
    let attachments = Value::Array(attachments);
    sandbox.media.remember(mid, attachments.clone());
    attachments
}

/// Keeps a WeChat image and returns its `(PicUrl, MediaId)`; a redelivery's are the
/// first's.
pub fn wechat_image(
    sandbox: &Sandbox,
    (msg_id, from): (&str, &str),
    upload: Upload,
) -> (String, String) {
    if let Some(said) = sandbox.media.said(msg_id) {
        let field = |name: &str| said[name].as_str().unwrap_or_default().to_owned();
        return (field("pic_url"), field("media_id"));
    }
    // Base64-like, as WeChat's media ids are.
    let media_id = format!("sandbox_{}", sandbox.new_id(""));
    let pic_url = format!("{}/mmbiz_jpg/{media_id}/0", base_url(sandbox));
    sandbox.media.add(&media_id, from, upload);
    sandbox
        .media
        .remember(msg_id, json!({"pic_url": pic_url, "media_id": media_id}));
    (pic_url, media_id)
}

/// Keeps an X DM's file and returns its `attachment` object; a redelivery's is the first's.
pub fn x_attachment(sandbox: &Sandbox, (event_id, from): (&str, &str), upload: Upload) -> Value {
    if let Some(said) = sandbox.media.said(event_id) {
        return said;
    }
    let digits = u128::from_str_radix(&sandbox.new_id(""), 16).unwrap_or_default();
    let media_id = (digits % 10_000_000_000_000_000_000).to_string();
    let kind = match kind_of(&upload.content_type) {
        "image" => "photo",
        "video" => "video",
        _ => "animated_gif",
    };
    let url = format!(
        "{}/1.1/ton/data/dm/{event_id}/{media_id}/sandbox.jpg",
        base_url(sandbox)
    );
    sandbox.media.add(&media_id, from, upload);
    let attachment = json!({
        "type": "media",
        "media": {
            "id_str": media_id,
            "type": kind,
            "media_url_https": url,
            "url": "https://t.co/sandbox",
        },
    });
    sandbox.media.remember(event_id, attachment.clone());
    attachment
}

/// A Messenger, WeChat or X media download, if `call` is one.
pub fn serve(sandbox: &Sandbox, call: &Call) -> Option<(u16, String, Vec<u8>)> {
    let segments: Vec<&str> = call.path.trim_matches('/').split('/').collect();
    let (channel, id) = match segments.as_slice() {
        ["fbcdn", id] => ("messenger_media", (*id).to_owned()),
        ["cgi-bin", "media", "get"] => (
            "wechat_media",
            call.query_param("media_id").unwrap_or_default(),
        ),
        ["1.1", "ton", "data", "dm", _, media_id, _] => ("x_media", (*media_id).to_owned()),
        _ => return None,
    };
    sandbox.record(channel, call);
    let refusal = match channel {
        "wechat_media" => {
            let token = call.query_param("access_token").unwrap_or_default();
            (!crate::wechat::token_valid(sandbox, &token)).then(|| {
                wechat_error(
                    40001,
                    "invalid credential, access_token is invalid or not latest",
                )
            })
        }
        "x_media" => (!oauth1_valid(call, "GET")).then(|| {
            json_reply(
                401,
                &json!({"errors": [{"code": 32, "message": "Could not authenticate you."}]}),
            )
        }),
        _ => None,
    };
    if let Some(refusal) = refusal {
        return Some(refusal);
    }
    if sandbox.media.fails(sandbox, channel, &id) {
        return Some(json_reply(503, &json!({"error": "Service Unavailable"})));
    }
    Some(match (sandbox.media.get(&id), channel) {
        (Some((content_type, bytes)), _) => (200, content_type, bytes),
        (None, "wechat_media") => wechat_error(40007, "invalid media_id"),
        (None, _) => json_reply(404, &json!({"error": "Not Found"})),
    })
}

/// WeChat's errors come with status 200.
fn wechat_error(code: i64, message: &str) -> (u16, String, Vec<u8>) {
    json_reply(200, &json!({"errcode": code, "errmsg": message}))
}

/// RFC 3986 percent-encoding, as OAuth 1.0a signs.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Reads `OAuth k="v", …` into its decoded pairs.
fn oauth_params(header: &str) -> Option<Vec<(String, String)>> {
    header
        .strip_prefix("OAuth ")?
        .split(',')
        .map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            let value = value.strip_prefix('"')?.strip_suffix('"')?;
            let decoded: String =
                form_urlencoded::parse(format!("v={}", value.replace('+', "%2B")).as_bytes())
                    .next()?
                    .1
                    .into_owned();
            Some((name.to_owned(), decoded))
        })
        .collect()
}

/// Whether the call (a `method` with no query and no form body: a GET, or a multipart
/// upload, whose body is not signed) carries a valid HMAC-SHA1 OAuth 1.0a signature by
/// the dev app and the clinic account's token, as X checks it.
pub(crate) fn oauth1_valid(call: &Call, method: &str) -> bool {
    let Some(params) = call.header("authorization").and_then(oauth_params) else {
        return false;
    };
    let get = |name: &str| {
        params
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    if get("oauth_consumer_key") != Some(X_CONSUMER_KEY)
        || get("oauth_token") != Some(X_OAUTH1_TOKEN)
        || get("oauth_signature_method") != Some("HMAC-SHA1")
    {
        return false;
    }
    let Some(signature) = get("oauth_signature") else {
        return false;
    };
    let mut signed: Vec<String> = params
        .iter()
        .filter(|(name, _)| name != "oauth_signature")
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    signed.sort();
    // The URL the edge called: the sandbox's own, with no query.
    let url = format!(
        "http://{}{}",
        call.header("host").unwrap_or_default(),
        call.path
    );
    let base = format!("{method}&{}&{}", encode(&url), encode(&signed.join("&")));
    let key = format!(
        "{}&{}",
        encode(crate::x::DEV_CONSUMER_SECRET),
        encode(X_OAUTH1_TOKEN_SECRET)
    );
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(key.as_bytes()) else {
        return false;
    };
    mac.update(base.as_bytes());
    let expected = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    expected == signature
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_oauth_header() {
        let params =
            oauth_params(r#"OAuth oauth_consumer_key="dev", oauth_signature="ab%2Bc%3D""#).unwrap();
        assert_eq!(params[1], ("oauth_signature".into(), "ab+c=".into()));
        assert_eq!(encode("a b+c~"), "a%20b%2Bc~");
    }
}
