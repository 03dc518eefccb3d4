//! What a channel conversation's reply box tells staff before they type or send: that the
//! patient opted out (nothing may go), how much of the customer-service window is left or
//! that it closed (then only templates, where the platform has them), and for SMS the
//! draft's encoding and segment count. The edge refuses the same things with a 409; this
//! shows them first, so staff never write a reply that cannot go.

use frontdesk_protocol::{Channel, ChannelRules};

use super::sms::{self, SmsLength};
use super::window::{ServiceWindow, WindowRefusal};

/// The reply box's hint, most important first: an opt-out hides everything else, a closed
/// window hides the segment count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyHint {
    /// Nothing to say (the web, or a channel without rules for this draft).
    None,
    /// The patient opted out: replies are refused, so the box is disabled.
    OptedOut,
    /// Free text may go until `closes_at_ms`; `minutes_left` rounds down.
    WindowOpen {
        closes_at_ms: i64,
        minutes_left: i64,
        /// The window's length (24 hours on WhatsApp and Messenger, 48 on WeChat).
        hours: i64,
    },
    /// Free text is refused: the window closed, or never opened because the patient
    /// never wrote here. `templates`: an approved template may still go (WhatsApp).
    WindowClosed { hours: i64, templates: bool },
    /// An SMS draft: its encoding, units and segments (empty drafts show nothing).
    Sms(SmsLength),
}

impl ReplyHint {
    /// Whether free text is refused, so the send button stays disabled.
    pub fn blocks_text(self) -> bool {
        matches!(self, ReplyHint::OptedOut | ReplyHint::WindowClosed { .. })
    }
}

