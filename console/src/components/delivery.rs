//! A channel conversation's delivery states in the thread: each reply's mark (sending,
//! sent, delivered, read, or failed with the provider's reason in plain words) and the
//! Resend button of a failed one.
//!
//! Statuses arrive by provider callbacks; the edge passes each change on over the
//! conversation socket (`LiveEvent::Delivery`, staff sockets only), so a mark changes as
//! the callback arrives. The thread reads every delivery when it opens and again each
//! time its socket (re)connects (`GET …/deliveries`, states only, no text), so a change
//! made while it was away still shows.

use frontdesk_protocol::{Delivery, DeliveryStatus};
use leptos::{prelude::*, task::spawn_local};

use crate::{api, state::Auth};

/// The thread's deliveries.
#[derive(Clone, Copy)]
pub struct Deliveries {
    list: RwSignal<Vec<Delivery>>,
    /// A resend failed: said under the message.
    error: RwSignal<Option<(u64, String)>>,
    busy: RwSignal<Option<u64>>,
    auth: Auth,
    conversation_id: StoredValue<String>,
}

impl Deliveries {
    pub fn new(auth: Auth, conversation_id: StoredValue<String>) -> Deliveries {
        Deliveries {
            list: RwSignal::new(Vec::new()),
            error: RwSignal::new(None),
            busy: RwSignal::new(None),
            auth,
            conversation_id,
        }
    }

    /// Every delivery of the conversation, as read from the edge.
    pub fn set(&self, deliveries: Vec<Delivery>) {
        self.list.try_set(deliveries);
    }

    /// News of one delivery (a socket frame, a resend's answer): kept when it moves the
    /// shown state forward or is a later attempt (`Delivery::supersedes`), since frames
    /// and answers can cross.
    pub fn take(&self, news: Delivery) {
        self.list.try_update(
            |list| match list.iter_mut().find(|shown| shown.seq == news.seq) {
                Some(shown) if news.supersedes(shown) => *shown = news,
                Some(_) => {}
                None => list.push(news),
            },
        );
    }

    /// A reply went out as `seq` on the channel: "Sending…" until its first news.
    pub fn expect(&self, seq: u64) {
        self.list.try_update(|list| {
            if !list.iter().any(|shown| shown.seq == seq) {
                list.push(Delivery {
                    seq,
                    status: DeliveryStatus::Queued,
                    reason: None,
                    updated_at: String::new(),
                    attempt: 1,
                });
            }
        });
    }

    fn of(&self, seq: u64) -> Option<Delivery> {
        self.list
            .with(|list| list.iter().find(|delivery| delivery.seq == seq).cloned())
    }

    /// Reads every delivery again: after the socket (re)connected, for what changed while
    /// no frame could reach the thread.
    pub fn refresh(self) {
        let Some(token) = self.auth.token() else {
            return;
        };
        let conversation_id = self.conversation_id.get_value();
        spawn_local(async move {
            if let Ok(answer) = api::deliveries(&token, &conversation_id).await {
                for delivery in answer.deliveries {
                    self.take(delivery);
                }
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
                Ok(answer) => self.take(answer.delivery),
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
