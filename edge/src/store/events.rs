//! Event subscriptions and their deliveries (`event_subscriptions`, `event_deliveries`).

use frontdesk_protocol::{EventDelivery, Subscription};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::Env;

use super::{all, batch, bind, db, decode_json, first, n, opt, run, s};
use crate::error::AppResult;

#[derive(Deserialize)]
struct SubscriptionRow {
    id: String,
    url: String,
    events: String,
    include_text: u32,
    secret: String,
    created_at: String,
    created_by: String,
}

/// A stored subscription, with its secret (never listed; signs its deliveries).
#[derive(Debug, Clone)]
pub struct StoredSubscription {
    pub subscription: Subscription,
    pub secret: String,
}

impl SubscriptionRow {
    fn into_stored(self) -> AppResult<StoredSubscription> {
        Ok(StoredSubscription {
            subscription: Subscription {
                events: decode_json(&self.events, "subscription events")?,
                id: self.id,
                url: self.url,
                include_text: self.include_text != 0,
                created_at: self.created_at,
                created_by: self.created_by,
                secret: None,
            },
            secret: self.secret,
        })
    }
}

const SUBSCRIPTION_COLUMNS: &str = "id, url, events, include_text, secret, created_at, created_by";

/// A clinic's subscriptions, oldest first.
pub async fn subscriptions(env: &Env, clinic_id: &str) -> AppResult<Vec<StoredSubscription>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM event_subscriptions WHERE clinic_id = ?1 \
             ORDER BY created_at, id LIMIT 100"
        )),
        &[s(clinic_id)],
    )?;
    all::<SubscriptionRow>(statement, "subscriptions")
        .await?
        .into_iter()
        .map(SubscriptionRow::into_stored)
        .collect()
}

/// One subscription of a clinic.
pub async fn subscription(
    env: &Env,
    clinic_id: &str,
    id: &str,
) -> AppResult<Option<StoredSubscription>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM event_subscriptions \
             WHERE id = ?1 AND clinic_id = ?2"
        )),
        &[s(id), s(clinic_id)],
    )?;
    first::<SubscriptionRow>(statement, "subscription")
        .await?
        .map(SubscriptionRow::into_stored)
        .transpose()
}

/// Stores a subscription unless the clinic already holds `max` (one conditional insert,
/// so parallel creations can't pass the cap). Returns false when it is full.
pub async fn insert_subscription(
    env: &Env,
    clinic_id: &str,
    stored: &StoredSubscription,
    max: usize,
) -> AppResult<bool> {
    let sub = &stored.subscription;
    let events = serde_json::to_string(&sub.events).unwrap_or_else(|_| "[]".into());
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO event_subscriptions \
             (id, clinic_id, url, events, include_text, secret, created_at, created_by) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 \
             WHERE (SELECT COUNT(*) FROM event_subscriptions WHERE clinic_id = ?2) < ?9",
        ),
        &[
            s(&sub.id),
            s(clinic_id),
            s(&sub.url),
            s(&events),
            n(u64::from(sub.include_text)),
            s(&stored.secret),
            s(&sub.created_at),
            s(&sub.created_by),
            n(max as u64),
        ],
    )?;
    Ok(run(statement, "insert subscription").await? > 0)
}

/// Deletes a subscription and its delivery log, in one transaction.
pub async fn delete_subscription(env: &Env, clinic_id: &str, id: &str) -> AppResult<()> {
    let db = db(env)?;
    let deliveries = bind(
        db.prepare("DELETE FROM event_deliveries WHERE subscription_id = ?1 AND clinic_id = ?2"),
        &[s(id), s(clinic_id)],
    )?;
    let subscription = bind(
        db.prepare("DELETE FROM event_subscriptions WHERE id = ?1 AND clinic_id = ?2"),
        &[s(id), s(clinic_id)],
    )?;
    batch(&db, vec![deliveries, subscription], "delete subscription").await?;
    Ok(())
}

/// A delivery to record: one event for one subscription.
pub struct NewDelivery<'a> {
    pub id: &'a str,
    pub subscription_id: &'a str,
    pub clinic_id: &'a str,
    pub event_type: &'a str,
    pub occurred_at: &'a str,
    pub data: &'a str,
    pub text_seq: Option<u64>,
    pub created_at: &'a str,
}

