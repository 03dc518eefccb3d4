//! The widget's controller: config, conversation, outbox and live socket behind Copy handles.
//!
//! Views read the signals; everything that talks to the network lives here so components
//! stay declarative.

use std::time::Duration;

use frontdesk_client_core::draft::validate_draft;
use frontdesk_client_core::failure::INVALID_RESPONSE;
use frontdesk_client_core::live::{visitor_conversation_path, LiveTarget};
use frontdesk_client_core::retry::backoff;
use frontdesk_domain::text::TextError;
use frontdesk_protocol::{
    Author, CreateConversationRequest, IdentifyRequest, SendMessageRequest, SurveyAnswerRequest,
    WidgetConfig, MAX_MESSAGE_CHARS,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use frontdesk_domain::typing::{self, TypingThrottle};

use frontdesk_client_core::failure::ApiFailure;

use crate::api::{self, Api, Sent};
use crate::attach;
use crate::chime::Chime;
use crate::format::uuid_v4;
use crate::i18n::{fill, Lang, LangStrings, Strings};
use crate::json::{self, Json};
use crate::live::{LiveEvent, LiveSocket};
use crate::store::{self, Saved, Session};
use crate::thread::{Delivery, Pending, Thread};
use crate::verify;

/// Everything the panel shows, plus a handle on the non-`Send` runtime state.
#[derive(Clone, Copy)]
pub struct Chat {
    pub config: RwSignal<Option<WidgetConfig>>,
    pub thread: RwSignal<Thread>,
    /// The visible error line; `None` hides it.
    pub error: RwSignal<Option<String>>,
    pub open: RwSignal<bool>,
    /// The language of every widget string (see [`Lang::pick`]).
    pub lang: RwSignal<Lang>,
    /// Who of the clinic is typing right now (a first name, or empty when unnamed).
    pub staff_typing: RwSignal<Option<String>>,
    /// The highest `seq` the clinic has read.
    pub staff_read: RwSignal<u64>,
    /// Staff and bot messages that arrived while the panel was closed.
    pub unread: RwSignal<u32>,
    runtime: StoredValue<Runtime, LocalStorage>,
}

struct Runtime {
    clinic: String,
    api: Api,
    session: Option<Session>,
    live: Option<LiveSocket>,
    live_attempt: u32,
    /// Bumped whenever the session changes, so stale reconnect timers give up.
    live_generation: u32,
    flushing: bool,
    flush_timer: bool,
    send_attempt: u32,
    /// `Date.now()` before which a 429 asked us not to send.
    not_before_ms: f64,
    /// The loader's `(type, value)` callback: `open`, `close` and `message` events.
    on_event: Option<js_sys::Function>,
    /// Highest `seq` already reported as a `message` event (history is not reported).
    announced_seq: u64,
    /// Held for this page only; the edge has no field for it yet, so nothing is sent.
    #[allow(dead_code)]
    visitor: IdentifyRequest,
    /// When the composer tells the clinic the visitor is typing.
    typing: TypingThrottle,
    /// Bumped on every staff typing frame, so an older hide timer leaves a newer line alone.
    typing_shown: u32,
    /// The highest `seq` reported as read.
    read_sent: u64,
    /// `data-sound="on"` on the script tag.
    sound: bool,
    /// Made on the visitor's first keystroke: browsers only let a gesture start audio.
    chime: Option<Chime>,
}

impl Chat {
    pub fn new(
        clinic: String,
        api_base: &str,
        on_event: Option<js_sys::Function>,
        sound: bool,
    ) -> Chat {
        Chat {
            config: RwSignal::new(None),
            thread: RwSignal::new(Thread::default()),
            error: RwSignal::new(None),
            open: RwSignal::new(false),
            lang: RwSignal::new(pick_language(None)),
            staff_typing: RwSignal::new(None),
            staff_read: RwSignal::new(0),
            unread: RwSignal::new(0),
            runtime: StoredValue::new_local(Runtime {
                clinic,
                api: Api::new(api_base),
                session: None,
                live: None,
                live_attempt: 0,
                live_generation: 0,
                flushing: false,
                flush_timer: false,
                send_attempt: 0,
                not_before_ms: 0.0,
                on_event,
                announced_seq: 0,
                visitor: IdentifyRequest::default(),
                typing: TypingThrottle::default(),
                typing_shown: 0,
                read_sent: 0,
                sound,
                chime: None,
            }),
        }
    }

    /// Uses the loader's config (or fetches it) and resumes a stored conversation.
    pub fn start(self, config_json: Option<String>) {
        match config_json
            .as_deref()
            .and_then(Json::parse)
            .and_then(|config| json::widget_config(&config))
        {
            Some(config) => self.config.set(Some(config)),
            None => spawn_local(async move {
                let Some((api, clinic)) = self.endpoint() else {
                    return;
                };
                match api.widget_config(&clinic).await {
                    Ok(config) => self.config.set(Some(config)),
                    Err(error) => self.show(&error),
                }
            }),
        }

        let Some(clinic) = self
            .runtime
            .try_with_value(|runtime| runtime.clinic.clone())
        else {
            return;
        };
        let saved = store::load(&clinic);
        let session = saved.session();
        let has_outbox = !saved.outbox.is_empty();
        self.thread.update(|thread| {
            for item in saved.outbox {
                thread.push_pending(item.client_msg_id, item.text, Delivery::Queued);
            }
        });
        if let Some(session) = session {
            self.runtime
                .update_value(|runtime| runtime.session = Some(session));
            spawn_local(async move {
                self.load_history().await;
                self.connect_live();
                self.flush().await;
            });
        } else if has_outbox {
            spawn_local(self.flush());
        }

        // Coming back online is the best moment to resend; the listener lives as long as the page.
        _ = window_event_listener(leptos::ev::online, move |_| {
            if self.session().is_some() {
                self.runtime.update_value(|runtime| {
                    runtime.live_generation = runtime.live_generation.wrapping_add(1);
                    runtime.live_attempt = 0;
                });
                self.connect_live();
            }
            spawn_local(self.flush());
        });
        // Coming back to a background tab: what is on screen now counts as read.
        _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            self.report_read();
        });

        // What the visitor sees while the panel is open on a visible page counts as read.
        // Opening the panel also clears the unread count.
        Effect::new(move |_| {
            if self.open.get() {
                self.unread.set(0);
            }
            self.thread.track();
            self.report_read();
        });
    }

    /// The strings in the panel's current language.
    pub fn strings(self) -> &'static Strings {
        self.lang.get().strings()
    }

    /// `Frontdesk.setLanguage(tag)`: an unsupported tag falls back to the page and browser.
    pub fn set_language(self, tag: &str) {
        self.lang.set(pick_language(Some(tag)));
    }

    /// `Frontdesk.identify({name, email, phone, user_id, user_hash})`: kept in memory for
    /// this page only.
    /// Keeps what the host page said about the visitor. It reaches the clinic with the
    /// first message, or at once when a conversation already exists; never before the
    /// visitor interacts.
    pub fn identify(self, visitor: IdentifyRequest) {
        self.runtime.update_value(|runtime| {
            let kept = std::mem::take(&mut runtime.visitor);
            let new = &visitor.visitor;
            // A user_hash belongs to its user_id: both come from the latest call naming one.
            let (user_id, user_hash) = if new.user_id.is_some() {
                (new.user_id.clone(), visitor.user_hash.clone())
            } else {
                (kept.visitor.user_id, kept.user_hash)
            };
            runtime.visitor = IdentifyRequest {
                visitor: frontdesk_protocol::VisitorIdentity {
                    name: new.name.clone().or(kept.visitor.name),
                    email: new.email.clone().or(kept.visitor.email),
                    phone: new.phone.clone().or(kept.visitor.phone),
                    user_id,
                },
                user_hash,
            };
        });
        if let (Some(session), Some((api, _))) = (self.session(), self.endpoint()) {
            // Best effort: the conversation works without it.
            spawn_local(async move {
                _ = api.identify(&session, &visitor).await;
            });
        }
    }

    /// Tells the host page's `Frontdesk.on(type, fn)` listeners.
    pub fn emit(self, kind: &str, value: &JsValue) {
        if let Some(Some(callback)) = self
            .runtime
            .try_with_value(|runtime| runtime.on_event.clone())
        {
            _ = callback.call2(&JsValue::NULL, &JsValue::from_str(kind), value);
        }
    }

    /// Reports messages newer than any reported before as `message` events.
    fn announce(self, messages: &[frontdesk_protocol::Message]) {
        for message in messages {
            let fresh = self.runtime.try_update_value(|runtime| {
                let fresh = message.seq > runtime.announced_seq;
                runtime.announced_seq = runtime.announced_seq.max(message.seq);
                fresh
            });
            if fresh != Some(true) {
                continue;
            }
            // Built by hand: serializing `Message` with serde would ship another encoder.
            let value = js_sys::Object::new();
            let fields = [
                ("id", JsValue::from_str(&message.id)),
                ("seq", JsValue::from_f64(message.seq as f64)),
                ("author", JsValue::from_str(message.author.as_str())),
                ("text", JsValue::from_str(&message.text)),
                ("sent_at", JsValue::from_str(&message.sent_at)),
            ];
            for (key, field) in fields {
                _ = js_sys::Reflect::set(&value, &JsValue::from_str(key), &field);
            }
            self.emit("message", &value);
        }
    }

    /// "Forget this conversation": drops it, its token and anything unsent from this device.
    /// The clinic keeps its copy; the next message starts a new conversation.
    pub fn forget(self) {
        self.runtime.update_value(|runtime| {
            runtime.session = None;
            runtime.live = None;
            runtime.live_generation = runtime.live_generation.wrapping_add(1);
            runtime.announced_seq = 0;
        });
        attach::discard_all();
        self.thread.set(Thread::default());
        self.error.set(None);
        self.staff_read.set(0);
        self.unread.set(0);
        self.show_typing(None);
        // Nothing left to keep, so this removes the stored key.
        self.persist();
    }

    /// Sends a refused message again, as the visitor asked.
    pub fn retry(self, client_msg_id: &str) {
        self.thread
            .update(|thread| thread.set_delivery(client_msg_id, Delivery::Queued));
        self.error.set(None);
        self.persist();
        spawn_local(self.flush());
    }

    /// The visitor picked a file: it becomes a message of its own in the outbox. A file
    /// over the limit is refused at once, without uploading it.
    pub fn attach(self, file: web_sys::File) {
        let strings = self.lang.get_untracked().strings();
        if attach::too_big(file.size()) {
            self.error.set(Some(attach::too_big_text(strings)));
            return;
        }
        let client_msg_id = new_client_msg_id();
        let name = file.name();
        attach::keep(&client_msg_id, file);
        self.thread
            .update(|thread| thread.push_file(client_msg_id, name));
        self.error.set(None);
        spawn_local(self.flush());
    }

    /// Drops a file that is not sent yet, stopping its upload if one is running. Once
    /// uploaded and being sent, the message may still arrive; then it shows as sent.
    pub fn cancel(self, client_msg_id: &str) {
        attach::discard(client_msg_id);
        self.thread
            .update(|thread| thread.remove_pending(client_msg_id));
        self.error.set(None);
    }

    /// Opens a file of the conversation in a new tab, through a short-lived signed link
    /// (asked for on the click, which browsers still count as the visitor's gesture).
    pub fn open_attachment(self, attachment_id: String) {
        let (Some(session), Some((api, _))) = (self.session(), self.endpoint()) else {
            return;
        };
        let opening = attach::open(
            api.base(),
            &session.conversation_id,
            &attachment_id,
            &session.visitor_token,
        );
        // The link is asked for again on the next tap.
        self.on_first_use(opening);
    }

    /// Waits for a call into code fetched on first use (`src/lazy.js`), which resolves to
    /// true once done: any other end reads as the connection's failure. One function for
    /// every such call, so the panel carries one copy of the wait.
    fn on_first_use(self, call: js_sys::Promise) {
        spawn_local(async move {
            if JsFuture::from(call).await.ok() != Some(JsValue::TRUE) {
                self.show(&ApiFailure::Network);
            }
        });
    }

    /// The visitor asked to verify a phone or an email: opens the form (fetched on this
    /// first use). Offered only once there is a conversation to verify it for.
    pub fn verify(self, event: web_sys::MouseEvent) {
        let (Some(session), Some((api, _))) = (self.session(), self.endpoint()) else {
            return;
        };
        let opening = verify::verify(
            &event,
            api.base(),
            &session.conversation_id,
            &session.visitor_token,
            self.lang.get_untracked().code(),
        );
        // Offline on the first click: the next click fetches the form again.
        self.on_first_use(opening);
    }

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
    fn send_frame(self, frame: &str) -> bool {
        self.runtime
            .try_with_value(|runtime| runtime.live.as_ref().is_some_and(|live| live.send(frame)))
            .unwrap_or(false)
    }

    /// Reports the newest message as read while the panel is open on a visible page.
    fn report_read(self) {
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
    fn show_typing(self, name: Option<String>) {
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

    /// Queues the draft and starts sending; `false` when there was nothing to send.
    pub fn send(self, draft: &str) -> bool {
        let text = match validate_draft(draft) {
            Ok(text) => text.into_inner(),
            Err(TextError::Empty) => return false,
            Err(refused) => {
                let strings = self.lang.get_untracked().strings();
                let message = match refused {
                    TextError::TooLong(length) => fill(
                        strings.too_long,
                        &[&length.to_string(), &MAX_MESSAGE_CHARS.to_string()],
                    ),
                    _ => strings.control_chars.to_owned(),
                };
                self.error.set(Some(message));
                return false;
            }
        };
        if let Some(Some(typing)) = self
            .runtime
            .try_update_value(|runtime| runtime.typing.on_sent())
        {
            self.send_frame(&typing_frame(typing));
        }
        let client_msg_id = new_client_msg_id();
        self.thread
            .update(|thread| thread.push_pending(client_msg_id, text, Delivery::Sending));
        self.error.set(None);
        self.persist();
        spawn_local(self.flush());
        true
    }

    /// Sends a survey answer; `done` hears whether it was stored (an answer the server
    /// already has counts as stored).
    pub fn answer_survey(
        self,
        survey_id: String,
        answer: SurveyAnswerRequest,
        done: impl FnOnce(Result<(), ApiFailure>) + 'static,
    ) {
        spawn_local(async move {
            let result = match (self.session(), self.endpoint()) {
                (Some(session), Some((api, _))) => {
                    api.answer_survey(&session, &survey_id, &answer).await
                }
                _ => Err(ApiFailure::Network),
            };
            match result {
                Ok(sent) => {
                    self.announce(std::slice::from_ref(&sent.message));
                    self.announce(&sent.auto_replies);
                    self.thread.update(|thread| {
                        thread.merge(sent.message);
                        thread.merge_all(sent.auto_replies);
                    });
                    self.persist();
                    done(Ok(()));
                }
                Err(ApiFailure::Api { status: 409, .. }) => done(Ok(())),
                Err(error) => done(Err(error)),
            }
        });
    }

    fn endpoint(self) -> Option<(Api, String)> {
        self.runtime
            .try_with_value(|runtime| (runtime.api.clone(), runtime.clinic.clone()))
    }

    fn session(self) -> Option<Session> {
        self.runtime
            .try_with_value(|runtime| runtime.session.clone())
            .flatten()
    }

    fn show(self, error: &ApiFailure) {
        self.error.set(Some(self.describe(error)));
    }

    /// What to tell the visitor about a failed call, in their language where we can.
    pub fn describe(self, error: &ApiFailure) -> String {
        let strings = self.lang.get_untracked().strings();
        match error {
            ApiFailure::Network => strings.offline.to_owned(),
            ApiFailure::Api { status: 429, .. } => strings.slow_down.to_owned(),
            ApiFailure::Api { code, .. } if code == INVALID_RESPONSE => {
                strings.unreadable.to_owned()
            }
            // A refused file in the visitor's words; else the server's own explanation
            // of a refusal (in English).
            ApiFailure::Api { code, message, .. } => {
                attach::refusal_text(code, strings).unwrap_or_else(|| message.clone())
            }
        }
    }

    fn persist(self) {
        let Some((clinic, session)) = self
            .runtime
            .try_with_value(|runtime| (runtime.clinic.clone(), runtime.session.clone()))
        else {
            return;
        };
        let outbox = self.thread.with_untracked(Thread::outbox);
        store::save(&clinic, &Saved::new(session.as_ref(), outbox));
    }

    async fn load_history(self) {
        let (Some((api, _)), Some(session)) = (self.endpoint(), self.session()) else {
            return;
        };
        let after = self.thread.with_untracked(Thread::last_seq);
        match api.messages(&session, after).await {
            Ok(page) => {
                // History is not news: only later messages become `message` events.
                let last = page.messages.iter().map(|message| message.seq).max();
                self.runtime.update_value(|runtime| {
                    runtime.announced_seq = runtime.announced_seq.max(last.unwrap_or(0));
                });
                self.thread.update(|thread| thread.merge_all(page.messages));
            }
            // Deleted or expired: start fresh on the next message.
            Err(error) if error.is_session_lost() => self.forget_session(),
            Err(error) => self.show(&error),
        }
    }

    fn forget_session(self) {
        self.runtime.update_value(|runtime| {
            runtime.session = None;
            runtime.live = None;
            runtime.live_generation = runtime.live_generation.wrapping_add(1);
        });
        // Uploads belonged to the old conversation: the new one gets them again.
        attach::restart();
        self.thread.update(Thread::clear_messages);
        self.persist();
    }

    /// Returns the conversation, creating it on the visitor's first message.
    async fn ensure_session(self) -> Result<Session, ApiFailure> {
        if let Some(session) = self.session() {
            return Ok(session);
        }
        let Some((api, clinic)) = self.endpoint() else {
            return Err(ApiFailure::Network);
        };
        let window = web_sys::window();
        let request = CreateConversationRequest {
            page_url: window
                .as_ref()
                .and_then(|window| window.location().href().ok()),
            language: Some(self.lang.get_untracked().code().to_owned()),
            visitor: self
                .runtime
                .try_with_value(|runtime| runtime.visitor.clone())
                .filter(|visitor| *visitor != IdentifyRequest::default()),
        };
        let created = api.create_conversation(&clinic, &request).await?;
        let session = Session {
            conversation_id: created.conversation_id,
            visitor_token: created.visitor_token,
        };
        self.runtime.update_value(|runtime| {
            runtime.session = Some(session.clone());
            runtime.live_generation = runtime.live_generation.wrapping_add(1);
            runtime.live_attempt = 0;
        });
        self.persist();
        self.connect_live();
        Ok(session)
    }

    /// Sends the outbox oldest first, one request at a time so order is kept.
    async fn flush(self) {
        let started = self.runtime.try_update_value(|runtime| {
            let idle = !runtime.flushing;
            runtime.flushing = true;
            idle
        });
        if started != Some(true) {
            return;
        }
        let mut session_reset = false;
        while let Some(item) = self.thread.with_untracked(Thread::next_to_send) {
            let id = item.client_msg_id.clone();
            let item_has_file = item.file.is_some();
            let wait_ms = self
                .runtime
                .try_with_value(|runtime| runtime.not_before_ms - js_sys::Date::now())
                .unwrap_or(0.0);
            if wait_ms > 0.0 {
                self.thread.update(Thread::hold_all);
                self.schedule_flush(Duration::from_millis(wait_ms as u64));
                break;
            }
            self.thread
                .update(|thread| thread.set_delivery(&id, Delivery::Sending));
            let had_session = self.session().is_some();
            let result = match self.ensure_session().await {
                Ok(session) => self.send_one(&session, item).await,
                Err(error) => Err(error),
            };
            match result {
                // Cancelled while on its way.
                Ok(None) => {}
                Err(_) if !self.thread.with_untracked(|thread| thread.is_pending(&id)) => {}
                Ok(Some(sent)) => {
                    if item_has_file {
                        attach::discard(&id);
                    }
                    self.announce(std::slice::from_ref(&sent.message));
                    self.announce(&sent.auto_replies);
                    self.thread.update(|thread| {
                        thread.confirm(&id, sent.message);
                        thread.merge_all(sent.auto_replies);
                    });
                    self.runtime
                        .update_value(|runtime| runtime.send_attempt = 0);
                    self.error.set(None);
                    self.persist();
                }
                // Once per run: the old conversation is gone, so open a new one and resend.
                Err(error) if had_session && error.is_session_lost() && !session_reset => {
                    session_reset = true;
                    self.forget_session();
                }
                Err(error) if error.is_transient() => {
                    self.thread.update(Thread::hold_all);
                    let delay = self
                        .runtime
                        .try_update_value(|runtime| {
                            let delay = error
                                .retry_after()
                                .unwrap_or_else(|| backoff(runtime.send_attempt));
                            runtime.send_attempt = runtime.send_attempt.saturating_add(1);
                            if error.retry_after().is_some() {
                                runtime.not_before_ms =
                                    js_sys::Date::now() + delay.as_millis() as f64;
                            }
                            delay
                        })
                        .unwrap_or_else(|| backoff(0));
                    self.show(&error);
                    self.schedule_flush(delay);
                    break;
                }
                Err(error) => {
                    self.thread
                        .update(|thread| thread.set_delivery(&id, Delivery::Failed));
                    self.persist();
                    self.show(&error);
                }
            }
        }
        self.runtime
            .update_value(|runtime| runtime.flushing = false);
    }

    /// Sends one outbox message, uploading its file first unless that was done on an
    /// earlier attempt; `None` when the visitor cancelled the file meanwhile.
    async fn send_one(self, session: &Session, item: Pending) -> Result<Option<Sent>, ApiFailure> {
        let Some((api, _)) = self.endpoint() else {
            return Err(ApiFailure::Network);
        };
        let mut attachment_ids = Vec::new();
        if item.file.is_some() {
            match self.upload(&api, session, &item.client_msg_id).await? {
                Some(attachment_id) => attachment_ids.push(attachment_id),
                None => return Ok(None),
            }
        }
        let request = SendMessageRequest {
            client_msg_id: item.client_msg_id,
            text: item.text,
            attachment_ids,
        };
        api.send_message(session, &request).await.map(Some)
    }

    /// The attachment id of a message's file, uploading it if no earlier attempt did; the
    /// same message then links it once (the edge links by `client_msg_id`). `None` when
    /// the file was cancelled.
    async fn upload(
        self,
        api: &Api,
        session: &Session,
        client_msg_id: &str,
    ) -> Result<Option<String>, ApiFailure> {
        let uploaded = api::settle(attach::upload(
            api.base(),
            &session.conversation_id,
            client_msg_id,
            &session.visitor_token,
        ))
        .await?;
        if uploaded.is_null()
            || !self
                .thread
                .with_untracked(|thread| thread.is_pending(client_msg_id))
        {
            return Ok(None);
        }
        match uploaded.as_string() {
            Some(id) if !id.is_empty() => Ok(Some(id)),
            _ => Err(ApiFailure::unreadable(201, None)),
        }
    }

    fn schedule_flush(self, delay: Duration) {
        let already = self.runtime.try_update_value(|runtime| {
            let already = runtime.flush_timer;
            runtime.flush_timer = true;
            already
        });
        if already != Some(false) {
            return;
        }
        set_timeout(
            move || {
                self.runtime
                    .update_value(|runtime| runtime.flush_timer = false);
                spawn_local(self.flush());
            },
            delay,
        );
    }

    /// Opens the socket from the highest `seq` seen; replaces any previous one.
    fn connect_live(self) {
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

fn typing_frame(typing: bool) -> String {
    format!(r#"{{"type":"typing","typing":{typing}}}"#)
}

/// Whether the host page is visible (a background tab is not).
fn page_visible() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_none_or(|document| !document.hidden())
}

/// The language from the host's choice, else `<html lang>`, else the browser's preferences.
fn pick_language(explicit: Option<&str>) -> Lang {
    let window = web_sys::window();
    let page = window
        .as_ref()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let browser: Vec<String> = window
        .as_ref()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::pick(
        explicit,
        page.as_deref(),
        browser.iter().map(String::as_str),
    )
}

/// A v4 UUID for `client_msg_id`; `getRandomValues` works outside secure contexts too.
fn new_client_msg_id() -> String {
    let mut bytes = [0u8; 16];
    for byte in &mut bytes {
        *byte = (js_sys::Math::random() * 256.0) as u8;
    }
    if let Some(crypto) = web_sys::window().and_then(|window| window.crypto().ok()) {
        _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    uuid_v4(bytes)
}
