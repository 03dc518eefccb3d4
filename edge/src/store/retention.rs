//! Retention: which conversations are old enough to sweep, and deleting one's D1 rows.

use serde::Deserialize;
use worker::Env;

use super::{all, batch, bind, corrections, db, decode, n, s};
use crate::error::AppResult;
use crate::ids::ConversationId;

/// Ids of a clinic's conversations started before `cutoff` (RFC 3339): only these can
/// hold messages older than it. An id of a shape this service never makes is an error.
pub async fn conversations_started_before(
    env: &Env,
    clinic_id: &str,
    cutoff: &str,
    limit: u32,
) -> AppResult<Vec<ConversationId>> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id FROM conversations WHERE clinic_id = ?1 AND created_at < ?2 \
             ORDER BY created_at LIMIT ?3",
        ),
        &[s(clinic_id), s(cutoff), n(u64::from(limit))],
    )?;
    all::<Row>(statement, "old conversations")
        .await?
        .into_iter()
        .map(|row| decode(&row.id, ConversationId::parse, "conversation id"))
        .collect()
}

/// Deletes a conversation's inbox row, its survey results, notes and waiting one-time
/// code, and forgets its
/// corrections' reasons (its messages live in its Durable Object): one batch, so an
/// interrupted erase leaves nothing half deleted.
pub async fn delete_conversation(env: &Env, conversation_id: &str) -> AppResult<()> {
    let db = db(env)?;
    let mut statements = Vec::with_capacity(6);
    for table in ["surveys", "notes", "verification_codes", "attachments"] {
        statements.push(bind(
            db.prepare(format!("DELETE FROM {table} WHERE conversation_id = ?1")),
            &[s(conversation_id)],
        )?);
    }
    statements.push(bind(
        db.prepare("DELETE FROM conversations WHERE id = ?1"),
        &[s(conversation_id)],
    )?);
    statements.push(corrections::forget_statement(&db, conversation_id)?);
    statements.extend(super::channels::forget_statements(&db, conversation_id)?);
    batch(&db, statements, "delete conversation").await?;
    Ok(())
}
