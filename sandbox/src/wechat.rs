//! WeChat's Official Account platform, as the sandbox plays it: a patient's text message
//! pushed as the documented XML with `signature`, `timestamp` and `nonce` in the query
//! (hex SHA1 of the sorted token, timestamp and nonce), the stable access token
//! (`POST /cgi-bin/stable_token`: the same token to every caller until it expires or is
//! force-refreshed) and the customer-service message API.
//!
//! The signature is written here independently of `frontdesk-domain`'s verifier, so the
//! API tests cross-check one against the other.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use sha1::{Digest, Sha1};

use crate::state::Sandbox;
use crate::{Answer, Call};

/// Dev-only values: the CONTRACT's dev seed (token, official account id) and the demo
/// clinic's AppID and AppSecret.
pub const DEV_TOKEN: &str = "dev-wechat-token";
pub const DEV_OFFICIAL_ACCOUNT: &str = "gh_demo_clinic";
pub const DEV_APP_ID: &str = "wxdev0000000000000";
pub const DEV_APP_SECRET: &str = "dev-wechat-app-secret";

/// The safe-mode fixture clinic's EncodingAESKey (DEV ONLY: `.dev.vars`).
pub const DEV_ENCODING_AES_KEY: &str = "devWechatEncodingAesKey0123456789abcdefghij";

/// How long an access token lasts, as WeChat documents it.
const TOKEN_SECONDS: u64 = 7_200;

/// Hex SHA1 of `token`, `timestamp` and `nonce`, sorted as strings and concatenated.
pub fn signature(token: &str, timestamp: &str, nonce: &str) -> String {
    let mut parts = [token, timestamp, nonce];
    parts.sort_unstable();
    hex::encode(Sha1::digest(parts.concat().as_bytes()))
}

/// `text` inside CDATA; a `]]>` in it is split across two sections.
fn cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

/// A patient's text message as WeChat pushes it (plaintext mode).
pub fn message_xml(to: &str, from: &str, create_time: u64, text: &str, msg_id: &str) -> String {
    format!(
        "<xml><ToUserName>{}</ToUserName><FromUserName>{}</FromUserName>\
         <CreateTime>{create_time}</CreateTime><MsgType>{}</MsgType>\
         <Content>{}</Content><MsgId>{msg_id}</MsgId></xml>",
        cdata(to),
        cdata(from),
        cdata("text"),
        cdata(text),
    )
}

/// A patient's image message: its `PicUrl` and `MediaId`, as WeChat pushes one.
pub fn image_xml(
    to: &str,
    from: &str,
    create_time: u64,
    (pic_url, media_id): (&str, &str),
    msg_id: &str,
) -> String {
    format!(
        "<xml><ToUserName>{}</ToUserName><FromUserName>{}</FromUserName>\
         <CreateTime>{create_time}</CreateTime><MsgType>{}</MsgType>\
         <PicUrl>{}</PicUrl><MediaId>{}</MediaId><MsgId>{msg_id}</MsgId></xml>",
        cdata(to),
        cdata(from),
        cdata("image"),
        cdata(pic_url),
        cdata(media_id),
    )
}

/// A push in safe mode: `xml` encrypted as WeChat does (AES-256-CBC under the
/// EncodingAESKey, the key's first 16 bytes as IV, PKCS#7 padding to 32 bytes, over
/// `random`, the XML's length in 4 bytes big-endian, the XML and the AppID), in the
/// envelope WeChat posts, with its `msg_signature` (hex SHA1 of the sorted token,
/// timestamp, nonce and ciphertext).
pub fn encrypted_push(
    encoding_aes_key: &str,
    token: &str,
    (timestamp, nonce): (&str, &str),
    (to, app_id): (&str, &str),
    xml: &str,
    random: [u8; 16],
) -> (String, String) {
    use aes::cipher::{block_padding::NoPadding, BlockEncryptMut, KeyIvInit};
    use base64::Engine;
    // 43 characters and an "=": base64 whose last character's spare bits need not be zero.
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
    );
    let key = engine
        .decode(format!("{encoding_aes_key}="))
        .expect("the dev EncodingAESKey is valid base64");
    let mut plain = random.to_vec();
    plain.extend_from_slice(&(xml.len() as u32).to_be_bytes());
    plain.extend_from_slice(xml.as_bytes());
    plain.extend_from_slice(app_id.as_bytes());
    let pad = 32 - plain.len() % 32;
    plain.resize(plain.len() + pad, pad as u8);
    let length = plain.len();
    let encryptor = cbc::Encryptor::<aes::Aes256>::new_from_slices(&key, &key[..16])
        .expect("a 32-byte key and 16-byte IV");
    let cipher = encryptor
        .encrypt_padded_mut::<NoPadding>(&mut plain, length)
        .expect("whole blocks");
    let encrypt = engine.encode(cipher);
    let mut parts = [token, timestamp, nonce, encrypt.as_str()];
    parts.sort_unstable();
    let msg_signature = hex::encode(Sha1::digest(parts.concat().as_bytes()));
    let body = format!(
        "<xml><ToUserName>{}</ToUserName><Encrypt>{}</Encrypt></xml>",
        cdata(to),
        cdata(&encrypt)
    );
    (body, msg_signature)
}

/// The current access token and when it stops working.
pub struct TokenState {
    current: Option<(String, Instant)>,
}

impl TokenState {
    pub fn new() -> TokenState {
        TokenState { current: None }
    }
}

