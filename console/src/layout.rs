//! The workspace's layout state, shared by the shell and the thread: which conversation is
//! open, whether its details panel is shown, and the history entry that makes Back (the
//! browser's or the thread's own button) return from a conversation to the inbox. A phone
//! shows either the inbox or the thread (console.css reads `data-pane`), so Back is how it
//! gets from one to the other.

use leptos::prelude::*;

use crate::{route, session};

/// The width from which console.css shows the details beside the thread rather than as a
/// drawer over it; the panel starts open there and closed below.
const SIDE_PANEL_MIN_WIDTH: f64 = 1200.0;

#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// The open conversation, if any.
    pub selected: RwSignal<Option<String>>,
    /// Whether the details panel (visitor, labels, notes, history) is shown.
    pub details_open: RwSignal<bool>,
    /// Whether opening the current conversation added a history entry: then the thread's
    /// Back button goes back to it rather than adding another one.
    pushed: StoredValue<bool>,
}

/// The conversation the address bar's `#/conversations/{id}` points at.
fn linked_conversation() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    route::conversation_from_hash(&hash)
}

fn address_has_no_hash() -> bool {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .is_some_and(|hash| hash.is_empty() || hash == "#")
}

fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|window| window.inner_width().ok())
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width >= SIDE_PANEL_MIN_WIDTH)
}

/// Shows the open thread in the address bar. Opening one from the inbox adds a history
/// entry (`push`), so Back returns to the inbox; moving between threads only replaces it.
fn show_in_address_bar(conversation_id: Option<&str>, push: bool) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let target = conversation_id.map(route::hash_for).unwrap_or_default();
    if window.location().hash().ok().as_deref() == Some(target.as_str()) {
        return false;
    }
    let url = if target.is_empty() {
        window.location().pathname().unwrap_or_default()
    } else {
        target
    };
    let Ok(history) = window.history() else {
        return false;
    };
    let null = wasm_bindgen::JsValue::NULL;
    if push {
        history.push_state_with_url(&null, "", Some(&url)).is_ok()
    } else {
        _ = history.replace_state_with_url(&null, "", Some(&url));
        false
    }
}

impl Layout {
    /// A notification's link wins over the thread that was open last time.
    pub fn new() -> Layout {
        Layout {
            selected: RwSignal::new(linked_conversation().or_else(session::load_selected)),
            details_open: RwSignal::new(wide_screen()),
            pushed: StoredValue::new(false),
        }
    }

    /// Keeps the address bar and the stored selection on the open thread, and follows the
    /// address bar when the browser moves through history (Back, a link, an edited hash).
    pub fn follow_address_bar(self) {
        Effect::new(move |previous: Option<Option<String>>| {
            let current = self.selected.get();
            session::save_selected(current.as_deref());
            let from_inbox = matches!(previous, Some(None)) && current.is_some();
            if show_in_address_bar(current.as_deref(), from_inbox) {
                self.pushed.set_value(true);
            }
            current
        });
        let follow = move || {
            if let Some(id) = linked_conversation() {
                self.selected.try_set(Some(id));
            } else if address_has_no_hash() {
                // Back from a thread that was opened from the inbox.
                self.pushed.try_set_value(false);
                self.selected.try_set(None);
            }
        };
        let on_hash = window_event_listener(leptos::ev::hashchange, move |_| follow());
        let on_pop = window_event_listener(leptos::ev::popstate, move |_| follow());
        on_cleanup(move || {
            on_hash.remove();
            on_pop.remove();
        });
    }

    /// Back to the inbox: through history when opening the thread added an entry, so the
    /// browser's Back and this one agree.
    pub fn back_to_inbox(self) {
        if self.pushed.get_value() {
            if let Some(Ok(history)) = web_sys::window().map(|window| window.history()) {
                if history.back().is_ok() {
                    return;
                }
            }
        }
        self.pushed.set_value(false);
        self.selected.set(None);
    }

    pub fn toggle_details(self) {
        self.details_open.update(|open| *open = !*open);
    }
}

impl Default for Layout {
    fn default() -> Self {
        Layout::new()
    }
}

/// The layout the app shell provides.
pub fn use_layout() -> Layout {
    expect_context::<Layout>()
}
