//! The audit log: who did what to which conversation, and when. Details never hold
//! message text.

use frontdesk_protocol::AuditEntry;
use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement, Env};

use super::{all, bind, db, n, opt, run, s};
use crate::error::AppResult;

/// Appends to the audit log. Details never hold message text.
pub async fn record(
    env: &Env,
    clinic_id: &str,
    actor: &str,
    action: &str,
    conversation_id: Option<&str>,
    detail: Option<&str>,
) -> AppResult<()> {
    let statement = audit_statement(&db(env)?, clinic_id, actor, action, conversation_id, detail)?;
    run(statement, "audit").await?;
    Ok(())
}

/// The insert behind `record`, for writes that audit in the same batch.
pub(super) fn audit_statement(
    db: &D1Database,
    clinic_id: &str,
    actor: &str,
    action: &str,
    conversation_id: Option<&str>,
    detail: Option<&str>,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(
            "INSERT INTO audit_log (clinic_id, at, actor, action, conversation_id, detail) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        ),
        &[
            s(clinic_id),
            s(&crate::time::now_rfc3339()),
            s(actor),
            s(action),
            opt(conversation_id),
            opt(detail),
        ],
    )
}

/// The newest audit entries of a clinic.
pub async fn audit_log(env: &Env, clinic_id: &str, limit: u32) -> AppResult<Vec<AuditEntry>> {
    #[derive(Deserialize)]
    struct Row {
        id: f64,
        at: String,
        actor: String,
        action: String,
        conversation_id: Option<String>,
        detail: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, at, actor, action, conversation_id, detail FROM audit_log \
             WHERE clinic_id = ?1 ORDER BY id DESC LIMIT ?2",
        ),
        &[s(clinic_id), n(u64::from(limit))],
    )?;
    Ok(all::<Row>(statement, "audit log")
        .await?
        .into_iter()
        .map(|row| AuditEntry {
            id: row.id as i64,
            at: row.at,
            actor: row.actor,
            action: row.action,
            conversation_id: row.conversation_id,
            detail: row.detail,
        })
        .collect())
}