/// `POST /cgi-bin/stable_token` with `{grant_type, appid, secret, force_refresh}`.
pub fn stable_token(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    sandbox.record("wechat", call);
    let body = serde_json::from_slice::<Value>(&call.body).unwrap_or(Value::Null);
    if body["grant_type"] != "client_credential" {
        return error(40002, "invalid grant_type");
    }
    if body["appid"] != DEV_APP_ID {
        return error(40013, "invalid appid");
    }
    if body["secret"] != DEV_APP_SECRET {
        return error(40125, "invalid appsecret");
    }
    let force = body["force_refresh"].as_bool().unwrap_or(false);
    let (token, left) = sandbox.with_wechat_token(|state| {
        let now = Instant::now();
        let usable = state
            .current
            .as_ref()
            .filter(|(_, until)| *until > now && !force)
            .cloned();
        let (token, until) = usable.unwrap_or_else(|| {
            let fresh = (
                sandbox.new_id("dev-wechat-access-"),
                now + Duration::from_secs(TOKEN_SECONDS),
            );
            state.current = Some(fresh.clone());
            fresh
        });
        (token, until.saturating_duration_since(now).as_secs())
    });
    Answer::json(200, &json!({"access_token": token, "expires_in": left}))
}

/// `GET /cgi-bin/token?grant_type=client_credential&appid&secret`: the older call, where
/// every fetch replaces the token (the edge uses the stable one).
pub fn token(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    sandbox.record("wechat", call);
    if call.query_param("appid").as_deref() != Some(DEV_APP_ID) {
        return error(40013, "invalid appid");
    }
    if call.query_param("secret").as_deref() != Some(DEV_APP_SECRET) {
        return error(40125, "invalid appsecret");
    }
    let token = sandbox.new_id("dev-wechat-access-");
    sandbox.with_wechat_token(|state| {
        state.current = Some((
            token.clone(),
            Instant::now() + Duration::from_secs(TOKEN_SECONDS),
        ))
    });
    Answer::json(
        200,
        &json!({"access_token": token, "expires_in": TOKEN_SECONDS}),
    )
}

/// `POST /sandbox/wechat/revoke-token`: the current access token stops working, as after
/// an AppSecret reset, so tests can see the edge replace a refused token.
pub fn revoke(sandbox: &Arc<Sandbox>) -> Answer {
    sandbox.with_wechat_token(|state| state.current = None);
    Answer::json(200, &json!({"revoked": true}))
}

/// Whether `token` is the current access token.
pub(crate) fn token_valid(sandbox: &Sandbox, token: &str) -> bool {
    sandbox.with_wechat_token(|state| {
        state
            .current
            .as_ref()
            .is_some_and(|(current, until)| current == token && *until > Instant::now())
    })
}

/// `POST /cgi-bin/message/custom/send?access_token=…`: a customer-service message.
pub fn custom_send(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    let body = serde_json::from_slice::<Value>(&call.body).unwrap_or(Value::Null);
    // An `image` message names a `media_id` uploaded before (`uploads.rs`).
    let media_id = body["image"]["media_id"].as_str().unwrap_or_default();
    let media = (body["msgtype"] == "image")
        .then(|| crate::uploads::media_of(sandbox, media_id))
        .flatten();
    sandbox.record_with("wechat", call, media.clone());
    let token = call.query_param("access_token").unwrap_or_default();
    if !token_valid(sandbox, &token) {
        return error(
            40001,
            "invalid credential, access_token is invalid or not latest",
        );
    }
    let Some(to) = body["touser"].as_str().filter(|to| !to.is_empty()) else {
        return error(40003, "invalid openid");
    };
    if body["msgtype"] == "image" {
        if media.is_none() {
            return error(40007, "invalid media_id");
        }
        let id = sandbox.new_id("");
        sandbox.add_message("wechat", to, "out", &id, "[image]", "sent");
        return Answer::json(200, &json!({"errcode": 0, "errmsg": "ok"}));
    }
    if body["msgtype"] != "text" {
        return error(40008, "invalid message type");
    }
    let Some(text) = body["text"]["content"].as_str() else {
        return error(44003, "empty news data");
    };
    if text.len() > 2_048 {
        return error(45002, "content size out of limit");
    }
    let id = sandbox.new_id("");
    sandbox.add_message("wechat", to, "out", &id, text, "sent");
    Answer::json(200, &json!({"errcode": 0, "errmsg": "ok"}))
}

/// WeChat answers 200 with its global return code.
fn error(code: i64, message: &str) -> Answer {
    Answer::json(200, &json!({"errcode": code, "errmsg": message}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypts_like_wechats_own_sample() {
        // Tencent's WXBizMsgCrypt sample encrypts the same `random`, XML and AppID to this
        // ciphertext (its Java test: "aaaabbbbccccdddd", "我是中文abcd123", wxb11529c136998cb6).
        let (body, signature) = encrypted_push(
            "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            "pamtest",
            ("1409304348", "xxxxxx"),
            ("toUser", "wxb11529c136998cb6"),
            "我是中文abcd123",
            *b"aaaabbbbccccdddd",
        );
        assert_eq!(
            body,
            "<xml><ToUserName><![CDATA[toUser]]></ToUserName><Encrypt><![CDATA[\
             jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==\
             ]]></Encrypt></xml>"
        );
        assert_eq!(signature.len(), 40);
    }

    #[test]
    fn signs_like_wechat() {
        // Computed independently with Python's hashlib (the domain's test vector).
        assert_eq!(
            signature(DEV_TOKEN, "1764806400", "1743502518"),
            "67380b8357c04a97a78ffdcac8949060a7dc8de2"
        );
    }

    #[test]
    fn cdata_survives_its_own_terminator() {
        let xml = message_xml("gh_a", "o1", 1, "a]]>b", "1");
        assert!(
            xml.contains("<Content><![CDATA[a]]]]><![CDATA[>b]]></Content>"),
            "{xml}"
        );
    }
}
