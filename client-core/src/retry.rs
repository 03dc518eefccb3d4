//! When to try again: one backoff for resends and live reconnects in both clients, and
//! the server's `Retry-After` when it sent one.
//!
//! One cap for both: 10 s (the widget's; the console's was 15 s). The cap only bounds
//! how long someone waits after the network or the server is back: a server that wants
//! fewer calls says so with `Retry-After` (which wins over the backoff), and the
//! console's reconnects carry up to a quarter of jitter ([`jittered`]) so a restarted
//! edge is not hit by every console at once. A longer cap would only leave staff
//! looking at a stale inbox for up to 5 s longer.

use std::time::Duration;

/// The first retry's delay.
pub const FIRST_DELAY: Duration = Duration::from_millis(500);

/// The longest delay between tries.
pub const MAX_DELAY: Duration = Duration::from_secs(10);

/// The longest `Retry-After` honoured: a bigger one is a server mistake, and a visitor's
/// message should not wait longer than this to be tried again.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);

/// Delay before retry `attempt` (0-based): 0.5 s, 1 s, 2 s, … capped at [`MAX_DELAY`].
pub fn backoff(attempt: u32) -> Duration {
    FIRST_DELAY
        .saturating_mul(1u32 << attempt.min(16))
        .min(MAX_DELAY)
}

/// `delay` plus up to a quarter more; `random` is in `[0, 1)` (the caller's randomness).
pub fn jittered(delay: Duration, random: f64) -> Duration {
    delay + delay.mul_f64(random.clamp(0.0, 1.0) / 4.0)
}

/// `Retry-After` in seconds (our API never sends the HTTP-date form), capped at
/// [`MAX_RETRY_AFTER`]; `None` when it can't be read.
pub fn parse_retry_after(raw: &str) -> Option<Duration> {
    let seconds: u64 = raw.trim().parse().ok()?;
    Some(Duration::from_secs(seconds).min(MAX_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_ten_seconds() {
        let table = [
            (0, 500),
            (1, 1_000),
            (2, 2_000),
            (3, 4_000),
            (4, 8_000),
            (5, 10_000),
            (60, 10_000),
            (u32::MAX, 10_000),
        ];
        for (attempt, millis) in table {
            assert_eq!(backoff(attempt), Duration::from_millis(millis), "{attempt}");
        }
    }

    #[test]
    fn jitter_adds_at_most_a_quarter() {
        let base = Duration::from_millis(8_000);
        assert_eq!(jittered(base, 0.0), base);
        assert_eq!(jittered(base, 0.5), Duration::from_millis(9_000));
        assert!(jittered(base, 0.999_999) < Duration::from_millis(10_000));
        // Out-of-range randomness can't stretch the delay further.
        assert_eq!(jittered(base, 7.0), Duration::from_millis(10_000));
        assert_eq!(jittered(base, -1.0), base);
    }

    #[test]
    fn retry_after_reads_seconds() {
        let table = [
            ("7", Some(7)),
            (" 30 ", Some(30)),
            ("0", Some(0)),
            ("99999", Some(300)),
            ("Wed, 21 Oct 2015 07:28:00 GMT", None),
            ("", None),
            ("-1", None),
        ];
        for (raw, seconds) in table {
            assert_eq!(
                parse_retry_after(raw),
                seconds.map(Duration::from_secs),
                "{raw:?}"
            );
        }
    }
}
