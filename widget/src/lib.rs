//! Frontdesk's visitor chat widget: a Leptos panel that `/widget.js` mounts in a shadow root.
//!
//! The loader (`loader/widget.js`) draws the launcher and calls [`mount`] on first use, then
//! [`set_open`] to show or hide the panel. See `widget/README.md` for the interface.

mod api;
mod app;
mod chat;
mod components;
mod format;
mod live;
mod store;
mod styles;
mod thread;

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::App;
use crate::chat::Chat;

thread_local! {
    /// The mounted panel's open flag; `None` until [`mount`] ran.
    static OPEN: Cell<Option<RwSignal<bool>>> = const { Cell::new(None) };
}

/// Mounts the chat panel into `container` (inside `root`), closed.
///
/// `config_json` is the widget-config body the loader already fetched (fetched again when
/// absent or unreadable). `on_open_change(open)` runs whenever the panel opens or closes,
/// including from its own close button and Escape. A second call does nothing.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::ShadowRoot,
    container: web_sys::HtmlElement,
    clinic: String,
    api_base: String,
    config_json: Option<String>,
    on_open_change: Option<js_sys::Function>,
) {
    console_error_panic_hook::set_once();
    if OPEN.with(Cell::get).is_some() {
        return;
    }
    styles::install(&root);
    let handle = leptos::mount::mount_to(container, move || {
        let chat = Chat::new(clinic, &api_base);
        OPEN.with(|cell| cell.set(Some(chat.open)));
        if let Some(callback) = on_open_change {
            Effect::new(move |_| {
                let open = chat.open.get();
                _ = callback.call1(&JsValue::NULL, &JsValue::from_bool(open));
            });
        }
        chat.start(config_json);
        view! { <App chat /> }
    });
    // Dropping the handle would unmount the panel.
    handle.forget();
}

/// Shows or hides the panel; does nothing before [`mount`].
#[wasm_bindgen]
pub fn set_open(open: bool) {
    if let Some(signal) = OPEN.with(Cell::get) {
        signal.set(open);
    }
}
