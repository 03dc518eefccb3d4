//! Outgoing webhooks signed by the Standard Webhooks scheme (standardwebhooks.com), so a
//! receiver can verify them with that project's libraries instead of code of its own.
//!
//! Every POST carries `webhook-id` (the same on every retry of one event, so receivers
//! drop repeats), `webhook-timestamp` (Unix seconds of this attempt, so an old request
//! can't be replayed) and `webhook-signature: v1,<base64 HMAC-SHA256 of
//! "id.timestamp.body">`, keyed with the base64-decoded part of a `whsec_` secret.
//! Where a webhook may go is here too: https, or http only to this machine (a local dev
//! server; a deployed worker can't reach loopback).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// The prefix of a secret's text form.
const PREFIX: &str = "whsec_";
/// The shortest and longest key the scheme allows, in bytes.
const KEY_BYTES: std::ops::RangeInclusive<usize> = 24..=64;
/// How far a received timestamp may be from now (the spec's suggested tolerance).
pub const TOLERANCE_SECONDS: i64 = 5 * 60;

/// A signing key: `whsec_` and the base64 of 24 to 64 random bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret(Vec<u8>);

impl std::fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A secret never reaches a log, even through a debug print.
        f.write_str("WebhookSecret(..)")
    }
}

/// Why a secret's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error("a webhook secret starts with whsec_")]
    Prefix,
    #[error("a webhook secret is whsec_ and base64")]
    Base64,
    #[error("a webhook secret holds 24 to 64 bytes")]
    Length,
}

impl WebhookSecret {
    /// Reads a `whsec_…` secret.
    pub fn parse(text: &str) -> Result<WebhookSecret, SecretError> {
        let encoded = text
            .trim()
            .strip_prefix(PREFIX)
            .ok_or(SecretError::Prefix)?;
        let key = STANDARD.decode(encoded).map_err(|_| SecretError::Base64)?;
        WebhookSecret::from_bytes(key)
    }

    /// A secret from random bytes (the caller's randomness; the domain has none).
    pub fn from_bytes(key: Vec<u8>) -> Result<WebhookSecret, SecretError> {
        if !KEY_BYTES.contains(&key.len()) {
            return Err(SecretError::Length);
        }
        Ok(WebhookSecret(key))
    }

    /// The `whsec_…` text a receiver configures.
    pub fn to_text(&self) -> String {
        format!("{PREFIX}{}", STANDARD.encode(&self.0))
    }

    fn digest(&self, id: &str, timestamp: i64, body: &[u8]) -> Vec<u8> {
        // HMAC takes keys of any length, so this can't fail.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            return Vec::new();
        };
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        mac.finalize().into_bytes().to_vec()
    }

    /// The `webhook-signature` value: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body`.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        format!("v1,{}", STANDARD.encode(self.digest(id, timestamp, body)))
    }

    /// The three headers of one delivery attempt, `timestamp` in Unix seconds.
    pub fn headers(&self, id: &str, timestamp: i64, body: &[u8]) -> [(&'static str, String); 3] {
        [
            ("webhook-id", id.to_owned()),
            ("webhook-timestamp", timestamp.to_string()),
            ("webhook-signature", self.sign(id, timestamp, body)),
        ]
    }

    /// Checks a received webhook as a receiver does: the timestamp within
    /// [`TOLERANCE_SECONDS`] of `now`, and any of the space-separated `v1` signatures
    /// matching (compared in constant time).
    pub fn verify(
        &self,
        id: &str,
        timestamp: &str,
        signatures: &str,
        body: &[u8],
        now: i64,
    ) -> Result<(), VerifyError> {
        let timestamp: i64 = timestamp
            .trim()
            .parse()
            .map_err(|_| VerifyError::Timestamp)?;
        if (now - timestamp).abs() > TOLERANCE_SECONDS {
            return Err(VerifyError::Timestamp);
        }
        let expected = self.digest(id, timestamp, body);
        let matched = signatures
            .split_whitespace()
            .filter_map(|entry| entry.strip_prefix("v1,"))
            .filter_map(|digest| STANDARD.decode(digest).ok())
            .any(|received| bool::from(received.ct_eq(&expected)));
        if matched {
            Ok(())
        } else {
            Err(VerifyError::Signature)
        }
    }
}

/// Why a received webhook was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the webhook-timestamp is missing, malformed or too far from now")]
    Timestamp,
    #[error("no v1 signature matches")]
    Signature,
}

/// Why a receiver URL was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error(
        "a webhook URL is https:// (http:// only to 127.0.0.1, ::1 or localhost in development)"
    )]
    NotHttps,
    #[error("a webhook URL names a host")]
    NoHost,
}

