//! API keys on the integrations screen: the clinic's keys (name, the secret's shown
//! prefix, scopes, last use, revoked or not), a form that makes one with chosen scopes
//! (its secret shown once), and revoking one after a confirmation that says what it does.

use frontdesk_protocol::{ApiKey, ApiScope, CreateApiKeyRequest};
use leptos::{ev::SubmitEvent, html, prelude::*, task::spawn_local};

use super::integrations::when;
use super::one_time_secret::OneTimeSecret;
use crate::i18n::{fill, use_strings, Strings};
use crate::integration_calls as calls;
use crate::state::use_auth;

pub fn scope_label(t: &Strings, scope: ApiScope) -> &'static str {
    match scope {
        ApiScope::ConversationsRead => t.scope_conversations_read,
        ApiScope::MessagesWrite => t.scope_messages_write,
        ApiScope::SurveysWrite => t.scope_surveys_write,
        ApiScope::ReportsRead => t.scope_reports_read,
    }
}

#[component]
pub fn ApiKeys() -> impl IntoView {
    let auth = use_auth();
    let t = use_strings();
    let keys = RwSignal::new(Vec::<ApiKey>::new());
    let error = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let scopes = RwSignal::new(Vec::<ApiScope>::new());
    // The new key's name and secret, until the admin says they copied it.
    let fresh = RwSignal::new(None::<(String, String)>);
    // The key whose revocation waits for a second click.
    let confirming = RwSignal::new(None::<String>);
    let name_input = NodeRef::<html::Input>::new();

    let report = move |failure: crate::api::ApiFailure| {
        if !auth.signed_out_by(&failure) {
            error.try_set(Some(failure.to_string()));
        }
    };
    let load = move || {
        let Some(token) = auth.token() else { return };
        spawn_local(async move {
            match calls::api_keys(&token).await {
                Ok(list) => _ = keys.try_set(list.api_keys),
                Err(failure) => report(failure),
            }
        });
    };
    load();

    let create = move |event: SubmitEvent| {
        event.prevent_default();
        let Some(token) = auth.token() else { return };
        let request = CreateApiKeyRequest {
            name: name.get_untracked().trim().to_owned(),
            scopes: scopes.with_untracked(|s| s.iter().map(|s| s.as_str().to_owned()).collect()),
        };
        if request.name.is_empty() || request.scopes.is_empty() {
            error.set(Some(t.key_needs_name_and_scope.to_owned()));
            return;
        }
        spawn_local(async move {
            match calls::create_api_key(&token, &request).await {
                Ok(mut made) => {
                    if let Some(secret) = made.secret.take() {
                        fresh.try_set(Some((made.name.clone(), secret)));
                    }
                    keys.try_update(|list| list.insert(0, made));
                    name.try_set(String::new());
                    scopes.try_set(Vec::new());
                    error.try_set(None);
                    notice.try_set(None);
                }
                Err(failure) => report(failure),
            }
        });
    };
    let revoke = move |key: ApiKey| {
        let Some(token) = auth.token() else { return };
        spawn_local(async move {
            match calls::revoke_api_key(&token, &key.id).await {
                Ok(_) => {
                    confirming.try_set(None);
                    notice.try_set(Some(fill(t.key_revoked, &[&key.name])));
                    error.try_set(None);
                    load();
                }
                Err(failure) => report(failure),
            }
        });
    };

    view! {
        <section class="integration-part" aria-labelledby="api-keys-title" data-testid="api-keys">
            <h2 id="api-keys-title">{t.api_keys_title}</h2>
            <p>{t.api_keys_intro}</p>
            <p class="form-error" role="alert" data-testid="api-keys-error">{move || error.get()}</p>
            <p role="status" class="notice" data-testid="api-keys-notice">{move || notice.get()}</p>
            {move || {
                fresh.get().map(|(key_name, secret)| {
                    view! {
                        <OneTimeSecret
                            message=fill(t.key_shown_once, &[&key_name])
                            secret
                            testid="api-key-secret"
                            on_done=Callback::new(move |()| {
                                fresh.set(None);
                                if let Some(input) = name_input.get_untracked() {
                                    _ = input.focus();
                                }
                            })
                        />
                    }
                })
            }}
            <form class="template-form" on:submit=create aria-labelledby="new-api-key-title">
                <h3 id="new-api-key-title">{t.new_api_key}</h3>
                <label>{t.name}
                    <input data-testid="api-key-name" maxlength="80" required
                        placeholder=t.key_name_placeholder node_ref=name_input
                        prop:value=move || name.get()
                        on:input=move |e| name.set(event_target_value(&e)) />
                </label>
                <fieldset class="team-choices">
                    <legend>{t.scopes}</legend>
                    {ApiScope::ALL
                        .into_iter()
                        .map(|scope| {
                            view! {
                                <label>
                                    <input
                                        type="checkbox"
                                        data-testid=format!("api-key-scope-{}", scope.as_str())
                                        prop:checked=move || scopes.with(|s| s.contains(&scope))
                                        on:change=move |_| scopes.update(|s| {
                                            if let Some(at) = s.iter().position(|x| *x == scope) {
                                                s.remove(at);
                                            } else {
                                                s.push(scope);
                                            }
                                        })
                                    />
                                    {scope_label(t, scope)} " "
                                    <code>{scope.as_str()}</code>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="template-form-actions">
                    <button type="submit" class="button primary" data-testid="api-key-create">{t.create_key}</button>
                </div>
            </form>
            <p class="template-scope" data-testid="api-keys-empty" class:hidden=move || keys.with(|k| !k.is_empty())>
                {t.no_api_keys}
            </p>
            <ul class="template-list" data-testid="api-key-list">
                <For each=move || keys.get() key=|k| (k.id.clone(), k.revoked_at.clone()) let:key>
                    <KeyRow key=key.clone() confirming on_revoke=Callback::new(revoke) />
                </For>
            </ul>
        </section>
    }
}

/// One key: a Revoke button, which first asks; the question takes the focus and Escape
/// (or Cancel) puts it back on Revoke.
#[component]
fn KeyRow(
    key: ApiKey,
    confirming: RwSignal<Option<String>>,
    on_revoke: Callback<ApiKey>,
) -> impl IntoView {
    let t = use_strings();
    let id = key.id.clone();
    let asking = {
        let id = id.clone();
        move || confirming.with(|c| c.as_deref() == Some(id.as_str()))
    };
    let revoke_button = NodeRef::<html::Button>::new();
    let cancel = move || {
        confirming.set(None);
        if let Some(button) = revoke_button.get_untracked() {
            _ = button.focus();
        }
    };
    let scopes = key
        .scopes
        .iter()
        .map(|scope| scope_label(t, *scope))
        .collect::<Vec<_>>()
        .join(", ");
    let used = key
        .last_used_at
        .as_deref()
        .map(|at| fill(t.key_last_used, &[&when(at)]))
        .unwrap_or_else(|| t.key_never_used.to_owned());
    let revoked = key.revoked_at.as_deref().map(when);
    let question = fill(t.revoke_confirm, &[&key.name]);
    let row_id = key.id.clone();
    let (name, prefix) = (key.name.clone(), key.prefix.clone());
    view! {
        <li class="template-row" data-testid="api-key-row" data-key-id=row_id
            data-revoked=revoked.is_some().to_string()>
            <div class="template-row-head">
                <strong data-testid="api-key-row-name">{name}</strong>
                <code>{prefix} "…"</code>
                <span class="template-scope">{scopes}</span>
                <span class="template-scope">{used}</span>
                {revoked.clone().map(|at| view! {
                    <span class="template-scope" data-testid="api-key-revoked">{fill(t.key_revoked_at, &[&at])}</span>
                })}
            </div>
            {revoked.is_none().then(|| {
                let asking_now = asking.clone();
                view! {
                    <div class="template-row-actions">
                        <button type="button" class="button secondary" data-testid="api-key-revoke"
                            node_ref=revoke_button
                            aria-expanded=move || asking().to_string()
                            on:click=move |_| confirming.set(Some(id.clone()))>
                            {t.revoke}
                        </button>
                    </div>
                    <Show when=asking_now>
                        <ConfirmRevoke question=question.clone() on_yes={
                            let key = key.clone();
                            Callback::new(move |()| on_revoke.run(key.clone()))
                        } on_cancel=Callback::new(move |()| cancel()) />
                    </Show>
                }
            })}
        </li>
    }
}

#[component]
fn ConfirmRevoke(question: String, on_yes: Callback<()>, on_cancel: Callback<()>) -> impl IntoView {
    let t = use_strings();
    let yes = NodeRef::<html::Button>::new();
    yes.on_load(|button| _ = button.focus());
    let label = question.clone();
    view! {
        <div class="confirm" role="alertdialog" aria-label=label data-testid="api-key-confirm"
            on:keydown=move |event| {
                if event.key() == "Escape" {
                    on_cancel.run(());
                }
            }>
            <p>{question}</p>
            <div class="template-row-actions">
                <button type="button" class="button danger" node_ref=yes data-testid="api-key-revoke-yes"
                    on:click=move |_| on_yes.run(())>{t.revoke_yes}</button>
                <button type="button" class="button secondary" data-testid="api-key-revoke-cancel"
                    on:click=move |_| on_cancel.run(())>{t.cancel}</button>
            </div>
        </div>
    }
}
