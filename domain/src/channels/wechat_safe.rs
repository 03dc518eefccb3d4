//! WeChat's safe mode (安全模式): an Official Account set to encrypt its server messages
//! posts `<xml><ToUserName/><Encrypt/></xml>` with `msg_signature`, `timestamp` and `nonce`
//! in the query. `msg_signature` is the hex SHA1 of the sorted, concatenated token,
//! timestamp, nonce and `Encrypt`; `Encrypt` is base64 of AES-256-CBC under the
//! EncodingAESKey (43 base64 characters → 32 bytes; the IV is the key's first 16 bytes),
//! padded PKCS#7 to 32 bytes, over 16 random bytes, the message's length (4 bytes, network
//! order), the message's XML and the account's AppID. Only inbound messages need it:
//! replies go through the customer-service API, never as passive replies.
//!
//! Everything but the AES step is here: the signature, the envelope, the key, and what
//! the decrypted bytes must hold. The edge runs AES-256-CBC itself with the runtime's
//! WebCrypto (`edge/src/wechat_safe.rs`), so the cipher costs its budget nothing; the
//! tests here run it with RustCrypto's `aes` and `cbc`.
//!
//! Docs: <https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Message_encryption_and_decryption_instructions.html>
//! and the WXBizMsgCrypt sample code Tencent publishes with it (its decryption example is
//! the first test below).

use base64::alphabet;
use base64::engine::{GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;

use super::flat_xml::Document;
use super::signature::{matches, sha1};
use super::wechat::SignedQuery;
use super::{BodyFormat, ParseError, Secret, VerifyError, WebhookRequest};

/// WeChat's base64: the standard alphabet, read leniently about the last character's
/// unused bits (an EncodingAESKey is 43 characters of any letters and digits, so its
/// last one rarely encodes zero bits there).
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
);

/// The block PKCS#7 pads to, in WeChat's scheme (twice AES's block).
const PAD_BLOCK: usize = 32;

/// An Official Account's message encryption mode (`[channels.wechat] message_mode`).
/// WeChat's third mode, compatible (兼容模式), sends both forms: set `safe` for it, and
/// only the encrypted part is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageMode {
    /// 明文模式: messages as XML, signed by `signature`.
    #[default]
    Plaintext,
    /// 安全模式: messages encrypted, signed by `msg_signature`.
    Safe,
}

impl MessageMode {
    /// For `skip_serializing_if`: the default is left out of a written config.
    pub fn is_plaintext(&self) -> bool {
        *self == MessageMode::Plaintext
    }
}

/// The AES key an EncodingAESKey stands for.
#[derive(Clone)]
pub struct AesKey([u8; 32]);

impl std::fmt::Debug for AesKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AesKey(…)")
    }
}

/// Why an EncodingAESKey can't be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an EncodingAESKey is 43 base64 characters (letters and digits)")]
pub struct KeyError;

impl AesKey {
    /// The 32-byte key of a 43-character EncodingAESKey (base64 of it with `=` added).
    pub fn parse(encoding_aes_key: &str) -> Result<AesKey, KeyError> {
        let encoding_aes_key = encoding_aes_key.trim();
        if encoding_aes_key.len() != 43
            || !encoding_aes_key.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return Err(KeyError);
        }
        let bytes = BASE64
            .decode(format!("{encoding_aes_key}="))
            .map_err(|_| KeyError)?;
        bytes.try_into().map(AesKey).map_err(|_| KeyError)
    }

    /// The AES-256 key.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// WeChat's IV: the key's first 16 bytes.
    pub fn iv(&self) -> [u8; 16] {
        let mut iv = [0; 16];
        iv.copy_from_slice(&self.0[..16]);
        iv
    }
}

/// An account in safe mode: its key, and the AppID every message must end with.
#[derive(Debug, Clone)]
pub struct SafeMode {
    pub key: AesKey,
    pub app_id: String,
}

/// `msg_signature`: hex SHA1 of the token, timestamp, nonce and `Encrypt`, sorted as
/// strings and concatenated.
pub fn msg_signature(token: &str, timestamp: &str, nonce: &str, encrypt: &str) -> String {
    hex::encode(digest(token, timestamp, nonce, encrypt))
}

fn digest(token: &str, timestamp: &str, nonce: &str, encrypt: &str) -> Vec<u8> {
    let mut parts = [token, timestamp, nonce, encrypt];
    crate::sorting::sort(&mut parts);
    sha1(&parts.map(str::as_bytes))
}