/// Where a webhook may be sent: an https URL, or an http URL to a loopback host (only a
/// local dev server reaches one), so patient events never cross a network in clear text.
pub fn check_url(url: &str) -> Result<(), UrlError> {
    let (rest, https) = if let Some(rest) = url.strip_prefix("https://") {
        (rest, true)
    } else if let Some(rest) = url.strip_prefix("http://") {
        (rest, false)
    } else {
        return Err(UrlError::NotHttps);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // Userinfo would let `http://127.0.0.1@evil.example/` pass as loopback.
    if authority.contains('@') {
        return Err(UrlError::NoHost);
    }
    let host = if let Some(bracketed) = authority.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    if host.is_empty() {
        return Err(UrlError::NoHost);
    }
    if https || is_loopback(host) {
        Ok(())
    } else {
        Err(UrlError::NotHttps)
    }
}

/// Whether a URL is https (so a subscription may opt in to message text).
pub fn is_https(url: &str) -> bool {
    url.starts_with("https://") && check_url(url).is_ok()
}

fn is_loopback(host: &str) -> bool {
    matches!(host, "127.0.0.1" | "::1" | "localhost")
}

#[cfg(test)]
mod tests {
    use super::*;

    // The example in the Standard Webhooks specification (spec/standard-webhooks.md),
    // which the reference libraries test against too.
    const SPEC_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const SPEC_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const SPEC_TIMESTAMP: i64 = 1614265330;
    const SPEC_BODY: &str = r#"{"test": 2432232314}"#;
    const SPEC_SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    fn spec_secret() -> WebhookSecret {
        WebhookSecret::parse(SPEC_SECRET).expect("the spec's secret parses")
    }

    #[test]
    fn signs_the_specifications_example() {
        assert_eq!(
            spec_secret().sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY.as_bytes()),
            SPEC_SIGNATURE
        );
        let headers = spec_secret().headers(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY.as_bytes());
        assert_eq!(headers[0], ("webhook-id", SPEC_ID.to_owned()));
        assert_eq!(headers[1], ("webhook-timestamp", "1614265330".to_owned()));
        assert_eq!(headers[2], ("webhook-signature", SPEC_SIGNATURE.to_owned()));
    }

    #[test]
    fn verifies_the_example_and_refuses_changes() {
        let secret = spec_secret();
        let body = SPEC_BODY.as_bytes();
        let ts = "1614265330";
        let now = SPEC_TIMESTAMP + 60;
        assert_eq!(
            secret.verify(SPEC_ID, ts, SPEC_SIGNATURE, body, now),
            Ok(())
        );
        // Any of several space-separated signatures (a rotation) may match.
        let several = format!("v1,AAAA {SPEC_SIGNATURE}");
        assert_eq!(secret.verify(SPEC_ID, ts, &several, body, now), Ok(()));
        let refused = [
            (SPEC_ID, ts, SPEC_SIGNATURE, r#"{"test": 2432232315}"#, now),
            ("msg_other", ts, SPEC_SIGNATURE, SPEC_BODY, now),
            (SPEC_ID, "1614265331", SPEC_SIGNATURE, SPEC_BODY, now),
            (
                SPEC_ID,
                ts,
                "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                SPEC_BODY,
                now,
            ),
            (SPEC_ID, ts, "", SPEC_BODY, now),
        ];
        for (id, ts, signature, body, now) in refused {
            assert_eq!(
                secret.verify(id, ts, signature, body.as_bytes(), now),
                Err(VerifyError::Signature),
                "{id} {ts} {signature} {body}"
            );
        }
        // Outside the five-minute tolerance either way, or not a number.
        for (ts, now) in [
            (ts, SPEC_TIMESTAMP + TOLERANCE_SECONDS + 1),
            (ts, SPEC_TIMESTAMP - TOLERANCE_SECONDS - 1),
            ("soon", now),
        ] {
            assert_eq!(
                secret.verify(SPEC_ID, ts, SPEC_SIGNATURE, body, now),
                Err(VerifyError::Timestamp)
            );
        }
        // Another key does not verify.
        let other = WebhookSecret::from_bytes(vec![7; 32]).unwrap();
        assert_eq!(
            other.verify(SPEC_ID, ts, SPEC_SIGNATURE, body, now),
            Err(VerifyError::Signature)
        );
    }

    #[test]
    fn secrets_round_trip_and_bad_ones_are_refused() {
        assert_eq!(spec_secret().to_text(), SPEC_SECRET);
        let made = WebhookSecret::from_bytes((0..32).collect()).unwrap();
        assert_eq!(WebhookSecret::parse(&made.to_text()), Ok(made));
        assert_eq!(
            WebhookSecret::parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
            Err(SecretError::Prefix)
        );
        assert_eq!(WebhookSecret::parse("whsec_!!!"), Err(SecretError::Base64));
        assert_eq!(
            WebhookSecret::parse("whsec_c2hvcnQ="),
            Err(SecretError::Length)
        );
        assert_eq!(
            WebhookSecret::from_bytes(vec![0; 65]),
            Err(SecretError::Length)
        );
        assert_eq!(format!("{:?}", spec_secret()), "WebhookSecret(..)");
    }

    #[test]
    fn receivers_are_https_or_loopback() {
        for url in [
            "https://hooks.example.org/frontdesk",
            "https://10.0.0.5:8443/x",
            "http://127.0.0.1:18860/on-call/webhook",
            "http://localhost/hook",
            "http://[::1]:9000/hook",
        ] {
            assert_eq!(check_url(url), Ok(()), "{url}");
        }
        for (url, error) in [
            ("http://hooks.example.org/frontdesk", UrlError::NotHttps),
            ("http://127.0.0.1.evil.example/", UrlError::NotHttps),
            ("http://10.0.0.5/hook", UrlError::NotHttps),
            ("ftp://hooks.example.org/", UrlError::NotHttps),
            ("hooks.example.org", UrlError::NotHttps),
            ("https:///path", UrlError::NoHost),
            ("http://127.0.0.1@evil.example/", UrlError::NoHost),
        ] {
            assert_eq!(check_url(url), Err(error), "{url}");
        }
        assert!(is_https("https://hooks.example.org/"));
        assert!(!is_https("http://127.0.0.1/"));
    }
}
