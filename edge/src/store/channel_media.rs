//! D1 for inbound channel media: which items of a patient's message are done (stored,
//! or marked as not fetchable), so none is fetched twice. Erasure deletes a
//! conversation's rows with its other tables (`retention::delete_conversation`).

use frontdesk_domain::ids::ConversationId;
use frontdesk_protocol::Channel;
use serde::Deserialize;
use worker::Env;

use super::{bind, db, first, n, run, s};
use crate::error::AppResult;

/// One media item: its message at the provider and its place in it.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub clinic_id: &'a str,
    pub channel: Channel,
    pub provider_message_id: &'a str,
    pub position: u32,
}

/// Whether the item was already stored or marked.
pub async fn done(env: &Env, item: &Item<'_>) -> AppResult<bool> {
    #[derive(Deserialize)]
    struct Row {
        #[allow(dead_code)]
        outcome: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT outcome FROM channel_media WHERE clinic_id = ?1 AND channel = ?2 \
             AND provider_message_id = ?3 AND position = ?4",
        ),
        &[
            s(item.clinic_id),
            s(item.channel.as_str()),
            s(item.provider_message_id),
            n(u64::from(item.position)),
        ],
    )?;
    Ok(first::<Row>(statement, "channel media done")
        .await?
        .is_some())
}

/// Records the item's outcome (`stored`, or the failure's code) once its message is in
/// the conversation; a concurrent job's record of the same item wins the same way.
pub async fn record(
    env: &Env,
    item: &Item<'_>,
    conversation_id: &ConversationId,
    outcome: &str,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO channel_media (clinic_id, channel, provider_message_id, position, \
             conversation_id, outcome, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) \
             ON CONFLICT (clinic_id, channel, provider_message_id, position) DO NOTHING",
        ),
        &[
            s(item.clinic_id),
            s(item.channel.as_str()),
            s(item.provider_message_id),
            n(u64::from(item.position)),
            s(conversation_id.as_str()),
            s(outcome),
            s(&crate::time::now_rfc3339()),
        ],
    )?;
    run(statement, "record channel media").await?;
    Ok(())
}
