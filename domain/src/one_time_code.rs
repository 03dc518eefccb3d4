//! One-time codes that verify a visitor's phone (by SMS) or email: six digits, valid ten
//! minutes, five tries. Codes are stored only as a keyed hash (HMAC-SHA256 with a server
//! secret, bound to the conversation and the address), so a read of the table can't
//! reveal them and a code for one address or conversation is worthless for another. Time,
//! randomness and the secret come in as values. Both channels share everything here; only
//! how the code travels differs.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use frontdesk_protocol::VerificationMethod;

use crate::rate_limit::Rate;

/// How a code travels, and so what it verifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeChannel {
    /// A text message to a phone (the clinic's SMS channel).
    Sms,
    /// An email (the clinic's email channel).
    Email,
}

impl CodeChannel {
    /// Its name in the store and in the Visitor API's paths.
    pub fn as_str(self) -> &'static str {
        match self {
            CodeChannel::Sms => "sms",
            CodeChannel::Email => "email",
        }
    }

    /// The proof a right code gives.
    pub fn method(self) -> VerificationMethod {
        match self {
            CodeChannel::Sms => VerificationMethod::SmsCode,
            CodeChannel::Email => VerificationMethod::EmailCode,
        }
    }

    /// What the code's hash binds it to: a phone's digits (however it was written), an
    /// email as stored (lowercased).
    pub fn address_key(self, address: &str) -> String {
        match self {
            CodeChannel::Sms => crate::identity::phone_key(address),
            CodeChannel::Email => address.to_lowercase(),
        }
    }
}

/// Digits in a code.
pub const CODE_DIGITS: usize = 6;
/// Wrong codes a sent code survives; the fifth wrong one spends it.
pub const MAX_ATTEMPTS: u32 = 5;

/// `[verification]` in the clinic file: how long a code lives and how often codes may be
/// sent. Every field has a safe default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VerificationSettings {
    /// Seconds a code stays valid (600: ten minutes; test fixtures use seconds).
    pub code_ttl_seconds: u32,
    /// Codes sent for one conversation (the resend limit).
    pub codes_per_conversation: Rate,
    /// Codes sent to one phone number, over every conversation of the clinic.
    pub codes_per_address: Rate,
    /// Codes asked for from one network address.
    pub codes_per_ip: Rate,
    /// Seconds after a staff reply on a website conversation, unseen by a visitor whose
    /// page is closed, before a notice goes to their verified phone or email
    /// (`continuity.rs`); 0 sends none.
    pub continuity_seconds: u32,
}

impl Default for VerificationSettings {
    fn default() -> Self {
        VerificationSettings {
            code_ttl_seconds: 600,
            // Three at once (a typo in the number, a slow network), then one a minute.
            codes_per_conversation: Rate::new(3, 1),
            codes_per_address: Rate::new(5, 1),
            codes_per_ip: Rate::new(10, 2),
            continuity_seconds: crate::continuity::DEFAULT_DELAY_SECONDS,
        }
    }
}

impl VerificationSettings {
    pub fn validate(&self) -> Result<(), String> {
        if !(1..=3600).contains(&self.code_ttl_seconds) {
            return Err("verification.code_ttl_seconds must be 1 to 3600".into());
        }
        if self.continuity_seconds > 86_400 {
            return Err("verification.continuity_seconds must be 0 (off) to 86400".into());
        }
        for (name, rate) in [
            ("codes_per_conversation", self.codes_per_conversation),
            ("codes_per_address", self.codes_per_address),
            ("codes_per_ip", self.codes_per_ip),
        ] {
            if rate.burst == 0 || rate.per_minute == 0 {
                return Err(format!(
                    "verification.{name} needs a burst and a rate above 0"
                ));
            }
        }
        Ok(())
    }
}

/// A fresh code from eight random bytes. The remainder of a 64-bit number by a million
/// is uniform to within 2^-44, far below what five tries could exploit.
pub fn code_from(random: [u8; 8]) -> String {
    let n = u64::from_le_bytes(random) % 10u64.pow(CODE_DIGITS as u32);
    format!("{n:0width$}", width = CODE_DIGITS)
}

