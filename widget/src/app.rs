//! The panel: a dialog with header, scope notice, message list, composer and footer,
//! rendered in slices (see `slices`).

use leptos::html;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::chat::Chat;
use crate::components::{Composer, Footer, MessageList, PanelHeader, ScopeNotice};
use crate::i18n::fill;
use crate::slices::{into_slot, render_in_tasks};

/// The whole panel; hidden while `chat.open` is false.
#[component]
pub fn App(chat: Chat) -> impl IntoView {
    let panel = NodeRef::<html::Section>::new();
    let input = NodeRef::<html::Textarea>::new();

    // The shell renders now, the parts in its slots a task later each (see `slices`); an
    // open panel needs the first of them, the conversation, at once.
    let scope_slot = NodeRef::<html::Div>::new();
    let conversation_slot = NodeRef::<html::Div>::new();
    let foot_slot = NodeRef::<html::Div>::new();
    render_in_tasks(
        vec![
            into_slot(conversation_slot, move || {
                view! {
                    <MessageList chat />
                    <Composer chat input />
                }
            }),
            into_slot(scope_slot, move || view! { <ScopeNotice chat /> }),
            into_slot(foot_slot, move || view! { <Footer chat /> }),
        ],
        chat.open,
        1,
    );

    // Opening moves focus to the textarea, after the panel is displayed (and once the
    // textarea is rendered, which opening hurries along).
    Effect::new(move |_| {
        if chat.open.get() {
            if let Some(textarea) = input.get() {
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
            <div class="fd-slot" node_ref=scope_slot></div>
            <div class="fd-slot" node_ref=conversation_slot></div>
            <div class="fd-slot" node_ref=foot_slot></div>
        </section>
    }
}
