//! Events pushed over the conversation and inbox WebSockets.

use serde::{Deserialize, Serialize};

use crate::{Author, Delivery, InboxEntry, Message};

/// The WebSocket subprotocol of the live sockets; the server answers with it.
pub const LIVE_SUBPROTOCOL: &str = "frontdesk";

/// A client may carry its bearer token as a second offered subprotocol,
/// `bearer.<token>`, so the token stays out of URLs and request logs:
/// `new WebSocket(url, ["frontdesk", "bearer." + token])`.
pub const BEARER_SUBPROTOCOL_PREFIX: &str = "bearer.";

/// One server-to-client frame: `{ "type": "...", ... }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LiveEvent {
    /// A new message in the conversation, any author.
    Message { message: Message },
    /// A conversation was created or changed (inbox socket only). Boxed: a row is far
    /// larger than the other frames.
    Inbox { conversation: Box<InboxEntry> },
    /// Sent once after connecting: messages after `last_seq` follow as `message` events.
    /// `read` holds both sides' read marks (conversation sockets only).
    Ready {
        last_seq: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        read: Option<ReadMarks>,
    },
    /// One side started (`typing: true`) or stopped typing; never carries the draft.
    /// `name` is the staff member's first name on staff typing.
    Typing {
        author: Author,
        typing: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    },
    /// `reader` (visitor or staff) has seen every message up to `seq`.
    Read { reader: Author, seq: u64 },
    /// An outbound channel message's delivery changed (staff sockets only): its state as
    /// stored after a status callback or a send, never its text.
    Delivery { delivery: Delivery },
}

/// The highest `seq` each side has seen; 0 when nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadMarks {
    pub visitor: u64,
    pub staff: u64,
}

/// One client-to-server frame on a conversation socket, besides the plain text `ping`:
/// `{"type": "typing", "typing": true}` or `{"type": "read", "seq": 12}`. Which side
/// sent it comes from the socket, never from the frame, so no other field is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientFrame {
    /// The sender started or stopped typing.
    Typing { typing: bool },
    /// The sender has seen every message up to `seq`.
    Read { seq: u64 },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_events_are_tagged_by_type() {
        let event = LiveEvent::Message {
            message: Message {
                id: "m".into(),
                seq: 2,
                author: Author::Staff,
                text: "hi".into(),
                sent_at: "2026-11-25T10:00:00Z".into(),
                client_msg_id: None,
                author_name: Some("Sam".into()),
                attachments: Vec::new(),
            },
        };
        let json = serde_json::to_value(&event).unwrap();
        assert_eq!(json["type"], "message");
        assert_eq!(json["message"]["seq"], 2);
        assert_eq!(serde_json::from_value::<LiveEvent>(json).unwrap(), event);

        let ready = serde_json::to_string(&LiveEvent::Ready {
            last_seq: 7,
            read: None,
        })
        .unwrap();
        assert_eq!(ready, r#"{"type":"ready","last_seq":7}"#);
        let ready = serde_json::to_string(&LiveEvent::Ready {
            last_seq: 7,
            read: Some(ReadMarks {
                visitor: 7,
                staff: 5,
            }),
        })
        .unwrap();
        assert_eq!(
            ready,
            r#"{"type":"ready","last_seq":7,"read":{"visitor":7,"staff":5}}"#
        );
    }

    #[test]
    fn typing_and_read_events_carry_no_text() {
        let typing = LiveEvent::Typing {
            author: Author::Staff,
            typing: true,
            name: Some("Sam".into()),
        };
        assert_eq!(
            serde_json::to_string(&typing).unwrap(),
            r#"{"type":"typing","author":"staff","typing":true,"name":"Sam"}"#
        );
        let read = LiveEvent::Read {
            reader: Author::Visitor,
            seq: 4,
        };
        assert_eq!(
            serde_json::to_string(&read).unwrap(),
            r#"{"type":"read","reader":"visitor","seq":4}"#
        );
    }

    #[test]
    fn delivery_events_carry_the_state_only() {
        let event = LiveEvent::Delivery {
            delivery: Delivery {
                seq: 5,
                status: crate::DeliveryStatus::Failed,
                reason: Some("Twilio 30003".into()),
                updated_at: "2026-12-06T10:00:00Z".into(),
                attempt: 2,
            },
        };
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"type":"delivery","delivery":{"seq":5,"status":"failed","reason":"Twilio 30003","updated_at":"2026-12-06T10:00:00Z","attempt":2}}"#
        );
        assert_eq!(serde_json::from_str::<LiveEvent>(&json).unwrap(), event);
    }

    #[test]
    fn client_frames_are_typing_or_read_and_nothing_more() {
        let frame: ClientFrame =
            serde_json::from_str(r#"{"type":"typing","typing":true}"#).unwrap();
        assert_eq!(frame, ClientFrame::Typing { typing: true });
        let frame: ClientFrame = serde_json::from_str(r#"{"type":"read","seq":3}"#).unwrap();
        assert_eq!(frame, ClientFrame::Read { seq: 3 });
        // A frame may not say which side sent it, nor carry a draft.
        assert!(
            serde_json::from_str::<ClientFrame>(r#"{"type":"read","seq":3,"reader":"staff"}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<ClientFrame>(
            r#"{"type":"typing","typing":true,"text":"hi"}"#
        )
        .is_err());
        assert!(serde_json::from_str::<ClientFrame>(r#"{"type":"message","text":"hi"}"#).is_err());
    }
}
