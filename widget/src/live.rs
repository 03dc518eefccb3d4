//! The conversation's live WebSocket: parses its frames and reports when it closes.
//!
//! Reconnecting is the caller's job (see `chat.rs`), so this stays a thin, droppable handle.

use std::cell::Cell;
use std::rc::Rc;

use frontdesk_client_core::live::LiveTarget;
use frontdesk_protocol::{Author, Message, ReadMarks};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CloseEvent, MessageEvent, WebSocket};

use crate::json::{self, Json};

/// The frames of `frontdesk_protocol::LiveEvent` a visitor's socket can carry.
#[derive(Debug, PartialEq)]
pub enum LiveEvent {
    /// A new message in the conversation, any author.
    Message { message: Message },
    /// Sent once after connecting, with both sides' read marks.
    Ready { read: ReadMarks },
    /// The other side started or stopped typing; `name` is a staff member's first name.
    Typing {
        author: Author,
        typing: bool,
        name: Option<String>,
    },
    /// `reader` has seen every message up to `seq`.
    Read { reader: Author, seq: u64 },
    /// Any other type, from a newer server or the staff side, or a frame we can't read.
    Other,
}

impl LiveEvent {
    /// Reads one frame: `{"type": "message", "message": {...}}`, `{"type": "ready", ...}`.
    pub fn parse(text: &str) -> LiveEvent {
        let Some(frame) = Json::parse(text) else {
            return LiveEvent::Other;
        };
        match frame.string("type").as_deref() {
            Some("message") => match frame.object("message").as_ref().and_then(json::message) {
                Some(message) => LiveEvent::Message { message },
                None => LiveEvent::Other,
            },
            Some("ready") => {
                let marks = frame.object("read");
                let mark = |side: &str| marks.as_ref().and_then(|m| m.count(side)).unwrap_or(0);
                LiveEvent::Ready {
                    read: ReadMarks {
                        visitor: mark("visitor"),
                        staff: mark("staff"),
                    },
                }
            }
            Some("typing") => match (
                frame.string("author").as_deref().and_then(Author::parse),
                frame.boolean("typing"),
            ) {
                (Some(author), Some(typing)) => LiveEvent::Typing {
                    author,
                    typing,
                    name: frame.string("name"),
                },
                _ => LiveEvent::Other,
            },
            Some("read") => match (
                frame.string("reader").as_deref().and_then(Author::parse),
                frame.count("seq"),
            ) {
                (Some(reader), Some(seq)) => LiveEvent::Read { reader, seq },
                _ => LiveEvent::Other,
            },
            _ => LiveEvent::Other,
        }
    }
}

/// An open (or opening) socket; dropping it detaches the handlers and closes it.
pub struct LiveSocket {
    socket: WebSocket,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
}

impl LiveSocket {
    /// Opens `target`; `on_event` gets every frame that parses, `on_closed` runs once.
    pub fn connect(
        target: &LiveTarget,
        on_event: impl Fn(LiveEvent) + 'static,
        on_closed: impl Fn() + 'static,
    ) -> Result<LiveSocket, JsValue> {
        let offered: js_sys::Array = target
            .protocols
            .iter()
            .map(|p| JsValue::from_str(p))
            .collect();
        let socket = WebSocket::new_with_str_sequence(&target.url, &offered)?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            // Unknown event types from a newer server are skipped, not fatal.
            if let Some(text) = event.data().as_string() {
                on_event(LiveEvent::parse(&text));
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

    /// Sends one text frame; `false` when the socket is not open (yet or any more).
    pub fn send(&self, text: &str) -> bool {
        self.socket.ready_state() == WebSocket::OPEN && self.socket.send_with_str(text).is_ok()
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
