//! The digests providers sign webhooks with, and the constant-time comparison every
//! adapter checks them with.

use hmac::{Hmac, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;

use super::VerifyError;

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

/// Compares a received digest with the expected one in constant time, so timing doesn't
/// tell a forger how many leading bytes were right.
pub(super) fn matches(received: &[u8], expected: &[u8]) -> Result<(), VerifyError> {
    if expected.is_empty() || !bool::from(received.ct_eq(expected)) {
        return Err(VerifyError::SignatureMismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_published_vectors() {
        // RFC 2202 test case 2: key "Jefe".
        let data = b"what do ya want for nothing?";
        assert_eq!(
            hex::encode(hmac_sha1(b"Jefe", &[data])),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
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
