//! Pure state logic of the console: keeping the inbox ordered and filtered (a thread's
//! messages merge by `seq` in the client core).

use frontdesk_protocol::{
    Channel, ConversationStatus, Department, EscalationRecord, IdentityProofs, InboxEntry, Urgency,
    VerificationMethod, VisitorIdentity,
};

use crate::i18n::{fill, Strings};
use crate::timefmt::parse_rfc3339_ms;

/// Where a row sits in the inbox: urgency rank, then creation, then id (the server's
/// order, which its page cursors follow).
pub type InboxKey = (u8, i64, String);

/// The row's place in the inbox order.
pub fn inbox_key(entry: &InboxEntry) -> InboxKey {
    (
        entry.urgency.rank(),
        // An unreadable timestamp sorts last within its urgency rather than first.
        parse_rfc3339_ms(&entry.created_at).unwrap_or(i64::MAX),
        entry.conversation_id.clone(),
    )
}

/// Orders the inbox: most urgent first, then the oldest conversation first.
pub fn sort_inbox(entries: &mut [InboxEntry]) {
    entries.sort_by_cached_key(inbox_key);
}

/// Applies a live inbox event: replaces or adds the entry, drops resolved ones, keeps the
/// order. `end` is the last loaded row's place while more pages follow: a new row beyond
/// it waits for its page, so the list never shows it ahead of rows not loaded yet.
pub fn upsert_inbox(entries: &mut Vec<InboxEntry>, entry: InboxEntry, end: Option<&InboxKey>) {
    let existing = entries
        .iter()
        .position(|candidate| candidate.conversation_id == entry.conversation_id);
    // The inbox lists open work only; a resolved conversation leaves it.
    if entry.status == ConversationStatus::Resolved {
        if let Some(index) = existing {
            entries.remove(index);
        }
        return;
    }
    match existing {
        Some(index) => entries[index] = entry,
        None if end.is_some_and(|end| inbox_key(&entry) > *end) => return,
        None => entries.push(entry),
    }
    sort_inbox(entries);
}

/// Adds a further page of the inbox to what is loaded: rows not seen yet join in order;
/// for one already there (a live event got it first) the fresher copy stays.
pub fn add_inbox_page(entries: &mut Vec<InboxEntry>, page: Vec<InboxEntry>) {
    for row in page {
        if row.status == ConversationStatus::Resolved {
            continue;
        }
        match entries
            .iter_mut()
            .find(|known| known.conversation_id == row.conversation_id)
        {
            Some(known) if known.last_seq >= row.last_seq => {}
            Some(known) => *known = row,
            None => entries.push(row),
        }
    }
    sort_inbox(entries);
}

/// Lays the live events that arrived while a snapshot was on its way over that snapshot.
/// The server may have read its rows before an event happened: without this, a
/// conversation created between that read and the answer vanished from the list until its
/// next event. Events are replayed in the order they came; a row the snapshot already has
/// in a later state (a higher `last_seq`) keeps it, since that state's own event follows.
pub fn replay_on_snapshot(
    entries: &mut Vec<InboxEntry>,
    events: Vec<InboxEntry>,
    end: Option<&InboxKey>,
) {
    for event in events {
        let fresher_in_snapshot = entries.iter().any(|row| {
            row.conversation_id == event.conversation_id && row.last_seq > event.last_seq
        });
        if !fresher_in_snapshot {
            upsert_inbox(entries, event, end);
        }
    }
}

/// Whose conversations the inbox shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum InboxView {
    #[default]
    All,
    /// The departments the staff member belongs to: where their work lands.
    Teams,
    Mine,
    Unassigned,
}

impl InboxView {
    pub const ALL: [InboxView; 4] = [
        InboxView::All,
        InboxView::Teams,
        InboxView::Mine,
        InboxView::Unassigned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InboxView::All => "all",
            InboxView::Teams => "teams",
            InboxView::Mine => "mine",
            InboxView::Unassigned => "unassigned",
        }
    }

    pub fn label(self, t: &'static Strings) -> &'static str {
        match self {
            InboxView::All => t.all,
            InboxView::Teams => t.view_teams,
            InboxView::Mine => t.view_mine,
            InboxView::Unassigned => t.view_unassigned,
        }
    }
}

/// The inbox filters the staff member picked; `None` means any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InboxFilter {
    pub department: Option<Department>,
    pub urgency: Option<Urgency>,
    pub channel: Option<Channel>,
    pub view: InboxView,
}

