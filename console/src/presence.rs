//! A conversation's live extras in the console: "Visitor is typing…", how far the visitor
//! has read (for "Seen"), and the frames this console sends on the conversation socket
//! (typing while a reply is drafted, never its text; read marks while the thread is open
//! on a visible page).

use std::time::Duration;

use frontdesk_domain::typing::{self, TypingThrottle};
use frontdesk_protocol::{Author, LiveEvent};
use leptos::prelude::*;

use crate::live::LiveHandle;

/// The presence state of one open thread, behind `Copy` handles.
#[derive(Debug, Clone, Copy)]
pub struct Presence {
    /// The visitor is typing right now.
    pub visitor_typing: RwSignal<bool>,
    /// The highest `seq` the visitor has seen.
    pub visitor_read: RwSignal<u64>,
    socket: LiveHandle,
    throttle: StoredValue<TypingThrottle>,
    /// Bumped on every visitor typing frame, so an old hide timer leaves a newer line alone.
    shown: StoredValue<u32>,
    /// The highest `seq` reported as read by staff.
    read_sent: StoredValue<u64>,
}

impl Presence {
    pub fn new(socket: LiveHandle) -> Presence {
        Presence {
            visitor_typing: RwSignal::new(false),
            visitor_read: RwSignal::new(0),
            socket,
            throttle: StoredValue::new(TypingThrottle::default()),
            shown: StoredValue::new(0),
            read_sent: StoredValue::new(0),
        }
    }

    /// Takes what a conversation socket frame says about presence.
    pub fn on_event(self, event: &LiveEvent) {
        match event {
            LiveEvent::Ready {
                read: Some(marks), ..
            } => {
                self.visitor_read.set(marks.visitor);
                self.read_sent.set_value(marks.staff);
            }
            LiveEvent::Typing {
                author: Author::Visitor,
                typing,
                ..
            } => self.show_typing(*typing),
            LiveEvent::Read {
                reader: Author::Visitor,
                seq,
            } => self.visitor_read.update(|mark| *mark = (*mark).max(*seq)),
            LiveEvent::Message { message } if message.author == Author::Visitor => {
                self.show_typing(false)
            }
            _ => {}
        }
    }

    fn show_typing(self, typing: bool) {
        self.shown
            .update_value(|shown| *shown = shown.wrapping_add(1));
        let shown = self.shown.get_value();
        self.visitor_typing.set(typing);
        if typing {
            set_timeout(
                move || {
                    if self.shown.try_get_value() == Some(shown) {
                        self.visitor_typing.try_set(false);
                    }
                },
                Duration::from_millis(typing::SHOWN_MS),
            );
        }
    }

    /// The reply box changed: tells the visitor a reply is being typed (throttled).
    pub fn draft_changed(self, draft: &str) {
        let now_ms = js_sys::Date::now() as i64;
        let has_text = !draft.trim().is_empty();
        let frame = self
            .throttle
            .try_update_value(|throttle| throttle.on_draft(has_text, now_ms))
            .flatten();
        self.send_typing(frame);
    }

    /// The reply went out: the typing line on the visitor's side ends.
    pub fn sent(self) {
        let frame = self
            .throttle
            .try_update_value(|throttle| throttle.on_sent())
            .flatten();
        self.send_typing(frame);
    }

    fn send_typing(self, frame: Option<bool>) {
        if let Some(typing) = frame {
            self.socket
                .send(&format!(r#"{{"type":"typing","typing":{typing}}}"#));
        }
    }

    /// Reports `last_seq` as read by staff while the page is visible.
    pub fn report_read(self, last_seq: u64) {
        let hidden = web_sys::window()
            .and_then(|window| window.document())
            .is_some_and(|document| document.hidden());
        if hidden
            || self
                .read_sent
                .try_get_value()
                .is_none_or(|sent| last_seq <= sent)
        {
            return;
        }
        if self
            .socket
            .send(&format!(r#"{{"type":"read","seq":{last_seq}}}"#))
        {
            self.read_sent.set_value(last_seq);
        }
    }
}
