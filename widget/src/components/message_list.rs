//! The conversation: the greeting, then one bubble per message, kept scrolled to the end.

use frontdesk_protocol::Author;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::chat::Chat;
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
            aria-label="Messages"
            data-testid="fd-messages"
        >
            {greeting}
            <For
                each=move || chat.thread.with(Thread::rows)
                key=|row| row.key.clone()
                children=|row| view! { <Bubble row /> }
            />
        </div>
    }
}

/// One message. Text is always a text node, never parsed as HTML.
#[component]
fn Bubble(row: Row) -> impl IntoView {
    let who = match row.author {
        Author::Staff => Some(row.author_name.unwrap_or_else(|| "Clinic team".to_owned())),
        Author::Bot => Some("Assistant".to_owned()),
        Author::Visitor | Author::System => None,
    };
    let meta = match row.delivery {
        Some(Delivery::Sending) => Some("Sending…".to_owned()),
        Some(Delivery::Queued) => Some("Not sent yet. Retrying…".to_owned()),
        Some(Delivery::Failed) => Some("Not sent".to_owned()),
        None => row
            .sent_at
            .as_deref()
            .and_then(|sent_at| local_time(sent_at, false)),
    };
    view! {
        <div
            class="fd-msg"
            data-testid="fd-message"
            data-author=row.author.as_str()
            data-seq=row.seq
            data-delivery=row.delivery.map(Delivery::as_str)
        >
            {who.map(|who| view! { <span class="fd-who">{who}</span> })}
            <span class="fd-text" data-testid="fd-message-text">
                {row.text}
            </span>
            {meta.map(|meta| view! { <span class="fd-meta">{meta}</span> })}
        </div>
    }
}

/// An RFC 3339 instant in the visitor's locale: time only, or weekday and time.
pub fn local_time(rfc3339: &str, with_day: bool) -> Option<String> {
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
    let locale = web_sys::window()
        .and_then(|window| window.navigator().language())
        .unwrap_or_else(|| "en".to_owned());
    Some(date.to_locale_string(&locale, &options).into())
}
