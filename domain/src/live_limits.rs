//! Limits on what a client may send over a live socket. Clients send only `ping`, so a
//! big frame or a flood is a broken or hostile client, and the socket is closed with a
//! code that says why.

use crate::rate_limit::{self, Bucket, Decision, Rate};

/// The largest frame a client may send, in bytes; `ping` is four.
pub const MAX_FRAME_BYTES: usize = 1024;
/// Frames a client may send: a burst of 20, then one a second (a ping every 30 s is normal).
pub const FRAME_RATE: Rate = Rate::new(20, 60);
/// WebSocket close code 1009, "message too big".
pub const CLOSE_TOO_BIG: u16 = 1009;
/// WebSocket close code 1008, "policy violation".
pub const CLOSE_POLICY: u16 = 1008;

/// What to do with one inbound frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Handle it, and keep the socket's bucket.
    Accept(Bucket),
    /// Close the socket with this code and reason.
    Close { code: u16, reason: &'static str },
}

/// Checks a frame of `len` bytes against the socket's `bucket` (absent: a new socket).
pub fn check(len: usize, bucket: Option<Bucket>, now_ms: i64) -> Verdict {
    if len > MAX_FRAME_BYTES {
        return Verdict::Close {
            code: CLOSE_TOO_BIG,
            reason: "frame_too_large: clients send only ping (1024 bytes at most)",
        };
    }
    match rate_limit::take(bucket, FRAME_RATE, now_ms) {
        (bucket, Decision::Allowed { .. }) => Verdict::Accept(bucket),
        (_, Decision::Limited { .. }) => Verdict::Close {
            code: CLOSE_POLICY,
            reason: "too_many_frames: at most 20 at once, then one a second",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(verdict: Verdict) -> Bucket {
        match verdict {
            Verdict::Accept(bucket) => bucket,
            Verdict::Close { code, reason } => panic!("closed {code} {reason}"),
        }
    }

    #[test]
    fn a_ping_is_accepted_and_a_big_frame_closes_with_1009() {
        accepted(check(4, None, 0));
        accepted(check(MAX_FRAME_BYTES, None, 0));
        assert!(matches!(
            check(MAX_FRAME_BYTES + 1, None, 0),
            Verdict::Close {
                code: CLOSE_TOO_BIG,
                ..
            }
        ));
    }

    #[test]
    fn a_flood_closes_with_1008_and_a_steady_ping_never_does() {
        let mut bucket = None;
        for _ in 0..FRAME_RATE.burst {
            bucket = Some(accepted(check(4, bucket, 0)));
        }
        assert!(matches!(
            check(4, bucket, 0),
            Verdict::Close {
                code: CLOSE_POLICY,
                ..
            }
        ));
        let mut steady = None;
        for second in 0..1000 {
            steady = Some(accepted(check(4, steady, second * 1000)));
        }
    }
}
