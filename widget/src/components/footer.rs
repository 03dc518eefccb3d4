//! The footer: the clinic's privacy notice link, "verify my phone or email" and "forget
//! this conversation".

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::chat::Chat;
use crate::format::safe_href;
use crate::thread::Thread;

/// Links the privacy notice when the config gives a safe URL; once there is a conversation,
/// offers to verify a phone or email for it, and to forget it on this device.
#[component]
pub fn Footer(chat: Chat) -> impl IntoView {
    let link = move || {
        chat.config.with(|config| {
            config
                .as_ref()
                .and_then(|config| safe_href(&config.privacy_url).map(str::to_owned))
        })
    };
    // One closure for the whole line (a second one for the buttons cost the panel a view
    // type of its own); re-run, it updates the same nodes, so a focused button keeps focus.
    move || {
        let strings = chat.strings();
        let privacy = link().map(|href| {
            view! {
                {strings.privacy_intro}
                <a href=href target="_blank" rel="noopener noreferrer">
                    {strings.privacy_link}
                </a>
                " "
            }
        });
        // Verifying needs the conversation on the server: until the first message is
        // stored (a moment, or while offline) the button shows but is disabled.
        let stored = chat.thread.with(Thread::has_stored);
        let actions = (!chat.thread.with(Thread::is_empty)).then(|| {
            (
                action(
                    chat,
                    strings.verify,
                    "fd-verify-open",
                    Chat::verify,
                    !stored,
                ),
                " ",
                action(
                    chat,
                    strings.forget,
                    "fd-forget",
                    |chat, _| chat.forget(),
                    false,
                ),
            )
        });
        view! { <p class="fd-foot">{privacy} {actions}</p> }
    }
}

/// A footer button that reads as a link. One function for both, so their views share one
/// compiled type: the panel is at its size budget.
fn action(
    chat: Chat,
    label: &'static str,
    test_id: &'static str,
    act: fn(Chat, MouseEvent),
    disabled: bool,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="fd-forget"
            disabled=disabled
            data-testid=test_id
            on:click=move |event| act(chat, event)
        >
            {label}
        </button>
    }
}
