//! A channel conversation's delivery states in the thread: each reply's mark (sending,
//! sent, delivered, read, or failed with the provider's reason in plain words) and the
//! Resend button of a failed one.
//!
//! Statuses arrive by provider callbacks, not over the conversation socket, so the thread
//! polls `GET …/deliveries` (states only, no text) while a reply is on its way.

use std::time::Duration;

use frontdesk_protocol::{Delivery, DeliveryStatus};
use leptos::{prelude::*, task::spawn_local};

use crate::{api, state::Auth};

/// How often the thread asks while something is on its way.
const POLL_EVERY: Duration = Duration::from_secs(2);

/// The thread's deliveries and what it is waiting for.
#[derive(Clone, Copy)]
pub struct Deliveries {
    list: RwSignal<Vec<Delivery>>,
    /// The highest `seq` sent on the channel from this thread: watched until its delivery
    /// shows up.
    awaiting: RwSignal<u64>,
    /// A resend or poll failed: said under the message.
    error: RwSignal<Option<(u64, String)>>,
    busy: RwSignal<Option<u64>>,
    auth: Auth,
    conversation_id: StoredValue<String>,
}

impl Deliveries {
    pub fn new(auth: Auth, conversation_id: StoredValue<String>) -> Deliveries {
        Deliveries {
            list: RwSignal::new(Vec::new()),
            awaiting: RwSignal::new(0),
            error: RwSignal::new(None),
            busy: RwSignal::new(None),
            auth,
            conversation_id,
        }
    }

    pub fn set(&self, deliveries: Vec<Delivery>) {
        self.list.try_set(deliveries);
    }

    /// A reply went out as `seq`: follow it until its delivery settles.
    pub fn expect(&self, seq: u64) {
        self.awaiting
            .try_update(|awaiting| *awaiting = (*awaiting).max(seq));
    }

    fn of(&self, seq: u64) -> Option<Delivery> {
        self.list
            .with(|list| list.iter().find(|delivery| delivery.seq == seq).cloned())
    }

    /// Whether anything is still on its way (or not yet listed).
    fn pending(&self) -> bool {
        let awaiting = self.awaiting.get_untracked();
        self.list.with_untracked(|list| {
            let listed = list.iter().any(|delivery| delivery.seq >= awaiting);
            (awaiting > 0 && !listed)
                || list.iter().any(|delivery| {
                    matches!(
                        delivery.status,
                        DeliveryStatus::Queued | DeliveryStatus::Sent
                    )
                })
        })
    }

    /// Polls while something is on its way, for as long as the thread is open.
    pub fn follow(self) {
        let Ok(tick) = set_interval_with_handle(
            move || {
                if self.busy.get_untracked().is_some() || !self.pending() {
                    return;
                }
                self.refresh();
            },
            POLL_EVERY,
        ) else {
            return;
        };
        on_cleanup(move || tick.clear());
    }

    fn refresh(self) {
        let Some(token) = self.auth.token() else {
            return;
        };
        let conversation_id = self.conversation_id.get_value();
        spawn_local(async move {
            if let Ok(answer) = api::deliveries(&token, &conversation_id).await {
                self.set(answer.deliveries);
            }
        });
    }

    /// Sends a failed message once more, as the attempt after the one shown.
    fn resend(self, failed: &Delivery) {
        if self.busy.get_untracked().is_some() {
            return;
        }
        let Some(token) = self.auth.token() else {
            return;
        };
        let (seq, attempt) = (failed.seq, failed.attempt + 1);
        self.busy.set(Some(seq));
        self.error.set(None);
        let conversation_id = self.conversation_id.get_value();
        spawn_local(async move {
            match api::resend(&token, &conversation_id, seq, attempt).await {
                Ok(answer) => {
                    self.list.try_update(|list| {
                        list.retain(|delivery| delivery.seq != seq);
                        list.push(answer.delivery);
                    });
                }
                Err(failure) => {
                    if !self.auth.signed_out_by(&failure) {
                        self.error.try_set(Some((seq, failure.to_string())));
                    }
                }
            }
            self.busy.try_set(None);
        });
    }
}

fn status_words(status: DeliveryStatus) -> &'static str {
    match status {
        DeliveryStatus::Queued => "Sending…",
        DeliveryStatus::Sent => "Sent",
        DeliveryStatus::Delivered => "Delivered",
        DeliveryStatus::Read => "Read",
        DeliveryStatus::Failed => "Not delivered",
    }
}

/// A message's delivery on its channel; nothing for a message that never left by it.
#[component]
pub fn DeliveryMark(seq: u64, deliveries: Deliveries) -> impl IntoView {
    move || {
        let delivery = deliveries.of(seq)?;
        let failed = delivery.status == DeliveryStatus::Failed;
        let reason = failed.then(|| delivery.reason.clone()).flatten();
        let error = deliveries.error.with(|error| {
            error
                .as_ref()
                .filter(|(at, _)| *at == seq)
                .map(|(_, e)| e.clone())
        });
        let busy = move || deliveries.busy.get() == Some(seq);
        Some(view! {
            <span
                class="message-delivery"
                class:delivery-failed=failed
                data-testid="message-delivery"
                data-status=delivery.status.as_str()
                data-attempt=delivery.attempt.to_string()
            >
                " · "
                {status_words(delivery.status)}
            </span>
            {failed.then(|| {
                let shown = delivery.clone();
                view! {
                    <span class="delivery-failure" role="alert">
                        <span class="delivery-reason" data-testid="delivery-reason">
                            {reason.clone()}
                        </span>
                        <button
                            type="button"
                            class="button secondary resend-button"
                            data-testid="resend-button"
                            disabled=busy
                            on:click=move |_| deliveries.resend(&shown)
                        >
                            {move || if busy() { "Resending…" } else { "Resend" }}
                        </button>
                    </span>
                }
            })}
            {error.map(|error| view! { <span class="form-error" role="alert">{error}</span> })}
        })
    }
}
