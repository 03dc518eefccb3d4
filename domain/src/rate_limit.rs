//! Rate limits: token buckets in exact integer arithmetic, with time passed in as a value.
//!
//! A bucket holds up to `burst` tokens and gains `per_minute` tokens a minute; each call
//! takes one. Levels are counted in sixty-thousandths of a token, so a rate of
//! `per_minute` refills exactly `per_minute` units per millisecond and nothing rounds.

mod address;
mod lease;

use serde::{Deserialize, Serialize};

pub use address::{address_key, address_shard, ADDRESS_SHARDS};
pub use lease::{lease_size, take_up_to, Leases};

/// Units in one token: a minute's worth of milliseconds.
const UNITS_PER_TOKEN: u64 = 60_000;

/// How fast one kind of call may come: a burst, then a steady rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    /// Calls allowed back to back after a quiet spell.
    pub burst: u32,
    /// Calls a minute that may follow for as long as they keep coming.
    pub per_minute: u32,
}

impl Rate {
    pub const fn new(burst: u32, per_minute: u32) -> Rate {
        Rate { burst, per_minute }
    }

    fn capacity(self) -> u64 {
        u64::from(self.burst) * UNITS_PER_TOKEN
    }

    /// Milliseconds an empty bucket needs to fill up again; after that it can be forgotten.
    pub fn full_after_ms(self) -> u64 {
        self.capacity().div_ceil(u64::from(self.per_minute.max(1)))
    }
}

/// A clinic's limits on its Visitor API. Every field has a safe default, so a clinic
/// file may leave out the whole `[rate_limits]` table or any line of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RateLimits {
    /// New conversations from one IP address.
    pub conversations_per_ip: Rate,
    /// Visitor messages into one conversation.
    pub messages_per_conversation: Rate,
    /// Visitor messages from one IP address, over all its conversations.
    pub messages_per_ip: Rate,
}

impl Default for RateLimits {
    /// Generous for people (a waiting room behind one NAT address, a visitor pasting
    /// several lines), tight enough that a script can't fill the inbox.
    fn default() -> Self {
        RateLimits {
            conversations_per_ip: Rate::new(40, 10),
            messages_per_conversation: Rate::new(20, 20),
            messages_per_ip: Rate::new(120, 60),
        }
    }
}

impl RateLimits {
    /// Every rate must let at least one call through and refill.
    pub fn validate(&self) -> Result<(), String> {
        for (name, rate) in [
            ("conversations_per_ip", self.conversations_per_ip),
            ("messages_per_conversation", self.messages_per_conversation),
            ("messages_per_ip", self.messages_per_ip),
        ] {
            if rate.burst == 0 || rate.per_minute == 0 {
                return Err(format!(
                    "rate_limits.{name}: burst and per_minute must both be at least 1"
                ));
            }
        }
        Ok(())
    }
}

/// Failed sign-ins one account may collect: five, then one more a minute. Guessing a
/// password this way takes lifetimes, while its owner waits at most a minute.
pub const SIGN_IN_FAILURES_PER_ACCOUNT: Rate = Rate::new(5, 1);

/// Failed sign-ins from one IP address over all accounts, against credential stuffing:
/// twenty, then one more a minute. Successful sign-ins from a busy clinic's shared
/// address cost nothing.
pub const SIGN_IN_FAILURES_PER_IP: Rate = Rate::new(20, 1);

/// A bucket's stored state: its level when last touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    /// Sixty-thousandths of a token.
    pub level: u64,
    /// Unix milliseconds of the last update.
    pub updated_ms: i64,
}

/// The answer to one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum Decision {
    /// Go ahead; `remaining` whole tokens are left.
    Allowed { remaining: u32 },
    /// Slow down: one token will be back after `retry_after_secs` (at least 1).
    Limited { retry_after_secs: u32 },
}

