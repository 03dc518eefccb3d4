//! The keyboard help (`?`): a dialog listing the console's keys. Escape or its button
//! closes it, and the focus goes back to where it was when it opened.

use leptos::{ev::KeyboardEvent, html, prelude::*};
use wasm_bindgen::JsCast;

use super::layout_text::keys;
use crate::i18n::use_strings;

/// Whether the help shows, and what to focus again when it closes.
#[derive(Debug, Clone, Copy)]
pub struct KeyHelp {
    open: RwSignal<bool>,
    return_to: StoredValue<Option<web_sys::Element>, LocalStorage>,
    close_button: NodeRef<html::Button>,
}

impl KeyHelp {
    pub fn new() -> KeyHelp {
        KeyHelp {
            open: RwSignal::new(false),
            return_to: StoredValue::new_local(None),
            close_button: NodeRef::new(),
        }
    }

    /// Read without subscribing, for the key handler.
    pub fn is_open(self) -> bool {
        self.open.get_untracked()
    }

    pub fn show(self) {
        let focused = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.active_element());
        self.return_to.set_value(focused);
        self.open.set(true);
        // The dialog is drawn by the next frame; its button takes the focus.
        request_animation_frame(move || {
            if let Some(button) = self.close_button.try_get_untracked().flatten() {
                _ = button.focus();
            }
        });
    }

    pub fn hide(self) {
        self.open.set(false);
        let back = self
            .return_to
            .try_get_value()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = back {
            _ = element.focus();
        }
    }
}

impl Default for KeyHelp {
    fn default() -> Self {
        KeyHelp::new()
    }
}

#[component]
pub fn KeyHelpDialog(help: KeyHelp) -> impl IntoView {
    let t = use_strings();
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            help.hide();
        }
    };
    view! {
        <Show when=move || help.open.get()>
            <div class="key-help-backdrop">
                <div
                    class="key-help"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="key-help-title"
                    data-testid="key-help"
                    on:keydown=on_keydown
                >
                    <h2 id="key-help-title">{t.keys_title}</h2>
                    <dl class="key-list">
                        {keys(t)
                            .into_iter()
                            .map(|(key, what)| {
                                view! {
                                    <div class="key-row">
                                        <dt><kbd>{key}</kbd></dt>
                                        <dd>{what}</dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="key-help-close"
                        node_ref=help.close_button
                        on:click=move |_| help.hide()
                    >
                        {t.close}
                    </button>
                </div>
            </div>
        </Show>
    }
}
