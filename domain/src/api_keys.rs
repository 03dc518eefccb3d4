//! API keys for a clinic's other systems: what a key's secret looks like, how it is
//! stored (a SHA-256 digest only: the secret has 256 random bits, so a fast hash is
//! enough and lets each call find its key in one indexed lookup), and the rules a new
//! key's name and scopes follow. The edge makes the random bytes and keeps the rows.

use frontdesk_protocol::ApiScope;
use sha2::{Digest, Sha256};

use crate::rate_limit::Rate;

/// Every key's secret starts with this, so a leaked one is easy to recognise (secret
/// scanners) and a bearer token is told apart from a staff session at a glance.
pub const SECRET_PREFIX: &str = "fdk_";

/// Random bytes in a secret (hex-encoded after the prefix).
pub const SECRET_BYTES: usize = 32;

/// Characters of the secret kept in the clear to tell keys apart in the console: the
/// prefix and 8 hex digits (32 bits, far too few to guess the rest from).
const SHOWN_CHARS: usize = SECRET_PREFIX.len() + 8;

/// Keys one clinic may hold, revoked ones included (they stay listed for the record).
pub const MAX_KEYS: usize = 50;

/// Longest key name, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// Calls one key may make: a sync job's burst, then two a second.
pub const RATE: Rate = Rate::new(60, 120);

/// A new secret from `random` bytes.
pub fn secret_from(random: &[u8; SECRET_BYTES]) -> String {
    format!("{SECRET_PREFIX}{}", hex::encode(random))
}

/// Whether a bearer token claims to be an API key (checked against the store later);
/// anything else is a staff session token.
pub fn is_key_token(token: &str) -> bool {
    token.starts_with(SECRET_PREFIX)
}

/// Whether `token` has the exact shape [`secret_from`] makes; others are refused before
/// the store is asked.
pub fn has_secret_shape(token: &str) -> bool {
    token.strip_prefix(SECRET_PREFIX).is_some_and(|hex| {
        hex.len() == SECRET_BYTES * 2 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// What is stored, and looked up, instead of the secret.
pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The part of a secret the console shows.
pub fn shown_prefix(secret: &str) -> String {
    secret.chars().take(SHOWN_CHARS).collect()
}

/// Why a new key was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error(
        "Give the key a name of 1 to {MAX_NAME_CHARS} characters, e.g. \"Practice software\"."
    )]
    Name,
    #[error("Give the key at least one scope.")]
    NoScopes,
    #[error("Unknown scope '{0}'; scopes are conversations:read, messages:write, surveys:write, reports:read.")]
    UnknownScope(String),
}

/// A new key's name, trimmed: printable and not too long.
pub fn clean_name(raw: &str) -> Result<String, KeyError> {
    let name = raw.trim();
    let count = name.chars().count();
    if count == 0 || count > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(KeyError::Name);
    }
    Ok(name.to_owned())
}

/// A new key's scopes, each once, in the order given.
pub fn parse_scopes(raw: &[String]) -> Result<Vec<ApiScope>, KeyError> {
    let mut scopes = Vec::with_capacity(raw.len());
    for name in raw {
        // The echoed name is capped: it comes from the caller.
        let scope = ApiScope::parse(name)
            .ok_or_else(|| KeyError::UnknownScope(name.chars().take(40).collect()))?;
        if !scopes.contains(&scope) {
            scopes.push(scope);
        }
    }
    if scopes.is_empty() {
        return Err(KeyError::NoScopes);
    }
    Ok(scopes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_has_the_prefix_and_256_random_bits_and_only_its_digest_is_kept() {
        let secret = secret_from(&[0xab; SECRET_BYTES]);
        assert_eq!(secret, format!("fdk_{}", "ab".repeat(32)));
        assert!(is_key_token(&secret) && has_secret_shape(&secret));
        assert_eq!(shown_prefix(&secret), "fdk_abababab");
        let stored = digest(&secret);
        assert_eq!(stored.len(), 64);
        assert!(!stored.contains(&secret[4..]));
        assert_ne!(stored, digest(&secret_from(&[0xac; SECRET_BYTES])));
        // The SHA-256 test vector, so the digest is the standard one other tools make.
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn tokens_of_other_shapes_are_not_secrets() {
        let good = secret_from(&[1; SECRET_BYTES]);
        for bad in [
            "fdk_".to_owned(),
            good.to_uppercase(),
            format!("{good}0"),
            good[..good.len() - 1].to_owned(),
            good.replace("fdk_", "fdx_"),
            format!("fdk_{}", "g".repeat(64)),
        ] {
            assert!(!has_secret_shape(&bad), "{bad}");
        }
        assert!(!is_key_token("0123abcd"));
    }

    #[test]
    fn names_are_trimmed_printable_and_short() {
        assert_eq!(
            clean_name("  Practice software ").unwrap(),
            "Practice software"
        );
        assert_eq!(clean_name(" "), Err(KeyError::Name));
        assert_eq!(clean_name("a\u{7}b"), Err(KeyError::Name));
        assert_eq!(
            clean_name(&"é".repeat(MAX_NAME_CHARS))
                .unwrap()
                .chars()
                .count(),
            80
        );
        assert_eq!(
            clean_name(&"é".repeat(MAX_NAME_CHARS + 1)),
            Err(KeyError::Name)
        );
    }

    #[test]
    fn scopes_are_known_deduplicated_and_at_least_one() {
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            parse_scopes(&names(&[
                "reports:read",
                "conversations:read",
                "reports:read"
            ])),
            Ok(vec![ApiScope::ReportsRead, ApiScope::ConversationsRead])
        );
        assert_eq!(parse_scopes(&[]), Err(KeyError::NoScopes));
        assert_eq!(
            parse_scopes(&names(&["reports:read", "admin"])),
            Err(KeyError::UnknownScope("admin".into()))
        );
    }
}