/// Records deliveries; one already recorded (a fan-out job run again, an event emitted
/// twice) stays as it is. Returns, per delivery, whether it is new.
pub async fn insert_deliveries(env: &Env, deliveries: &[NewDelivery<'_>]) -> AppResult<Vec<bool>> {
    if deliveries.is_empty() {
        return Ok(Vec::new());
    }
    let db = db(env)?;
    let mut statements = Vec::with_capacity(deliveries.len());
    for delivery in deliveries {
        statements.push(bind(
            db.prepare(
                "INSERT OR IGNORE INTO event_deliveries \
                 (id, subscription_id, clinic_id, event_type, occurred_at, data, text_seq, \
                  created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            ),
            &[
                s(delivery.id),
                s(delivery.subscription_id),
                s(delivery.clinic_id),
                s(delivery.event_type),
                s(delivery.occurred_at),
                s(delivery.data),
                delivery.text_seq.map_or(JsValue::NULL, n),
                s(delivery.created_at),
            ],
        )?);
    }
    let results = batch(&db, statements, "insert deliveries").await?;
    Ok(results
        .iter()
        .map(|result| {
            result
                .meta()
                .ok()
                .flatten()
                .and_then(|meta| meta.changes)
                .unwrap_or(0)
                > 0
        })
        .collect())
}

#[derive(Deserialize)]
struct DeliveryRow {
    id: String,
    subscription_id: String,
    event_type: String,
    occurred_at: String,
    data: String,
    text_seq: Option<u64>,
    attempts: u32,
    last_status: Option<u16>,
    last_error: Option<String>,
    last_attempt_at: Option<String>,
    delivered_at: Option<String>,
}

/// A stored delivery, with what its attempts need.
pub struct StoredDelivery {
    pub delivery: EventDelivery,
    pub subscription_id: String,
    pub data: String,
    pub text_seq: Option<u64>,
}

impl DeliveryRow {
    fn into_stored(self) -> StoredDelivery {
        StoredDelivery {
            delivery: EventDelivery {
                id: self.id,
                event: self.event_type,
                occurred_at: self.occurred_at,
                attempts: self.attempts,
                last_status: self.last_status,
                last_error: self.last_error,
                last_attempt_at: self.last_attempt_at,
                delivered_at: self.delivered_at,
            },
            subscription_id: self.subscription_id,
            data: self.data,
            text_seq: self.text_seq,
        }
    }
}

const DELIVERY_COLUMNS: &str = "id, subscription_id, event_type, occurred_at, data, text_seq, \
     attempts, last_status, last_error, last_attempt_at, delivered_at";

/// One delivery of a clinic.
pub async fn delivery(env: &Env, clinic_id: &str, id: &str) -> AppResult<Option<StoredDelivery>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {DELIVERY_COLUMNS} FROM event_deliveries WHERE id = ?1 AND clinic_id = ?2"
        )),
        &[s(id), s(clinic_id)],
    )?;
    Ok(first::<DeliveryRow>(statement, "delivery")
        .await?
        .map(DeliveryRow::into_stored))
}

/// A subscription's latest deliveries, newest first.
pub async fn deliveries(
    env: &Env,
    clinic_id: &str,
    subscription_id: &str,
) -> AppResult<Vec<EventDelivery>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {DELIVERY_COLUMNS} FROM event_deliveries \
             WHERE subscription_id = ?1 AND clinic_id = ?2 \
             ORDER BY created_at DESC, id DESC LIMIT 100"
        )),
        &[s(subscription_id), s(clinic_id)],
    )?;
    Ok(all::<DeliveryRow>(statement, "deliveries")
        .await?
        .into_iter()
        .map(|row| row.into_stored().delivery)
        .collect())
}

/// Records one attempt: the receiver's status or why none came, and when it succeeded.
pub async fn record_attempt(
    env: &Env,
    id: &str,
    at: &str,
    status: Option<u16>,
    error: Option<&str>,
    delivered: bool,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE event_deliveries SET attempts = attempts + 1, last_status = ?2, \
               last_error = ?3, last_attempt_at = ?4, \
               delivered_at = CASE WHEN ?5 = 1 THEN ?4 ELSE delivered_at END \
             WHERE id = ?1",
        ),
        &[
            s(id),
            status.map_or(JsValue::NULL, |v| n(u64::from(v))),
            opt(error),
            s(at),
            n(u64::from(delivered)),
        ],
    )?;
    run(statement, "record attempt").await?;
    Ok(())
}
