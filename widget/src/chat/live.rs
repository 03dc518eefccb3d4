//! The chat's live socket: opening it from the highest `seq`, what its frames do (messages,
//! typing, read marks), reconnecting with backoff, and the typing and read frames we send.

use super::*;

impl Chat {
    /// The composer's draft changed: tells the clinic the visitor is typing (at most one
    /// frame per 3 s, and one when it empties), never what. Before the first message
    /// there is no socket, so nothing leaves the page.
    pub fn draft_changed(self, draft: &str) {
        let now_ms = js_sys::Date::now() as i64;
        let frame = self.runtime.try_update_value(|runtime| {
            if runtime.sound && runtime.chime.is_none() {
                runtime.chime = Chime::new();
            }
            runtime.typing.on_draft(!draft.trim().is_empty(), now_ms)
        });
        if let Some(Some(typing)) = frame {
            self.send_frame(&typing_frame(typing));
        }
    }

    /// Sends one frame on the live socket; `false` when it is not open.
    pub(super) fn send_frame(self, frame: &str) -> bool {
        self.runtime
            .try_with_value(|runtime| runtime.live.as_ref().is_some_and(|live| live.send(frame)))
            .unwrap_or(false)
    }

    /// Reports the newest message as read while the panel is open on a visible page.
    pub(super) fn report_read(self) {
        if !self.open.get_untracked() || !page_visible() {
            return;
        }
        let last = self.thread.with_untracked(Thread::last_seq);
        let due = self
            .runtime
            .try_with_value(|runtime| last > runtime.read_sent);
        if due == Some(true) && self.send_frame(&format!(r#"{{"type":"read","seq":{last}}}"#)) {
            self.runtime
                .update_value(|runtime| runtime.read_sent = last);
        }
    }

    /// Shows "Sam is typing…" until a stop, the message, or [`typing::SHOWN_MS`] of silence.
    pub(super) fn show_typing(self, name: Option<String>) {
        let Some(shown) = self.runtime.try_update_value(|runtime| {
            runtime.typing_shown = runtime.typing_shown.wrapping_add(1);
            runtime.typing_shown
        }) else {
            return;
        };
        let typing = name.is_some();
        self.staff_typing.set(name);
        if typing {
            set_timeout(
                move || {
                    let current = self
                        .runtime
                        .try_with_value(|runtime| runtime.typing_shown == shown);
                    if current == Some(true) {
                        self.staff_typing.set(None);
                    }
                },
                Duration::from_millis(typing::SHOWN_MS),
            );
        }
    }

    /// Opens the socket from the highest `seq` seen; replaces any previous one.
    pub(super) fn connect_live(self) {
        let (Some((api, _)), Some(session)) = (self.endpoint(), self.session()) else {
            return;
        };
        let Some(generation) = self
            .runtime
            .try_with_value(|runtime| runtime.live_generation)
        else {
            return;
        };
        let target = LiveTarget::new(
            api.base(),
            &visitor_conversation_path(&session.conversation_id),
            Some(self.thread.with_untracked(Thread::last_seq)),
            &session.visitor_token,
        );
        match LiveSocket::connect(
            &target,
            move |event| self.on_live(event),
            move || self.reconnect_later(generation),
        ) {
            Ok(socket) => self
                .runtime
                .update_value(|runtime| runtime.live = Some(socket)),
            Err(_) => self.reconnect_later(generation),
        }
    }

    fn on_live(self, event: LiveEvent) {
        match event {
            LiveEvent::Message { message } => {
                let fresh = message.seq > self.thread.with_untracked(Thread::last_seq);
                self.announce(std::slice::from_ref(&message));
                // The echo of our own message may beat the POST's answer: drop it from the
                // stored outbox now, so a reload does not send it again.
                let author = message.author;
                self.thread.update(|thread| thread.merge(message));
                match author {
                    Author::Visitor => self.persist(),
                    Author::Staff | Author::Bot if fresh => self.notice(author),
                    _ => {}
                }
            }
            LiveEvent::Ready { read } => {
                self.runtime.update_value(|runtime| {
                    runtime.live_attempt = 0;
                    runtime.read_sent = read.visitor;
                });
                self.staff_read.set(read.staff);
                self.report_read();
            }
            LiveEvent::Typing {
                author: Author::Staff,
                typing,
                name,
            } => self.show_typing(typing.then(|| name.unwrap_or_default())),
            LiveEvent::Read {
                reader: Author::Staff,
                seq,
            } => self.staff_read.update(|mark| *mark = (*mark).max(seq)),
            LiveEvent::Typing { .. } | LiveEvent::Read { .. } | LiveEvent::Other => {}
        }
    }

    /// A new clinic message: it ends the typing line, counts as unread while the panel is
    /// closed, and chimes (staff only, if enabled) while closed or on a hidden page.
    fn notice(self, author: Author) {
        if author == Author::Staff {
            self.show_typing(None);
        }
        let closed = !self.open.get_untracked();
        if closed {
            self.unread.update(|count| *count = count.saturating_add(1));
        }
        if author == Author::Staff && (closed || !page_visible()) {
            self.runtime.with_value(|runtime| {
                if let Some(chime) = &runtime.chime {
                    chime.play();
                }
            });
        }
    }

    fn reconnect_later(self, generation: u32) {
        let attempt = self.runtime.try_update_value(|runtime| {
            (runtime.live_generation == generation).then(|| {
                let attempt = runtime.live_attempt;
                runtime.live_attempt = attempt.saturating_add(1);
                attempt
            })
        });
        let Some(Some(attempt)) = attempt else {
            return;
        };
        set_timeout(
            move || {
                let current = self
                    .runtime
                    .try_with_value(|runtime| runtime.live_generation == generation);
                if current == Some(true) {
                    self.connect_live();
                }
            },
            backoff(attempt),
        );
    }
}

pub(super) fn typing_frame(typing: bool) -> String {
    format!(r#"{{"type":"typing","typing":{typing}}}"#)
}

/// Whether the host page is visible (a background tab is not).
fn page_visible() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_none_or(|document| !document.hidden())
}
