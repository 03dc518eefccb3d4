//! The panel: a dialog with header, scope notice, message list, composer and footer.

use leptos::html;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::chat::Chat;
use crate::components::{Composer, Footer, MessageList, PanelHeader, ScopeNotice};
use crate::i18n::fill;

/// The whole panel; hidden while `chat.open` is false.
#[component]
pub fn App(chat: Chat) -> impl IntoView {
    let panel = NodeRef::<html::Section>::new();
    let input = NodeRef::<html::Textarea>::new();

    // Opening moves focus to the textarea, after the panel is displayed.
    Effect::new(move |_| {
        if chat.open.get() {
            if let Some(textarea) = input.get_untracked() {
                request_animation_frame(move || _ = textarea.focus());
            }
        }
    });

    // The brand colours come from the loader, which sets them on the shadow host.
    let label = move || {
        let strings = chat.strings();
        chat.config.with(|config| match config {
            Some(config) => fill(strings.chat_with, &[&config.clinic_name]),
            None => strings.chat.to_owned(),
        })
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            chat.open.set(false);
        }
    };

    view! {
        <section
            class="fd-panel"
            node_ref=panel
            data-testid="fd-panel"
            role="dialog"
            aria-label=label
            lang=move || chat.lang.get().code()
            hidden=move || !chat.open.get()
            on:keydown=on_keydown
        >
            <PanelHeader chat />
            <ScopeNotice chat />
            <MessageList chat />
            <Composer chat input />
            <Footer chat />
        </section>
    }
}
