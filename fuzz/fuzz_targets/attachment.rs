//! Fuzzes the upload parser: arbitrary bytes never panic; an accepted file is of the
//! kind its first bytes say, no larger than it came, and accepted again unchanged
//! (stripping is idempotent: nothing is left to strip).
#![no_main]

use frontdesk_domain::attachment::{inspect, sniff};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(accepted) = inspect(data) {
        assert_eq!(sniff(data), Some(accepted.kind));
        assert!(accepted.bytes.len() <= data.len());
        let again = inspect(&accepted.bytes).expect("a stored file is accepted again");
        assert_eq!(again.kind, accepted.kind);
        assert_eq!(again.bytes, accepted.bytes);
    }
});
