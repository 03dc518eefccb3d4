//! The conversation: the greeting, then one bubble per message, kept scrolled to the end.

use frontdesk_protocol::Author;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::attach::is_photo;
use crate::chat::Chat;
use crate::components::SurveyCard;
use crate::i18n::{fill, Lang, LangStrings};
use crate::thread::{Delivery, Row, Thread};

/// The live region with every message; screen readers hear new ones politely.
#[component]
pub fn MessageList(chat: Chat) -> impl IntoView {
    let log = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        chat.thread.track();
        chat.open.track();
        if let Some(element) = log.get() {
            element.set_scroll_top(element.scroll_height());
        }
    });
    let greeting = move || {
        chat.config.with(|config| {
            config.as_ref().map(|config| {
                let text = config.greeting.clone();
                view! {
                    <p class="fd-msg" data-testid="fd-greeting" data-author="bot">
                        {text}
                    </p>
                }
            })
        })
    };
    view! {
        <div
            class="fd-log"
            node_ref=log
            role="log"
            aria-live="polite"
            // Keyboard users can scroll the history too.
            tabindex="0"
            aria-label=move || chat.strings().messages
            data-testid="fd-messages"
        >
            {greeting}
            <For
                each=move || {
                    chat.lang.track();
                    chat.thread.with(Thread::rows)
                }
                // A language change re-renders every bubble's labels.
                key=move |row| format!("{}:{}", row.key, chat.lang.get_untracked().code())
                children=move |row| view! { <Bubble chat row /> }
            />
        </div>
        <TypingLine chat />
    }
}

/// "Sam is typing…": a polite status line of its own, so it is announced once and
/// disappears with the message, a stop, or a few seconds of silence.
#[component]
fn TypingLine(chat: Chat) -> impl IntoView {
    let text = move || {
        chat.staff_typing
            .get()
            .map(|name| {
                let strings = chat.strings();
                let who = if name.is_empty() {
                    strings.clinic_team
                } else {
                    name.as_str()
                };
                fill(strings.typing, &[who])
            })
            .unwrap_or_default()
    };
    view! {
        <p class="fd-typing" role="status" data-testid="fd-typing">
            {text}
        </p>
    }
}

/// One message. Text is always a text node, never parsed as HTML.
///
/// A visitor's message shows where it stands in `data-delivery`: `sending`, `queued`
/// (waiting for the connection or a rate limit), `failed` (with a retry button) or `sent`.
#[component]
fn Bubble(chat: Chat, row: Row) -> impl IntoView {
    let lang = chat.lang.get_untracked();
    let strings = lang.strings();
    let who = match row.author {
        Author::Staff => Some(
            row.author_name
                .unwrap_or_else(|| strings.clinic_team.to_owned()),
        ),
        Author::Bot => Some(strings.assistant.to_owned()),
        Author::Visitor | Author::System => None,
    };
    let time = row
        .sent_at
        .as_deref()
        .and_then(|sent_at| local_time(sent_at, false, lang));
    let (author, state, seq) = (row.author, row.delivery, row.seq);
    let is_file = row.file.is_some();
    let meta = move || match state {
        Some(Delivery::Sending) if is_file => Some(strings.uploading.to_owned()),
        Some(Delivery::Sending) => Some(strings.sending.to_owned()),
        Some(Delivery::Queued) => Some(strings.queued.to_owned()),
        Some(Delivery::Failed) => Some(strings.failed.to_owned()),
        None if author != Author::Visitor => time.clone(),
        None => {
            // "Read" replaces "Sent" under the visitor's last message the clinic has read.
            let read = seq.is_some()
                && chat
                    .thread
                    .with(|thread| thread.last_read_by_staff(chat.staff_read.get()))
                    == seq;
            let state = if read { strings.read } else { strings.sent };
            Some(match &time {
                Some(time) => format!("{time} · {state}"),
                None => state.to_owned(),
            })
        }
    };
    let delivery = match row.delivery {
        Some(delivery) => Some(delivery.as_str()),
        None => (row.author == Author::Visitor).then_some("sent"),
    };
    // A system message with a survey id invites the visitor to answer below it.
    let survey = match (row.author, row.client_msg_id.as_deref()) {
        (Author::System, Some(id)) => id
            .strip_prefix("survey:")
            .map(|survey_id| view! { <SurveyCard chat survey_id=survey_id.to_owned() /> }),
        _ => None,
    };
    let attachments = row
        .attachments
        .into_iter()
        .map(|attachment| {
            let label = if is_photo(&attachment.content_type) {
                strings.open_photo
            } else {
                strings.open_document
            };
            let id = attachment.id;
            view! {
                <button
                    type="button"
                    class="fd-open"
                    data-testid="fd-attachment"
                    data-type=attachment.content_type
                    on:click=move |_| chat.open_attachment(id.clone())
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    // A refused message can be retried. A file not sent yet can be cancelled instead, and
    // a refused one only removed (the same bytes would be refused again).
    let retry = (row.delivery == Some(Delivery::Failed) || is_file).then(|| {
        let id = row.client_msg_id.clone().unwrap_or_default();
        let (testid, label) = if is_file {
            ("fd-cancel", strings.cancel)
        } else {
            ("fd-retry", strings.retry)
        };
        view! {
            <button
                type="button"
                class="fd-retry"
                data-testid=testid
                on:click=move |_| if is_file { chat.cancel(&id) } else { chat.retry(&id) }
            >
                {label}
            </button>
        }
    });
    view! {
        <div
            class="fd-msg"
            data-testid="fd-message"
            data-author=row.author.as_str()
            data-seq=row.seq
            data-delivery=delivery
            data-file=is_file.then_some("")
        >
            {who.map(|who| view! { <span class="fd-who">{who}</span> })}
            <span class="fd-text" data-testid="fd-message-text">
                {row.text}
            </span>
            {attachments}
            {meta()
                .is_some()
                .then(|| {
                    view! {
                        <span class="fd-meta" data-testid="fd-meta">
                            {move || meta().unwrap_or_default()}
                        </span>
                    }
                })}
            {retry}
            {survey}
        </div>
    }
}

/// An RFC 3339 instant in the visitor's locale: time only, or weekday and time.
pub fn local_time(rfc3339: &str, with_day: bool, lang: Lang) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    };
    set("hour", "2-digit");
    set("minute", "2-digit");
    if with_day {
        set("weekday", "long");
    }
    Some(date.to_locale_string(lang.code(), &options).into())
}
