//! Opening an invitation or password-reset link: choose a password, then you are signed in.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};

use crate::api;
use crate::i18n::use_strings;
use crate::state::use_auth;
use frontdesk_client_core::links::LinkKind;

#[component]
pub fn AcceptLink(kind: LinkKind, token: String) -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let token = StoredValue::new(token);
    let password = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let (title, intro) = match kind {
        LinkKind::Invite => (t.welcome, t.invitation_intro),
        LinkKind::Reset => (t.choose_new_password, t.reset_intro),
    };
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let chosen = password.get_untracked();
        if chosen != again.get_untracked() {
            error.set(Some(t.passwords_differ.into()));
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::accept_link(kind, &token.get_value(), &chosen).await {
                Ok(session) => {
                    // The link is spent: leave it out of the address bar and history.
                    if let Some(window) = web_sys::window() {
                        if let Ok(history) = window.history() {
                            let path = window.location().pathname().unwrap_or_default();
                            _ = history.replace_state_with_url(
                                &wasm_bindgen::JsValue::NULL,
                                "",
                                Some(&path),
                            );
                        }
                    }
                    auth.sign_in(session);
                }
                Err(failure) => {
                    error.try_set(Some(failure.to_string()));
                    busy.try_set(false);
                }
            }
        });
    };
    view! {
        <main class="sign-in">
            <form class="sign-in-card" on:submit=submit aria-labelledby="accept-title" data-testid="accept-link">
                <h1 id="accept-title">{title}</h1>
                <p class="subtitle">{intro}</p>
                <label for="new-password">{t.new_password}</label>
                <input id="new-password" data-testid="new-password" type="password" autocomplete="new-password"
                    prop:value=move || password.get() on:input=move |e| password.set(event_target_value(&e)) />
                <label for="new-password-again">{t.same_again}</label>
                <input id="new-password-again" data-testid="new-password-again" type="password" autocomplete="new-password"
                    prop:value=move || again.get() on:input=move |e| again.set(event_target_value(&e)) />
                <p class="form-error" role="alert" data-testid="accept-error">{move || error.get()}</p>
                <button type="submit" class="button primary" data-testid="accept-submit" disabled=move || busy.get()>
                    {t.save_password}
                </button>
            </form>
        </main>
    }
}
