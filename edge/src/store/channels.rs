//! D1 for channels: which conversation a patient's address continues, provider message
//! ids (deduplication), outbound delivery states, and opt-outs.

use frontdesk_domain::channels::receipts::SentMessage;
use frontdesk_protocol::{Channel, Delivery, DeliveryStatus};
use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement, Env};

use super::{all, bind, db, first, n, opt, run, s};
use crate::error::AppResult;

/// The conversation a redelivered inbound message went to, if it was seen before.
pub async fn inbound_seen(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    provider_message_id: &str,
) -> AppResult<Option<String>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT conversation_id FROM channel_messages \
             WHERE clinic_id = ?1 AND channel = ?2 AND provider_message_id = ?3",
        ),
        &[s(clinic_id), s(channel.as_str()), s(provider_message_id)],
    )?;
    Ok(first::<Row>(statement, "channel message seen")
        .await?
        .map(|row| row.conversation_id))
}

/// An inbound message as first recorded.
#[derive(Debug)]
pub struct InboundRecord<'a> {
    pub clinic_id: &'a str,
    pub channel: Channel,
    pub provider_message_id: &'a str,
    pub conversation_id: &'a str,
    pub address: &'a str,
    /// The provider's own timestamp (ms), when it gives one: the reply window runs from it.
    pub sent_at_ms: Option<i64>,
    pub now: &'a str,
}

/// Records an inbound message before it is stored, and returns the conversation it
/// belongs to: `conversation_id`, or the one a concurrent delivery of the same message
/// recorded first.
pub async fn record_inbound(env: &Env, record: &InboundRecord<'_>) -> AppResult<String> {
    let InboundRecord {
        clinic_id,
        channel,
        provider_message_id,
        conversation_id,
        address,
        sent_at_ms,
        now,
    } = *record;
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO channel_messages (clinic_id, channel, provider_message_id, \
             conversation_id, direction, address, status, created_at, updated_at, sent_at_ms) \
             VALUES (?1, ?2, ?3, ?4, 'inbound', ?5, 'received', ?6, ?6, ?7) \
             ON CONFLICT (clinic_id, channel, provider_message_id) DO NOTHING",
        ),
        &[
            s(clinic_id),
            s(channel.as_str()),
            s(provider_message_id),
            s(conversation_id),
            s(address),
            s(now),
            sent_at_ms.map_or(wasm_bindgen::JsValue::NULL, |ms| {
                wasm_bindgen::JsValue::from_f64(ms as f64)
            }),
        ],
    )?;
    run(statement, "record inbound").await?;
    Ok(inbound_seen(env, clinic_id, channel, provider_message_id)
        .await?
        .unwrap_or_else(|| conversation_id.to_owned()))
}

/// The common case in one round trip: records an inbound message on the address's open
/// conversation and returns the conversation it belongs to (that one, or the one an earlier
/// delivery of the same message recorded). `None` when the address has no open
/// conversation; then the caller takes the long way (`inbound_seen`, a new thread,
/// `record_inbound`). `conversation_id` in `record` is ignored.
///
/// Issue 23: this replaced three sequential D1 round trips per message (seen, current
/// thread, insert, plus a second seen inside `record_inbound`), which cost a channel
/// message about twice a web message's CPU (BENCHMARKS.md "Channel webhooks").
/// `DO UPDATE` that changes nothing makes SQLite's `RETURNING` give the row that won.
pub async fn record_inbound_on_open_thread(
    env: &Env,
    record: &InboundRecord<'_>,
) -> AppResult<Option<String>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: String,
    }
    let InboundRecord {
        clinic_id,
        channel,
        provider_message_id,
        address,
        sent_at_ms,
        now,
        ..
    } = *record;
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO channel_messages (clinic_id, channel, provider_message_id, \
             conversation_id, direction, address, status, created_at, updated_at, sent_at_ms) \
             SELECT ?1, ?2, ?3, t.conversation_id, 'inbound', ?4, 'received', ?5, ?5, ?6 \
             FROM channel_threads t JOIN conversations c ON c.id = t.conversation_id \
             WHERE t.clinic_id = ?1 AND t.channel = ?2 AND t.address = ?4 \
               AND c.status <> 'resolved' \
             ON CONFLICT (clinic_id, channel, provider_message_id) \
             DO UPDATE SET updated_at = channel_messages.updated_at \
             RETURNING conversation_id",
        ),
        &[
            s(clinic_id),
            s(channel.as_str()),
            s(provider_message_id),
            s(address),
            s(now),
            sent_at_ms.map_or(wasm_bindgen::JsValue::NULL, |ms| {
                wasm_bindgen::JsValue::from_f64(ms as f64)
            }),
        ],
    )?;
    Ok(first::<Row>(statement, "record inbound on open thread")
        .await?
        .map(|row| row.conversation_id))
}

