//! The inbox's rules: who owns a conversation (one claim wins; only an admin's hand-over
//! changes an owner) and how its row moves (only forward, whoever writes it).
//!
//! In D1 the same rules are the SQL of `edge/src/store/inbox/mod.rs`: the claim is one
//! conditional `UPDATE … WHERE assigned_to IS NULL OR assigned_to = ?`, and the folds are
//! one `UPDATE` each, `WHERE last_visitor_seq < ?` for a visitor message.

use frontdesk_protocol::{ConversationStatus, Department, Urgency};

use super::audit::{AuditAction, AuditRecord};
use crate::ids::{ClinicId, ConversationId, StaffId};

/// The result of a claim attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The caller owns it now (or already did).
    Taken,
    /// Someone else held it when the claim ran: its owner as read just after (`None`:
    /// released in between; the claim still lost).
    OwnedBy(Option<StaffId>),
    /// The clinic has no such conversation.
    Unknown,
}

/// Where the inbox's rows live.
#[allow(async_fn_in_trait)]
pub trait InboxStore {
    type Error;
    /// What the store gives back for a row after a write (the edge: the inbox entry).
    type Entry;

    /// Makes `staff` the owner if nobody else is, in one conditional write (two claims
    /// at once can't both win); whether the row is now `staff`'s.
    async fn take_if_unowned(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        staff: &StaffId,
    ) -> Result<bool, Self::Error>;

    /// Who owns the conversation: `None` when the clinic has no such conversation,
    /// `Some(None)` when nobody does.
    async fn owner(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
    ) -> Result<Option<Option<StaffId>>, Self::Error>;

    /// Folds a stored staff reply into its row ([`fold_staff_reply`]) and audits it, with
    /// the claim it made if any ([`reply_audits`]), in one transaction, and reads the row
    /// back.
    async fn record_staff_reply(
        &self,
        reply: &StaffReply<'_>,
    ) -> Result<Option<Self::Entry>, Self::Error>;
}

/// Makes `staff` the owner of an unowned conversation. The conditional write decides a
/// race; the owner is read only to say who won.
pub async fn claim<S: InboxStore>(
    store: &S,
    clinic: &ClinicId,
    conversation: &ConversationId,
    staff: &StaffId,
) -> Result<Claim, S::Error> {
    if store.take_if_unowned(clinic, conversation, staff).await? {
        return Ok(Claim::Taken);
    }
    Ok(match store.owner(clinic, conversation).await? {
        Some(owner) => Claim::OwnedBy(owner),
        None => Claim::Unknown,
    })
}

/// The part of an inbox row the rules move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxRow {
    pub status: ConversationStatus,
    pub urgency: Urgency,
    pub department: Department,
    pub triage_reason: Option<String>,
    pub triage_seq: Option<u64>,
    pub sla_deadline: Option<String>,
    pub first_response_at: Option<String>,
    pub first_visitor_at: Option<String>,
    pub last_seq: u64,
    pub last_visitor_seq: u64,
    pub last_message_at: Option<String>,
    pub last_message_preview: Option<String>,
    pub resolved_at: Option<String>,
    pub bot_answers: u64,
    pub assigned_to: Option<StaffId>,
}

impl Default for InboxRow {
    /// A new conversation's row, as the D1 schema's defaults make it.
    fn default() -> Self {
        InboxRow {
            status: ConversationStatus::Open,
            urgency: Urgency::Routine,
            department: Department::FrontDesk,
            triage_reason: None,
            triage_seq: None,
            sla_deadline: None,
            first_response_at: None,
            first_visitor_at: None,
            last_seq: 0,
            last_visitor_seq: 0,
            last_message_at: None,
            last_message_preview: None,
            resolved_at: None,
            bot_answers: 0,
            assigned_to: None,
        }
    }
}

/// What the queue consumer learnt from one visitor message. Times are RFC 3339 in UTC,
/// so they order as text.
#[derive(Debug, Clone)]
pub struct VisitorMessage<'a> {
    pub seq: u64,
    pub sent_at: &'a str,
    pub urgency: Urgency,
    pub department: Department,
    pub reason: &'a str,
    pub preview: &'a str,
    /// The first-reply deadline this message alone would set.
    pub sla_deadline: &'a str,
    /// The bot answered it from the clinic's knowledge: nobody needs to reply.
    pub bot_answered: bool,
}

