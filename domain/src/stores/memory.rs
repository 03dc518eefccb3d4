//! The stores in memory: the same traits as the D1 adapter, with the rules of
//! [`super::inbox`], [`super::sessions`] and [`super::audit`] in plain Rust, so those
//! rules are unit tested natively. Single-threaded like a Workers isolate; each method
//! runs without an `.await` inside, as one D1 statement or batch runs as one step.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::convert::Infallible;

use frontdesk_protocol::ConversationStatus;

use super::audit::{AuditLog, AuditRecord};
use super::inbox::{self, InboxRow, InboxStore, StaffReply, VisitorMessage};
use super::sessions::{Session, SessionStore};
use crate::ids::{ClinicId, ConversationId, StaffId};

/// Inbox rows, sessions, disabled accounts and the audit log, in memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    rows: RefCell<BTreeMap<(ClinicId, ConversationId), InboxRow>>,
    sessions: RefCell<BTreeMap<String, Session>>,
    disabled: RefCell<BTreeSet<StaffId>>,
    /// Appended in order; an entry's id is its place plus one.
    audit: RefCell<Vec<AuditRecord>>,
}

impl MemoryStore {
    /// Creates a conversation's row, as a new conversation starts.
    pub fn insert_conversation(&self, clinic: &ClinicId, conversation: &ConversationId) {
        self.rows
            .borrow_mut()
            .insert((clinic.clone(), conversation.clone()), InboxRow::default());
    }

    /// The row as it is now.
    pub fn row(&self, clinic: &ClinicId, conversation: &ConversationId) -> Option<InboxRow> {
        self.rows
            .borrow()
            .get(&(clinic.clone(), conversation.clone()))
            .cloned()
    }

    fn with_row<T>(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        change: impl FnOnce(&mut InboxRow) -> T,
    ) -> Option<T> {
        self.rows
            .borrow_mut()
            .get_mut(&(clinic.clone(), conversation.clone()))
            .map(change)
    }

    /// The queue consumer's fold of one visitor message; whether it changed the row.
    pub fn fold_visitor_message(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        message: &VisitorMessage<'_>,
    ) -> bool {
        self.with_row(clinic, conversation, |row| {
            inbox::fold_visitor_message(row, message)
        })
        .unwrap_or(false)
    }

    /// A staff member's status change; false for an unknown conversation.
    pub fn set_status(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        status: ConversationStatus,
        now: &str,
    ) -> bool {
        self.with_row(clinic, conversation, |row| {
            inbox::set_status(row, status, now)
        })
        .is_some()
    }

    /// An admin's hand-over (or release, `None`); false for an unknown conversation.
    pub fn assign(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        owner: Option<&StaffId>,
    ) -> bool {
        self.with_row(clinic, conversation, |row| {
            row.assigned_to = owner.cloned();
        })
        .is_some()
    }

    /// Every audit entry, oldest first.
    pub fn audit_entries(&self) -> Vec<AuditRecord> {
        self.audit.borrow().clone()
    }
}

impl InboxStore for MemoryStore {
    type Error = Infallible;
    type Entry = InboxRow;

    async fn take_if_unowned(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        staff: &StaffId,
    ) -> Result<bool, Infallible> {
        Ok(self
            .with_row(clinic, conversation, |row| {
                let free = row.assigned_to.as_ref().is_none_or(|owner| owner == staff);
                if free {
                    row.assigned_to = Some(staff.clone());
                }
                free
            })
            .unwrap_or(false))
    }

    async fn owner(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
    ) -> Result<Option<Option<StaffId>>, Infallible> {
        Ok(self.row(clinic, conversation).map(|row| row.assigned_to))
    }

    async fn record_staff_reply(
        &self,
        reply: &StaffReply<'_>,
    ) -> Result<Option<InboxRow>, Infallible> {
        // Like the D1 batch: the row's fold, the audit entry and the read, together.
        let row = self.with_row(reply.clinic, reply.conversation, |row| {
            inbox::fold_staff_reply(row, reply);
            row.clone()
        });
        self.audit.borrow_mut().extend(inbox::reply_audits(reply));
        Ok(row)
    }
}

impl SessionStore for MemoryStore {
    type Error = Infallible;
    type Staff = StaffId;

    async fn create(&self, session: &Session) -> Result<(), Infallible> {
        self.sessions
            .borrow_mut()
            .insert(session.token_hash.clone(), session.clone());
        Ok(())
    }

    async fn live_staff(&self, token_hash: &str, now: &str) -> Result<Option<StaffId>, Infallible> {
        let disabled = self.disabled.borrow();
        Ok(self
            .sessions
            .borrow()
            .get(token_hash)
            .filter(|session| session.is_live(now, !disabled.contains(&session.staff)))
            .map(|session| session.staff.clone()))
    }

    async fn revoke(&self, token_hash: &str, now: &str) -> Result<(), Infallible> {
        if let Some(session) = self.sessions.borrow_mut().get_mut(token_hash) {
            session.revoked_at = Some(now.to_owned());
        }
        Ok(())
    }

    async fn revoke_all(&self, staff: &StaffId, now: &str) -> Result<usize, Infallible> {
        let mut ended = 0;
        for session in self.sessions.borrow_mut().values_mut() {
            // Live by time and not yet revoked: the account's flag doesn't matter here.
            if session.staff == *staff && session.is_live(now, true) {
                session.revoked_at = Some(now.to_owned());
                ended += 1;
            }
        }
        Ok(ended)
    }

    async fn set_disabled(&self, staff: &StaffId, at: Option<&str>) -> Result<(), Infallible> {
        let mut disabled = self.disabled.borrow_mut();
        match at {
            Some(_) => disabled.insert(staff.clone()),
            None => disabled.remove(staff),
        };
        Ok(())
    }
}

impl AuditLog for MemoryStore {
    type Error = Infallible;
    type Entry = (u64, AuditRecord);

    async fn append(&self, record: &AuditRecord) -> Result<(), Infallible> {
        self.audit.borrow_mut().push(record.clone());
        Ok(())
    }

    async fn recent(
        &self,
        clinic: &ClinicId,
        limit: u32,
    ) -> Result<Vec<(u64, AuditRecord)>, Infallible> {
        Ok(self
            .audit
            .borrow()
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, record)| record.clinic == *clinic)
            .take(limit as usize)
            .map(|(at, record)| (at as u64 + 1, record.clone()))
            .collect())
    }
}
