//! Event subscriptions on the integrations screen: the clinic's subscriptions, a form
//! that subscribes a URL to chosen events (message text only by opt-in, and only to an
//! https URL; the signing secret shown once), and per subscription its delivery log with
//! each delivery's state, attempts and last status code, and manual redelivery.

use frontdesk_domain::events::EventType;
use frontdesk_protocol::{CreateSubscriptionRequest, EventDelivery, Subscription};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};

use super::integrations::when;
use super::one_time_secret::OneTimeSecret;
use crate::api::ApiFailure;
use crate::i18n::{fill, use_strings, Strings};
use crate::integration_calls as calls;
use crate::state::use_auth;

/// Where one delivery stands, as the log shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryState {
    /// The receiver answered 2xx.
    Delivered,
    /// Tried and refused (or unreachable); the queue retries with backoff.
    Failing,
    /// Not tried yet.
    Waiting,
}

impl DeliveryState {
    pub fn of(delivery: &EventDelivery) -> DeliveryState {
        if delivery.delivered_at.is_some() {
            DeliveryState::Delivered
        } else if delivery.attempts > 0 {
            DeliveryState::Failing
        } else {
            DeliveryState::Waiting
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Delivered => "delivered",
            DeliveryState::Failing => "failing",
            DeliveryState::Waiting => "waiting",
        }
    }

    pub fn label(self, t: &Strings) -> &'static str {
        match self {
            DeliveryState::Delivered => t.delivery_delivered,
            DeliveryState::Failing => t.delivery_failing,
            DeliveryState::Waiting => t.delivery_waiting,
        }
    }
}

/// Message text may go only to an https URL (the server checks it too).
fn text_allowed(url: &str) -> bool {
    url.trim().to_ascii_lowercase().starts_with("https://")
}