/// Folds a visitor message into its row; false (and nothing changed) for a message at
/// or below the row's `last_visitor_seq`, so a redelivered job is harmless. Urgency only
/// rises; the first message or a more urgent one sets the department and reason. A
/// message at or below `last_seq` (a staff reply was indexed first) leaves the last
/// message, its preview and the status alone, and one sent before the conversation was
/// resolved doesn't reopen it.
pub fn fold_visitor_message(row: &mut InboxRow, message: &VisitorMessage<'_>) -> bool {
    if message.seq <= row.last_visitor_seq {
        return false;
    }
    let first = row.last_visitor_seq == 0;
    let more_urgent = message.urgency.rank() < row.urgency.rank();
    let newest = message.seq > row.last_seq;
    let bot = message.bot_answered;
    if first || more_urgent {
        row.department = message.department;
        row.triage_reason = Some(message.reason.to_owned());
        row.triage_seq = Some(message.seq);
    }
    if more_urgent {
        row.urgency = message.urgency;
    }
    let earlier_deadline = row
        .sla_deadline
        .as_deref()
        .is_none_or(|deadline| message.sla_deadline < deadline);
    if row.first_response_at.is_none() && !bot && earlier_deadline {
        row.sla_deadline = Some(message.sla_deadline.to_owned());
    }
    let sent_before_resolution = row
        .resolved_at
        .as_deref()
        .is_some_and(|resolved| message.sent_at <= resolved);
    // The status reads the row as it was (SQLite evaluates every SET on the old row).
    if newest && !sent_before_resolution {
        row.status = if bot && (first || row.status != ConversationStatus::Open) {
            ConversationStatus::Pending
        } else {
            ConversationStatus::Open
        };
    }
    if newest && !sent_before_resolution {
        row.resolved_at = None;
    }
    if newest {
        row.last_message_at = Some(message.sent_at.to_owned());
        row.last_message_preview = Some(message.preview.to_owned());
    }
    row.first_visitor_at
        .get_or_insert_with(|| message.sent_at.to_owned());
    row.bot_answers += u64::from(bot);
    row.last_visitor_seq = message.seq;
    row.last_seq = row.last_seq.max(message.seq);
    true
}

/// A stored staff reply, for the inbox row and the audit log.
#[derive(Debug, Clone)]
pub struct StaffReply<'a> {
    pub clinic: &'a ClinicId,
    pub staff: &'a StaffId,
    pub conversation: &'a ConversationId,
    pub seq: u64,
    pub sent_at: &'a str,
    pub preview: &'a str,
    /// This reply claimed the conversation (it was unowned): the claim's audit entry
    /// goes in the reply's own transaction, not in a D1 round trip of its own.
    pub claimed: bool,
}

/// Folds a staff reply into its row: the first reply stops the SLA clock; a reply older
/// than the row's last message (two replies indexed out of order) leaves the last message
/// alone, and one older than the last indexed visitor message leaves an open
/// conversation open.
pub fn fold_staff_reply(row: &mut InboxRow, reply: &StaffReply<'_>) {
    row.first_response_at
        .get_or_insert_with(|| reply.sent_at.to_owned());
    if reply.seq > row.last_seq {
        row.last_message_at = Some(reply.sent_at.to_owned());
        row.last_message_preview = Some(reply.preview.to_owned());
    }
    if row.status == ConversationStatus::Open && reply.seq > row.last_visitor_seq {
        row.status = ConversationStatus::Pending;
    }
    row.last_seq = row.last_seq.max(reply.seq);
}

/// The audit entries of a staff reply, in the order they happened: the claim it made, if
/// any ("claimed by replying"), then who replied to which conversation, never the text.
pub fn reply_audits(reply: &StaffReply<'_>) -> Vec<AuditRecord> {
    let entry = |action, detail: Option<&str>| AuditRecord {
        clinic: reply.clinic.clone(),
        actor: reply.staff.as_str().to_owned(),
        action,
        conversation: Some(reply.conversation.clone()),
        detail: detail.map(str::to_owned),
    };
    let claim = reply
        .claimed
        .then(|| entry(AuditAction::Assigned, Some(CLAIMED_BY_REPLYING)));
    claim
        .into_iter()
        .chain([entry(AuditAction::Replied, None)])
        .collect()
}

/// The claim audit entry's detail when a reply claimed the conversation.
pub const CLAIMED_BY_REPLYING: &str = "claimed by replying";

/// Sets a conversation's status by hand; resolving keeps the first resolution time (the
/// survey clock) and any other status clears it.
pub fn set_status(row: &mut InboxRow, status: ConversationStatus, now: &str) {
    row.status = status;
    row.resolved_at = match status {
        ConversationStatus::Resolved => row.resolved_at.take().or_else(|| Some(now.to_owned())),
        _ => None,
    };
}
