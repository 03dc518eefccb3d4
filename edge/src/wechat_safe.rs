//! WeChat's safe mode at the edge: a clinic whose `[channels.wechat] message_mode` is
//! `safe` gets its pushes encrypted. Before the usual path (which then reads the message
//! as a plaintext push, its `signature` checked as ever), the push is opened: its
//! `msg_signature` checked first (403 and nothing read when it fails), its `Encrypt`
//! decrypted, and the domain's `wechat_safe::unwrap` keeps the XML only when it ends
//! with the clinic's AppID (400 otherwise).
//!
//! AES-256-CBC runs in the runtime's WebCrypto rather than a Rust cipher in the wasm
//! (about 6 KB gzip of the edge's 1 MB budget). WebCrypto unpads PKCS#7 to 16 bytes and
//! refuses anything else, while WeChat pads to 32; so one more block is appended that
//! decrypts to a whole 16-byte padding block (the last ciphertext block as IV, sixteen
//! 16s encrypted under the same key), which WebCrypto removes, and WeChat's own padding
//! is left for `unwrap`.

use frontdesk_domain::channel_config::{MessageMode, WechatChannel};
use frontdesk_domain::channels::wechat_safe::{self, AesKey, SafeMode};
use frontdesk_domain::channels::{HttpMethod, WebhookRequest};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use worker::Env;

use crate::channel_send::secret;
use crate::error::{AppError, AppResult};

#[wasm_bindgen(inline_js = r#"
export async function aes_cbc_decrypt_unpadded(key, iv, data) {
  const subtle = crypto.subtle;
  const aes = await subtle.importKey('raw', key, 'AES-CBC', false, ['encrypt', 'decrypt']);
  const padding = new Uint8Array(16).fill(16);
  const last = data.slice(data.length - 16);
  const block = new Uint8Array(await subtle.encrypt({ name: 'AES-CBC', iv: last }, aes, padding));
  const extended = new Uint8Array(data.length + 16);
  extended.set(data);
  extended.set(block.subarray(0, 16), data.length);
  return new Uint8Array(await subtle.decrypt({ name: 'AES-CBC', iv }, aes, extended));
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn aes_cbc_decrypt_unpadded(
        key: &[u8],
        iv: &[u8],
        data: &[u8],
    ) -> Result<JsValue, JsValue>;
}

/// The plaintext push inside `body` when the clinic's account is in safe mode; `None`
/// in plaintext mode (the body is read as it is).
pub async fn open(
    env: &Env,
    config: &WechatChannel,
    url: &str,
    body: &[u8],
) -> AppResult<Option<Vec<u8>>> {
    if config.message_mode == MessageMode::Plaintext {
        return Ok(None);
    }
    let token = secret(env, &config.token_secret, "WeChat")?;
    let request = WebhookRequest {
        method: HttpMethod::Post,
        url,
        headers: &[],
        body,
    };
    wechat_safe::verify(&token, &request).map_err(|error| {
        AppError::forbidden(
            error.code(),
            "The msg_signature is missing or does not match this clinic's WeChat token and the encrypted body.",
        )
    })?;
    let encrypt = wechat_safe::encrypted_part(body).map_err(|_| unreadable())?;
    let ciphertext = wechat_safe::ciphertext(&encrypt).map_err(|_| unreadable())?;
    let key = secret(env, &config.encoding_aes_key_secret, "WeChat")?;
    let mode = SafeMode {
        key: AesKey::parse(key.expose()).map_err(|_| {
            AppError::channel_not_configured(
                "The clinic's WeChat EncodingAESKey secret is not 43 letters and digits.",
            )
        })?,
        app_id: config.app_id.clone(),
    };
    let plain = aes_cbc_decrypt_unpadded(mode.key.bytes(), &mode.key.iv(), &ciphertext)
        .await
        // A ciphertext that doesn't decrypt under the key: not this account's.
        .map_err(|_| unreadable())?;
    let plain = js_sys::Uint8Array::new(&plain).to_vec();
    wechat_safe::unwrap(&mode, &plain)
        .map(Some)
        .map_err(|_| unreadable())
}

fn unreadable() -> AppError {
    AppError::invalid_webhook(
        "The signed body is not a WeChat message encrypted for this clinic's account.",
    )
}
