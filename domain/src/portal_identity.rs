//! Signed portal identities: a clinic's patient portal vouches for its signed-in patient
//! by passing `user_hash`, the hex HMAC-SHA256 of `user_id` keyed with the clinic's
//! identity secret, computed on the clinic's server (the secret never reaches a browser).
//!
//! The signature covers `user_id` only, so only `user_id` is verified by it: a page could
//! pair a valid `user_id`/`user_hash` with someone else's email, which therefore stays
//! stated. Two secrets may verify at once (the current and, during a rotation, the
//! previous), each compared in constant time.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// `[identity]` in the clinic file: whether identities must be signed, and the names of
/// the Workers secrets that hold the identity secret (never the secret itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentitySettings {
    /// When true, `identify()` without a valid `user_hash` is refused (403
    /// `signed_identity_required`); when false, unsigned identities are taken as stated.
    #[serde(default)]
    pub require_signed: bool,
    /// The Workers secret holding the current identity secret.
    #[serde(default = "default_secret")]
    pub secret: String,
    /// The Workers secret holding the previous one while a rotation is under way.
    #[serde(default = "default_previous_secret")]
    pub previous_secret: String,
}

impl Default for IdentitySettings {
    fn default() -> Self {
        IdentitySettings {
            require_signed: false,
            secret: default_secret(),
            previous_secret: default_previous_secret(),
        }
    }
}

fn default_secret() -> String {
    "IDENTITY_SECRET".into()
}

fn default_previous_secret() -> String {
    "IDENTITY_SECRET_PREVIOUS".into()
}

/// Why a portal identity was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PortalIdentityError {
    #[error("this clinic accepts only identities signed by its patient portal: pass 'user_id' and 'user_hash' (hex HMAC-SHA256 of user_id with the clinic's identity secret, computed on your server)")]
    SignatureRequired,
    #[error("'user_hash' does not match 'user_id': compute it on your server as the hex HMAC-SHA256 of user_id, keyed with the clinic's identity secret")]
    Mismatch,
    #[error("'user_hash' needs the 'user_id' it signs")]
    HashWithoutUserId,
}

/// The identity secrets a clinic verifies with: the current one and, during a rotation,
/// the previous one. Either may be missing (not configured).
#[derive(Clone, Copy, Default)]
pub struct Secrets<'a> {
    pub current: Option<&'a [u8]>,
    pub previous: Option<&'a [u8]>,
}

/// What a portal identity proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Portal {
    /// No `user_id` at all (an anonymous visitor, or only name and contact).
    None,
    /// A `user_id` without `user_hash`: only stated.
    Stated(String),
    /// A `user_id` its `user_hash` proves.
    Signed(String),
}

/// The hex HMAC-SHA256 of `user_id` keyed with `secret`: what the clinic's server sends.
pub fn user_hash(secret: &[u8], user_id: &str) -> String {
    hex::encode(digest(secret, user_id))
}

