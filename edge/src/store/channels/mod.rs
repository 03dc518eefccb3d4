//! D1 for channels: which conversation a patient's address continues, provider message
//! ids (deduplication), the conversation's endpoint and opt-outs; outbound delivery states
//! are in `outbound.rs`.

mod outbound;

pub use outbound::{
    awaiting_receipt, deliveries, outbound, outbound_by_provider_id, queue_outbound, resend,
    undo_resend, update_delivery, DeliveryUpdate, Outbound, OutboundRecord,
};

use frontdesk_domain::ids::ConversationId;
use frontdesk_protocol::Channel;
use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement, Env};

use super::{bind, db, first, run, s};
use crate::error::AppResult;

/// The conversation a redelivered inbound message went to, if it was seen before.
pub async fn inbound_seen(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    provider_message_id: &str,
) -> AppResult<Option<ConversationId>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: ConversationId,
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
    pub address: &'a str,
    /// The provider's own timestamp (ms), when it gives one: the reply window runs from it.
    pub sent_at_ms: Option<i64>,
    pub now: &'a str,
}

/// Records an inbound message on `conversation_id` before it is stored, and returns the
/// conversation it belongs to: that one, or the one a concurrent delivery of the same
/// message recorded first.
pub async fn record_inbound(
    env: &Env,
    record: &InboundRecord<'_>,
    conversation_id: &ConversationId,
) -> AppResult<ConversationId> {
    let InboundRecord {
        clinic_id,
        channel,
        provider_message_id,
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
            s(conversation_id.as_str()),
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
        .unwrap_or_else(|| conversation_id.clone()))
}

/// The common case in one round trip: records an inbound message on the address's open
/// conversation and returns the conversation it belongs to (that one, or the one an earlier
/// delivery of the same message recorded). `None` when the address has no open
/// conversation; then the caller takes the long way (`inbound_seen`, a new thread,
/// `record_inbound`).
///
/// Issue 23: this replaced three sequential D1 round trips per message (seen, current
/// thread, insert, plus a second seen inside `record_inbound`), which cost a channel
/// message about twice a web message's CPU (BENCHMARKS.md "Channel webhooks").
/// `DO UPDATE` that changes nothing makes SQLite's `RETURNING` give the row that won.
pub async fn record_inbound_on_open_thread(
    env: &Env,
    record: &InboundRecord<'_>,
) -> AppResult<Option<ConversationId>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: ConversationId,
    }
    let InboundRecord {
        clinic_id,
        channel,
        provider_message_id,
        address,
        sent_at_ms,
        now,
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
) -> AppResult<Option<(ConversationId, bool)>> {
    #[derive(Deserialize)]
    struct Row {
        conversation_id: ConversationId,
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
    expected: Option<&ConversationId>,
    conversation_id: &ConversationId,
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
                s(conversation_id.as_str()),
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
                s(conversation_id.as_str()),
                s(expected.as_str()),
            ],
        )?,
    };
    Ok(run(statement, "swap thread").await? == 1)
}

/// Marks a new conversation as one on `channel` with the patient's `address`.
pub async fn set_channel(
    env: &Env,
    conversation_id: &ConversationId,
    channel: Channel,
    address: &str,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare("UPDATE conversations SET channel = ?2, address = ?3 WHERE id = ?1"),
        &[s(conversation_id.as_str()), s(channel.as_str()), s(address)],
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
    conversation_id: &ConversationId,
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
        &[s(conversation_id.as_str()), s(clinic_id)],
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

/// Deletes an erased conversation's channel rows (addresses are personal data), for the
/// erase batch.
pub(super) fn forget_statements(
    db: &D1Database,
    conversation_id: &ConversationId,
) -> AppResult<Vec<D1PreparedStatement>> {
    [
        "DELETE FROM channel_messages WHERE conversation_id = ?1",
        "DELETE FROM channel_threads WHERE conversation_id = ?1",
    ]
    .into_iter()
    .map(|sql| bind(db.prepare(sql), &[s(conversation_id.as_str())]))
    .collect()
}
