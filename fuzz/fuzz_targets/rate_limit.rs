//! Fuzzes the token bucket with arbitrary rates, levels and clocks: no panic, no overflow,
//! and a refused call always names a wait of at least one second.
#![no_main]

use frontdesk_domain::rate_limit::{take, Bucket, Decision, Rate};
use libfuzzer_sys::fuzz_target;

fn word(data: &[u8], at: usize) -> u64 {
    let mut bytes = [0u8; 8];
    for (index, byte) in data.iter().skip(at).take(8).enumerate() {
        bytes[index] = *byte;
    }
    u64::from_le_bytes(bytes)
}

fuzz_target!(|data: &[u8]| {
    let rate = Rate::new(word(data, 0) as u32, (word(data, 0) >> 32) as u32);
    let stored = (data.len() % 2 == 0).then(|| Bucket {
        level: word(data, 8),
        updated_ms: word(data, 16) as i64,
    });
    let (bucket, decision) = take(stored, rate, word(data, 24) as i64);
    if let Decision::Limited { retry_after_secs } = decision {
        assert!(retry_after_secs >= 1);
    }
    let _ = take(Some(bucket), rate, word(data, 32) as i64);
});
