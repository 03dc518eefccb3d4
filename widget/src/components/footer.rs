//! The footer: the clinic's privacy notice link and "forget this conversation".

use leptos::prelude::*;

use crate::chat::Chat;
use crate::format::safe_href;
use crate::thread::Thread;

/// Links the privacy notice when the config gives a safe URL; once there is a conversation,
/// offers to forget it on this device.
#[component]
pub fn Footer(chat: Chat) -> impl IntoView {
    let link = move || {
        chat.config.with(|config| {
            config
                .as_ref()
                .and_then(|config| safe_href(&config.privacy_url).map(str::to_owned))
        })
    };
    let forget = move || {
        let strings = chat.strings();
        (!chat.thread.with(Thread::is_empty)).then(|| {
            view! {
                <button
                    type="button"
                    class="fd-forget"
                    data-testid="fd-forget"
                    on:click=move |_| chat.forget()
                >
                    {strings.forget}
                </button>
            }
        })
    };
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
        view! { <p class="fd-foot">{privacy} {forget}</p> }
    }
}
