//! Which language the console shows on this browser: the staff member's own choice (kept
//! here and on their account), else the browser's languages, else English.

use leptos::prelude::*;

use super::Lang;

const STORAGE_KEY: &str = "frontdesk.console.language";

/// The language on screen, provided as context by the app shell; setting it rebuilds the
/// screen in the new language at once.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The language chosen on this browser last, else the first of the browser's languages the
/// console speaks.
pub fn initial() -> Lang {
    let chosen = storage().and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten());
    let browser: Vec<String> = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::pick(chosen.as_deref(), None, browser.iter().map(String::as_str))
}

/// Keeps the choice for the next visit, the sign-in screen included.
pub fn remember(lang: Lang) {
    if let Some(storage) = storage() {
        // A full or disabled storage only costs the browser's language next time.
        _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// Marks the page's language, so screen readers pronounce it and the browser's own
/// controls follow.
pub fn mark_page(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        _ = root.set_attribute("lang", lang.code());
    }
}
