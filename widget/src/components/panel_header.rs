//! The header (clinic name, opening status, close button) and the emergency scope notice.

use frontdesk_protocol::WidgetConfig;
use leptos::prelude::*;

use crate::chat::Chat;
use crate::components::message_list::local_time;
use crate::format::tel_href;

/// Clinic name, whether someone is there now, and the close button.
#[component]
pub fn PanelHeader(chat: Chat) -> impl IntoView {
    let name = move || {
        chat.config
            .with(|config| config.as_ref().map(|config| config.clinic_name.clone()))
    };
    let status = move || chat.config.with(|config| config.as_ref().map(status_line));
    view! {
        <header class="fd-head">
            <div class="fd-title">
                <h2>{name}</h2>
                <p class="fd-status" data-testid="fd-status">{status}</p>
            </div>
            <button
                type="button"
                class="fd-close"
                data-testid="fd-close"
                aria-label="Close chat"
                on:click=move |_| chat.open.set(false)
            >
                "×"
            </button>
        </header>
    }
}

/// Tells visitors this chat is not for emergencies, with a tap-to-call number.
#[component]
pub fn ScopeNotice(chat: Chat) -> impl IntoView {
    move || {
        chat.config.with(|config| {
            config.as_ref().map(|config| {
                let number = config.emergency_number.clone();
                let href = tel_href(&number);
                view! {
                    <p class="fd-scope" data-testid="fd-scope">
                        "For medical emergencies call "
                        <a href=href>{number}</a>
                        ". This chat is not monitored around the clock."
                    </p>
                }
            })
        })
    }
}

fn status_line(config: &WidgetConfig) -> String {
    if config.open_now {
        return "We're open: the team usually replies within minutes.".to_owned();
    }
    match config
        .next_opening
        .as_deref()
        .and_then(|when| local_time(when, true))
    {
        Some(when) => format!("We're closed now. We'll reply from {when}."),
        None => "We're closed now. We'll reply when we're back.".to_owned(),
    }
}
