//! The audit log: who did what to which conversation, and when. Details never hold
//! message text.

use frontdesk_protocol::AuditEntry;
use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement, Env};

use super::{all, bind, db, n, opt, run, s};
use crate::error::AppResult;

/// What an audit entry records. The names are what the audit log shows (and what
/// `AuditEntry::action` carries on the wire), so they never change once stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    SignedIn,
    SignedOut,
    SignedOutEverywhere,
    Invited,
    InviteAccepted,
    PasswordResetIssued,
    PasswordReset,
    /// A staff member opened a conversation (every read of patient data is audited).
    Viewed,
    /// A staff member read a conversation's internal notes.
    NotesViewed,
    /// A staff member read the visitor's other conversations.
    HistoryViewed,
    /// A staff member searched the inbox (never recorded: what for).
    Searched,
    Replied,
    Assigned,
    StatusChanged,
    IdentityChanged,
    Labelled,
    Noted,
    TriageCorrected,
    SurveySent,
    /// The practice software reported a treatment, scheduling a survey (actor: the key).
    SurveyScheduled,
    Exported,
    TemplateCreated,
    TemplateUpdated,
    TemplateDeleted,
    /// An admin erased a conversation.
    Deleted,
    /// The retention sweep deleted old messages.
    RetentionPurged,
    /// An admin subscribed a URL to events, or deleted a subscription.
    SubscriptionCreated,
    SubscriptionDeleted,
    /// An admin asked for an event delivery again.
    Redelivered,
    /// Someone opened or downloaded an attachment through a signed link (the actor is
    /// the staff id, or `visitor`; the detail the attachment id).
    AttachmentViewed,
    /// An admin disabled a staff account (the detail names it).
    StaffDisabled,
    /// An admin enabled a disabled staff account again.
    StaffEnabled,
    /// An admin cleared an account's failed sign-ins.
    AccountUnlocked,
    /// An admin made an API key, or revoked one (the detail is the key's id).
    ApiKeyCreated,
    ApiKeyRevoked,
    /// A call was made with an API key (the actor is the key's id; the detail names the
    /// call, never what it read).
    ApiKeyUsed,
}

impl AuditAction {
    /// Every action, for the test that names stay distinct.
    #[cfg(test)]
    const ALL: [AuditAction; 36] = [
        AuditAction::SignedIn,
        AuditAction::SignedOut,
        AuditAction::SignedOutEverywhere,
        AuditAction::Invited,
        AuditAction::InviteAccepted,
        AuditAction::PasswordResetIssued,
        AuditAction::PasswordReset,
        AuditAction::Viewed,
        AuditAction::NotesViewed,
        AuditAction::HistoryViewed,
        AuditAction::Searched,
        AuditAction::Replied,
        AuditAction::Assigned,
        AuditAction::StatusChanged,
        AuditAction::IdentityChanged,
        AuditAction::Labelled,
        AuditAction::Noted,
        AuditAction::TriageCorrected,
        AuditAction::SurveySent,
        AuditAction::SurveyScheduled,
        AuditAction::Exported,
        AuditAction::TemplateCreated,
        AuditAction::TemplateUpdated,
        AuditAction::TemplateDeleted,
        AuditAction::Deleted,
        AuditAction::RetentionPurged,
        AuditAction::SubscriptionCreated,
        AuditAction::SubscriptionDeleted,
        AuditAction::Redelivered,
        AuditAction::AttachmentViewed,
        AuditAction::StaffDisabled,
        AuditAction::StaffEnabled,
        AuditAction::AccountUnlocked,
        AuditAction::ApiKeyCreated,
        AuditAction::ApiKeyRevoked,
        AuditAction::ApiKeyUsed,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SignedIn => "signed_in",
            AuditAction::SignedOut => "signed_out",
            AuditAction::SignedOutEverywhere => "signed_out_everywhere",
            AuditAction::Invited => "invited",
            AuditAction::InviteAccepted => "invite_accepted",
            AuditAction::PasswordResetIssued => "password_reset_issued",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::Viewed => "viewed",
            AuditAction::NotesViewed => "notes_viewed",
            AuditAction::HistoryViewed => "history_viewed",
            AuditAction::Searched => "searched",
            AuditAction::Replied => "replied",
            AuditAction::Assigned => "assigned",
            AuditAction::StatusChanged => "status_changed",
            AuditAction::IdentityChanged => "identity_changed",
            AuditAction::Labelled => "labelled",
            AuditAction::Noted => "noted",
            AuditAction::TriageCorrected => "triage_corrected",
            AuditAction::SurveySent => "survey_sent",
            AuditAction::SurveyScheduled => "survey_scheduled",
            AuditAction::Exported => "exported",
            AuditAction::TemplateCreated => "template_created",
            AuditAction::TemplateUpdated => "template_updated",
            AuditAction::TemplateDeleted => "template_deleted",
            AuditAction::Deleted => "deleted",
            AuditAction::RetentionPurged => "retention_purged",
            AuditAction::SubscriptionCreated => "subscription_created",
            AuditAction::SubscriptionDeleted => "subscription_deleted",
            AuditAction::Redelivered => "redelivered",
            AuditAction::AttachmentViewed => "attachment_viewed",
            AuditAction::StaffDisabled => "staff_disabled",
            AuditAction::StaffEnabled => "staff_enabled",
            AuditAction::AccountUnlocked => "account_unlocked",
            AuditAction::ApiKeyCreated => "api_key_created",
            AuditAction::ApiKeyRevoked => "api_key_revoked",
            AuditAction::ApiKeyUsed => "api_key_used",
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_its_own_snake_case_name() {
        let names: std::collections::BTreeSet<&str> = AuditAction::ALL
            .iter()
            .map(|action| action.as_str())
            .collect();
        assert_eq!(names.len(), AuditAction::ALL.len());
        assert!(names
            .iter()
            .all(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
    }
}
