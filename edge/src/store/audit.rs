//! The audit log: who did what to which conversation, and when. Details never hold
//! message text.

use frontdesk_domain::ids::ClinicId;
use frontdesk_domain::stores::audit::{AuditLog, AuditRecord};
use frontdesk_protocol::AuditEntry;
use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement, Env};

use super::{all, bind, db, n, opt, run, s, D1};
use crate::error::{AppError, AppResult};

pub use frontdesk_domain::stores::audit::AuditAction;

/// Appends to the audit log. Details never hold message text.
pub async fn record(
    env: &Env,
    clinic_id: &str,
    actor: &str,
    action: AuditAction,
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
    action: AuditAction,
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
            s(action.as_str()),
            opt(conversation_id),
            opt(detail),
        ],
    )
}

impl AuditLog for D1<'_> {
    type Error = AppError;
    type Entry = AuditEntry;

    async fn append(&self, entry: &AuditRecord) -> AppResult<()> {
        record(
            self.0,
            entry.clinic.as_str(),
            &entry.actor,
            entry.action,
            entry.conversation.as_ref().map(|id| id.as_str()),
            entry.detail.as_deref(),
        )
        .await
    }

    /// The newest audit entries of a clinic.
    async fn recent(&self, clinic: &ClinicId, limit: u32) -> AppResult<Vec<AuditEntry>> {
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
            db(self.0)?.prepare(
                "SELECT id, at, actor, action, conversation_id, detail FROM audit_log \
                 WHERE clinic_id = ?1 ORDER BY id DESC LIMIT ?2",
            ),
            &[s(clinic.as_str()), n(u64::from(limit))],
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
}
