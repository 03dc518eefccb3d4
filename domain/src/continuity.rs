//! Continuity after the visitor leaves (issue 20): when staff reply on a website
//! conversation and the visitor's page is closed, the visitor's *verified* phone (by SMS)
//! or email gets a notice without patient content, whose link reopens the conversation
//! on the Frontdesk origin only after a fresh one-time code to that same address. A
//! stated identity gets nothing: a number anyone could type in must not receive links to
//! someone's conversation.
//!
//! When: a while after the reply (`[verification] continuity_seconds`), if no visitor
//! socket is open and the visitor has not read up to the reply; once per burst of
//! replies: after one notice, the next waits until the visitor came back (read or wrote)
//! or opened the link. The conversation object holds these facts and decides and records
//! in one step, so a redelivered job sends nothing twice.

use frontdesk_protocol::{Channel, IdentityProofs, VisitorIdentity};

use crate::one_time_code::CodeChannel;

/// What the conversation object knows when the delayed check runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Presence {
    /// Visitor sockets open now: a page that shows the reply as it comes.
    pub visitor_sockets: usize,
    /// How far the visitor has read (their socket's read mark).
    pub visitor_read: u64,
    /// The visitor's newest message.
    pub last_visitor_seq: u64,
    /// The reply the last notice went for (0: none since the visitor came back).
    pub noticed: u64,
}

/// Whether the staff reply `reply_seq` gets a notice now.
pub fn should_notice(reply_seq: u64, presence: &Presence) -> bool {
    let seen = presence.visitor_read >= reply_seq;
    // A notice since the visitor last read or wrote covers this reply too (the link shows
    // the whole conversation); a redelivered job finds its own notice recorded.
    let burst_noticed = presence.noticed > presence.visitor_read.max(presence.last_visitor_seq);
    presence.visitor_sockets == 0 && !seen && !burst_noticed
}

/// Where the notice goes: the verified phone by SMS when the clinic sends SMS, else the
/// verified email when it sends email; only for a website conversation (a channel
/// conversation's replies already reach the patient on their channel).
pub fn address<'a>(
    channel: Channel,
    visitor: &'a VisitorIdentity,
    verified: &IdentityProofs,
    clinic_sends_sms: bool,
    clinic_sends_email: bool,
) -> Option<(CodeChannel, &'a str)> {
    if channel != Channel::Web {
        return None;
    }
    let phone = (verified.phone.is_some() && clinic_sends_sms)
        .then_some(visitor.phone.as_deref())
        .flatten()
        .map(|phone| (CodeChannel::Sms, phone));
    let email = || {
        (verified.email.is_some() && clinic_sends_email)
            .then_some(visitor.email.as_deref())
            .flatten()
            .map(|email| (CodeChannel::Email, email))
    };
    phone.or_else(email)
}

/// The default wait after a staff reply before a notice: two minutes, long enough for a
/// visitor whose page reconnects or who is reading in another tab.
pub const DEFAULT_DELAY_SECONDS: u32 = 120;

/// How long the conversation stays open on the page after a right code: an hour, then the
/// page asks for the clinic's next link.
pub const OPENED_SECONDS: u32 = 3600;

#[cfg(test)]
mod tests {
    use super::*;
    use frontdesk_protocol::VerificationMethod;

    fn away() -> Presence {
        Presence {
            visitor_sockets: 0,
            visitor_read: 3,
            last_visitor_seq: 3,
            noticed: 0,
        }
    }

    #[test]
    fn a_reply_the_visitor_has_not_seen_gets_one_notice_per_burst() {
        // (reply, presence, notice?)
        let table = [
            (5, away(), true),
            // A page open: the widget shows the reply (and its badge and chime).
            (
                5,
                Presence {
                    visitor_sockets: 1,
                    ..away()
                },
                false,
            ),
            // Read already (the socket closed after).
            (
                5,
                Presence {
                    visitor_read: 5,
                    ..away()
                },
                false,
            ),
            // The same job again: its notice is recorded.
            (
                5,
                Presence {
                    noticed: 5,
                    ..away()
                },
                false,
            ),
            // The burst's second reply: the first notice's link shows it too.
            (
                6,
                Presence {
                    noticed: 5,
                    ..away()
                },
                false,
            ),
            // The visitor wrote after the last notice: a new burst.
            (
                9,
                Presence {
                    noticed: 5,
                    last_visitor_seq: 7,
                    ..away()
                },
                true,
            ),
            // ...or read after it.
            (
                9,
                Presence {
                    noticed: 5,
                    visitor_read: 6,
                    ..away()
                },
                true,
            ),
        ];
        for (reply, presence, expected) in table {
            assert_eq!(should_notice(reply, &presence), expected, "{presence:?}");
        }
    }

    fn visitor() -> VisitorIdentity {
        VisitorIdentity {
            name: Some("Ana".into()),
            email: Some("ana@example.org".into()),
            phone: Some("+15550100200".into()),
            user_id: None,
        }
    }

    #[test]
    fn only_a_verified_address_of_a_website_conversation_gets_a_notice() {
        let stated = IdentityProofs::default();
        assert_eq!(address(Channel::Web, &visitor(), &stated, true, true), None);
        let phone = IdentityProofs {
            phone: Some(VerificationMethod::SmsCode),
            ..IdentityProofs::default()
        };
        assert_eq!(
            address(Channel::Web, &visitor(), &phone, true, true),
            Some((CodeChannel::Sms, "+15550100200"))
        );
        // No SMS at this clinic, and the email is only stated: nothing.
        assert_eq!(address(Channel::Web, &visitor(), &phone, false, true), None);
        let both = IdentityProofs {
            email: Some(VerificationMethod::EmailCode),
            ..phone
        };
        assert_eq!(
            address(Channel::Web, &visitor(), &both, false, true),
            Some((CodeChannel::Email, "ana@example.org"))
        );
        // An SMS conversation's replies reach the patient on SMS already.
        assert_eq!(address(Channel::Sms, &visitor(), &both, true, true), None);
        // Verified, but the value is gone (erased): nothing.
        let blank = VisitorIdentity::default();
        assert_eq!(address(Channel::Web, &blank, &both, true, true), None);
    }
}