fn digest(secret: &[u8], user_id: &str) -> Vec<u8> {
    // HMAC takes keys of any length, so this can't fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return Vec::new();
    };
    mac.update(user_id.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// Checks a visitor's `user_id` (already cleaned, `identity::clean`) and `user_hash`
/// against the clinic's policy and secrets. `states_anything` says whether the visitor
/// gives a name, email or phone: this decides whether the identity as a whole may be
/// taken, and how its `user_id` is known.
pub fn check(
    settings: &IdentitySettings,
    secrets: Secrets<'_>,
    user_id: Option<&str>,
    user_hash: Option<&str>,
    states_anything: bool,
) -> Result<Portal, PortalIdentityError> {
    let user_hash = user_hash.map(str::trim).filter(|hash| !hash.is_empty());
    match (user_id, user_hash) {
        (None, Some(_)) => Err(PortalIdentityError::HashWithoutUserId),
        (Some(id), Some(hash)) => {
            if verifies(secrets, id, hash) {
                Ok(Portal::Signed(id.to_owned()))
            } else {
                Err(PortalIdentityError::Mismatch)
            }
        }
        _ if settings.require_signed && (user_id.is_some() || states_anything) => {
            Err(PortalIdentityError::SignatureRequired)
        }
        (Some(id), None) => Ok(Portal::Stated(id.to_owned())),
        (None, None) => Ok(Portal::None),
    }
}

/// Whether `hash` (hex, either case) is `user_id`'s HMAC under either secret. Both
/// secrets are always tried and each compare is constant-time, so timing tells a forger
/// neither which secret nor how many bytes were right.
fn verifies(secrets: Secrets<'_>, user_id: &str, hash: &str) -> bool {
    let Ok(received) = hex::decode(hash) else {
        return false;
    };
    let mut ok = subtle::Choice::from(0);
    for secret in [secrets.current, secrets.previous].into_iter().flatten() {
        let expected = digest(secret, user_id);
        if expected.len() == received.len() {
            ok |= received.ct_eq(&expected);
        }
    }
    bool::from(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"dev-only-identity-secret-portal-7c1f";
    /// Computed independently with Python:
    /// `hmac.new(b'dev-only-identity-secret-portal-7c1f', b'patient-1042', hashlib.sha256).hexdigest()`
    const KNOWN: &str = "bfef593dc877a98f0af484bcae2d571ab0e8965f803529a50a6f60da1a43dbe7";

    fn secrets(current: &'static [u8], previous: Option<&'static [u8]>) -> Secrets<'static> {
        Secrets {
            current: Some(current),
            previous,
        }
    }

    fn optional() -> IdentitySettings {
        IdentitySettings::default()
    }

    fn required() -> IdentitySettings {
        IdentitySettings {
            require_signed: true,
            ..IdentitySettings::default()
        }
    }

    #[test]
    fn the_hash_matches_an_independent_known_answer() {
        assert_eq!(user_hash(SECRET, "patient-1042"), KNOWN);
        // RFC 4231-style public vector (HMAC-SHA256, key "key").
        assert_eq!(
            user_hash(b"key", "The quick brown fox jumps over the lazy dog"),
            "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
    }

    #[test]
    fn a_signed_identity_is_accepted_in_either_case_of_hex() {
        for hash in [KNOWN.to_owned(), KNOWN.to_uppercase()] {
            assert_eq!(
                check(
                    &required(),
                    secrets(SECRET, None),
                    Some("patient-1042"),
                    Some(&hash),
                    true
                ),
                Ok(Portal::Signed("patient-1042".into()))
            );
        }
    }

    #[test]
    fn a_wrong_or_malformed_hash_is_refused() {
        let mut wrong = KNOWN.to_owned();
        wrong.replace_range(63.., "0");
        for hash in [wrong.as_str(), &KNOWN[..62], "zz", &format!("{KNOWN}00")] {
            assert_eq!(
                check(
                    &optional(),
                    secrets(SECRET, None),
                    Some("patient-1042"),
                    Some(hash),
                    false
                ),
                Err(PortalIdentityError::Mismatch),
                "{hash}"
            );
        }
        // The right hash of another user_id is wrong for this one.
        assert_eq!(
            check(
                &optional(),
                secrets(SECRET, None),
                Some("patient-1043"),
                Some(KNOWN),
                false
            ),
            Err(PortalIdentityError::Mismatch)
        );
        // Without a configured secret nothing verifies.
        assert_eq!(
            check(
                &optional(),
                Secrets::default(),
                Some("patient-1042"),
                Some(KNOWN),
                false
            ),
            Err(PortalIdentityError::Mismatch)
        );
    }

    #[test]
    fn the_previous_secret_verifies_during_a_rotation() {
        let rotated = secrets(b"the-new-secret", Some(SECRET));
        assert_eq!(
            check(
                &optional(),
                rotated,
                Some("patient-1042"),
                Some(KNOWN),
                false
            ),
            Ok(Portal::Signed("patient-1042".into()))
        );
        let new_hash = user_hash(b"the-new-secret", "patient-1042");
        assert!(check(
            &optional(),
            rotated,
            Some("patient-1042"),
            Some(&new_hash),
            false
        )
        .is_ok());
        // Once the previous secret is removed, its hashes stop verifying.
        assert_eq!(
            check(
                &optional(),
                secrets(b"the-new-secret", None),
                Some("patient-1042"),
                Some(KNOWN),
                false
            ),
            Err(PortalIdentityError::Mismatch)
        );
    }

    #[test]
    fn the_required_mode_refuses_unsigned_identities_but_not_anonymous_visitors() {
        assert_eq!(
            check(&required(), secrets(SECRET, None), None, None, true),
            Err(PortalIdentityError::SignatureRequired)
        );
        assert_eq!(
            check(
                &required(),
                secrets(SECRET, None),
                Some("patient-1042"),
                None,
                false
            ),
            Err(PortalIdentityError::SignatureRequired)
        );
        assert_eq!(
            check(&required(), secrets(SECRET, None), None, None, false),
            Ok(Portal::None)
        );
        // Optional mode takes an unsigned user_id as stated.
        assert_eq!(
            check(
                &optional(),
                secrets(SECRET, None),
                Some("patient-1042"),
                None,
                true
            ),
            Ok(Portal::Stated("patient-1042".into()))
        );
    }

    #[test]
    fn a_hash_needs_its_user_id() {
        assert_eq!(
            check(&optional(), secrets(SECRET, None), None, Some(KNOWN), false),
            Err(PortalIdentityError::HashWithoutUserId)
        );
    }

    #[test]
    fn settings_default_to_optional_with_the_documented_secret_names() {
        let read: IdentitySettings = toml::from_str("require_signed = true").expect("toml");
        assert!(read.require_signed);
        assert_eq!(read.secret, "IDENTITY_SECRET");
        assert_eq!(read.previous_secret, "IDENTITY_SECRET_PREVIOUS");
        assert!(toml::from_str::<IdentitySettings>("secret_value = 'x'").is_err());
    }
}
