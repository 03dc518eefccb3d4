//! The conversation's live WebSocket: parses its frames and reports when it closes.
//!
//! Reconnecting is the caller's job (see `chat.rs`), so this stays a thin, droppable handle.

use std::cell::Cell;
use std::rc::Rc;

use frontdesk_protocol::Message;
use serde::Deserialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CloseEvent, MessageEvent, WebSocket};

/// The frames of `frontdesk_protocol::LiveEvent` a visitor's socket can carry. Parsing only
/// these keeps the staff-only types' decoders out of the widget's wasm.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LiveEvent {
    /// A new message in the conversation, any author.
    Message { message: Message },
    /// Sent once after connecting.
    Ready {},
    /// Any other type, from a newer server or the staff side.
    #[serde(other)]
    Other,
}

/// An open (or opening) socket; dropping it detaches the handlers and closes it.
pub struct LiveSocket {
    socket: WebSocket,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
}

impl LiveSocket {
    /// Opens `url` offering `protocols`; `on_event` gets every frame that parses,
    /// `on_closed` runs once.
    pub fn connect(
        url: &str,
        protocols: &[String],
        on_event: impl Fn(LiveEvent) + 'static,
        on_closed: impl Fn() + 'static,
    ) -> Result<LiveSocket, JsValue> {
        let offered: js_sys::Array = protocols.iter().map(|p| JsValue::from_str(p)).collect();
        let socket = WebSocket::new_with_str_sequence(url, &offered)?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            // Unknown event types from a newer server are skipped, not fatal.
            if let Some(text) = event.data().as_string() {
                if let Ok(live_event) = serde_json::from_str::<LiveEvent>(&text) {
                    on_event(live_event);
                }
            }
        });
        // `error` is always followed by `close`, so only `close` triggers a reconnect.
        let closed = Rc::new(Cell::new(false));
        let on_close = Closure::<dyn FnMut(CloseEvent)>::new(move |_: CloseEvent| {
            if !closed.replace(true) {
                on_closed();
            }
        });
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        Ok(LiveSocket {
            socket,
            _on_message: on_message,
            _on_close: on_close,
        })
    }
}

impl Drop for LiveSocket {
    fn drop(&mut self) {
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
        // 1000: a client may not echo 1005, and this is a normal goodbye.
        _ = self.socket.close_with_code(1000);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontdesk_protocol::Author;

    #[test]
    fn visitor_frames_parse_and_others_are_skipped() {
        let message = r#"{"type":"message","message":{"id":"m","seq":3,"author":"staff","text":"hi","sent_at":"2026-11-25T10:00:00Z"}}"#;
        match serde_json::from_str::<LiveEvent>(message) {
            Ok(LiveEvent::Message { message }) => {
                assert_eq!((message.seq, message.author), (3, Author::Staff));
            }
            other => panic!("{other:?}"),
        }
        let ready = serde_json::from_str::<LiveEvent>(r#"{"type":"ready","last_seq":4}"#);
        assert_eq!(ready.ok(), Some(LiveEvent::Ready {}));
        let inbox = r#"{"type":"inbox","conversation":{"conversation_id":"c"}}"#;
        assert_eq!(
            serde_json::from_str::<LiveEvent>(inbox).ok(),
            Some(LiveEvent::Other)
        );
    }
}
