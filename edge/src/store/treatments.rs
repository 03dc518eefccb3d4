//! Treatment events (`treatment_events`): each schedules one survey; the hourly round
//! takes the due ones.

use serde::Deserialize;
use worker::Env;

use super::{all, bind, db, first, n, run, s};
use crate::error::AppResult;
use crate::ids::ConversationId;

/// A new event as stored.
pub struct NewEvent<'a> {
    pub clinic_id: &'a str,
    pub event_id: &'a str,
    pub conversation_id: &'a str,
    pub key_id: &'a str,
    pub performed_at: &'a str,
    pub due_at: &'a str,
    pub now: &'a str,
    /// Where the survey's status callbacks go and its link opens (`channel_send::Callback`).
    pub callback_base: &'a str,
}

/// An event already stored under its id: where its survey goes, and when.
#[derive(Debug, Deserialize)]
pub struct StoredEvent {
    pub conversation_id: ConversationId,
    pub due_at: String,
}

/// Stores the event unless the clinic has one with this id: `None` when stored, else
/// the one stored first (the caller's resend).
pub async fn insert(env: &Env, event: &NewEvent<'_>) -> AppResult<Option<StoredEvent>> {
    let db = db(env)?;
    let insert = bind(
        db.prepare(
            "INSERT INTO treatment_events \
               (clinic_id, event_id, conversation_id, key_id, performed_at, due_at, created_at, \
                callback_base) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
             ON CONFLICT (clinic_id, event_id) DO NOTHING",
        ),
        &[
            s(event.clinic_id),
            s(event.event_id),
            s(event.conversation_id),
            s(event.key_id),
            s(event.performed_at),
            s(event.due_at),
            s(event.now),
            s(event.callback_base),
        ],
    )?;
    if run(insert, "insert treatment event").await? > 0 {
        return Ok(None);
    }
    let existing = bind(
        db.prepare(
            "SELECT conversation_id, due_at FROM treatment_events \
             WHERE clinic_id = ?1 AND event_id = ?2",
        ),
        &[s(event.clinic_id), s(event.event_id)],
    )?;
    first(existing, "treatment event").await
}

/// A due event: its id, its conversation and where its survey's callbacks go.
pub struct Due {
    pub event_id: String,
    pub conversation_id: ConversationId,
    pub callback_base: Option<String>,
}

/// Due events of a clinic not yet taken, oldest first.
pub async fn due(env: &Env, clinic_id: &str, now: &str, limit: u32) -> AppResult<Vec<Due>> {
    #[derive(Deserialize)]
    struct Row {
        event_id: String,
        conversation_id: ConversationId,
        callback_base: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT event_id, conversation_id, callback_base FROM treatment_events \
             WHERE clinic_id = ?1 AND sent_at IS NULL AND due_at <= ?2 \
             ORDER BY due_at LIMIT ?3",
        ),
        &[s(clinic_id), s(now), n(u64::from(limit))],
    )?;
    Ok(all::<Row>(statement, "due treatment events")
        .await?
        .into_iter()
        .map(|row| Due {
            event_id: row.event_id,
            conversation_id: row.conversation_id,
            callback_base: row.callback_base,
        })
        .collect())
}

/// Takes a due event for sending: true for the one round whose update changed it.
pub async fn take(env: &Env, clinic_id: &str, event_id: &str, now: &str) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE treatment_events SET sent_at = ?3 \
             WHERE clinic_id = ?1 AND event_id = ?2 AND sent_at IS NULL",
        ),
        &[s(clinic_id), s(event_id), s(now)],
    )?;
    Ok(run(statement, "take treatment event").await? > 0)
}
