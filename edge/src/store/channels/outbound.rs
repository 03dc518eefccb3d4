//! D1 for a channel's outbound messages: queued, sent, their delivery states (which only
//! move forward, by `rank`), the delivery marks staff see, Messenger's receipts by
//! watermark, and a resend's compare-and-swap on its attempt.

use frontdesk_domain::channels::receipts::SentMessage;
use frontdesk_domain::ids::ConversationId;
use frontdesk_protocol::{Channel, Delivery, DeliveryStatus};
use serde::Deserialize;
use worker::Env;

use super::super::{all, bind, db, first, n, opt, run, s};
use crate::error::AppResult;

/// The order statuses move in, as `domain::channels::DeliveryState::advance` has it: a
/// late `sent` never replaces `delivered`, and `failed` and `delivered` are both final.
fn rank(status: DeliveryStatus) -> u64 {
    u64::from(status.rank())
}

/// An outbound message to queue.
#[derive(Debug)]
pub struct OutboundRecord<'a> {
    pub clinic_id: &'a str,
    pub channel: Channel,
    pub conversation_id: &'a str,
    pub seq: u64,
    pub address: &'a str,
    /// The approved template it goes out as (JSON), or `None` for its text.
    pub template: Option<&'a str>,
    pub now: &'a str,
}

/// Queues an outbound message for delivery (once per message).
pub async fn queue_outbound(env: &Env, record: &OutboundRecord<'_>) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO channel_messages (clinic_id, channel, conversation_id, seq, direction, \
             address, status, created_at, updated_at, template) \
             VALUES (?1, ?2, ?3, ?4, 'outbound', ?5, 'queued', ?6, ?6, ?7) \
             ON CONFLICT (conversation_id, seq) WHERE direction = 'outbound' DO NOTHING",
        ),
        &[
            s(record.clinic_id),
            s(record.channel.as_str()),
            s(record.conversation_id),
            n(record.seq),
            s(record.address),
            s(record.now),
            opt(record.template),
        ],
    )?;
    run(statement, "queue outbound").await?;
    Ok(())
}

/// One outbound message's row.
#[derive(Debug, Clone)]
pub struct Outbound {
    pub clinic_id: String,
    pub channel: Channel,
    pub address: String,
    pub status: DeliveryStatus,
    pub provider_message_id: Option<String>,
    /// The approved template (JSON) it goes out as, instead of its text.
    pub template: Option<String>,
    /// Which send this is (1, then one more per resend).
    pub attempt: u32,
    pub reason: Option<String>,
}

pub async fn outbound(
    env: &Env,
    conversation_id: &ConversationId,
    seq: u64,
) -> AppResult<Option<Outbound>> {
    #[derive(Deserialize)]
    struct Row {
        clinic_id: String,
        channel: String,
        address: String,
        status: String,
        provider_message_id: Option<String>,
        template: Option<String>,
        attempt: f64,
        reason: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT clinic_id, channel, address, status, provider_message_id, template, \
             attempt, reason FROM channel_messages \
             WHERE conversation_id = ?1 AND seq = ?2 AND direction = 'outbound'",
        ),
        &[s(conversation_id.as_str()), n(seq)],
    )?;
    Ok(first::<Row>(statement, "outbound")
        .await?
        .map(|row| Outbound {
            clinic_id: row.clinic_id,
            channel: Channel::parse(&row.channel).unwrap_or_default(),
            address: row.address,
            status: DeliveryStatus::parse(&row.status).unwrap_or(DeliveryStatus::Queued),
            provider_message_id: row.provider_message_id,
            template: row.template,
            attempt: row.attempt as u32,
            reason: row.reason,
        }))
}

/// The outbound message the provider knows by `provider_message_id` (WhatsApp statuses
/// name only that): its conversation and seq.
pub async fn outbound_by_provider_id(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    provider_message_id: &str,
) -> AppResult<Option<(ConversationId, u64)>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: ConversationId,
        seq: f64,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT conversation_id, seq FROM channel_messages \
             WHERE clinic_id = ?1 AND channel = ?2 AND provider_message_id = ?3 \
               AND direction = 'outbound'",
        ),
        &[s(clinic_id), s(channel.as_str()), s(provider_message_id)],
    )?;
    Ok(first::<Row>(statement, "outbound by provider id")
        .await?
        .map(|row| (row.conversation_id, row.seq as u64)))
}

/// A change to an outbound message's delivery.
#[derive(Debug)]
pub struct DeliveryUpdate<'a> {
    pub clinic_id: &'a str,
    pub conversation_id: &'a ConversationId,
    pub seq: u64,
    pub status: DeliveryStatus,
    /// The provider's id for the message, once known.
    pub provider_message_id: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub now: &'a str,
    /// The send attempt this update is about, when the caller knows it (a queue job, a
    /// status callback naming it): an earlier attempt's news never touches a resend.
    pub attempt: Option<u32>,
    /// When the accepted send was handed to the provider (ms since the epoch, our clock),
    /// kept in `sent_at_ms`: Messenger's receipts cover messages sent up to a watermark.
    pub handed_at_ms: Option<i64>,
}

