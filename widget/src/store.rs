//! What the widget keeps in localStorage: the visitor's conversation and its unsent messages.
//!
//! Nothing is written before the visitor sends a first message. Storage may be blocked
//! (private mode, sandboxed frames), so every call tolerates failure and the widget then
//! simply forgets on reload.

use serde::{Deserialize, Serialize};

use wasm_bindgen::JsValue;

use crate::json::{self, object, Json};
use crate::thread::OutboxItem;

/// The conversation this browser holds and the bearer that proves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub conversation_id: String,
    pub visitor_token: String,
}

/// The stored JSON: `{ "conversation_id", "visitor_token", "outbox": [...] }`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor_token: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outbox: Vec<OutboxItem>,
}

impl Saved {
    pub fn new(session: Option<&Session>, outbox: Vec<OutboxItem>) -> Saved {
        Saved {
            conversation_id: session.map(|session| session.conversation_id.clone()),
            visitor_token: session.map(|session| session.visitor_token.clone()),
            outbox,
        }
    }

    pub fn session(&self) -> Option<Session> {
        match (&self.conversation_id, &self.visitor_token) {
            (Some(conversation_id), Some(visitor_token)) => Some(Session {
                conversation_id: conversation_id.clone(),
                visitor_token: visitor_token.clone(),
            }),
            _ => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.session().is_none() && self.outbox.is_empty()
    }
}

/// The storage key; the loader checks the same key to load the app eagerly.
pub fn key(clinic: &str) -> String {
    format!("frontdesk:v1:{clinic}")
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved state; anything unreadable counts as nothing saved.
pub fn load(clinic: &str) -> Saved {
    local_storage()
        .and_then(|storage| storage.get_item(&key(clinic)).ok().flatten())
        .and_then(|raw| Json::parse(&raw))
        .map(|saved| from_json(&saved))
        .unwrap_or_default()
}

/// Writes the state, or removes the key when there is nothing worth keeping.
pub fn save(clinic: &str, saved: &Saved) {
    let Some(storage) = local_storage() else {
        return;
    };
    if saved.is_empty() {
        _ = storage.remove_item(&key(clinic));
    } else {
        _ = storage.set_item(&key(clinic), &to_json(saved));
    }
}

/// Reads what [`to_json`] wrote (or an older shape); unreadable items are dropped.
pub(crate) fn from_json(saved: &Json) -> Saved {
    Saved {
        conversation_id: saved.string("conversation_id"),
        visitor_token: saved.string("visitor_token"),
        outbox: saved
            .objects("outbox")
            .iter()
            .filter_map(|item| {
                Some(OutboxItem {
                    client_msg_id: item.string("client_msg_id")?,
                    text: item.string("text")?,
                })
            })
            .collect(),
    }
}

/// The same JSON as `serde_json::to_string(saved)`, encoded by the browser.
pub(crate) fn to_json(saved: &Saved) -> String {
    let text = |value: &Option<String>| value.as_deref().map(JsValue::from_str);
    let outbox: js_sys::Array = saved
        .outbox
        .iter()
        .map(|item| {
            JsValue::from(object(&[
                (
                    "client_msg_id",
                    Some(JsValue::from_str(&item.client_msg_id)),
                ),
                ("text", Some(JsValue::from_str(&item.text))),
            ]))
        })
        .collect();
    let saved = object(&[
        ("conversation_id", text(&saved.conversation_id)),
        ("visitor_token", text(&saved.visitor_token)),
        (
            "outbox",
            (!saved.outbox.is_empty()).then(|| JsValue::from(outbox)),
        ),
    ]);
    json::text(&saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_state_round_trips_and_tolerates_old_shapes() {
        let session = Session {
            conversation_id: "c_1".into(),
            visitor_token: "tok".into(),
        };
        let saved = Saved::new(
            Some(&session),
            vec![OutboxItem {
                client_msg_id: "id".into(),
                text: "hi".into(),
            }],
        );
        let raw = serde_json::to_string(&saved).unwrap_or_default();
        let back: Saved = serde_json::from_str(&raw).unwrap_or_default();
        assert_eq!(back, saved);
        assert_eq!(back.session(), Some(session));

        // The first shape the brief described: just the two ids.
        let bare: Saved = serde_json::from_str(r#"{"conversation_id":"c","visitor_token":"t"}"#)
            .unwrap_or_default();
        assert!(bare.session().is_some() && bare.outbox.is_empty());

        // An outbox before the conversation exists is still worth keeping.
        let unsent = Saved::new(None, saved.outbox.clone());
        assert!(!unsent.is_empty() && unsent.session().is_none());
        assert!(Saved::default().is_empty());
        assert_eq!(
            serde_json::to_string(&Saved::default()).unwrap_or_default(),
            "{}"
        );
    }
}
