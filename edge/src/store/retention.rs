//! Retention: which conversations are old enough to sweep, deleting one's D1 rows, and
//! purging staff sessions and one-time links that can no longer be used.

use frontdesk_domain::ids::ConversationId;
use serde::Deserialize;
use worker::Env;

use super::{all, batch, bind, corrections, db, n, run, s};
use crate::error::AppResult;

/// A conversation the sweep visits: its id as stored (the sweep checks its shape, so a
/// bad row is skipped rather than stopping the page) and when it started.
#[derive(Deserialize)]
pub struct Due {
    pub id: String,
    created_at: String,
}

impl Due {
    /// Where the page after this conversation starts.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            created_at: self.created_at.clone(),
            id: self.id.clone(),
        }
    }
}

/// A keyset cursor, `(created_at, id)` of the last conversation seen: rows deleted
/// behind it don't shift the next page, as an offset would.
pub struct Cursor {
    created_at: String,
    id: String,
}

/// One page of a clinic's conversations started before `cutoff` (RFC 3339), after
/// `after` in creation order: only these can hold messages older than it.
pub async fn due_page(
    env: &Env,
    clinic_id: &str,
    cutoff: &str,
    after: Option<&Cursor>,
    limit: u32,
) -> AppResult<Vec<Due>> {
    let (created_at, id) = after.map_or(("", ""), |c| (c.created_at.as_str(), c.id.as_str()));
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, created_at FROM conversations \
             WHERE clinic_id = ?1 AND created_at < ?2 AND (created_at, id) > (?3, ?4) \
             ORDER BY created_at, id LIMIT ?5",
        ),
        &[
            s(clinic_id),
            s(cutoff),
            s(created_at),
            s(id),
            n(u64::from(limit)),
        ],
    )?;
    all::<Due>(statement, "conversations due for retention").await
}

/// Deletes the clinic's sessions that ended (expired or revoked), its one-time links
/// that were used or expired and its expired notice links, all before `now`: they unlock
/// nothing any more, and a table of old token hashes is only something to steal. Returns
/// (sessions, links).
pub async fn purge_ended(env: &Env, clinic_id: &str, now: &str) -> AppResult<(usize, usize)> {
    let db = db(env)?;
    let sessions = bind(
        db.prepare(
            "DELETE FROM staff_sessions \
             WHERE staff_id IN (SELECT id FROM staff WHERE clinic_id = ?1) \
               AND (expires_at < ?2 OR revoked_at < ?2)",
        ),
        &[s(clinic_id), s(now)],
    )?;
    let links = bind(
        db.prepare(
            "DELETE FROM staff_tokens \
             WHERE clinic_id = ?1 AND (expires_at < ?2 OR used_at < ?2)",
        ),
        &[s(clinic_id), s(now)],
    )?;
    let notices = bind(
        db.prepare("DELETE FROM notice_links WHERE clinic_id = ?1 AND expires_at < ?2"),
        &[s(clinic_id), s(now)],
    )?;
    Ok((
        run(sessions, "purge ended sessions").await?,
        run(links, "purge used links").await? + run(notices, "purge expired notice links").await?,
    ))
}

/// Deletes a conversation's inbox row, its survey results and scheduled surveys, notes,
/// waiting one-time code, notice links and channel media records, and forgets its corrections' reasons (its
/// messages live in its Durable Object): one batch, so an interrupted erase leaves nothing
/// half deleted.
pub async fn delete_conversation(env: &Env, conversation_id: &ConversationId) -> AppResult<()> {
    let db = db(env)?;
    let mut statements = Vec::with_capacity(8);
    for table in [
        "surveys",
        "notes",
        "verification_codes",
        "attachments",
        "treatment_events",
        "notice_links",
        "channel_media",
    ] {
        statements.push(bind(
            db.prepare(format!("DELETE FROM {table} WHERE conversation_id = ?1")),
            &[s(conversation_id.as_str())],
        )?);
    }
    statements.push(bind(
        db.prepare("DELETE FROM conversations WHERE id = ?1"),
        &[s(conversation_id.as_str())],
    )?);
    statements.push(corrections::forget_statement(&db, conversation_id)?);
    statements.extend(super::channels::forget_statements(&db, conversation_id)?);
    batch(&db, statements, "delete conversation").await?;
    Ok(())
}
