//! The header (clinic name, opening status, close button) and the emergency scope notice.

use frontdesk_protocol::{Department, WidgetConfig};
use leptos::prelude::*;

use crate::chat::Chat;
use crate::components::message_list::local_time;
use crate::format::tel_href;
use crate::i18n::{fill, Lang, LangStrings};

/// Clinic name, whether someone is there now, and the close button.
#[component]
pub fn PanelHeader(chat: Chat) -> impl IntoView {
    let name = move || {
        chat.config
            .with(|config| config.as_ref().map(|config| config.clinic_name.clone()))
    };
    let status = move || {
        let lang = chat.lang.get();
        chat.config
            .with(|config| config.as_ref().map(|config| status_line(config, lang)))
    };
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
                aria-label=move || chat.strings().close
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
        let strings = chat.strings();
        chat.config.with(|config| {
            config.as_ref().map(|config| {
                let number = config.emergency_number.clone();
                let href = tel_href(&number);
                view! {
                    <p class="fd-scope" data-testid="fd-scope">
                        {strings.scope_before}
                        <a href=href>{number}</a>
                        {strings.scope_after}
                    </p>
                }
            })
        })
    }
}

fn status_line(config: &WidgetConfig, lang: Lang) -> String {
    let strings = lang.strings();
    if config.open_now {
        // General questions go to the front desk: its wait is the one to promise.
        return match config.reply_minutes.get(&Department::FrontDesk) {
            Some(&minutes) => fill(strings.open_within, &[&wait(minutes, lang)]),
            None => strings.open_now.to_owned(),
        };
    }
    match config
        .next_opening
        .as_deref()
        .and_then(|when| local_time(when, true, lang))
    {
        Some(when) => fill(strings.closed_until, &[&when]),
        None => strings.closed.to_owned(),
    }
}

/// "about 15 minutes", "about 4 hours".
fn wait(minutes: u32, lang: Lang) -> String {
    let strings = lang.strings();
    if minutes < 90 {
        fill(strings.about_minutes, &[&minutes.to_string()])
    } else {
        fill(strings.about_hours, &[&minutes.div_ceil(60).to_string()])
    }
}
