//! Event subscriptions' delivery (issue 22): handlers and the queue consumer `emit` an
//! event as a queue job; the consumer fans it out to the clinic's subscriptions (one
//! recorded delivery each, whose id is the `webhook-id` of every attempt) and delivers
//! each through the queue, signed with the subscription's own secret and retried with a
//! growing delay. Message text goes only where `domain::events` allows it, read from the
//! conversation object at each attempt (never stored with the delivery or queued).

use frontdesk_domain::events::{may_carry_text, EventData, EventPayload, EventType};
use frontdesk_domain::webhook::WebhookSecret;
use worker::Env;

use crate::conversation_do;
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::jobs::{self, backoff_seconds, DeliverJob, EventJob, Job};
use crate::store::{self, events::NewDelivery, events::StoredSubscription};

/// Queues an event. Best effort: the action it reports has happened and is answered; a
/// failed enqueue is logged and the event is not sent (the known gap of at-least-once).
pub async fn emit(env: &Env, job: EventJob) {
    if let Err(error) = jobs::enqueue(env, &Job::Event(job)).await {
        worker::console_error!("event not queued ({})", error.code);
    }
}

/// Fans out a queue batch's events: each clinic's subscriptions are read once for the
/// whole batch (not once per event: a visitor message alone makes two events, and a
/// clinic with no subscriptions then costs one D1 read a batch, not two a message).
/// Returns one outcome per event, in order; a failed one is retried on its own, and a
/// retry records nothing twice (a delivery's id is its subscription's and the event's).
pub async fn fan_out_all(env: &Env, jobs: &[&EventJob]) -> Vec<AppResult<()>> {
    let mut subscriptions: Vec<(&str, AppResult<Vec<StoredSubscription>>)> = Vec::new();
    let mut outcomes = Vec::with_capacity(jobs.len());
    for job in jobs {
        let clinic_id = job.data.clinic_id.as_str();
        if !subscriptions.iter().any(|(id, _)| *id == clinic_id) {
            let read = store::events::subscriptions(env, clinic_id).await;
            subscriptions.push((clinic_id, read));
        }
        let outcome = match subscriptions.iter().find(|(id, _)| *id == clinic_id) {
            Some((_, Ok(stored))) => fan_out(env, job, stored).await,
            Some((_, Err(error))) => Err(AppError::internal("subscriptions", error.code)),
            None => Err(AppError::internal("subscriptions", "not read")),
        };
        outcomes.push(outcome);
    }
    outcomes
}

/// Records one delivery per subscription of `subscriptions` that wants the event, and
/// queues the new ones.
async fn fan_out(env: &Env, job: &EventJob, subscriptions: &[StoredSubscription]) -> AppResult<()> {
    let clinic_id = &job.data.clinic_id;
    let kind = job.kind.as_str();
    let matching: Vec<_> = subscriptions
        .iter()
        .filter(|stored| stored.subscription.events.iter().any(|e| e == kind))
        .collect();
    if matching.is_empty() {
        return Ok(());
    }
    let data = serde_json::to_string(&job.data).map_err(|e| AppError::internal("event", e))?;
    let now = crate::time::now_rfc3339();
    let ids: Vec<String> = matching
        .iter()
        .map(|stored| format!("{}_{}", stored.subscription.id, job.key))
        .collect();
    let rows: Vec<NewDelivery<'_>> = matching
        .iter()
        .zip(&ids)
        .map(|(stored, id)| NewDelivery {
            id,
            subscription_id: &stored.subscription.id,
            clinic_id,
            event_type: kind,
            occurred_at: &job.occurred_at,
            data: &data,
            text_seq: job.text_seq,
            created_at: &now,
        })
        .collect();
    let inserted = store::events::insert_deliveries(env, &rows).await?;
    for (id, new) in ids.into_iter().zip(inserted) {
        if new {
            queue_delivery(env, clinic_id, id).await?;
        }
    }
    Ok(())
}

/// Queues one attempt (a new delivery, or an admin's redelivery) of a recorded delivery.
pub async fn queue_delivery(env: &Env, clinic_id: &str, delivery_id: String) -> AppResult<()> {
    jobs::enqueue(
        env,
        &Job::Deliver(DeliverJob {
            clinic_id: clinic_id.to_owned(),
            delivery_id,
        }),
    )
    .await
}

