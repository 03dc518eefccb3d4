//! Staff password hashing: PBKDF2-HMAC-SHA256 with a per-user salt.
//!
//! Stored as `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>` so the cost can rise later.

use base64::engine::general_purpose::STANDARD_NO_PAD;
use base64::Engine;
use sha2::Sha256;

/// Iterations for new hashes; Workers' WebCrypto caps PBKDF2 at 100,000 too.
pub const ITERATIONS: u32 = 100_000;

fn derive(password: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(password.as_bytes(), salt, iterations, &mut out);
    out
}

/// Hashes `password` with a caller-supplied random `salt` (16 bytes or more).
pub fn hash(password: &str, salt: &[u8], iterations: u32) -> String {
    format!(
        "pbkdf2-sha256${iterations}${}${}",
        STANDARD_NO_PAD.encode(salt),
        STANDARD_NO_PAD.encode(derive(password, salt, iterations))
    )
}

/// Whether `password` matches `stored`; any malformed hash is a mismatch.
pub fn verify(password: &str, stored: &str) -> bool {
    let mut parts = stored.split('$');
    let (Some("pbkdf2-sha256"), Some(iterations), Some(salt), Some(expected), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let (Ok(iterations), Ok(salt), Ok(expected)) = (
        iterations.parse::<u32>(),
        STANDARD_NO_PAD.decode(salt),
        STANDARD_NO_PAD.decode(expected),
    ) else {
        return false;
    };
    if iterations == 0 || iterations > 10_000_000 {
        return false;
    }
    let actual = derive(password, &salt, iterations);
    // Constant-time comparison so timing reveals nothing about the hash.
    actual.len() == expected.len()
        && actual
            .iter()
            .zip(expected.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify() {
        let stored = hash("demo-password", b"0123456789abcdef", 1_000);
        assert!(stored.starts_with("pbkdf2-sha256$1000$"));
        assert!(verify("demo-password", &stored));
        assert!(!verify("demo-passwore", &stored));
        assert!(!verify("", &stored));
    }

    #[test]
    fn malformed_hashes_never_match() {
        for stored in [
            "",
            "plain",
            "pbkdf2-sha256$x$AA$AA",
            "pbkdf2-sha256$0$AA$AA",
            "md5$1$AA$AA",
            "pbkdf2-sha256$1$!!$AA",
        ] {
            assert!(!verify("demo-password", stored), "{stored}");
        }
    }
}
