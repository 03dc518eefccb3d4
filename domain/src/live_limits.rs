//! Limits on what a client may send over a live socket. Clients send only small, slow
//! frames (`ping`, and on conversation sockets `typing` and `read`), so a big frame, a
//! flood or a frame of another shape is a broken or hostile client, and the socket is
//! closed with a code that says why.

use frontdesk_protocol::ClientFrame;

use crate::rate_limit::{self, Bucket, Decision, Rate};

/// The largest frame a client may send, in bytes; `ping` is four, a `read` frame ~40.
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
            reason: "frame_too_large: clients send only ping, typing and read (1024 bytes at most)",
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

/// A frame a conversation socket accepts, once it passed [`check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inbound {
    /// The keep-alive; answered with `pong`.
    Ping,
    /// The sender started or stopped typing.
    Typing(bool),
    /// The sender has seen every message up to this `seq`.
    Read(u64),
}

/// Why a frame closes the socket: the close code and its reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub code: u16,
    pub reason: &'static str,
}

/// Reads a conversation socket's frame: `ping`, or a JSON [`ClientFrame`] and nothing else.
pub fn parse(text: &str) -> Result<Inbound, Refusal> {
    if text == "ping" {
        return Ok(Inbound::Ping);
    }
    match serde_json::from_str::<ClientFrame>(text) {
        Ok(ClientFrame::Typing { typing }) => Ok(Inbound::Typing(typing)),
        Ok(ClientFrame::Read { seq }) => Ok(Inbound::Read(seq)),
        Err(_) => Err(Refusal {
            code: CLOSE_POLICY,
            reason: "unknown_frame: send ping, {\"type\":\"typing\",\"typing\":bool} or {\"type\":\"read\",\"seq\":n}",
        }),
    }
}

/// The new read mark for a `read` frame of `seq`, given the conversation's `last_seq` and
/// the side's `current` mark: `None` when it changes nothing (marks only rise). A mark
/// beyond the last message is a client that makes things up.
pub fn read_mark(seq: u64, last_seq: u64, current: u64) -> Result<Option<u64>, Refusal> {
    if seq > last_seq {
        return Err(Refusal {
            code: CLOSE_POLICY,
            reason: "read_beyond_last: seq is past the conversation's last message",
        });
    }
    Ok((seq > current).then_some(seq))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ping_typing_and_read_parse_and_anything_else_is_refused() {
        assert_eq!(parse("ping"), Ok(Inbound::Ping));
        assert_eq!(
            parse(r#"{"type":"typing","typing":true}"#),
            Ok(Inbound::Typing(true))
        );
        assert_eq!(
            parse(r#"{"type":"typing","typing":false}"#),
            Ok(Inbound::Typing(false))
        );
        assert_eq!(parse(r#"{"type":"read","seq":9}"#), Ok(Inbound::Read(9)));
        for bad in [
            "pong",
            "",
            "{}",
            r#"{"type":"typing"}"#,
            r#"{"type":"typing","typing":true,"text":"draft"}"#,
            r#"{"type":"read","seq":-1}"#,
            r#"{"type":"read","seq":2,"reader":"staff"}"#,
            r#"{"type":"message","text":"hi"}"#,
        ] {
            let refusal = parse(bad).expect_err(bad);
            assert_eq!(refusal.code, CLOSE_POLICY, "{bad}");
            assert!(refusal.reason.starts_with("unknown_frame"), "{bad}");
        }
    }

    #[test]
    fn read_marks_only_rise_and_never_pass_the_last_message() {
        assert_eq!(read_mark(3, 5, 0), Ok(Some(3)));
        assert_eq!(read_mark(5, 5, 3), Ok(Some(5)));
        assert_eq!(read_mark(2, 5, 3), Ok(None));
        assert_eq!(read_mark(3, 5, 3), Ok(None));
        let refusal = read_mark(6, 5, 0).expect_err("beyond");
        assert_eq!(refusal.code, CLOSE_POLICY);
        assert!(refusal.reason.starts_with("read_beyond_last"));
    }

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
