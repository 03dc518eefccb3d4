//! When a reply box tells the other side it is typing: a `typing: true` frame at most once
//! per [`SEND_EVERY_MS`] while the draft has text, and one `typing: false` when it empties
//! or is sent. The receiver hides the line after [`SHOWN_MS`] without a fresh frame, so a
//! lost `false` (a closed tab) never leaves it on. Frames never carry the draft.

/// The least time between two `typing: true` frames from one reply box.
pub const SEND_EVERY_MS: i64 = 3_000;
/// How long a typing line stays without a fresh `typing: true`.
pub const SHOWN_MS: u64 = 6_000;

/// One reply box's typing frames.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypingThrottle {
    /// When the last `typing: true` went out, while the other side thinks we type.
    since_ms: Option<i64>,
}

impl TypingThrottle {
    /// The frame to send (`Some(typing)`) after the draft changed at `now_ms`.
    pub fn on_draft(&mut self, has_text: bool, now_ms: i64) -> Option<bool> {
        match (has_text, self.since_ms) {
            (false, None) => None,
            (false, Some(_)) => {
                self.since_ms = None;
                Some(false)
            }
            (true, Some(since)) if now_ms - since < SEND_EVERY_MS && now_ms >= since => None,
            (true, _) => {
                self.since_ms = Some(now_ms);
                Some(true)
            }
        }
    }

    /// The frame to send once the draft went out as a message.
    pub fn on_sent(&mut self) -> Option<bool> {
        self.on_draft(false, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_is_sent_at_most_every_three_seconds_and_stops_once() {
        let mut throttle = TypingThrottle::default();
        assert_eq!(throttle.on_draft(false, 0), None);
        assert_eq!(throttle.on_draft(true, 1_000), Some(true));
        assert_eq!(throttle.on_draft(true, 1_500), None);
        assert_eq!(throttle.on_draft(true, 3_999), None);
        assert_eq!(throttle.on_draft(true, 4_000), Some(true));
        assert_eq!(throttle.on_draft(false, 4_100), Some(false));
        assert_eq!(throttle.on_draft(false, 4_200), None);
        assert_eq!(throttle.on_draft(true, 4_300), Some(true));
        assert_eq!(throttle.on_sent(), Some(false));
        assert_eq!(throttle.on_sent(), None);
    }

    #[test]
    fn a_clock_that_jumps_back_does_not_silence_typing() {
        let mut throttle = TypingThrottle::default();
        assert_eq!(throttle.on_draft(true, 10_000), Some(true));
        assert_eq!(throttle.on_draft(true, 5_000), Some(true));
    }
}