/// The `Encrypt` of a safe-mode push (WeChat's envelope XML).
pub fn encrypted_part(body: &[u8]) -> Result<String, ParseError> {
    let text = std::str::from_utf8(body).map_err(|_| ParseError::NotUtf8)?;
    let document = Document::parse(text).map_err(|error| ParseError::Malformed {
        format: BodyFormat::Xml,
        detail: error.to_string(),
    })?;
    if document.root_name() != "xml" {
        return Err(ParseError::InvalidValue { field: "xml" });
    }
    document
        .child_text("Encrypt")
        .flatten()
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
        .ok_or(ParseError::MissingField("Encrypt"))
}

/// Checks the query's `msg_signature` against the body's `Encrypt`. The envelope is read
/// first because the signature covers what is inside it; nothing in it is trusted before
/// the signature holds.
pub fn verify(token: &Secret, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
    let signed = SignedQuery::read(request, "msg_signature")?;
    // Without an `Encrypt` there is nothing signed: refused as a signature that can't hold.
    let encrypt = encrypted_part(request.body).map_err(|_| VerifyError::SignatureMismatch)?;
    matches(
        &signed.received,
        &digest(token.expose(), &signed.timestamp, &signed.nonce, &encrypt),
    )
}

/// The ciphertext of an `Encrypt` value: whole 32-byte blocks, as WeChat pads them.
pub fn ciphertext(encrypt: &str) -> Result<Vec<u8>, ParseError> {
    let bytes = BASE64.decode(encrypt).map_err(|_| undecryptable())?;
    if bytes.is_empty() || bytes.len() % PAD_BLOCK != 0 {
        return Err(undecryptable());
    }
    Ok(bytes)
}

fn undecryptable() -> ParseError {
    ParseError::InvalidValue { field: "Encrypt" }
}

