//! Frontdesk staff console: a Leptos (CSR) app to sign in, watch the inbox and answer patients live.
//!
//! `start` runs when the wasm module loads; everything else is plain components and pure logic.

pub mod alerts;
pub mod api;
pub mod app;
pub mod charts;
pub mod components;
pub mod i18n;
pub mod integration_calls;
pub mod json;
pub mod keys;
pub mod layout;
pub mod live;
pub mod model;
pub mod picker;
pub mod presence;
pub mod route;
pub mod session;
pub mod state;
pub mod timefmt;

use wasm_bindgen::prelude::wasm_bindgen;

/// Entry point called by the wasm-bindgen glue once the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    // The static page shows a loading note until the app takes over.
    if let Some(note) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot-note"))
    {
        note.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
