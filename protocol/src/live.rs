//! Events pushed over the conversation and inbox WebSockets.

use serde::{Deserialize, Serialize};

use crate::{InboxEntry, Message};

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
    /// A conversation was created or changed (inbox socket only).
    Inbox { conversation: InboxEntry },
    /// Sent once after connecting: messages after `last_seq` follow as `message` events.
    Ready { last_seq: u64 },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Author;

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
            },
        };
        let json = serde_json::to_value(&event).unwrap();
        assert_eq!(json["type"], "message");
        assert_eq!(json["message"]["seq"], 2);
        assert_eq!(serde_json::from_value::<LiveEvent>(json).unwrap(), event);

        let ready = serde_json::to_string(&LiveEvent::Ready { last_seq: 7 }).unwrap();
        assert_eq!(ready, r#"{"type":"ready","last_seq":7}"#);
    }
}