/// The provider's timestamp (ms) of the address's latest message on the channel: where
/// the customer-service window starts. `None` when it never wrote (or gave no time).
pub async fn last_inbound_ms(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
) -> AppResult<Option<i64>> {
    #[derive(Deserialize)]
    struct Row {
        last: Option<f64>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT MAX(sent_at_ms) AS last FROM channel_messages \
             WHERE clinic_id = ?1 AND channel = ?2 AND address = ?3 AND direction = 'inbound'",
        ),
        &[s(clinic_id), s(channel.as_str()), s(address)],
    )?;
    Ok(first::<Row>(statement, "last inbound")
        .await?
        .and_then(|row| row.last)
        .map(|ms| ms as i64))
}

/// The conversation the address's messages go to now, and whether it is resolved.
pub async fn current_thread(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
) -> AppResult<Option<(String, bool)>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: String,
        status: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT t.conversation_id, c.status FROM channel_threads t \
             LEFT JOIN conversations c ON c.id = t.conversation_id \
             WHERE t.clinic_id = ?1 AND t.channel = ?2 AND t.address = ?3",
        ),
        &[s(clinic_id), s(channel.as_str()), s(address)],
    )?;
    Ok(first::<Row>(statement, "current thread").await?.map(|row| {
        // An erased conversation has no row any more: it counts as finished.
        let finished = row.status.as_deref().is_none_or(|s| s == "resolved");
        (row.conversation_id, finished)
    }))
}

/// Points the address at `conversation_id` if it still points at `expected` (or at
/// nothing when `expected` is `None`). Returns whether this call moved it.
pub async fn swap_thread(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
    expected: Option<&str>,
    conversation_id: &str,
) -> AppResult<bool> {
    let db = db(env)?;
    let statement = match expected {
        None => bind(
            db.prepare(
                "INSERT INTO channel_threads (clinic_id, channel, address, conversation_id) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
            ),
            &[
                s(clinic_id),
                s(channel.as_str()),
                s(address),
                s(conversation_id),
            ],
        )?,
        Some(expected) => bind(
            db.prepare(
                "UPDATE channel_threads SET conversation_id = ?4 \
                 WHERE clinic_id = ?1 AND channel = ?2 AND address = ?3 AND conversation_id = ?5",
            ),
            &[
                s(clinic_id),
                s(channel.as_str()),
                s(address),
                s(conversation_id),
                s(expected),
            ],
        )?,
    };
    Ok(run(statement, "swap thread").await? == 1)
}

/// Marks a new conversation as one on `channel` with the patient's `address`.
pub async fn set_channel(
    env: &Env,
    conversation_id: &str,
    channel: Channel,
    address: &str,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare("UPDATE conversations SET channel = ?2, address = ?3 WHERE id = ?1"),
        &[s(conversation_id), s(channel.as_str()), s(address)],
    )?;
    run(statement, "set channel").await?;
    Ok(())
}

/// A conversation's channel, the patient's address there, and whether it opted out.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub channel: Channel,
    pub address: Option<String>,
    pub opted_out: bool,
}