/// The hint for `draft` in a conversation on `channel` under `rules`, at `now_ms`.
/// `last_patient_ms` is when the patient last wrote on the channel (the provider's time
/// from `rules`, or a newer message the thread has seen live since), where the window
/// starts.
pub fn hint(
    channel: Channel,
    rules: &ChannelRules,
    last_patient_ms: Option<i64>,
    draft: &str,
    now_ms: i64,
) -> ReplyHint {
    if channel == Channel::Web {
        return ReplyHint::None;
    }
    if rules.opted_out {
        return ReplyHint::OptedOut;
    }
    if let Some(hours) = rules.window_hours {
        let window = ServiceWindow {
            hours: i64::from(hours),
            templates_outside: rules.templates_outside_window,
        };
        return match window.check(last_patient_ms, now_ms) {
            Ok(open) => ReplyHint::WindowOpen {
                closes_at_ms: open.closes_at_ms,
                minutes_left: (open.closes_at_ms - now_ms) / 60_000,
                hours: window.hours,
            },
            Err(WindowRefusal::NoPatientMessage | WindowRefusal::Closed { .. }) => {
                ReplyHint::WindowClosed {
                    hours: window.hours,
                    templates: window.templates_outside,
                }
            }
        };
    }
    if channel == Channel::Sms && !draft.trim().is_empty() {
        return ReplyHint::Sms(sms::measure(draft));
    }
    ReplyHint::None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::sms::Encoding;

    const NOW: i64 = 1_764_806_400_000;
    const HOUR: i64 = 3_600_000;

    fn sms_rules() -> ChannelRules {
        ChannelRules {
            opted_out: false,
            window_hours: None,
            templates_outside_window: false,
            last_patient_message_at: None,
            whatsapp_templates: Vec::new(),
        }
    }

    fn whatsapp_rules() -> ChannelRules {
        ChannelRules {
            window_hours: Some(24),
            templates_outside_window: true,
            ..sms_rules()
        }
    }

    fn sms(draft: &str) -> (Encoding, usize, usize) {
        match hint(Channel::Sms, &sms_rules(), None, draft, NOW) {
            ReplyHint::Sms(length) => (length.encoding, length.units, length.segments),
            other => panic!("not an SMS hint: {other:?}"),
        }
    }

    #[test]
    fn sms_drafts_count_segments_at_twilios_documented_sizes() {
        // GSM-7: 160 characters in one message, then 153 per segment.
        let gsm = |n: usize| "a".repeat(n);
        assert_eq!(sms(&gsm(1)), (Encoding::Gsm7, 1, 1));
        assert_eq!(sms(&gsm(160)), (Encoding::Gsm7, 160, 1));
        assert_eq!(sms(&gsm(161)), (Encoding::Gsm7, 161, 2));
        assert_eq!(sms(&gsm(306)), (Encoding::Gsm7, 306, 2));
        assert_eq!(sms(&gsm(307)), (Encoding::Gsm7, 307, 3));
        // One character outside GSM-7 makes it UCS-2: 70 in one message, then 67.
        let ucs2 = |n: usize| format!("ł{}", "a".repeat(n - 1));
        assert_eq!(sms(&ucs2(70)), (Encoding::Ucs2, 70, 1));
        assert_eq!(sms(&ucs2(71)), (Encoding::Ucs2, 71, 2));
        assert_eq!(sms(&ucs2(134)), (Encoding::Ucs2, 134, 2));
        assert_eq!(sms(&ucs2(135)), (Encoding::Ucs2, 135, 3));
        // GSM-7's extension characters cost two septets: 80 euros fill one message.
        assert_eq!(sms(&"€".repeat(80)), (Encoding::Gsm7, 160, 1));
        assert_eq!(sms(&"€".repeat(81)), (Encoding::Gsm7, 162, 2));
        // An emoji is two UTF-16 units.
        assert_eq!(sms("🙂"), (Encoding::Ucs2, 2, 1));
    }

    #[test]
    fn an_empty_sms_draft_and_the_web_show_nothing() {
        assert_eq!(
            hint(Channel::Sms, &sms_rules(), None, "  ", NOW),
            ReplyHint::None
        );
        assert_eq!(
            hint(Channel::Web, &whatsapp_rules(), None, "hello", NOW),
            ReplyHint::None
        );
        assert_eq!(
            hint(Channel::X, &sms_rules(), None, "hello", NOW),
            ReplyHint::None
        );
    }

    #[test]
    fn an_opt_out_blocks_every_reply_whatever_the_window() {
        let opted_out = ChannelRules {
            opted_out: true,
            ..sms_rules()
        };
        let hint_now = hint(Channel::Sms, &opted_out, None, "hello", NOW);
        assert_eq!(hint_now, ReplyHint::OptedOut);
        assert!(hint_now.blocks_text());
    }

    #[test]
    fn the_whatsapp_window_counts_down_and_then_allows_only_templates() {
        let rules = whatsapp_rules();
        let open = hint(Channel::Whatsapp, &rules, Some(NOW - HOUR), "hi", NOW);
        assert_eq!(
            open,
            ReplyHint::WindowOpen {
                closes_at_ms: NOW + 23 * HOUR,
                minutes_left: 23 * 60,
                hours: 24,
            }
        );
        assert!(!open.blocks_text());
        // One millisecond before the end: under a minute left, still open.
        let last_moment = hint(
            Channel::Whatsapp,
            &rules,
            Some(NOW - 24 * HOUR + 1),
            "",
            NOW,
        );
        assert!(matches!(
            last_moment,
            ReplyHint::WindowOpen {
                minutes_left: 0,
                ..
            }
        ));
        let closed = hint(Channel::Whatsapp, &rules, Some(NOW - 24 * HOUR), "hi", NOW);
        assert_eq!(
            closed,
            ReplyHint::WindowClosed {
                hours: 24,
                templates: true
            }
        );
        assert!(closed.blocks_text());
        // A patient who never wrote here opened no window.
        assert_eq!(
            hint(Channel::Whatsapp, &rules, None, "hi", NOW),
            ReplyHint::WindowClosed {
                hours: 24,
                templates: true
            }
        );
    }

    #[test]
    fn wechat_has_48_hours_and_no_templates() {
        let rules = ChannelRules {
            window_hours: Some(48),
            ..sms_rules()
        };
        assert!(matches!(
            hint(Channel::Wechat, &rules, Some(NOW - 47 * HOUR), "hi", NOW),
            ReplyHint::WindowOpen {
                minutes_left: 60,
                ..
            }
        ));
        assert_eq!(
            hint(Channel::Wechat, &rules, Some(NOW - 48 * HOUR), "hi", NOW),
            ReplyHint::WindowClosed {
                hours: 48,
                templates: false
            }
        );
    }
}
