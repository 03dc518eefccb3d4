//! The panel: a dialog with header, scope notice, message list, composer and footer.

use leptos::html;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::chat::Chat;
use crate::components::{Composer, Footer, MessageList, PanelHeader, ScopeNotice};

/// The whole panel; hidden while `chat.open` is false.
#[component]
pub fn App(chat: Chat) -> impl IntoView {
    let panel = NodeRef::<html::Section>::new();
    let input = NodeRef::<html::Textarea>::new();

    // CSSOM custom properties, not a style attribute: strict CSPs allow them.
    Effect::new(move |_| {
        let Some(element) = panel.get() else {
            return;
        };
        chat.config.with(|config| {
            if let Some(config) = config {
                let style = element.style();
                _ = style.set_property("--fd-brand", &config.theme.brand_color);
                _ = style.set_property("--fd-brand-text", &config.theme.brand_text_color);
            }
        });
    });

    // Opening moves focus to the textarea, after the panel is displayed.
    Effect::new(move |_| {
        if chat.open.get() {
            if let Some(textarea) = input.get_untracked() {
                request_animation_frame(move || _ = textarea.focus());
            }
        }
    });

    let label = move || {
        chat.config.with(|config| match config {
            Some(config) => format!("Chat with {}", config.clinic_name),
            None => "Chat".to_owned(),
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