/// Takes one token from `bucket` (a missing bucket is full) at `now_ms`.
///
/// Returns the bucket to store and the decision; a refused call takes nothing. A clock
/// that steps backwards refills nothing rather than panicking or granting extra tokens.
pub fn take(bucket: Option<Bucket>, rate: Rate, now_ms: i64) -> (Bucket, Decision) {
    let per_minute = u64::from(rate.per_minute.max(1));
    let capacity = rate.capacity();
    // Never move the reference point back, or a wobbling clock would mint tokens.
    let updated_ms = bucket.map_or(now_ms, |bucket| bucket.updated_ms.max(now_ms));
    let level = match bucket {
        None => capacity,
        Some(bucket) => {
            let elapsed = u64::try_from(now_ms.saturating_sub(bucket.updated_ms)).unwrap_or(0);
            bucket
                .level
                .saturating_add(elapsed.saturating_mul(per_minute))
                .min(capacity)
        }
    };
    if level >= UNITS_PER_TOKEN {
        let level = level - UNITS_PER_TOKEN;
        let remaining = u32::try_from(level / UNITS_PER_TOKEN).unwrap_or(u32::MAX);
        (
            Bucket { level, updated_ms },
            Decision::Allowed { remaining },
        )
    } else {
        let wait_ms = (UNITS_PER_TOKEN - level).div_ceil(per_minute);
        let retry_after_secs = u32::try_from(wait_ms.div_ceil(1000).max(1)).unwrap_or(u32::MAX);
        (
            Bucket { level, updated_ms },
            Decision::Limited { retry_after_secs },
        )
    }
}

/// What [`take`] would decide at `now_ms`, without taking: for buckets that count
/// failures, checked before the attempt and charged only when it fails.
pub fn peek(bucket: Option<Bucket>, rate: Rate, now_ms: i64) -> Decision {
    take(bucket, rate, now_ms).1
}