/// Moves a delivery forward (never back or sideways: see [`rank`]; the same status may
/// update its reason); the provider's id is kept once known. Returns whether a row of the
/// clinic matched.
pub async fn update_delivery(
    env: &Env,
    update: &DeliveryUpdate<'_>,
) -> AppResult<Option<Delivery>> {
    // SQLite reads the old row in every SET expression, so each CASE sees the old values.
    let statement = bind(
        db(env)?.prepare(
            "UPDATE channel_messages SET \
               provider_message_id = COALESCE(provider_message_id, ?4), \
               status = CASE WHEN status_rank < ?6 OR status = ?5 THEN ?5 ELSE status END, \
               reason = CASE WHEN status_rank < ?6 OR status = ?5 THEN ?7 ELSE reason END, \
               updated_at = CASE WHEN status_rank < ?6 OR status = ?5 THEN ?8 ELSE updated_at END, \
               status_rank = MAX(status_rank, ?6), \
               sent_at_ms = COALESCE(?10, sent_at_ms) \
             WHERE clinic_id = ?1 AND conversation_id = ?2 AND seq = ?3 AND direction = 'outbound' \
               AND (?9 IS NULL OR attempt = ?9) \
             RETURNING seq, status, reason, updated_at, attempt",
        ),
        &[
            s(update.clinic_id),
            s(update.conversation_id.as_str()),
            n(update.seq),
            opt(update.provider_message_id),
            s(update.status.as_str()),
            n(rank(update.status)),
            opt(update.reason),
            s(update.now),
            update
                .attempt
                .map_or(wasm_bindgen::JsValue::NULL, |attempt| n(u64::from(attempt))),
            update
                .handed_at_ms
                .map_or(wasm_bindgen::JsValue::NULL, |ms| {
                    wasm_bindgen::JsValue::from_f64(ms as f64)
                }),
        ],
    )?;
    Ok(first::<DeliveryRow>(statement, "update delivery")
        .await?
        .map(DeliveryRow::delivery))
}

/// An outbound row's delivery columns.
#[derive(Deserialize)]
struct DeliveryRow {
    seq: f64,
    status: String,
    reason: Option<String>,
    updated_at: String,
    attempt: f64,
}

impl DeliveryRow {
    fn delivery(self) -> Delivery {
        Delivery {
            seq: self.seq as u64,
            status: DeliveryStatus::parse(&self.status).unwrap_or(DeliveryStatus::Queued),
            reason: self.reason,
            updated_at: self.updated_at,
            attempt: self.attempt as u32,
        }
    }
}

/// The delivery state of each outbound message of a conversation, by `seq`.
pub async fn deliveries(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Vec<Delivery>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT seq, status, reason, updated_at, attempt FROM channel_messages \
             WHERE clinic_id = ?1 AND conversation_id = ?2 AND direction = 'outbound' \
             ORDER BY seq",
        ),
        &[s(clinic_id), s(conversation_id.as_str())],
    )?;
    Ok(all::<DeliveryRow>(statement, "deliveries")
        .await?
        .into_iter()
        .map(DeliveryRow::delivery)
        .collect())
}

/// The conversation's outbound messages a receipt by watermark may still move (handed to
/// the provider, not yet read, not failed), for `domain::channels::receipts`.
pub async fn awaiting_receipt(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Vec<SentMessage>> {
    #[derive(Deserialize)]
    struct Row {
        seq: f64,
        status: String,
        attempt: f64,
        sent_at_ms: Option<f64>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT seq, status, attempt, sent_at_ms FROM channel_messages \
             WHERE conversation_id = ?2 AND direction = 'outbound' AND clinic_id = ?1 \
               AND status IN ('queued', 'sent', 'delivered') ORDER BY seq",
        ),
        &[s(clinic_id), s(conversation_id.as_str())],
    )?;
    Ok(all::<Row>(statement, "awaiting receipt")
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(SentMessage {
                seq: row.seq as u64,
                status: DeliveryStatus::parse(&row.status)?,
                attempt: row.attempt as u32,
                handed_at_ms: row.sent_at_ms.map(|ms| ms as i64),
            })
        })
        .collect())
}

/// Moves a failed outbound message back to `queued` as send number `attempt`, only if it
/// is still failed on the attempt before (compare-and-swap: a repeated or concurrent
/// resend of the same attempt changes nothing). The earlier attempt's provider id is
/// dropped, so its late statuses find nothing. Returns whether this call moved it.
pub async fn resend(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    seq: u64,
    attempt: u32,
    now: &str,
) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE channel_messages SET status = 'queued', status_rank = 0, reason = NULL, \
               provider_message_id = NULL, attempt = ?4, updated_at = ?5 \
             WHERE clinic_id = ?1 AND conversation_id = ?2 AND seq = ?3 \
               AND direction = 'outbound' AND status = 'failed' AND attempt = ?4 - 1",
        ),
        &[
            s(clinic_id),
            s(conversation_id.as_str()),
            n(seq),
            n(u64::from(attempt)),
            s(now),
        ],
    )?;
    Ok(run(statement, "resend").await? == 1)
}

/// Undoes [`resend`] when its job could not be queued: failed again on the attempt
/// before, with its reason, so staff can ask once more.
pub async fn undo_resend(
    env: &Env,
    conversation_id: &ConversationId,
    seq: u64,
    attempt: u32,
    reason: Option<&str>,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE channel_messages SET status = 'failed', status_rank = 2, reason = ?4, \
               attempt = ?3 - 1 \
             WHERE conversation_id = ?1 AND seq = ?2 AND direction = 'outbound' \
               AND status = 'queued' AND attempt = ?3 AND provider_message_id IS NULL",
        ),
        &[
            s(conversation_id.as_str()),
            n(seq),
            n(u64::from(attempt)),
            opt(reason),
        ],
    )?;
    run(statement, "undo resend").await?;
    Ok(())
}
