//! The error line, the attach buttons, the textarea and the send button.

use frontdesk_protocol::MAX_MESSAGE_CHARS;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, KeyboardEvent};

use crate::attach::ACCEPT;
use crate::chat::Chat;

/// A file input's pick goes to the outbox; the input is emptied so the same file can be
/// picked again.
fn picked(chat: Chat, event: Event) {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    if let Some(file) = input.files().and_then(|files| files.get(0)) {
        chat.attach(file);
    }
    input.set_value("");
}

/// Enter sends, Shift+Enter adds a line; IME composition is left alone.
#[component]
pub fn Composer(chat: Chat, input: NodeRef<html::Textarea>) -> impl IntoView {
    let draft = RwSignal::new(String::new());
    let submit = move || {
        if chat.send(&draft.get_untracked()) {
            draft.set(String::new());
            // The send button goes disabled with an empty draft and would drop focus.
            if let Some(textarea) = input.get_untracked() {
                _ = textarea.focus();
            }
        }
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Enter" && !event.shift_key() && !event.is_composing() {
            event.prevent_default();
            submit();
        }
    };
    let error = move || {
        chat.error.get().map(|message| {
            view! {
                <p class="fd-error" data-testid="fd-error" role="alert">
                    {message}
                </p>
            }
        })
    };
    view! {
        {error}
        <form
            class="fd-compose"
            on:submit=move |event| {
                event.prevent_default();
                submit();
            }
        >
            // A label styled as a button around a visually hidden input: the input keeps
            // focus and keyboard use. On phones the system's chooser offers the camera
            // next to the photo library and files, so there is no second camera button.
            <label class="fd-attach">
                <input
                    type="file"
                    class="fd-sr"
                    data-testid="fd-attach"
                    accept=ACCEPT
                    aria-label=move || chat.strings().attach
                    on:change=move |event| picked(chat, event)
                />
                "📎"
            </label>
            <label class="fd-sr" for="fd-input">
                {move || chat.strings().your_message}
            </label>
            <textarea
                id="fd-input"
                class="fd-input"
                data-testid="fd-input"
                node_ref=input
                rows="1"
                maxlength=MAX_MESSAGE_CHARS
                placeholder=move || chat.strings().placeholder
                prop:value=move || draft.get()
                on:input=move |event| {
                    let value = event_target_value(&event);
                    chat.draft_changed(&value);
                    draft.set(value);
                }
                on:keydown=on_keydown
            ></textarea>
            <button
                type="submit"
                class="fd-send"
                data-testid="fd-send"
                disabled=move || draft.with(|text| text.trim().is_empty())
            >
                {move || chat.strings().send}
            </button>
        </form>
    }
}
