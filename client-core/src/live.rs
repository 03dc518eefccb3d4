//! Where a live socket connects. Browsers can't set headers on a WebSocket, so the
//! bearer token rides in the second subprotocol (`bearer.<token>`), never in the URL,
//! where it would reach logs.

use frontdesk_protocol::{BEARER_SUBPROTOCOL_PREFIX, LIVE_SUBPROTOCOL};

use crate::path::encode_component;

/// A socket's URL and the subprotocols it offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveTarget {
    pub url: String,
    /// `frontdesk`, then `bearer.<token>`.
    pub protocols: [String; 2],
}

impl LiveTarget {
    /// The socket at `path` of the API at `origin` (`http(s)://host[:port]`, the scheme
    /// turned into `ws(s)`), resuming after `after` when given.
    pub fn new(origin: &str, path: &str, after: Option<u64>, token: &str) -> LiveTarget {
        let origin = origin.trim_end_matches('/');
        let origin = if let Some(rest) = origin.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = origin.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            origin.to_owned()
        };
        let mut url = format!("{origin}{path}");
        if let Some(after) = after {
            url.push_str(&format!("?after={after}"));
        }
        LiveTarget {
            url,
            protocols: [
                LIVE_SUBPROTOCOL.to_owned(),
                format!("{BEARER_SUBPROTOCOL_PREFIX}{token}"),
            ],
        }
    }
}

/// The visitor's socket of a conversation.
pub fn visitor_conversation_path(conversation_id: &str) -> String {
    format!(
        "/v1/conversations/{}/live",
        encode_component(conversation_id)
    )
}

/// A staff member's socket of a conversation.
pub fn staff_conversation_path(conversation_id: &str) -> String {
    format!(
        "/v1/staff/conversations/{}/live",
        encode_component(conversation_id)
    )
}

/// A staff member's inbox socket.
pub const STAFF_INBOX_PATH: &str = "/v1/staff/live";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_switch_to_websocket_schemes_and_carry_no_token() {
        let visitor = LiveTarget::new(
            "http://127.0.0.1:8787",
            &visitor_conversation_path("c_1"),
            Some(4),
            "v1.abc.def",
        );
        assert_eq!(
            visitor.url,
            "ws://127.0.0.1:8787/v1/conversations/c_1/live?after=4"
        );
        assert_eq!(
            visitor.protocols,
            ["frontdesk".to_owned(), "bearer.v1.abc.def".to_owned()]
        );
        assert!(!visitor.url.contains("abc"));
        let staff = LiveTarget::new(
            "https://frontdesk.example/",
            &staff_conversation_path("c/2"),
            Some(0),
            "t",
        );
        assert_eq!(
            staff.url,
            "wss://frontdesk.example/v1/staff/conversations/c%2F2/live?after=0"
        );
        let inbox = LiveTarget::new("https://frontdesk.example", STAFF_INBOX_PATH, None, "t");
        assert_eq!(inbox.url, "wss://frontdesk.example/v1/staff/live");
    }
}
