//! The digests providers sign webhooks with, and the constant-time comparison every
//! adapter checks them with.

use hmac::{Hmac, Mac};
use sha1::{Digest, Sha1};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use super::{VerifyError, WebhookRequest};

/// HMAC-SHA1 of `data` keyed with `key` (Twilio).
pub(super) fn hmac_sha1(key: &[u8], data: &[&[u8]]) -> Vec<u8> {
    // HMAC takes keys of any length, so this can't fail.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(key) else {
        return Vec::new();
    };
    for part in data {
        mac.update(part);
    }
    mac.finalize().into_bytes().to_vec()
}

/// HMAC-SHA256 of `data` keyed with `key` (Meta, X).
pub(super) fn hmac_sha256(key: &[u8], data: &[u8]) -> Vec<u8> {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return Vec::new();
    };
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// Plain SHA1 of the parts, concatenated (WeChat).
pub(super) fn sha1(parts: &[&[u8]]) -> Vec<u8> {
    let mut hasher = Sha1::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().to_vec()
}

/// Compares a received digest with the expected one in constant time, so timing doesn't
/// tell a forger how many leading bytes were right.
pub(super) fn matches(received: &[u8], expected: &[u8]) -> Result<(), VerifyError> {
    if expected.is_empty() || !bool::from(received.ct_eq(expected)) {
        return Err(VerifyError::SignatureMismatch);
    }
    Ok(())
}

/// How a provider writes a digest in its header.
#[derive(Debug, Clone, Copy)]
pub(super) enum DigestText {
    /// Lower- or upper-case hex (Meta).
    Hex,
    /// Standard base64 (X).
    Base64,
}

/// Checks a `<header>: sha256=<digest>` body signature: HMAC-SHA256 of the raw body keyed
/// with `secret`, as Meta and X send it.
pub(super) fn verify_sha256_header(
    request: &WebhookRequest<'_>,
    header: &str,
    secret: &str,
    text: DigestText,
) -> Result<(), VerifyError> {
    let value = request
        .header(header)
        .ok_or(VerifyError::MissingSignature)?;
    let digest = value
        .trim()
        .strip_prefix("sha256=")
        .ok_or(VerifyError::MalformedSignature)?;
    let received = match text {
        DigestText::Hex => hex::decode(digest).ok(),
        DigestText::Base64 => STANDARD.decode(digest).ok(),
    }
    .ok_or(VerifyError::MalformedSignature)?;
    matches(&received, &hmac_sha256(secret.as_bytes(), request.body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_published_vectors() {
        // RFC 2202 test case 2 and RFC 4231 test case 2: key "Jefe".
        let data = b"what do ya want for nothing?";
        assert_eq!(
            hex::encode(hmac_sha1(b"Jefe", &[data])),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        assert_eq!(
            hex::encode(hmac_sha256(b"Jefe", data)),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            hex::encode(sha1(&[b"ab", b"c"])),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
    }

    #[test]
    fn comparison_needs_every_byte() {
        assert_eq!(matches(b"abc", b"abc"), Ok(()));
        assert_eq!(matches(b"abd", b"abc"), Err(VerifyError::SignatureMismatch));
        assert_eq!(matches(b"ab", b"abc"), Err(VerifyError::SignatureMismatch));
        assert_eq!(matches(b"", b""), Err(VerifyError::SignatureMismatch));
    }
}
