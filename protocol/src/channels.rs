//! Channels: where a conversation happens, and each outbound message's delivery state.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Where a conversation happens: the website's widget, or a messaging platform.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Web,
    Sms,
    Whatsapp,
    Messenger,
    Wechat,
    X,
}

impl Channel {
    /// Every channel, the website first.
    pub const ALL: [Channel; 6] = [
        Channel::Web,
        Channel::Sms,
        Channel::Whatsapp,
        Channel::Messenger,
        Channel::Wechat,
        Channel::X,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Sms => "sms",
            Channel::Whatsapp => "whatsapp",
            Channel::Messenger => "messenger",
            Channel::Wechat => "wechat",
            Channel::X => "x",
        }
    }

    pub fn parse(raw: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == raw)
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an outbound message is on its way to the patient. Only moves forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    Queued,
    Sent,
    Delivered,
    Read,
    Failed,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Queued => "queued",
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Read => "read",
            DeliveryStatus::Failed => "failed",
        }
    }

    /// The order states move in: a late `sent` never replaces `delivered`; `delivered`
    /// and `failed` rank alike (a failure after a delivery report changes nothing).
    pub fn rank(self) -> u8 {
        match self {
            DeliveryStatus::Queued => 0,
            DeliveryStatus::Sent => 1,
            DeliveryStatus::Delivered | DeliveryStatus::Failed => 2,
            DeliveryStatus::Read => 3,
        }
    }

    pub fn parse(raw: &str) -> Option<DeliveryStatus> {
        [
            DeliveryStatus::Queued,
            DeliveryStatus::Sent,
            DeliveryStatus::Delivered,
            DeliveryStatus::Read,
            DeliveryStatus::Failed,
        ]
        .into_iter()
        .find(|s| s.as_str() == raw)
    }
}

/// One outbound message's delivery on its channel, in the staff thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// The message's `seq` in the conversation.
    pub seq: u64,
    pub status: DeliveryStatus,
    /// Why it failed (the provider's error code and message), or why it is still queued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// RFC 3339: the last change.
    pub updated_at: String,
    /// Which send this is: 1 for the first, one more for each resend.
    #[serde(default = "first_attempt")]
    pub attempt: u32,
}

impl Delivery {
    /// Whether this news about the same message replaces `shown`: a later attempt always
    /// does (a resend starts over); within one attempt the state only moves forward, and
    /// the same state may carry a newer reason. Frames and answers can arrive out of order.
    pub fn supersedes(&self, shown: &Delivery) -> bool {
        self.seq == shown.seq
            && (self.attempt > shown.attempt
                || (self.attempt == shown.attempt
                    && (self.status.rank() > shown.status.rank() || self.status == shown.status)))
    }
}

fn first_attempt() -> u32 {
    1
}

/// `POST /v1/staff/conversations/{id}/messages/{seq}/resend`: the attempt this resend makes
/// (the failed delivery's `attempt` plus one), so asking twice resends once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResendRequest {
    pub attempt: u32,
}

/// The resend's answer, and `GET /v1/staff/conversations/{id}/deliveries`' one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResendResponse {
    pub delivery: Delivery,
}

/// `GET /v1/staff/conversations/{id}/deliveries`: each outbound message's delivery, by
/// `seq` (what the thread polls while a reply is on its way; no message text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelDeliveriesResponse {
    pub deliveries: Vec<Delivery>,
}

/// On an external channel: what the platform lets staff send now, for the reply box's
/// hints (`GET /v1/staff/conversations/{id}/messages`). The reply call checks the same
/// rules and answers 409 when they refuse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelRules {
    /// The patient opted out (SMS STOP and the like): replies are refused until they opt
    /// back in (START).
    pub opted_out: bool,
    /// Hours of the platform's customer-service window (WhatsApp and Messenger 24, WeChat
    /// 48); absent where free text may go at any time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_hours: Option<u32>,
    /// Whether an approved template may go out when the window is closed (WhatsApp).
    #[serde(default)]
    pub templates_outside_window: bool,
    /// RFC 3339: the provider's timestamp on the patient's latest message on this channel,
    /// where the window starts; absent when the patient never wrote here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_patient_message_at: Option<String>,
    /// The clinic's approved WhatsApp templates staff may send when the window has closed
    /// (WhatsApp only; empty elsewhere or when the clinic named none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub whatsapp_templates: Vec<crate::ApprovedTemplate>,
}

/// `GET /v1/notice/messages`: the conversation a notice link opens (issue 18), for
/// whoever holds the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeConversationResponse {
    /// Who the messages are from.
    pub clinic_name: String,
    /// When the link stops working (RFC 3339, UTC).
    pub expires_at: String,
    pub messages: Vec<crate::Message>,
}

/// `POST /v1/notice/code/check`: a right code opened a continuity link (issue 20), which
/// is spent; the page reads and answers the conversation with this link's secret instead
/// (`fdn_…`, an open link that works until `expires_at`). Only in this answer's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeOpened {
    pub token: String,
    /// When `token` stops working (RFC 3339, UTC).
    pub expires_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_and_statuses_round_trip_their_wire_names() {
        for channel in Channel::ALL {
            assert_eq!(Channel::parse(channel.as_str()), Some(channel));
            assert_eq!(
                serde_json::to_value(channel).ok(),
                Some(serde_json::Value::from(channel.as_str()))
            );
        }
        assert_eq!(Channel::parse("email"), None);
        assert_eq!(
            DeliveryStatus::parse("delivered"),
            Some(DeliveryStatus::Delivered)
        );
        assert_eq!(DeliveryStatus::parse("undelivered"), None);
    }

    fn delivery(status: DeliveryStatus, attempt: u32) -> Delivery {
        Delivery {
            seq: 3,
            status,
            reason: None,
            updated_at: "2026-12-06T10:00:00Z".into(),
            attempt,
        }
    }

    #[test]
    fn news_of_a_delivery_only_moves_it_forward() {
        use DeliveryStatus::*;
        let shown = delivery(Delivered, 1);
        assert!(delivery(Read, 1).supersedes(&shown));
        assert!(delivery(Delivered, 1).supersedes(&shown), "a newer reason");
        assert!(!delivery(Sent, 1).supersedes(&shown), "a late sent");
        assert!(
            !delivery(Failed, 1).supersedes(&shown),
            "failed ranks as delivered"
        );
        assert!(!delivery(Queued, 1).supersedes(&shown));
        // A resend starts over at queued; an earlier attempt's news never returns.
        assert!(delivery(Queued, 2).supersedes(&delivery(Failed, 1)));
        assert!(!delivery(Read, 1).supersedes(&delivery(Queued, 2)));
        let mut other = delivery(Read, 1);
        other.seq = 4;
        assert!(!other.supersedes(&shown), "another message");
    }

    #[test]
    fn an_opened_link_round_trips() {
        let opened = NoticeOpened {
            token: format!("fdn_{}", "0a".repeat(32)),
            expires_at: "2026-12-06T11:00:00.000Z".into(),
        };
        let json = serde_json::to_value(&opened).expect("encodes");
        assert_eq!(json["token"], opened.token.as_str());
        assert_eq!(
            serde_json::from_value::<NoticeOpened>(json).expect("decodes"),
            opened
        );
    }
}
