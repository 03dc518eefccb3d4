//! Token leases: an edge isolate takes a few tokens of a shared bucket at once and spends
//! them locally, so a visitor's next messages need no call to the bucket's object.
//!
//! The tokens leave the shared bucket when they are leased, so the limit stays exact
//! however many isolates hold leases: at worst a lease that is never spent makes the
//! limit a little stricter. A lease is dropped after [`LEASE_TTL_MS`], by which time the
//! shared bucket would have refilled them anyway.

use std::collections::HashMap;

use super::{take, Bucket, Decision, Rate};

/// How long leased tokens may be spent.
pub const LEASE_TTL_MS: i64 = 60_000;

/// How many leases an isolate keeps; past that, expired ones go, then all of them.
const MAX_LEASES: usize = 1024;

/// Tokens to ask for at once: a sixteenth of the burst, from 1 to 8. A small burst
/// (a tight limit) gets no lease, so every call is counted where every isolate sees it.
pub fn lease_size(rate: Rate) -> u32 {
    (rate.burst / 16).clamp(1, 8)
}

/// Takes up to `wanted` tokens from `bucket` at `now_ms`: at least one, or none and the
/// refusal. Returns the bucket to store, the decision for the first token (its
/// `remaining` counts what is left after all of them) and how many were taken.
pub fn take_up_to(
    bucket: Option<Bucket>,
    rate: Rate,
    now_ms: i64,
    wanted: u32,
) -> (Bucket, Decision, u32) {
    let (mut stored, mut decision) = take(bucket, rate, now_ms);
    if matches!(decision, Decision::Limited { .. }) {
        return (stored, decision, 0);
    }
    let mut granted = 1;
    while granted < wanted {
        match take(Some(stored), rate, now_ms) {
            (next, allowed @ Decision::Allowed { .. }) => {
                stored = next;
                decision = allowed;
                granted += 1;
            }
            (_, Decision::Limited { .. }) => break,
        }
    }
    (stored, decision, granted)
}

#[derive(Debug, Clone, Copy)]
struct Lease {
    tokens: u32,
    taken_ms: i64,
}

/// The leases one isolate holds, by bucket key.
#[derive(Debug, Default)]
pub struct Leases {
    held: HashMap<String, Lease>,
}

impl Leases {
    /// Spends one leased token of `key`, if a fresh one is held.
    pub fn spend(&mut self, key: &str, now_ms: i64) -> bool {
        let Some(lease) = self.held.get_mut(key) else {
            return false;
        };
        if lease.tokens == 0 || !fresh(*lease, now_ms) {
            self.held.remove(key);
            return false;
        }
        lease.tokens -= 1;
        if lease.tokens == 0 {
            self.held.remove(key);
        }
        true
    }

    /// Keeps `tokens` spare tokens of `key`, taken from its bucket at `now_ms`.
    pub fn keep(&mut self, key: &str, tokens: u32, now_ms: i64) {
        if tokens == 0 {
            return;
        }
        if self.held.len() >= MAX_LEASES && !self.held.contains_key(key) {
            self.held.retain(|_, lease| fresh(*lease, now_ms));
            if self.held.len() >= MAX_LEASES {
                self.held.clear();
            }
        }
        self.held.insert(
            key.to_owned(),
            Lease {
                tokens,
                taken_ms: now_ms,
            },
        );
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.held.len()
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.held.is_empty()
    }
}

fn fresh(lease: Lease, now_ms: i64) -> bool {
    now_ms.saturating_sub(lease.taken_ms) < LEASE_TTL_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lease_sizes_grow_with_the_burst_and_stay_small() {
        assert_eq!(
            lease_size(Rate::new(5, 60)),
            1,
            "a tight limit is not leased"
        );
        assert_eq!(lease_size(Rate::new(32, 60)), 2);
        assert_eq!(lease_size(Rate::new(120, 60)), 7);
        assert_eq!(lease_size(Rate::new(10_000, 60)), 8);
    }

    #[test]
    fn a_lease_takes_what_is_there_and_never_more_than_the_burst() {
        let rate = Rate::new(5, 60);
        let (bucket, decision, granted) = take_up_to(None, rate, 0, 3);
        assert_eq!((decision, granted), (Decision::Allowed { remaining: 2 }, 3));
        let (bucket, decision, granted) = take_up_to(Some(bucket), rate, 0, 3);
        assert_eq!((decision, granted), (Decision::Allowed { remaining: 0 }, 2));
        let (_, decision, granted) = take_up_to(Some(bucket), rate, 0, 3);
        assert_eq!(
            (decision, granted),
            (
                Decision::Limited {
                    retry_after_secs: 1
                },
                0
            )
        );
    }

    #[test]
    fn leasing_lets_through_exactly_what_single_takes_would() {
        // Two isolates leasing 3 at a time from one bucket of 10 spend exactly 10 tokens.
        let rate = Rate::new(10, 1);
        let mut bucket = None;
        let mut isolates = [Leases::default(), Leases::default()];
        let mut allowed = 0;
        for call in 0..30 {
            let isolate = &mut isolates[call % 2];
            if isolate.spend("ip", 0) {
                allowed += 1;
                continue;
            }
            let (stored, _, granted) = take_up_to(bucket, rate, 0, 3);
            bucket = Some(stored);
            if granted > 0 {
                allowed += 1;
                isolate.keep("ip", granted - 1, 0);
            }
        }
        assert_eq!(allowed, 10);
    }

    #[test]
    fn leased_tokens_expire_and_run_out() {
        let mut leases = Leases::default();
        leases.keep("a", 2, 0);
        assert!(leases.spend("a", 1));
        assert!(leases.spend("a", 2));
        assert!(!leases.spend("a", 3), "two tokens, two calls");
        assert!(leases.is_empty());
        leases.keep("b", 5, 0);
        assert!(
            !leases.spend("b", LEASE_TTL_MS),
            "an old lease is not spent"
        );
        assert!(leases.is_empty());
        assert!(!leases.spend("c", 0), "no lease, no token");
    }

    #[test]
    fn the_table_of_leases_stays_bounded() {
        let mut leases = Leases::default();
        for n in 0..MAX_LEASES {
            leases.keep(&format!("old{n}"), 1, 0);
        }
        leases.keep("fresh", 1, LEASE_TTL_MS);
        assert_eq!(leases.len(), 1, "expired leases made room");
        for n in 0..(MAX_LEASES * 2) {
            leases.keep(&format!("new{n}"), 1, LEASE_TTL_MS);
        }
        assert!(leases.len() <= MAX_LEASES);
    }
}