#[component]
pub fn Subscriptions() -> impl IntoView {
    let auth = use_auth();
    let t = use_strings();
    let subscriptions = RwSignal::new(Vec::<Subscription>::new());
    let error = RwSignal::new(None::<String>);
    let url = RwSignal::new(String::new());
    let events = RwSignal::new(Vec::<EventType>::new());
    let include_text = RwSignal::new(false);
    let fresh = RwSignal::new(None::<String>);
    // The subscription whose delivery log is open.
    let open_log = RwSignal::new(None::<String>);

    let report = move |failure: ApiFailure| {
        if !auth.signed_out_by(&failure) {
            error.try_set(Some(failure.to_string()));
        }
    };
    if let Some(token) = auth.token() {
        spawn_local(async move {
            match calls::subscriptions(&token).await {
                Ok(list) => _ = subscriptions.try_set(list.subscriptions),
                Err(failure) => report(failure),
            }
        });
    }
    let https = move || url.with(|u| text_allowed(u));

    let subscribe = move |event: SubmitEvent| {
        event.prevent_default();
        let Some(token) = auth.token() else { return };
        let request = CreateSubscriptionRequest {
            url: url.get_untracked().trim().to_owned(),
            events: events.with_untracked(|e| e.iter().map(|e| e.as_str().to_owned()).collect()),
            include_text: include_text.get_untracked() && https(),
        };
        if request.url.is_empty() || request.events.is_empty() {
            error.set(Some(t.subscription_needs_url_and_event.to_owned()));
            return;
        }
        spawn_local(async move {
            match calls::subscribe(&token, &request).await {
                Ok(mut made) => {
                    fresh.try_set(made.secret.take());
                    subscriptions.try_update(|list| list.insert(0, made));
                    url.try_set(String::new());
                    events.try_set(Vec::new());
                    include_text.try_set(false);
                    error.try_set(None);
                }
                Err(failure) => report(failure),
            }
        });
    };

    view! {
        <section class="integration-part" aria-labelledby="subscriptions-title" data-testid="subscriptions">
            <h2 id="subscriptions-title">{t.subscriptions_title}</h2>
            <p>{t.subscriptions_intro}</p>
            <p class="form-error" role="alert" data-testid="subscriptions-error">{move || error.get()}</p>
            {move || {
                fresh.get().map(|secret| {
                    view! {
                        <OneTimeSecret
                            message=t.secret_shown_once.to_owned()
                            secret
                            testid="subscription-secret"
                            on_done=Callback::new(move |()| fresh.set(None))
                        />
                    }
                })
            }}
            <form class="template-form" on:submit=subscribe aria-labelledby="new-subscription-title">
                <h3 id="new-subscription-title">{t.new_subscription}</h3>
                <label>{t.url}
                    <input type="url" required maxlength="2048" data-testid="subscription-url"
                        placeholder="https://"
                        prop:value=move || url.get()
                        on:input=move |e| url.set(event_target_value(&e)) />
                </label>
                <fieldset class="team-choices">
                    <legend>{t.events}</legend>
                    {EventType::ALL
                        .into_iter()
                        .map(|kind| {
                            view! {
                                <label>
                                    <input
                                        type="checkbox"
                                        data-testid=format!("subscription-event-{}", kind.as_str())
                                        prop:checked=move || events.with(|e| e.contains(&kind))
                                        on:change=move |_| events.update(|e| {
                                            if let Some(at) = e.iter().position(|x| *x == kind) {
                                                e.remove(at);
                                            } else {
                                                e.push(kind);
                                            }
                                        })
                                    />
                                    <code>{kind.as_str()}</code>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <label class="inline-choice">
                    <input type="checkbox" data-testid="subscription-include-text"
                        prop:disabled=move || !https()
                        prop:checked=move || include_text.get() && https()
                        on:change=move |_| include_text.update(|on| *on = !*on) />
                    {t.include_text}
                </label>
                <div class="template-form-actions">
                    <button type="submit" class="button primary" data-testid="subscription-create">{t.subscribe}</button>
                </div>
            </form>
            <p class="template-scope" data-testid="subscriptions-empty"
                class:hidden=move || subscriptions.with(|s| !s.is_empty())>
                {t.no_subscriptions}
            </p>
            <ul class="template-list" data-testid="subscription-list">
                <For each=move || subscriptions.get() key=|s| s.id.clone() let:subscription>
                    <SubscriptionRow subscription open_log />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn SubscriptionRow(
    subscription: Subscription,
    open_log: RwSignal<Option<String>>,
) -> impl IntoView {
    let t = use_strings();
    let id = subscription.id.clone();
    let log_id = format!("log-{id}");
    let open = {
        let id = id.clone();
        move || open_log.with(|o| o.as_deref() == Some(id.as_str()))
    };
    let showing = open.clone();
    let (row_id, log_for) = (id.clone(), id.clone());
    let url = subscription.url.clone();
    view! {
        <li class="template-row" data-testid="subscription-row" data-subscription-id=row_id>
            <div class="template-row-head">
                <strong class="subscription-url" data-testid="subscription-row-url">{subscription.url.clone()}</strong>
                <span class="template-scope">{subscription.events.join(", ")}</span>
                <span class="template-scope">
                    {if subscription.include_text { t.with_text } else { t.without_text }}
                </span>
            </div>
            <div class="template-row-actions">
                <button type="button" class="button secondary" data-testid="subscription-log-toggle"
                    aria-expanded=move || open().to_string() aria-controls=log_id.clone()
                    on:click={
                        let id = id.clone();
                        move |_| open_log.update(|o| {
                            *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) };
                        })
                    }>
                    {t.delivery_log}
                </button>
            </div>
            <Show when=showing>
                <DeliveryLog id=log_for.clone() url=url.clone() dom_id=log_id.clone() />
            </Show>
        </li>
    }
}

#[component]
fn DeliveryLog(id: String, url: String, dom_id: String) -> impl IntoView {
    let auth = use_auth();
    let t = use_strings();
    let deliveries = RwSignal::new(None::<Vec<EventDelivery>>);
    let error = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    let report = move |failure: ApiFailure| {
        if !auth.signed_out_by(&failure) {
            error.try_set(Some(failure.to_string()));
        }
    };
    let load = {
        let id = id.clone();
        move || {
            let Some(token) = auth.token() else { return };
            let id = id.clone();
            spawn_local(async move {
                match calls::deliveries(&token, &id).await {
                    Ok(answer) => {
                        deliveries.try_set(Some(answer.deliveries));
                        error.try_set(None);
                    }
                    Err(failure) => report(failure),
                }
            });
        }
    };
    load();
    let redeliver = {
        let id = id.clone();
        move |delivery_id: String| {
            let Some(token) = auth.token() else { return };
            let id = id.clone();
            spawn_local(async move {
                match calls::redeliver(&token, &id, &delivery_id).await {
                    Ok(_) => {
                        notice.try_set(Some(t.redelivery_queued.to_owned()));
                        error.try_set(None);
                    }
                    Err(failure) => report(failure),
                }
            });
        }
    };
    let caption = fill(t.delivery_log_of, &[&url]);
    view! {
        <div class="delivery-log" id=dom_id data-testid="delivery-log">
            <div class="template-row-actions">
                <button type="button" class="button secondary" data-testid="delivery-log-refresh"
                    on:click={
                        let load = load.clone();
                        move |_| load()
                    }>
                    {t.refresh}
                </button>
            </div>
            <p class="form-error" role="alert">{move || error.get()}</p>
            <p role="status" class="notice" data-testid="delivery-log-notice">{move || notice.get()}</p>
            {move || match deliveries.get() {
                None => ().into_any(),
                Some(list) if list.is_empty() => {
                    view! { <p class="template-scope" data-testid="delivery-log-empty">{t.no_deliveries}</p> }.into_any()
                }
                Some(list) => {
                    let redeliver = redeliver.clone();
                    view! {
                        <table class="delivery-table">
                            <caption class="visually-hidden">{caption.clone()}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.event}</th>
                                    <th scope="col">{t.occurred}</th>
                                    <th scope="col">{t.state}</th>
                                    <th scope="col">{t.attempts}</th>
                                    <th scope="col">{t.status_code}</th>
                                    <th scope="col"><span class="visually-hidden">{t.redeliver}</span></th>
                                </tr>
                            </thead>
                            <tbody>
                                {list.into_iter().map(|delivery| {
                                    let state = DeliveryState::of(&delivery);
                                    let redeliver = redeliver.clone();
                                    let delivery_id = delivery.id.clone();
                                    view! {
                                        <tr data-testid="delivery-row" data-state=state.as_str()
                                            data-delivery-id=delivery.id.clone()>
                                            <td><code>{delivery.event.clone()}</code></td>
                                            <td>{when(&delivery.occurred_at)}</td>
                                            <td data-testid="delivery-state">{state.label(t)}</td>
                                            <td data-testid="delivery-attempts">{delivery.attempts}</td>
                                            <td data-testid="delivery-status">
                                                {delivery.last_status.map(|s| s.to_string()).unwrap_or_else(|| "–".to_owned())}
                                            </td>
                                            <td>
                                                <button type="button" class="button secondary" data-testid="delivery-redeliver"
                                                    on:click=move |_| redeliver(delivery_id.clone())>
                                                    {t.redeliver}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(attempts: u32, status: Option<u16>, delivered: bool) -> EventDelivery {
        EventDelivery {
            id: "msg_1".into(),
            event: "message.created".into(),
            occurred_at: "2026-01-05T10:00:00Z".into(),
            attempts,
            last_status: status,
            last_error: None,
            last_attempt_at: (attempts > 0).then(|| "2026-01-05T10:00:01Z".into()),
            delivered_at: delivered.then(|| "2026-01-05T10:00:01Z".into()),
        }
    }

    #[test]
    fn a_delivery_is_delivered_failing_or_waiting() {
        assert_eq!(
            DeliveryState::of(&delivery(2, Some(204), true)),
            DeliveryState::Delivered
        );
        assert_eq!(
            DeliveryState::of(&delivery(1, Some(500), false)),
            DeliveryState::Failing
        );
        // Unreachable: no status code, still failing.
        assert_eq!(
            DeliveryState::of(&delivery(3, None, false)),
            DeliveryState::Failing
        );
        assert_eq!(
            DeliveryState::of(&delivery(0, None, false)),
            DeliveryState::Waiting
        );
    }

    #[test]
    fn message_text_is_offered_only_for_https() {
        assert!(text_allowed("https://hooks.example.org/x"));
        assert!(text_allowed(" HTTPS://hooks.example.org/x"));
        assert!(!text_allowed("http://127.0.0.1:9000/x"));
        assert!(!text_allowed("hooks.example.org"));
    }
}