/// Where one of the clinic's conversations happens; `None` for an unknown conversation.
pub async fn endpoint(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
) -> AppResult<Option<Endpoint>> {
    #[derive(Deserialize)]
    struct Row {
        channel: String,
        address: Option<String>,
        opted_out_at: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT c.channel, c.address, o.opted_out_at FROM conversations c \
             LEFT JOIN channel_opt_outs o ON o.clinic_id = c.clinic_id \
               AND o.channel = c.channel AND o.address = c.address \
             WHERE c.id = ?1 AND c.clinic_id = ?2",
        ),
        &[s(conversation_id), s(clinic_id)],
    )?;
    first::<Row>(statement, "conversation endpoint")
        .await?
        .map(|row| {
            Endpoint::from_columns(Some(&row.channel), row.address, row.opted_out_at.is_some())
        })
        .transpose()
}

impl Endpoint {
    /// An endpoint from a conversation row's columns; an unreadable channel is an error,
    /// not the web (a reply must not skip a channel's rules).
    pub fn from_columns(
        channel: Option<&str>,
        address: Option<String>,
        opted_out: bool,
    ) -> AppResult<Endpoint> {
        let channel = super::decode(channel.unwrap_or_default(), Channel::parse, "channel")?;
        Ok(Endpoint {
            channel,
            address,
            opted_out,
        })
    }
}

/// Whether `address` opted out of `channel` at the clinic (texted STOP, not START since).
pub async fn opted_out(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
) -> AppResult<bool> {
    #[derive(Deserialize)]
    struct Row {
        #[allow(dead_code)]
        opted_out_at: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT opted_out_at FROM channel_opt_outs \
             WHERE clinic_id = ?1 AND channel = ?2 AND address = ?3",
        ),
        &[s(clinic_id), s(channel.as_str()), s(address)],
    )?;
    Ok(first::<Row>(statement, "opted out").await?.is_some())
}

/// Records an opt-out (`keyword`: what the patient sent) or, with `None`, an opt-in.
pub async fn set_opt_out(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
    keyword: Option<&str>,
    now: &str,
) -> AppResult<()> {
    let db = db(env)?;
    let statement = match keyword {
        Some(keyword) => bind(
            db.prepare(
                "INSERT INTO channel_opt_outs (clinic_id, channel, address, keyword, opted_out_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
            ),
            &[
                s(clinic_id),
                s(channel.as_str()),
                s(address),
                s(keyword),
                s(now),
            ],
        )?,
        None => bind(
            db.prepare(
                "DELETE FROM channel_opt_outs WHERE clinic_id = ?1 AND channel = ?2 AND address = ?3",
            ),
            &[s(clinic_id), s(channel.as_str()), s(address)],
        )?,
    };
    run(statement, "opt out").await?;
    Ok(())
}

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

pub async fn outbound(env: &Env, conversation_id: &str, seq: u64) -> AppResult<Option<Outbound>> {
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
        &[s(conversation_id), n(seq)],
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
) -> AppResult<Option<(String, u64)>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: String,
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
    pub conversation_id: &'a str,
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
            s(update.conversation_id),
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
    conversation_id: &str,
) -> AppResult<Vec<Delivery>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT seq, status, reason, updated_at, attempt FROM channel_messages \
             WHERE clinic_id = ?1 AND conversation_id = ?2 AND direction = 'outbound' \
             ORDER BY seq",
        ),
        &[s(clinic_id), s(conversation_id)],
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
    conversation_id: &str,
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
        &[s(clinic_id), s(conversation_id)],
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
    conversation_id: &str,
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
            s(conversation_id),
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
    conversation_id: &str,
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
            s(conversation_id),
            n(seq),
            n(u64::from(attempt)),
            opt(reason),
        ],
    )?;
    run(statement, "undo resend").await?;
    Ok(())
}

/// Deletes an erased conversation's channel rows (addresses are personal data), for the
/// erase batch.
pub(super) fn forget_statements(
    db: &D1Database,
    conversation_id: &str,
) -> AppResult<Vec<D1PreparedStatement>> {
    [
        "DELETE FROM channel_messages WHERE conversation_id = ?1",
        "DELETE FROM channel_threads WHERE conversation_id = ?1",
    ]
    .into_iter()
    .map(|sql| bind(db.prepare(sql), &[s(conversation_id)]))
    .collect()
}