/// A code as the visitor typed it: spaces and dashes dropped, then exactly six digits.
pub fn typed(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    (digits.len() == CODE_DIGITS && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// What the store keeps instead of the code: hex HMAC-SHA256 keyed with the server's
/// secret over the conversation, the address's key ([`CodeChannel::address_key`]) and
/// the code.
pub fn code_hash(secret: &[u8], conversation_id: &str, address_key: &str, code: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    for part in [
        "frontdesk-one-time-code",
        conversation_id,
        address_key,
        code,
    ] {
        mac.update(part.as_bytes());
        // A separator no part contains, so parts can't shift into each other.
        mac.update(&[0]);
    }
    hex::encode(mac.finalize().into_bytes())
}

/// The name an address's code budget goes by in the rate limiter: a digest, so limiter
/// names (which the platform may show in its dashboards) never carry a phone number or
/// an email.
pub fn address_tag(address: &str) -> String {
    hex::encode(&Sha256::digest(address.as_bytes())[..16])
}

/// A sent code as stored: its hash, when it expires and how many wrong tries it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentCode {
    pub hash: String,
    pub expires_at_ms: i64,
    /// Tries already counted, this one included (the store counts before comparing, in
    /// one conditional update, so parallel guesses can't outrun the limit).
    pub attempts: u32,
}

/// What a typed code does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Right: the number is verified and the code is spent.
    Verified,
    /// Wrong, with this many tries left (0: the code is spent).
    Wrong { attempts_left: u32 },
    /// Past its ten minutes.
    Expired,
    /// Five wrong tries already: ask for a new code.
    LockedOut,
}

/// Decides a try against the stored code. `code` is the typed code's hash.
pub fn check(sent: &SentCode, typed_hash: &str, now_ms: i64) -> Check {
    if now_ms >= sent.expires_at_ms {
        return Check::Expired;
    }
    if sent.attempts > MAX_ATTEMPTS {
        return Check::LockedOut;
    }
    let right =
        !sent.hash.is_empty() && bool::from(sent.hash.as_bytes().ct_eq(typed_hash.as_bytes()));
    if right {
        Check::Verified
    } else {
        Check::Wrong {
            attempts_left: MAX_ATTEMPTS - sent.attempts,
        }
    }
}

/// When a code sent at `now_ms` expires.
pub fn expires_at(settings: &VerificationSettings, now_ms: i64) -> i64 {
    now_ms + i64::from(settings.code_ttl_seconds) * 1000
}

