//! Short-lived signed attachment URLs: the path names the clinic, conversation and
//! attachment; the query names who it was made for, when it ends and the signature over
//! all of them. An `<img>` can load it without a header, and it is useless to anyone
//! once it expires.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// How long a signed URL works: long enough to open it, short enough that a copied
/// link is soon dead.
pub const URL_TTL_SECONDS: i64 = 300;

/// How long a provider's URL works (a staff reply's file on MMS, WhatsApp or Messenger):
/// the provider fetches it when it takes the message, which may be a few minutes after a
/// queued send starts.
pub const PROVIDER_URL_TTL_SECONDS: i64 = 900;

/// Who a URL was made for, so a view is audited under its viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    /// The conversation's own visitor.
    Visitor,
    /// A staff member, by id.
    Staff(String),
    /// The channel's provider, fetching a staff reply's file to deliver it.
    Provider,
}

impl Viewer {
    /// The query value: `visitor`, or `staff.<id>`.
    pub fn as_query(&self) -> String {
        match self {
            Self::Visitor => "visitor".to_owned(),
            Self::Staff(id) => format!("staff.{id}"),
            Self::Provider => "provider".to_owned(),
        }
    }

    pub fn from_query(value: &str) -> Option<Self> {
        match value {
            "visitor" => Some(Self::Visitor),
            "provider" => Some(Self::Provider),
            _ => value
                .strip_prefix("staff.")
                .filter(|id| !id.is_empty())
                .map(|id| Self::Staff(id.to_owned())),
        }
    }
}

/// What a signed URL grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlClaims {
    pub clinic_id: String,
    pub conversation_id: String,
    pub attachment_id: String,
    pub viewer: Viewer,
    /// Unix seconds.
    pub expires_at: i64,
}

/// Why a signed URL is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignedUrlError {
    #[error("the link's signature does not match")]
    BadSignature,
    #[error("the link has expired")]
    Expired,
}

/// The signing key, derived from a server secret for this use only, so a signature
/// here can never be replayed as a visitor token's (same secret, another purpose).
fn key(secret: &[u8]) -> Vec<u8> {
    mac_of(secret, b"frontdesk attachment url v1").to_vec()
}

fn mac_of(key: &[u8], data: &[u8]) -> [u8; 32] {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(data);
    mac.finalize().into_bytes().into()
}

fn payload(claims: &UrlClaims) -> String {
    // Ids never hold '\n' (they come from the path and the store), so the fields can't
    // run into each other.
    format!(
        "{}\n{}\n{}\n{}\n{}",
        claims.clinic_id,
        claims.conversation_id,
        claims.attachment_id,
        claims.viewer.as_query(),
        claims.expires_at
    )
}

/// The signature of `claims` under `secret`, base64url.
pub fn sign(secret: &[u8], claims: &UrlClaims) -> String {
    URL_SAFE_NO_PAD.encode(mac_of(&key(secret), payload(claims).as_bytes()))
}

/// Checks `signature` against each accepted secret (current, then previous) and the
/// expiry against `now_unix`.
pub fn verify(
    secrets: &[&[u8]],
    claims: &UrlClaims,
    signature: &str,
    now_unix: i64,
) -> Result<(), SignedUrlError> {
    let signature = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| SignedUrlError::BadSignature)?;
    let payload = payload(claims);
    let signed = secrets.iter().any(|secret| {
        let mut mac =
            <HmacSha256 as Mac>::new_from_slice(&key(secret)).unwrap_or_else(|_| unreachable!());
        mac.update(payload.as_bytes());
        mac.verify_slice(&signature).is_ok()
    });
    if !signed {
        return Err(SignedUrlError::BadSignature);
    }
    if now_unix >= claims.expires_at {
        return Err(SignedUrlError::Expired);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> UrlClaims {
        UrlClaims {
            clinic_id: "demo".into(),
            conversation_id: "c1".into(),
            attachment_id: "a1".into(),
            viewer: Viewer::Staff("s1".into()),
            expires_at: 1_000,
        }
    }

    #[test]
    fn a_signed_url_verifies_until_it_expires() {
        let sig = sign(b"secret", &claims());
        assert_eq!(verify(&[b"secret"], &claims(), &sig, 999), Ok(()));
        assert_eq!(
            verify(&[b"secret"], &claims(), &sig, 1_000),
            Err(SignedUrlError::Expired)
        );
        // The previous secret still verifies during a rotation.
        assert_eq!(verify(&[b"new", b"secret"], &claims(), &sig, 0), Ok(()));
    }

    #[test]
    fn every_claim_is_signed() {
        let sig = sign(b"secret", &claims());
        let changes: [fn(&mut UrlClaims); 5] = [
            |c| c.clinic_id = "other".into(),
            |c| c.conversation_id = "c2".into(),
            |c| c.attachment_id = "a2".into(),
            |c| c.viewer = Viewer::Visitor,
            |c| c.expires_at = 2_000,
        ];
        for change in changes {
            let mut forged = claims();
            change(&mut forged);
            assert_eq!(
                verify(&[b"secret"], &forged, &sig, 0),
                Err(SignedUrlError::BadSignature)
            );
        }
        assert_eq!(
            verify(&[b"other"], &claims(), &sig, 0),
            Err(SignedUrlError::BadSignature)
        );
        assert_eq!(
            verify(&[b"secret"], &claims(), "not base64!", 0),
            Err(SignedUrlError::BadSignature)
        );
    }

    #[test]
    fn viewers_round_trip_through_the_query() {
        for viewer in [
            Viewer::Visitor,
            Viewer::Staff("s-9".into()),
            Viewer::Provider,
        ] {
            assert_eq!(Viewer::from_query(&viewer.as_query()), Some(viewer));
        }
        assert_eq!(Viewer::from_query("staff."), None);
        assert_eq!(Viewer::from_query("admin"), None);
    }
}
