//! Notice links (`notice_links`): the hash of each link's secret, the message it was sent
//! for, its kind (open, or only after a code) and its expiry. The secret itself is never
//! stored.

use frontdesk_domain::ids::ConversationId;
use serde::Deserialize;
use worker::Env;

use super::{bind, db, first, n, run, s};
use crate::error::AppResult;

/// A link about to be stored.
pub struct NewLink<'a> {
    pub token_hash: &'a str,
    pub clinic_id: &'a str,
    pub conversation_id: &'a str,
    pub seq: u64,
    pub now: &'a str,
    pub expires_at: &'a str,
    /// `notice_link::LinkKind`'s stored name.
    pub kind: &'a str,
}

pub async fn insert(env: &Env, link: &NewLink<'_>) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO notice_links \
               (token_hash, clinic_id, conversation_id, seq, created_at, expires_at, kind) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        ),
        &[
            s(link.token_hash),
            s(link.clinic_id),
            s(link.conversation_id),
            n(link.seq),
            s(link.now),
            s(link.expires_at),
            s(link.kind),
        ],
    )?;
    run(statement, "insert notice link").await?;
    Ok(())
}

/// A stored link, found by its hash.
#[derive(Debug, Deserialize)]
pub struct Link {
    pub clinic_id: String,
    /// Decoded typed: a row whose id does not parse fails the read.
    pub conversation_id: ConversationId,
    pub seq: u64,
    pub expires_at: String,
    pub kind: String,
    /// When a code link's code was right (it works once).
    pub used_at: Option<String>,
}

pub async fn find(env: &Env, token_hash: &str) -> AppResult<Option<Link>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT clinic_id, conversation_id, seq, expires_at, kind, used_at FROM notice_links \
             WHERE token_hash = ?1",
        ),
        &[s(token_hash)],
    )?;
    first(statement, "notice link").await
}

/// Spends a code link: true for the one call that set `used_at` (parallel right codes
/// can't both open it).
pub async fn spend(env: &Env, token_hash: &str, now: &str) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE notice_links SET used_at = ?2 WHERE token_hash = ?1 AND used_at IS NULL \
             RETURNING token_hash",
        ),
        &[s(token_hash), s(now)],
    )?;
    #[derive(Deserialize)]
    struct Spent {}
    Ok(first::<Spent>(statement, "spend notice link")
        .await?
        .is_some())
}
