//! The widget's controller: config, conversation, outbox and live socket behind Copy handles.
//!
//! Views read the signals; everything that talks to the network lives here so components
//! stay declarative. The handle's methods are split by job: the visitor's session
//! (`session`), the outbox (`outbox`) and the live socket (`live`).

mod live;
mod outbox;
mod session;

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

use self::live::typing_frame;
use self::outbox::new_client_msg_id;
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
