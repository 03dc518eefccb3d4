//! The footer: the clinic's privacy notice link.

use leptos::prelude::*;

use crate::chat::Chat;
use crate::format::safe_href;

/// Links the privacy notice when the config gives a safe URL.
#[component]
pub fn Footer(chat: Chat) -> impl IntoView {
    let link = move || {
        chat.config.with(|config| {
            config
                .as_ref()
                .and_then(|config| safe_href(&config.privacy_url).map(str::to_owned))
        })
    };
    move || {
        let strings = chat.strings();
        link().map(|href| {
            view! {
                <p class="fd-foot">
                    {strings.privacy_intro}
                    <a href=href target="_blank" rel="noopener noreferrer">
                        {strings.privacy_link}
                    </a>
                </p>
            }
        })
    }
}