/// The message XML in a decrypted `Encrypt`: the PKCS#7 padding (to 32) removed, the 16
/// random bytes and the length read, and refused unless what follows the XML is the
/// account's AppID (a message for another account, or a wrong key).
pub fn unwrap(mode: &SafeMode, plain: &[u8]) -> Result<Vec<u8>, ParseError> {
    let pad = usize::from(*plain.last().ok_or_else(undecryptable)?);
    if !(1..=PAD_BLOCK).contains(&pad)
        || pad > plain.len()
        || plain[plain.len() - pad..]
            .iter()
            .any(|&b| usize::from(b) != pad)
    {
        return Err(undecryptable());
    }
    let content = &plain[..plain.len() - pad];
    let length_bytes: [u8; 4] = content
        .get(16..20)
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or_else(undecryptable)?;
    let length = u32::from_be_bytes(length_bytes) as usize;
    let xml = content
        .get(20..20usize.saturating_add(length))
        .ok_or_else(undecryptable)?;
    let app_id = &content[20 + length..];
    if app_id != mode.app_id.as_bytes() {
        return Err(ParseError::InvalidValue { field: "AppID" });
    }
    Ok(xml.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::HttpMethod;
    use aes::cipher::{block_padding::NoPadding, BlockDecryptMut, BlockEncryptMut, KeyIvInit};

    /// What the edge does with WebCrypto: the envelope's ciphertext, AES-256-CBC
    /// decrypted (RustCrypto here), unwrapped.
    fn open(mode: &SafeMode, body: &[u8]) -> Result<Vec<u8>, ParseError> {
        decrypt(mode, &encrypted_part(body)?)
    }

    fn decrypt(mode: &SafeMode, encrypt: &str) -> Result<Vec<u8>, ParseError> {
        let mut buffer = ciphertext(encrypt)?;
        let plain =
            cbc::Decryptor::<aes::Aes256>::new(mode.key.bytes().into(), &mode.key.iv().into())
                .decrypt_padded_mut::<NoPadding>(&mut buffer)
                .map_err(|_| undecryptable())?;
        unwrap(mode, plain)
    }

    // Tencent's WXBizMsgCrypt sample (Sample.py, "测试解密接口"): its key, token, AppID,
    // timestamp, nonce, msg_signature and encrypted push.
    const SAMPLE_KEY: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    const SAMPLE_TOKEN: &str = "spamtest";
    const SAMPLE_APP_ID: &str = "wx2c2769f8efd9abc2";
    const SAMPLE_TIMESTAMP: &str = "1409735669";
    const SAMPLE_NONCE: &str = "1320562132";
    const SAMPLE_MSG_SIGNATURE: &str = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";
    const SAMPLE_ENCRYPT: &str = "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";

    fn sample_mode() -> SafeMode {
        SafeMode {
            key: AesKey::parse(SAMPLE_KEY).unwrap(),
            app_id: SAMPLE_APP_ID.into(),
        }
    }

    fn sample_body(encrypt: &str) -> String {
        format!(
            "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\
             <Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
        )
    }

    fn request<'a>(url: &'a str, body: &'a str) -> WebhookRequest<'a> {
        WebhookRequest {
            method: HttpMethod::Post,
            url,
            headers: &[],
            body: body.as_bytes(),
        }
    }

    fn sample_url(msg_signature: &str) -> String {
        format!(
            "https://clinic.example/v1/channels/demo/wechat?signature=x&timestamp={SAMPLE_TIMESTAMP}\
             &nonce={SAMPLE_NONCE}&openid=oyORnuP8q7ou2gfYjqLzSIWZf0rs&encrypt_type=aes\
             &msg_signature={msg_signature}"
        )
    }

    /// Encrypts as WeChat does, for tests of what the sample doesn't cover.
    fn encrypt(mode: &SafeMode, xml: &str, app_id: &str) -> String {
        let mut plain = b"0123456789abcdef".to_vec();
        plain.extend((xml.len() as u32).to_be_bytes());
        plain.extend(xml.as_bytes());
        plain.extend(app_id.as_bytes());
        let pad = PAD_BLOCK - plain.len() % PAD_BLOCK;
        plain.extend(std::iter::repeat_n(pad as u8, pad));
        let length = plain.len();
        let cipher =
            cbc::Encryptor::<aes::Aes256>::new(mode.key.bytes().into(), &mode.key.iv().into())
                .encrypt_padded_mut::<NoPadding>(&mut plain, length)
                .unwrap()
                .to_vec();
        BASE64.encode(cipher)
    }

    #[test]
    fn the_published_sample_verifies_and_decrypts() {
        assert_eq!(
            msg_signature(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, SAMPLE_NONCE, SAMPLE_ENCRYPT),
            SAMPLE_MSG_SIGNATURE
        );
        let body = sample_body(SAMPLE_ENCRYPT);
        let url = sample_url(SAMPLE_MSG_SIGNATURE);
        let token = Secret::new(SAMPLE_TOKEN);
        assert_eq!(verify(&token, &request(&url, &body)), Ok(()));
        let xml = String::from_utf8(open(&sample_mode(), body.as_bytes()).unwrap()).unwrap();
        assert!(xml.starts_with("<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>"));
        assert!(
            xml.contains("<Content><![CDATA[abcdteT]]></Content>"),
            "{xml}"
        );
        assert!(xml.contains("<MsgId>6054768590064713728</MsgId>"), "{xml}");
        assert!(xml.ends_with("</xml>"), "{xml}");
        // And it reads as a plaintext push would.
        let events = crate::channels::wechat::parse_webhook(xml.as_bytes()).unwrap();
        let [crate::channels::InboundEvent::Message(message)] = events.as_slice() else {
            panic!("{events:?}")
        };
        assert_eq!(message.text, "abcdteT");
        assert_eq!(message.provider_message_id.as_str(), "6054768590064713728");
    }

    #[test]
    fn a_wrong_missing_or_unsigned_signature_is_refused() {
        let body = sample_body(SAMPLE_ENCRYPT);
        let token = Secret::new(SAMPLE_TOKEN);
        let wrong = sample_url("5d197aaffba7e9b25a30732f161a50dee96bd5fb");
        assert_eq!(
            verify(&token, &request(&wrong, &body)),
            Err(VerifyError::SignatureMismatch)
        );
        let other_token = Secret::new("othertoken");
        let url = sample_url(SAMPLE_MSG_SIGNATURE);
        assert_eq!(
            verify(&other_token, &request(&url, &body)),
            Err(VerifyError::SignatureMismatch)
        );
        // The plaintext `signature` alone is not enough in safe mode.
        let plain_only = url.split("&msg_signature").next().unwrap().to_owned();
        assert_eq!(
            verify(&token, &request(&plain_only, &body)),
            Err(VerifyError::MissingSignature)
        );
        // A changed ciphertext breaks the signature.
        let changed = sample_body(&SAMPLE_ENCRYPT.replacen('h', "H", 1));
        assert_eq!(
            verify(&token, &request(&url, &changed)),
            Err(VerifyError::SignatureMismatch)
        );
        let empty = "<xml><ToUserName>gh</ToUserName></xml>";
        assert_eq!(
            verify(&token, &request(&url, empty)),
            Err(VerifyError::SignatureMismatch)
        );
    }

    #[test]
    fn a_message_for_another_account_or_key_is_refused() {
        let mut other_app = sample_mode();
        other_app.app_id = "wx0000000000000000".into();
        let body = sample_body(SAMPLE_ENCRYPT);
        assert_eq!(
            open(&other_app, body.as_bytes()),
            Err(ParseError::InvalidValue { field: "AppID" })
        );
        let other_key = SafeMode {
            key: AesKey::parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg").unwrap(),
            app_id: SAMPLE_APP_ID.into(),
        };
        assert!(open(&other_key, body.as_bytes()).is_err());
        for broken in ["", "not base64!", "aGVsbG8=", &SAMPLE_ENCRYPT[..40]] {
            assert!(decrypt(&sample_mode(), broken).is_err(), "{broken}");
        }
    }

    #[test]
    fn round_trips_any_length_and_the_padding_is_checked() {
        let mode = sample_mode();
        // Lengths around the 32-byte pad block: a full block of padding when it fits.
        for length in [0, 1, 11, 12, 13, 43, 44, 45, 300] {
            let xml = "x".repeat(length);
            let encrypted = encrypt(&mode, &xml, SAMPLE_APP_ID);
            assert_eq!(
                decrypt(&mode, &encrypted).unwrap(),
                xml.as_bytes(),
                "{length}"
            );
        }
        // A length field pointing past the end is refused, never read out of bounds; so
        // are padding bytes that disagree, or a pad longer than WeChat's block.
        let mut plain = b"0123456789abcdef".to_vec();
        plain.extend(1_000u32.to_be_bytes());
        plain.extend(b"<xml/>");
        plain.extend(std::iter::repeat_n(6u8, 6));
        assert!(unwrap(&mode, &plain).is_err());
        let mut uneven = [7u8; 64];
        uneven[60] = 3;
        assert!(unwrap(&mode, &uneven).is_err());
        assert!(unwrap(&mode, &[33u8; 64]).is_err());
        assert!(unwrap(&mode, &[]).is_err());
    }

    #[test]
    fn the_mode_is_a_per_clinic_setting_next_to_the_wechat_ones() {
        use crate::channel_config::ChannelsConfig;
        let base =
            "[wechat]\nofficial_account_id = \"gh_demo_clinic\"\napp_id = \"wxdev0000000000000\"\n";
        let plain: ChannelsConfig = toml::from_str(base).unwrap();
        let wechat = plain.wechat.unwrap();
        assert_eq!(wechat.message_mode, MessageMode::Plaintext);
        assert_eq!(wechat.encoding_aes_key_secret, "WECHAT_ENCODING_AES_KEY");
        let safe: ChannelsConfig = toml::from_str(&format!(
            "{base}message_mode = \"safe\"\nencoding_aes_key_secret = \"CLINIC_AES_KEY\"\n"
        ))
        .unwrap();
        assert_eq!(safe.validate(), Ok(()));
        let wechat = safe.wechat.clone().unwrap();
        assert_eq!(wechat.message_mode, MessageMode::Safe);
        assert_eq!(wechat.encoding_aes_key_secret, "CLINIC_AES_KEY");
        assert!(toml::from_str::<ChannelsConfig>(&format!(
            "{base}message_mode = \"compatible\"\n"
        ))
        .is_err());
        let mut bad = safe.clone();
        if let Some(wechat) = bad.wechat.as_mut() {
            wechat.encoding_aes_key_secret = "aes key".into();
        }
        assert!(bad.validate().is_err());
    }

    #[test]
    fn encoding_aes_keys_are_43_base64_characters() {
        assert!(AesKey::parse(SAMPLE_KEY).is_ok());
        assert!(AesKey::parse(&SAMPLE_KEY[..42]).is_err());
        assert!(AesKey::parse(&format!("{SAMPLE_KEY}A")).is_err());
        assert!(AesKey::parse("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF+").is_err());
        assert_eq!(
            format!("{:?}", AesKey::parse(SAMPLE_KEY).unwrap()),
            "AesKey(…)"
        );
    }
}
