//! Fuzzes visitor-token verification: arbitrary tokens never panic and never verify
//! under a secret they weren't signed with; tokens issued from fuzzed claims round-trip.
#![no_main]

use frontdesk_domain::visitor_token::{self, VisitorClaims};
use libfuzzer_sys::fuzz_target;

const SECRET: &[u8] = b"fuzz-secret";

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    // Forgery: a token from nowhere must not verify (libFuzzer can't guess an HMAC).
    assert!(visitor_token::verify(&[SECRET], &raw, 0).is_err());
    let _ = visitor_token::verify(&[SECRET, b""], &raw, i64::MAX);
    // Round trip: claims without the separator survive issue + verify.
    let mut fields = raw.splitn(2, '|');
    let clinic_id = fields.next().unwrap_or_default().replace('|', "");
    let conversation_id = fields.next().unwrap_or_default().replace('|', "");
    let claims = VisitorClaims {
        clinic_id,
        conversation_id,
        expires_at: i64::from(data.len() as u32) + 1,
    };
    let token = visitor_token::issue(SECRET, &claims);
    assert_eq!(visitor_token::verify(&[SECRET], &token, 0), Ok(claims));
    assert!(visitor_token::verify(&[b"other"], &token, 0).is_err());
});
