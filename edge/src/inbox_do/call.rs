//! The inbox hub's calls, written once for both sides: the client builds its URLs from
//! [`Call`] and the hub dispatches on it, and reads a broadcast's body with
//! [`broadcast_entries`].

use frontdesk_protocol::InboxEntry;
use worker::Method;

/// One call the inbox hub answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// A console's inbox socket (WebSocket upgrade; the owner in `X-Socket-Owner`).
    Live,
    /// A session has a socket in a conversation (`Registration`).
    Register,
    /// Close every socket of the revoked session(s) (`Revocation`).
    Revoke,
    /// A conversation changed (`InboxEntry`): tell every console.
    Broadcast,
}

impl Call {
    const ALL: [Call; 4] = [Call::Live, Call::Register, Call::Revoke, Call::Broadcast];

    /// The call's path on the hub.
    pub fn path(self) -> &'static str {
        match self {
            Call::Live => "/live",
            Call::Register => "/register",
            Call::Revoke => "/revoke",
            Call::Broadcast => "/broadcast",
        }
    }

    pub fn method(self) -> Method {
        match self {
            Call::Live => Method::Get,
            Call::Register | Call::Revoke | Call::Broadcast => Method::Post,
        }
    }

    /// The call a request makes, or `None` for an unknown path or method.
    pub fn parse(method: &Method, path: &str) -> Option<Call> {
        Call::ALL
            .into_iter()
            .find(|call| call.path() == path && call.method() == *method)
    }

    /// The URL the client sends the call to (the host is ignored by the hub).
    pub fn url(self) -> String {
        format!("https://inbox{}", self.path())
    }
}

/// A broadcast's entries: a JSON array, or one entry as a worker before session 20
/// sent it (during a deploy an older isolate may still call the new hub).
pub fn broadcast_entries(body: &str) -> serde_json::Result<Vec<InboxEntry>> {
    if body.trim_start().starts_with('[') {
        serde_json::from_str(body)
    } else {
        serde_json::from_str(body).map(|entry| vec![entry])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontdesk_protocol::{ConversationStatus, Department, Urgency, VisitorIdentity};

    #[test]
    fn each_call_parses_back_from_its_own_path_and_method() {
        for call in Call::ALL {
            assert_eq!(Call::parse(&call.method(), call.path()), Some(call));
            assert!(call.url().ends_with(call.path()));
        }
    }

    #[test]
    fn unknown_paths_and_wrong_methods_are_no_call() {
        assert_eq!(Call::parse(&Method::Post, "/nope"), None);
        assert_eq!(Call::parse(&Method::Post, "/live"), None);
        assert_eq!(Call::parse(&Method::Get, "/broadcast"), None);
    }

    fn entry(conversation_id: &str) -> InboxEntry {
        InboxEntry {
            conversation_id: conversation_id.into(),
            urgency: Urgency::Routine,
            department: Department::FrontDesk,
            status: ConversationStatus::Open,
            sla_deadline: None,
            created_at: "2026-12-07T10:00:00Z".into(),
            last_message_at: None,
            last_message_preview: None,
            last_seq: 1,
            assigned_to: None,
            page_url: None,
            triage_reason: None,
            visitor: VisitorIdentity {
                name: None,
                email: None,
                phone: None,
                user_id: None,
            },
            verified: Default::default(),
            labels: Vec::new(),
            channel: Default::default(),
            address: None,
        }
    }

    #[test]
    fn a_broadcast_carries_a_batch_or_the_one_entry_an_older_worker_sends() {
        let batch = vec![entry("c_1"), entry("c_2")];
        let sent = serde_json::to_string(&batch).unwrap();
        assert_eq!(broadcast_entries(&sent).unwrap(), batch);
        let one = serde_json::to_string(&entry("c_3")).unwrap();
        assert_eq!(broadcast_entries(&one).unwrap(), vec![entry("c_3")]);
        assert!(broadcast_entries("{\"conversation_id\": 1}").is_err());
    }
}
