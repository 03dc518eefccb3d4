//! The conversation object's calls, written once for both sides: the client builds its
//! URLs from [`Call`] and the object dispatches on it; the query keys and the request
//! and reply bodies live here too.

use frontdesk_domain::ids::ClinicId;
use frontdesk_domain::rate_limit::Rate;
use frontdesk_protocol::{Attachment, Author, Department, Message, Urgency};
use serde::{Deserialize, Serialize};
use worker::Method;

/// One call the conversation object answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// Store a message (`AppendRequest` → `AppendResponse`).
    Append,
    /// A staff member claimed the conversation: the ladder stops.
    StaffAction,
    /// Staff corrected the triage (`RetriageRequest`).
    Retriage,
    /// One message by `seq` (`query::SEQ`).
    Message,
    /// Delete messages sent before `query::BEFORE`.
    Purge,
    /// Delete every message and leave a tombstone.
    Erase,
    /// The escalation steps fired so far.
    Escalations,
    /// Messages after `query::AFTER`.
    Messages,
    /// A WebSocket upgrade (`query::AFTER`, and for staff `STAFF`, `NAME`, `OWNER`).
    Live,
    /// Close the sockets carrying the tag in the body.
    CloseSockets,
    /// The conversation moved (`Placement`): close the staff sockets whose scope no
    /// longer opens it.
    Moved,
    /// An outbound channel message's delivery changed (the `LiveEvent::Delivery` frame in
    /// the body): staff sockets are told.
    Delivery,
    /// A staff reply's continuity notice (`query::SEQ`): whether it goes now, recorded in
    /// the same step (`{"send": bool}`); `seq` 0 says the visitor opened a link and is
    /// caught up.
    Continuity,
}

/// Where a conversation now is, for [`Call::Moved`]: its team (`None`: not routed yet)
/// and its owner.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Placement {
    pub department: Option<Department>,
    pub assigned_to: Option<String>,
}

/// The query keys of the calls.
pub mod query {
    pub const AFTER: &str = "after";
    pub const SEQ: &str = "seq";
    pub const BEFORE: &str = "before";
    /// `1` marks a staff socket.
    pub const STAFF: &str = "staff";
    pub const NAME: &str = "name";
    /// Repeated: the session's socket tags.
    pub const OWNER: &str = "owner";
}

/// The header that carries the conversation id (the object is named by it, but can't
/// read its own name).
pub const CONVERSATION_ID_HEADER: &str = "X-Conversation-Id";

impl Call {
    const ALL: [Call; 13] = [
        Call::Append,
        Call::StaffAction,
        Call::Retriage,
        Call::Message,
        Call::Purge,
        Call::Erase,
        Call::Escalations,
        Call::Messages,
        Call::Live,
        Call::CloseSockets,
        Call::Moved,
        Call::Delivery,
        Call::Continuity,
    ];

    /// The call's path on the object.
    pub fn path(self) -> &'static str {
        match self {
            Call::Append => "/append",
            Call::StaffAction => "/staff-action",
            Call::Retriage => "/retriage",
            Call::Message => "/message",
            Call::Purge => "/purge",
            Call::Erase => "/erase",
            Call::Escalations => "/escalations",
            Call::Messages => "/messages",
            Call::Live => "/live",
            Call::CloseSockets => "/close-sockets",
            Call::Moved => "/moved",
            Call::Delivery => "/delivery",
            Call::Continuity => "/continuity",
        }
    }

    pub fn method(self) -> Method {
        match self {
            Call::Message | Call::Escalations | Call::Messages | Call::Live => Method::Get,
            Call::Append
            | Call::StaffAction
            | Call::Retriage
            | Call::Purge
            | Call::Erase
            | Call::CloseSockets
            | Call::Moved
            | Call::Delivery
            | Call::Continuity => Method::Post,
        }
    }

    /// The call a request makes, or `None` for an unknown path or method.
    pub fn parse(method: &Method, path: &str) -> Option<Call> {
        Call::ALL
            .into_iter()
            .find(|call| call.path() == path && call.method() == *method)
    }

    /// The calls that read or write messages: an erased conversation answers them 404.
    pub fn needs_messages(self) -> bool {
        matches!(
            self,
            Call::Append | Call::Messages | Call::Message | Call::Live | Call::Retriage
        )
    }

    /// The URL the client sends the call to (the host is ignored by the object).
    pub fn url(self, query: &[(&str, &str)]) -> Result<worker::Url, worker::url::ParseError> {
        let base = format!("https://conversation{}", self.path());
        if query.is_empty() {
            worker::Url::parse(&base)
        } else {
            worker::Url::parse_with_params(&base, query)
        }
    }
}

/// A message to store, plus the automatic replies that follow it when it is new.
#[derive(Debug, Serialize, Deserialize)]
pub struct AppendRequest {
    pub author: Author,
    pub client_msg_id: Option<String>,
    pub text: String,
    pub author_name: Option<String>,
    pub auto_replies: Vec<AutoReply>,
    /// For visitor messages: what the escalation ladder needs to know.
    #[serde(default)]
    pub escalation: Option<EscalationContext>,
    /// For visitor messages: the conversation's message limit, taken before storing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<Rate>,
    /// Files the message carries, already linked to it in D1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// A visitor message's triage, for the escalation ladder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EscalationContext {
    pub clinic_id: ClinicId,
    pub urgency: Urgency,
    pub department: Department,
}

/// A staff correction of the conversation's triage, for the escalation ladder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RetriageRequest {
    /// The clinic and the corrected department (notifications name it).
    pub context: EscalationContext,
    /// Whether the urgency changed: the ladder starts over at `context.urgency` (and
    /// stops for routine). A department-only correction leaves the ladder as it is.
    pub restart_ladder: bool,
}

/// A bot or system message sent right after the one it answers.
#[derive(Debug, Serialize, Deserialize)]
pub struct AutoReply {
    pub author: Author,
    pub text: String,
    /// Skip it when the conversation already holds a message with the same author and text.
    #[serde(default)]
    pub once: bool,
}

/// What the object stored; `created` is false for a resend of a known `client_msg_id`.
#[derive(Debug, Serialize, Deserialize)]
pub struct AppendResponse {
    pub created: bool,
    pub message: Message,
    pub auto_replies: Vec<Message>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_call_is_found_by_its_own_path_and_method_only() {
        for call in Call::ALL {
            assert_eq!(Call::parse(&call.method(), call.path()), Some(call));
            let other = if call.method() == Method::Get {
                Method::Post
            } else {
                Method::Get
            };
            assert_eq!(Call::parse(&other, call.path()), None, "{call:?}");
        }
        assert_eq!(Call::parse(&Method::Post, "/nope"), None);
    }

    #[test]
    fn urls_carry_the_path_and_the_query() {
        let url = Call::Live
            .url(&[(query::AFTER, "3"), (query::OWNER, "a b")])
            .unwrap();
        assert_eq!(url.path(), "/live");
        assert_eq!(url.query(), Some("after=3&owner=a+b"));
        assert_eq!(
            Call::Erase.url(&[]).unwrap().as_str(),
            "https://conversation/erase"
        );
    }
}
