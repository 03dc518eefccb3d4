//! Frontdesk's visitor chat widget: a Leptos panel that `/widget.js` mounts in a shadow root.
//!
//! The loader (`loader/widget.js`) draws the launcher and calls [`mount`] on first use, then
//! [`set_open`] to show or hide the panel. See `widget/README.md` for the interface.

mod api;
mod app;
mod attach;
mod badge;
#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
mod chat;
mod chime;
mod components;
mod format;
mod i18n;
mod json;
mod live;
mod slices;
mod store;
mod styles;
mod thread;
mod verify;

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::App;
use crate::chat::Chat;

thread_local! {
    /// The mounted panel's controller; `None` until [`mount`] ran.
    static CHAT: Cell<Option<Chat>> = const { Cell::new(None) };
}

/// Mounts the chat panel, closed, in a new `div.fd-mount` at the start of `root`.
///
/// `config_json` is the widget-config body the loader already fetched (fetched again when
/// absent or unreadable). `on_event(type, value)` runs with `"open"` and `"close"` whenever
/// the panel opens or closes (its own close button and Escape included) and with
/// `"message"` and the message object for every message that arrives after mounting.
/// `options` is the script tag's `data-*` set: `sound: "on"` turns the new-message tone
/// on. The panel draws the unread badge on the root's `.fd-launcher`.
/// A second call does nothing.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::ShadowRoot,
    clinic: String,
    api_base: String,
    config_json: Option<String>,
    on_event: Option<js_sys::Function>,
    options: JsValue,
) {
    std::panic::set_hook(Box::new(log_panic));
    if CHAT.with(Cell::get).is_some() {
        return;
    }
    let Some(container) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("div").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    container.set_class_name("fd-mount");
    _ = root.prepend_with_node_1(&container);
    styles::install(&root);
    let sound = js_sys::Reflect::get(&options, &JsValue::from_str("sound"))
        .ok()
        .and_then(|value| value.as_string())
        .is_some_and(|value| value == "on");
    let handle = leptos::mount::mount_to(container, move || {
        let chat = Chat::new(clinic, &api_base, on_event, sound);
        CHAT.with(|cell| cell.set(Some(chat)));
        badge::follow(chat, &root);
        // Only changes are events: mounting closed is not a "close".
        Effect::new(move |previous: Option<bool>| {
            let open = chat.open.get();
            if previous.is_some_and(|previous| previous != open) {
                chat.emit(if open { "open" } else { "close" }, &JsValue::UNDEFINED);
            }
            open
        });
        chat.start(config_json);
        view! { <App chat /> }
    });
    // Dropping the handle would unmount the panel.
    handle.forget();
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// A panic's message and place in the browser's console. Not `console_error_panic_hook`:
/// its JavaScript stack (the wasm frames, unnamed in the shipped build) cost the panel
/// about 1 KB brotli (BENCHMARKS.md, "Widget weight: room for attachments").
fn log_panic(info: &std::panic::PanicHookInfo<'_>) {
    console_error(&info.to_string());
}

/// Shows or hides the panel; does nothing before [`mount`].
#[wasm_bindgen]
pub fn set_open(open: bool) {
    if let Some(chat) = CHAT.with(Cell::get) {
        chat.open.set(open);
    }
}

/// `Frontdesk.setLanguage(tag)`: `en`, `es`, `fr` or `de` (regional tags too); anything else
/// falls back to the page's `<html lang>`, then the browser.
#[wasm_bindgen]
pub fn set_language(tag: String) {
    if let Some(chat) = CHAT.with(Cell::get) {
        chat.set_language(&tag);
    }
}

/// `Frontdesk.identify({name, email, phone, user_id, user_hash})`: string fields only,
/// others are ignored.
#[wasm_bindgen]
pub fn identify(details: JsValue) {
    let field = |key: &str| {
        js_sys::Reflect::get(&details, &JsValue::from_str(key))
            .ok()
            .and_then(|value| value.as_string())
            .map(|value| value.trim().chars().take(200).collect::<String>())
            .filter(|value| !value.is_empty())
    };
    let visitor = frontdesk_protocol::IdentifyRequest {
        visitor: frontdesk_protocol::VisitorIdentity {
            name: field("name"),
            email: field("email"),
            phone: field("phone"),
            user_id: field("user_id"),
        },
        user_hash: field("user_hash"),
    };
    if let Some(chat) = CHAT.with(Cell::get) {
        chat.identify(visitor);
    }
}
