//! The audit log: who did what to which conversation, and when. It only grows; an
//! entry carries ids, an action and a short detail (counts, ids, a fixed word), never
//! message, note, label or search text.

use crate::ids::{ClinicId, ConversationId};

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
    /// Someone opened a conversation through a notice link (the actor is `notice-link`;
    /// the detail the message the link was sent for, never the link).
    NoticeLinkRead,
    /// A staff member (or API key) started a conversation with a patient on a channel;
    /// the detail names the channel and whether it joined an open conversation, never
    /// the address or the text.
    ConversationStarted,
}

impl AuditAction {
    /// Every action, for the test that names stay distinct.
    pub const ALL: [AuditAction; 38] = [
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
        AuditAction::NoticeLinkRead,
        AuditAction::ConversationStarted,
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
            AuditAction::NoticeLinkRead => "notice_link_read",
            AuditAction::ConversationStarted => "conversation_started",
        }
    }
}

/// One entry about to be appended (the store stamps its time and id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub clinic: ClinicId,
    /// A staff id, an API key's id, `visitor` or `system`.
    pub actor: String,
    pub action: AuditAction,
    pub conversation: Option<ConversationId>,
    pub detail: Option<String>,
}

/// Where the audit log lives. It has no way to change or remove an entry.
#[allow(async_fn_in_trait)]
pub trait AuditLog {
    type Error;
    /// A stored entry, as the store reads it back.
    type Entry;

    async fn append(&self, record: &AuditRecord) -> Result<(), Self::Error>;

    /// The clinic's newest `limit` entries, newest first; never another clinic's.
    async fn recent(&self, clinic: &ClinicId, limit: u32) -> Result<Vec<Self::Entry>, Self::Error>;
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
