//! One-time codes waiting to be typed in: one per conversation (a new code replaces the
//! last, whichever channel it went on), kept as a keyed hash with the channel and address
//! it was sent to, its expiry and its tries.

use frontdesk_domain::ids::ConversationId;
use frontdesk_domain::one_time_code::{CodeChannel, SentCode, MAX_ATTEMPTS};
use serde::Deserialize;
use worker::Env;

use super::{bind, db, first, n, run, s};
use crate::error::AppResult;

/// A code just sent, as the store keeps it.
pub struct NewCode<'a> {
    pub clinic_id: &'a str,
    pub conversation_id: &'a str,
    pub channel: CodeChannel,
    /// The number (E.164) or email the code went to, which it verifies.
    pub address: &'a str,
    pub code_hash: &'a str,
    pub expires_at_ms: i64,
    pub now: &'a str,
}

/// Stores a sent code, replacing the conversation's previous one (and its tries).
pub async fn replace(env: &Env, code: &NewCode<'_>) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO verification_codes \
               (conversation_id, clinic_id, channel, address, code_hash, expires_at_ms, attempts, created_at) \
             VALUES (?1, ?2, ?7, ?3, ?4, ?5, 0, ?6) \
             ON CONFLICT (conversation_id) DO UPDATE SET clinic_id = excluded.clinic_id, \
               channel = excluded.channel, address = excluded.address, \
               code_hash = excluded.code_hash, expires_at_ms = excluded.expires_at_ms, \
               attempts = 0, created_at = excluded.created_at",
        ),
        &[
            s(code.conversation_id),
            s(code.clinic_id),
            s(code.address),
            s(code.code_hash),
            n(u64::try_from(code.expires_at_ms).unwrap_or_default()),
            s(code.now),
            s(code.channel.as_str()),
        ],
    )?;
    run(statement, "store code").await?;
    Ok(())
}

/// Counts a try against the conversation's code on `channel` and returns it with the
/// count, this try included: one conditional update, so parallel guesses can't outrun the
/// limit. The count stops one past the limit (which `one_time_code::check` reads as
/// locked out).
pub async fn count_try(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    channel: CodeChannel,
) -> AppResult<Option<(SentCode, String)>> {
    #[derive(Deserialize)]
    struct Row {
        code_hash: String,
        expires_at_ms: f64,
        attempts: f64,
        address: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "UPDATE verification_codes SET attempts = MIN(attempts + 1, ?3) \
             WHERE conversation_id = ?1 AND clinic_id = ?2 AND channel = ?4 \
             RETURNING code_hash, expires_at_ms, attempts, address",
        ),
        &[
            s(conversation_id.as_str()),
            s(clinic_id),
            n(u64::from(MAX_ATTEMPTS) + 1),
            s(channel.as_str()),
        ],
    )?;
    Ok(first::<Row>(statement, "count code try").await?.map(|row| {
        (
            SentCode {
                hash: row.code_hash,
                expires_at_ms: row.expires_at_ms as i64,
                attempts: row.attempts as u32,
            },
            row.address,
        )
    }))
}

/// Spends the conversation's code (verified: it works once).
pub async fn spend(env: &Env, clinic_id: &str, conversation_id: &ConversationId) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "DELETE FROM verification_codes WHERE conversation_id = ?1 AND clinic_id = ?2",
        ),
        &[s(conversation_id.as_str()), s(clinic_id)],
    )?;
    run(statement, "spend code").await?;
    Ok(())
}