impl InboxFilter {
    /// Whether `entry` shows for the staff member `my_staff_id` (in every team).
    pub fn matches(&self, entry: &InboxEntry, my_staff_id: &str) -> bool {
        self.matches_in(entry, my_staff_id, &[])
    }

    /// Whether `entry` shows for a staff member of the departments `my_teams` (none
    /// means every department).
    pub fn matches_in(
        &self,
        entry: &InboxEntry,
        my_staff_id: &str,
        my_teams: &[Department],
    ) -> bool {
        let ownership = Ownership::of(entry, my_staff_id);
        let in_view = match self.view {
            InboxView::All => true,
            InboxView::Teams => my_teams.is_empty() || my_teams.contains(&entry.department),
            InboxView::Mine => ownership == Ownership::Mine,
            InboxView::Unassigned => ownership == Ownership::Unassigned,
        };
        in_view
            && self
                .department
                .is_none_or(|department| entry.department == department)
            && self.urgency.is_none_or(|urgency| entry.urgency == urgency)
            && self.channel.is_none_or(|channel| entry.channel == channel)
    }
}

/// Who holds a conversation, from the point of view of the signed-in staff member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ownership {
    Unassigned,
    Mine,
    Colleague,
}

impl Ownership {
    pub fn of(entry: &InboxEntry, my_staff_id: &str) -> Ownership {
        match entry.assigned_to.as_deref() {
            None | Some("") => Ownership::Unassigned,
            Some(owner) if owner == my_staff_id => Ownership::Mine,
            Some(_) => Ownership::Colleague,
        }
    }
}

/// One line for an escalation step in the thread view, e.g.
/// `Escalated to on-call after 10 min (Urgent, step 1)`.
pub fn escalation_summary(t: &'static Strings, record: &EscalationRecord) -> String {
    let minutes = record.waited_seconds / 60;
    let after = match (minutes, record.waited_seconds) {
        (_, 0..=4) => t.at_once.to_owned(),
        (0, seconds) => fill(t.after_seconds, &[&seconds.to_string()]),
        (minutes, _) => fill(t.after_minutes, &[&minutes.to_string()]),
    };
    fill(
        t.escalated,
        &[
            &record.notify,
            &after,
            t.urgency(record.urgency),
            &record.step.to_string(),
        ],
    )
}

/// Whether a pushed inbox row should alert: an open conversation that is urgent or an
/// emergency and is new, newly that urgent, or open again.
pub fn needs_alert(previous: Option<&InboxEntry>, next: &InboxEntry) -> bool {
    if next.status != ConversationStatus::Open || next.urgency < Urgency::Urgent {
        return false;
    }
    match previous {
        None => true,
        Some(before) => before.urgency < next.urgency || before.status != ConversationStatus::Open,
    }
}

/// One identity field as the console lists it: its value and how it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityLine {
    pub value: String,
    /// "verified (SMS)", or "stated by visitor".
    pub mark: &'static str,
    pub verified: bool,
}

/// The visitor's name, email, phone and portal user id, each marked verified (with the method) or
/// stated: staff act on what they read here, so an unchecked identity must say so.
pub fn identity_lines(
    t: &'static Strings,
    visitor: &VisitorIdentity,
    proofs: &IdentityProofs,
) -> Vec<IdentityLine> {
    let portal_user = visitor
        .user_id
        .as_ref()
        .map(|id| fill(t.portal_user, &[id]));
    [
        (visitor.name.clone(), proofs.name),
        (visitor.email.clone(), proofs.email),
        (visitor.phone.clone(), proofs.phone),
        (portal_user, proofs.user_id),
    ]
    .into_iter()
    .filter_map(|(value, proof)| {
        Some(IdentityLine {
            value: value?,
            mark: proof.map_or(t.stated_by_visitor, |method| verified_mark(t, method)),
            verified: proof.is_some(),
        })
    })
    .collect()
}

fn verified_mark(t: &'static Strings, method: VerificationMethod) -> &'static str {
    match method {
        VerificationMethod::Signed => t.verified_portal,
        VerificationMethod::SmsCode => t.verified_sms,
        VerificationMethod::EmailCode => t.verified_email,
        VerificationMethod::Staff => t.verified_staff,
    }
}

#[cfg(test)]
mod tests;