/// Puts back one token taken at an earlier [`take`] (an attempt that turned out not
/// to count, such as a sign-in with the right password): the bucket as refilled to
/// `now_ms`, plus one token, never above the burst.
pub fn give_back(bucket: Option<Bucket>, rate: Rate, now_ms: i64) -> Option<Bucket> {
    let bucket = bucket?;
    let per_minute = u64::from(rate.per_minute.max(1));
    let updated_ms = bucket.updated_ms.max(now_ms);
    let elapsed = u64::try_from(now_ms.saturating_sub(bucket.updated_ms)).unwrap_or(0);
    let level = bucket
        .level
        .saturating_add(elapsed.saturating_mul(per_minute))
        .saturating_add(UNITS_PER_TOKEN)
        .min(rate.capacity());
    Some(Bucket { level, updated_ms })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_given_back_can_be_taken_again_and_never_overfills() {
        let rate = Rate::new(2, 1);
        let (one, _) = take(None, rate, 0);
        let (empty, _) = take(Some(one), rate, 0);
        assert_eq!(peek(Some(empty), rate, 0), limited(60));
        let back = give_back(Some(empty), rate, 0);
        assert_eq!(peek(back, rate, 0), allowed(0));
        // A full bucket stays full; a forgotten one stays forgotten (it is full).
        let full = give_back(give_back(back, rate, 0), rate, 0).expect("bucket");
        assert_eq!(full.level, rate.capacity());
        assert_eq!(give_back(None, rate, 0), None);
        // A clock that steps back refills nothing.
        let earlier = give_back(Some(empty), rate, -5_000).expect("bucket");
        assert_eq!(earlier.level, UNITS_PER_TOKEN);
        assert_eq!(earlier.updated_ms, 0);
    }

    #[test]
    fn twelve_attempts_taken_up_front_let_five_through() {
        let rate = SIGN_IN_FAILURES_PER_ACCOUNT;
        let mut bucket = None;
        let mut through = 0;
        for _ in 0..12 {
            let (next, decision) = take(bucket, rate, 0);
            bucket = Some(next);
            if matches!(decision, Decision::Allowed { .. }) {
                through += 1;
            }
        }
        assert_eq!(through, 5);
    }

    /// Runs `calls` (milliseconds since the start) against a fresh bucket.
    fn run(rate: Rate, calls: &[i64]) -> Vec<Decision> {
        let mut bucket = None;
        calls
            .iter()
            .map(|&at| {
                let (next, decision) = take(bucket, rate, 1_000_000 + at);
                bucket = Some(next);
                decision
            })
            .collect()
    }

    #[test]
    fn peeking_takes_nothing() {
        let rate = Rate::new(1, 60);
        assert_eq!(peek(None, rate, 0), allowed(0));
        let (spent, _) = take(None, rate, 0);
        assert_eq!(peek(Some(spent), rate, 0), limited(1));
        assert_eq!(peek(Some(spent), rate, 0), limited(1));
        assert_eq!(peek(Some(spent), rate, 1000), allowed(0));
    }

    #[test]
    fn an_account_is_locked_after_five_failures_and_backs_off_by_the_minute() {
        let rate = SIGN_IN_FAILURES_PER_ACCOUNT;
        let mut bucket = None;
        for failure in 0..5 {
            assert!(
                matches!(peek(bucket, rate, 0), Decision::Allowed { .. }),
                "attempt {failure}"
            );
            bucket = Some(take(bucket, rate, 0).0);
        }
        assert_eq!(peek(bucket, rate, 0), limited(60));
        assert_eq!(peek(bucket, rate, 59_000), limited(1));
        assert_eq!(peek(bucket, rate, 60_000), allowed(0));
    }

    fn allowed(remaining: u32) -> Decision {
        Decision::Allowed { remaining }
    }

    fn limited(retry_after_secs: u32) -> Decision {
        Decision::Limited { retry_after_secs }
    }

    #[test]
    fn buckets_follow_the_table() {
        let cases: Vec<(&str, Rate, Vec<i64>, Vec<Decision>)> = vec![
            (
                "a burst goes through, then the next call waits",
                Rate::new(3, 60),
                vec![0, 0, 0, 0],
                vec![allowed(2), allowed(1), allowed(0), limited(1)],
            ),
            (
                "one token a second comes back after a second",
                Rate::new(1, 60),
                vec![0, 500, 1000],
                vec![allowed(0), limited(1), allowed(0)],
            ),
            (
                "slow rates ask for a long wait",
                Rate::new(1, 2),
                vec![0, 0, 29_999, 30_000],
                vec![allowed(0), limited(30), limited(1), allowed(0)],
            ),
            (
                "refused calls take nothing",
                Rate::new(1, 60),
                vec![0, 100, 200, 300, 1000],
                vec![allowed(0), limited(1), limited(1), limited(1), allowed(0)],
            ),
            (
                "refill stops at the burst",
                Rate::new(2, 60),
                vec![0, 3_600_000, 3_600_000, 3_600_000],
                vec![allowed(1), allowed(1), allowed(0), limited(1)],
            ),
            (
                "a clock that steps back refills nothing",
                Rate::new(1, 60),
                vec![10_000, 0, 10_500, 11_000],
                vec![allowed(0), limited(1), limited(1), allowed(0)],
            ),
            (
                "a steady stream at the rate never waits",
                Rate::new(1, 30),
                vec![0, 2000, 4000, 6000],
                vec![allowed(0), allowed(0), allowed(0), allowed(0)],
            ),
        ];
        for (name, rate, calls, expected) in cases {
            assert_eq!(run(rate, &calls), expected, "{name}");
        }
    }

    #[test]
    fn extreme_values_do_not_overflow() {
        let rate = Rate::new(u32::MAX, u32::MAX);
        let (bucket, decision) = take(None, rate, i64::MAX);
        assert!(matches!(decision, Decision::Allowed { .. }));
        let (_, decision) = take(Some(bucket), rate, i64::MIN);
        assert!(matches!(decision, Decision::Allowed { .. }));
        let zero = Rate::new(0, 0);
        assert!(matches!(take(None, zero, 0).1, Decision::Limited { .. }));
    }

    #[test]
    fn full_after_is_the_time_to_refill_an_empty_bucket() {
        assert_eq!(Rate::new(3, 60).full_after_ms(), 3000);
        assert_eq!(Rate::new(1, 7).full_after_ms(), 8572);
    }

    #[test]
    fn defaults_are_valid_and_zero_rates_are_refused() {
        RateLimits::default().validate().unwrap();
        let mut limits = RateLimits::default();
        limits.messages_per_ip.per_minute = 0;
        assert!(limits.validate().unwrap_err().contains("messages_per_ip"));
    }

    #[test]
    fn a_partial_table_keeps_the_other_defaults() {
        let limits: RateLimits = serde_json::from_str(
            r#"{"messages_per_conversation": {"burst": 3, "per_minute": 60}}"#,
        )
        .unwrap();
        assert_eq!(limits.messages_per_conversation, Rate::new(3, 60));
        assert_eq!(
            limits.conversations_per_ip,
            RateLimits::default().conversations_per_ip
        );
    }
}