/// The SMS that carries a code: the code and the clinic's name only, never anything of
/// the conversation.
pub fn sms_text(clinic_name: &str, code: &str, ttl_seconds: u32) -> String {
    let minutes = ttl_seconds.div_ceil(60).max(1);
    format!(
        "{code} is your {clinic_name} verification code. It expires in {minutes} min. \
         Don't share it with anyone."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"test-secret";

    fn sent(code: &str, attempts: u32) -> SentCode {
        SentCode {
            hash: code_hash(SECRET, "c_1", "34600111222", code),
            expires_at_ms: 600_000,
            attempts,
        }
    }

    fn hash(code: &str) -> String {
        code_hash(SECRET, "c_1", "34600111222", code)
    }

    #[test]
    fn codes_are_six_digits_with_leading_zeros() {
        assert_eq!(code_from([0; 8]), "000000");
        assert_eq!(code_from(42u64.to_le_bytes()), "000042");
        assert_eq!(code_from(u64::MAX.to_le_bytes()), "551615");
        for seed in 0..200u64 {
            let code = code_from(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_le_bytes());
            assert_eq!(code.len(), CODE_DIGITS);
            assert!(code.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn typed_codes_forgive_spaces_and_dashes_only() {
        assert_eq!(typed(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(typed("123-456").as_deref(), Some("123456"));
        for bad in ["12345", "1234567", "12345a", "１２３４５６", ""] {
            assert_eq!(typed(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_hash_binds_the_code_to_its_conversation_and_number() {
        let stored = hash("123456");
        assert_eq!(stored.len(), 64);
        assert!(!stored.contains("123456"));
        assert_ne!(stored, code_hash(SECRET, "c_2", "34600111222", "123456"));
        assert_ne!(stored, code_hash(SECRET, "c_1", "34600111223", "123456"));
        assert_ne!(stored, code_hash(b"other", "c_1", "34600111222", "123456"));
        // Parts can't shift into each other.
        assert_ne!(
            code_hash(SECRET, "c_1", "3", "4600111222123456"),
            code_hash(SECRET, "c_13", "", "4600111222123456")
        );
    }

    #[test]
    fn channels_key_their_addresses_and_name_their_proof() {
        assert_eq!(
            CodeChannel::Sms.address_key("+34 600-111-222"),
            "34600111222"
        );
        assert_eq!(
            CodeChannel::Email.address_key("Ana@Example.org"),
            "ana@example.org"
        );
        assert_eq!(CodeChannel::Sms.method(), VerificationMethod::SmsCode);
        assert_eq!(CodeChannel::Email.method(), VerificationMethod::EmailCode);
        assert_eq!(
            [CodeChannel::Sms.as_str(), CodeChannel::Email.as_str()],
            ["sms", "email"]
        );
    }

    #[test]
    fn address_tags_hide_the_number() {
        let tag = address_tag("+34600111222");
        assert_eq!(tag.len(), 32);
        assert!(!tag.contains("600111222"));
        assert_eq!(tag, address_tag("+34600111222"));
        assert_ne!(tag, address_tag("+34600111223"));
    }

    #[test]
    fn the_right_code_verifies_within_its_time() {
        assert_eq!(
            check(&sent("123456", 1), &hash("123456"), 599_999),
            Check::Verified
        );
        assert_eq!(
            check(&sent("123456", 1), &hash("123456"), 600_000),
            Check::Expired
        );
    }

    #[test]
    fn wrong_codes_count_down_and_the_fifth_locks() {
        let tries: Vec<Check> = (1..=6)
            .map(|attempt| check(&sent("123456", attempt), &hash("654321"), 1_000))
            .collect();
        assert_eq!(
            tries,
            [
                Check::Wrong { attempts_left: 4 },
                Check::Wrong { attempts_left: 3 },
                Check::Wrong { attempts_left: 2 },
                Check::Wrong { attempts_left: 1 },
                Check::Wrong { attempts_left: 0 },
                Check::LockedOut,
            ]
        );
        // After the fifth wrong try even the right code is refused.
        assert_eq!(
            check(&sent("123456", 6), &hash("123456"), 1_000),
            Check::LockedOut
        );
    }

    #[test]
    fn the_sms_says_only_the_code_and_the_clinic() {
        let text = sms_text("Lakeside Clinic", "012345", 600);
        assert_eq!(
            text,
            "012345 is your Lakeside Clinic verification code. It expires in 10 min. \
             Don't share it with anyone."
        );
        assert!(sms_text("X", "1", 5).contains("1 min"));
    }

    #[test]
    fn settings_default_to_ten_minutes_and_refuse_nonsense() {
        let settings = VerificationSettings::default();
        assert_eq!(settings.code_ttl_seconds, 600);
        assert_eq!(expires_at(&settings, 1_000), 601_000);
        assert!(settings.validate().is_ok());
        let read: VerificationSettings = toml::from_str("code_ttl_seconds = 3").expect("toml");
        assert_eq!(read.code_ttl_seconds, 3);
        assert_eq!(read.codes_per_conversation, settings.codes_per_conversation);
        let zero = VerificationSettings {
            code_ttl_seconds: 0,
            ..settings
        };
        assert!(zero.validate().is_err());
        let never = VerificationSettings {
            codes_per_ip: Rate::new(0, 1),
            ..settings
        };
        assert!(never.validate().is_err());
    }
}