/// Attempts one delivery; returns the delay before the next attempt, or `None` when
/// done (delivered, or its subscription or delivery is gone).
pub async fn deliver(env: &Env, job: &DeliverJob, age_seconds: f64) -> AppResult<Option<u32>> {
    let Some(stored) = store::events::delivery(env, &job.clinic_id, &job.delivery_id).await? else {
        return Ok(None);
    };
    let Some(subscription) =
        store::events::subscription(env, &job.clinic_id, &stored.subscription_id).await?
    else {
        return Ok(None);
    };
    let secret = WebhookSecret::parse(&subscription.secret)
        .map_err(|e| AppError::internal("subscription secret", e))?;
    let sub = &subscription.subscription;
    let data: EventData =
        serde_json::from_str(&stored.data).map_err(|e| AppError::internal("delivery data", e))?;
    let kind = EventType::parse(&stored.delivery.event)
        .ok_or_else(|| AppError::internal("delivery", "unknown event type"))?;
    let text = match stored.text_seq {
        Some(seq) if may_carry_text(sub.include_text, &sub.url) => {
            message_text(env, &data.conversation_id, seq).await?
        }
        _ => None,
    };
    let payload = EventPayload::for_subscription(
        kind,
        &stored.delivery.occurred_at,
        &data,
        text.as_deref(),
        sub.include_text,
        &sub.url,
    );
    let body = serde_json::to_string(&payload).map_err(|e| AppError::internal("event", e))?;
    let answer = crate::webhook_post::post(&sub.url, &secret, &stored.delivery.id, body, &[]).await;
    let at = crate::time::now_rfc3339();
    let (status, error, delivered) = match &answer {
        Ok(status) => (Some(*status), None, (200..300).contains(status)),
        // The runtime's own words, which name no patient data (the URL is the clinic's).
        Err(error) => (None, Some(error.as_str()), false),
    };
    store::events::record_attempt(env, &stored.delivery.id, &at, status, error, delivered).await?;
    Ok((!delivered).then(|| backoff_seconds(age_seconds)))
}

/// A message's text, if the conversation still holds it (retention and erasure win).
async fn message_text(env: &Env, conversation_id: &str, seq: u64) -> AppResult<Option<String>> {
    let Some(id) = ConversationId::parse(conversation_id) else {
        return Ok(None);
    };
    Ok(conversation_do::message(env, &id, seq)
        .await?
        .map(|message| message.text))
}

/// The events of a visitor message the inbox has indexed: `message.created` (its text
/// may go to a subscription that may carry it) and `conversation.triaged`. The consumer
/// fans them out in the batch that indexed the message (`fan_out_all`), with no queue
/// hop of their own.
pub fn visitor_message(job: &jobs::InboxJob) -> [EventJob; 2] {
    let data = EventData {
        seq: Some(job.seq),
        urgency: Some(job.urgency),
        department: Some(job.department),
        ..EventData::about(&job.clinic_id, job.conversation_id.as_str())
    };
    let message = EventData {
        author: Some("visitor".into()),
        ..data.clone()
    };
    let seq = job.seq.to_string();
    [
        EventJob::new(EventType::MessageCreated, &seq, message, Some(job.seq)),
        EventJob::new(EventType::ConversationTriaged, &seq, data, None),
    ]
}

/// Keys an event that can happen again to the same conversation by when it happened.
fn now_key() -> String {
    crate::time::now().timestamp_millis().to_string()
}

/// `conversation.created`, once per conversation.
pub async fn conversation_created(env: &Env, clinic_id: &str, conversation_id: &str) {
    let data = EventData::about(clinic_id, conversation_id);
    emit(
        env,
        EventJob::new(EventType::ConversationCreated, "0", data, None),
    )
    .await;
}

/// `message.created` for a staff reply (its text only where it may go).
pub async fn staff_message(env: &Env, clinic_id: &str, conversation_id: &str, seq: u64) {
    let data = EventData {
        seq: Some(seq),
        author: Some("staff".into()),
        ..EventData::about(clinic_id, conversation_id)
    };
    emit(
        env,
        EventJob::new(EventType::MessageCreated, &seq.to_string(), data, Some(seq)),
    )
    .await;
}

/// `conversation.assigned`: to a staff member, or released (`None`).
pub async fn assigned(env: &Env, clinic_id: &str, conversation_id: &str, to: Option<&str>) {
    let data = EventData {
        assigned_to: to.map(str::to_owned),
        ..EventData::about(clinic_id, conversation_id)
    };
    emit(
        env,
        EventJob::new(EventType::ConversationAssigned, &now_key(), data, None),
    )
    .await;
}

/// `conversation.resolved`.
pub async fn resolved(env: &Env, clinic_id: &str, conversation_id: &str) {
    let data = EventData::about(clinic_id, conversation_id);
    emit(
        env,
        EventJob::new(EventType::ConversationResolved, &now_key(), data, None),
    )
    .await;
}
