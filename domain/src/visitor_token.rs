//! Visitor tokens: HMAC-SHA256-signed claims binding one clinic and one conversation.
//!
//! Format: `v1.<base64url(clinic|conversation|expires_unix)>.<base64url(hmac)>`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// What a valid visitor token proves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitorClaims {
    pub clinic_id: String,
    pub conversation_id: String,
    /// Unix seconds.
    pub expires_at: i64,
}

/// Why a token was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    #[error("the token is malformed")]
    Malformed,
    #[error("the token signature does not match")]
    BadSignature,
    #[error("the token has expired")]
    Expired,
}

fn mac(secret: &[u8], payload: &str) -> HmacSha256 {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!());
    mac.update(payload.as_bytes());
    mac
}

/// Signs `claims` with `secret`.
/// The shortest signing secret accepted: 32 bytes, HMAC-SHA256's own strength.
pub const MIN_SECRET_BYTES: usize = 32;

/// Whether `secret` may sign visitor tokens: an empty or short one would let anyone
/// forge a token for any conversation, so the service refuses to use it.
pub fn secret_is_strong(secret: &str) -> bool {
    secret.trim().len() >= MIN_SECRET_BYTES
}

pub fn issue(secret: &[u8], claims: &VisitorClaims) -> String {
    let raw = format!(
        "{}|{}|{}",
        claims.clinic_id, claims.conversation_id, claims.expires_at
    );
    let payload = URL_SAFE_NO_PAD.encode(raw);
    let signature = URL_SAFE_NO_PAD.encode(mac(secret, &payload).finalize().into_bytes());
    format!("v1.{payload}.{signature}")
}

/// Checks the signature against each accepted secret (current first, then the
/// previous one during a rotation) and the expiry against `now_unix`.
pub fn verify(secrets: &[&[u8]], token: &str, now_unix: i64) -> Result<VisitorClaims, TokenError> {
    let mut parts = token.split('.');
    let (Some("v1"), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TokenError::Malformed);
    };
    let signature = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| TokenError::Malformed)?;
    let signed = secrets
        .iter()
        .any(|secret| mac(secret, payload).verify_slice(&signature).is_ok());
    if !signed {
        return Err(TokenError::BadSignature);
    }
    let raw = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| TokenError::Malformed)?;
    let raw = String::from_utf8(raw).map_err(|_| TokenError::Malformed)?;
    let mut fields = raw.split('|');
    let (Some(clinic_id), Some(conversation_id), Some(expires_at), None) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(TokenError::Malformed);
    };
    let expires_at: i64 = expires_at.parse().map_err(|_| TokenError::Malformed)?;
    if expires_at <= now_unix {
        return Err(TokenError::Expired);
    }
    Ok(VisitorClaims {
        clinic_id: clinic_id.to_owned(),
        conversation_id: conversation_id.to_owned(),
        expires_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> VisitorClaims {
        VisitorClaims {
            clinic_id: "demo".into(),
            conversation_id: "c_0123".into(),
            expires_at: 2_000,
        }
    }

    #[test]
    fn issued_tokens_verify() {
        let token = issue(b"secret", &claims());
        assert_eq!(verify(&[b"secret"], &token, 1_000), Ok(claims()));
    }

    #[test]
    fn rotation_accepts_the_previous_secret() {
        let token = issue(b"old", &claims());
        assert_eq!(verify(&[b"new", b"old"], &token, 1_000), Ok(claims()));
        assert_eq!(
            verify(&[b"new"], &token, 1_000),
            Err(TokenError::BadSignature)
        );
    }

    #[test]
    fn refusals_table() {
        let token = issue(b"secret", &claims());
        let other = issue(
            b"secret",
            &VisitorClaims {
                conversation_id: "c_other".into(),
                ..claims()
            },
        );
        let (_, other_payload) = other.split_once('.').unwrap();
        let other_payload = other_payload.split('.').next().unwrap();
        let signature = token.rsplit('.').next().unwrap();
        let spliced = format!("v1.{other_payload}.{signature}");
        let cases = [
            ("", TokenError::Malformed),
            ("v2.a.b", TokenError::Malformed),
            ("v1.a", TokenError::Malformed),
            ("v1.a.b.c", TokenError::Malformed),
            ("v1.abc.!!", TokenError::Malformed),
            (spliced.as_str(), TokenError::BadSignature),
        ];
        for (raw, expected) in cases {
            assert_eq!(verify(&[b"secret"], raw, 1_000), Err(expected), "{raw}");
        }
        assert_eq!(
            verify(&[b"secret"], &token, 2_000),
            Err(TokenError::Expired)
        );
    }

    #[test]
    fn empty_and_short_secrets_are_refused() {
        for (secret, strong) in [
            ("", false),
            ("   ", false),
            ("short", false),
            (&"x".repeat(31) as &str, false),
            (&format!("{}   ", "x".repeat(31)), false),
            (&"x".repeat(32), true),
            ("dev-only-visitor-token-secret-do-not-deploy", true),
        ] {
            assert_eq!(secret_is_strong(secret), strong, "{secret:?}");
        }
    }
}
