//! The integrations screen (admins): the clinic's API keys and its event subscriptions,
//! each in its own section (`api_keys`, `subscriptions`).

use leptos::prelude::*;

use super::api_keys::ApiKeys;
use super::local_date_time;
use super::subscriptions::Subscriptions;
use crate::i18n::use_strings;
use crate::timefmt::parse_rfc3339_ms;

#[component]
pub fn Integrations() -> impl IntoView {
    let t = use_strings();
    view! {
        <section class="templates integrations" aria-labelledby="integrations-title" data-testid="integrations">
            <h1 id="integrations-title">{t.integrations}</h1>
            <ApiKeys />
            <Subscriptions />
        </section>
    }
}

/// A server timestamp as the staff member's language writes dates (as it came when it
/// doesn't parse).
pub fn when(raw: &str) -> String {
    parse_rfc3339_ms(raw)
        .map(local_date_time)
        .unwrap_or_else(|| raw.to_owned())
}
