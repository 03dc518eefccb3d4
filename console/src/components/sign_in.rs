//! The sign-in screen: email and password, exchanged for a bearer session.

use frontdesk_protocol::StaffLoginRequest;
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};

use crate::{api, components::language_picker::LanguagePicker, i18n::use_strings, state::use_auth};

#[component]
pub fn SignIn() -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let request = StaffLoginRequest {
            email: email.get_untracked().trim().to_string(),
            password: password.get_untracked(),
        };
        if request.email.is_empty() || request.password.is_empty() {
            error.set(Some(t.enter_email_and_password.into()));
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::sign_in(&request).await {
                Ok(session) => auth.sign_in(session),
                Err(failure) => {
                    let text = if failure.is_unauthorized() {
                        t.wrong_password.to_string()
                    } else {
                        failure.to_string()
                    };
                    error.try_set(Some(text));
                    busy.try_set(false);
                }
            }
        });
    };

    view! {
        <main class="sign-in">
            <form class="sign-in-card" on:submit=submit novalidate=true aria-labelledby="sign-in-title">
                <h1 id="sign-in-title">"Frontdesk"</h1>
                <p class="subtitle">{t.sign_in_intro}</p>
                <LanguagePicker />
                <label for="login-email">{t.email}</label>
                <input
                    id="login-email"
                    data-testid="login-email"
                    type="email"
                    name="email"
                    autocomplete="username"
                    autofocus=true
                    bind:value=email
                />
                <label for="login-password">{t.password}</label>
                <input
                    id="login-password"
                    data-testid="login-password"
                    type="password"
                    name="password"
                    autocomplete="current-password"
                    bind:value=password
                />
                <p class="form-error" data-testid="login-error" role="alert">
                    {move || error.get()}
                </p>
                <button
                    type="submit"
                    class="button primary"
                    data-testid="login-submit"
                    disabled=move || busy.get()
                >
                    {move || if busy.get() { t.signing_in } else { t.sign_in }}
                </button>
            </form>
        </main>
    }
}
