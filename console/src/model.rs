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
mod tests {
    use super::*;
    use crate::i18n::{Lang, EN};

    #[test]
    fn escalation_summaries() {
        let record = |urgency, step, waited_seconds| EscalationRecord {
            at: "2026-11-25T19:10:00Z".into(),
            urgency,
            step,
            notify: "on-call".into(),
            waited_seconds,
        };
        let cases = [
            (
                record(Urgency::Emergency, 1, 1),
                "Escalated to on-call at once (Emergency, step 1)",
            ),
            (
                record(Urgency::Urgent, 1, 12),
                "Escalated to on-call after 12 s (Urgent, step 1)",
            ),
            (
                record(Urgency::Urgent, 2, 1205),
                "Escalated to on-call after 20 min (Urgent, step 2)",
            ),
        ];
        for (record, expected) in cases {
            assert_eq!(escalation_summary(&EN, &record), expected);
        }
        let german = Strings::of(Lang::De);
        assert_eq!(
            escalation_summary(german, &record(Urgency::Urgent, 2, 1205)),
            "Eskaliert an on-call nach 20 Min. (Dringend, Stufe 2)"
        );
    }

    fn entry(id: &str, urgency: Urgency, created_at: &str) -> InboxEntry {
        InboxEntry {
            conversation_id: id.into(),
            channel: Default::default(),
            address: None,
            urgency,
            department: Department::FrontDesk,
            status: ConversationStatus::Open,
            sla_deadline: None,
            created_at: created_at.into(),
            last_message_at: None,
            last_message_preview: None,
            last_seq: 1,
            assigned_to: None,
            page_url: None,
            triage_reason: None,
            visitor: Default::default(),
            verified: Default::default(),
            labels: Vec::new(),
        }
    }

    #[test]
    fn every_identity_field_says_how_it_is_known() {
        let visitor = VisitorIdentity {
            name: Some("Ana".into()),
            email: Some("ana@example.org".into()),
            phone: Some("+34 600 111 222".into()),
            user_id: Some("p-1042".into()),
        };
        let proofs = IdentityProofs {
            phone: Some(VerificationMethod::SmsCode),
            email: Some(VerificationMethod::Staff),
            name: None,
            user_id: Some(VerificationMethod::Signed),
        };
        let marks: Vec<(String, &str)> = identity_lines(&EN, &visitor, &proofs)
            .into_iter()
            .map(|line| (line.value, line.mark))
            .collect();
        assert_eq!(
            marks,
            [
                ("Ana".to_owned(), "stated by visitor"),
                ("ana@example.org".to_owned(), "verified (staff)"),
                ("+34 600 111 222".to_owned(), "verified (SMS)"),
                ("Portal user p-1042".to_owned(), "verified (portal sign-in)"),
            ]
        );
        assert!(identity_lines(&EN, &VisitorIdentity::default(), &proofs).is_empty());
    }

    fn ids(entries: &[InboxEntry]) -> Vec<&str> {
        entries
            .iter()
            .map(|entry| entry.conversation_id.as_str())
            .collect()
    }

    #[test]
    fn inbox_orders_by_urgency_then_oldest() {
        let mut entries = vec![
            entry("routine_old", Urgency::Routine, "2026-11-25T08:00:00Z"),
            entry("urgent_new", Urgency::Urgent, "2026-11-25T10:00:00Z"),
            entry("emergency_new", Urgency::Emergency, "2026-11-25T10:30:00Z"),
            entry("urgent_old", Urgency::Urgent, "2026-11-25T09:00:00Z"),
            // Written with an offset: this is 08:30Z, older than urgent_old.
            entry(
                "urgent_offset",
                Urgency::Urgent,
                "2026-11-25T09:30:00+01:00",
            ),
            entry("emergency_old", Urgency::Emergency, "2026-11-25T07:00:00Z"),
        ];
        sort_inbox(&mut entries);
        assert_eq!(
            ids(&entries),
            [
                "emergency_old",
                "emergency_new",
                "urgent_offset",
                "urgent_old",
                "urgent_new",
                "routine_old"
            ]
        );
    }

    #[test]
    fn upsert_adds_replaces_reorders_and_drops_resolved() {
        let mut entries = vec![
            entry("a", Urgency::Urgent, "2026-11-25T09:00:00Z"),
            entry("b", Urgency::Routine, "2026-11-25T08:00:00Z"),
        ];

        upsert_inbox(
            &mut entries,
            entry("c", Urgency::Emergency, "2026-11-25T10:00:00Z"),
            None,
        );
        assert_eq!(ids(&entries), ["c", "a", "b"]);

        // Re-triage of an existing conversation moves it without duplicating it.
        let mut escalated = entry("b", Urgency::Emergency, "2026-11-25T08:00:00Z");
        escalated.last_seq = 4;
        upsert_inbox(&mut entries, escalated, None);
        assert_eq!(ids(&entries), ["b", "c", "a"]);
        assert_eq!(entries[0].last_seq, 4);

        let mut resolved = entry("c", Urgency::Emergency, "2026-11-25T10:00:00Z");
        resolved.status = ConversationStatus::Resolved;
        upsert_inbox(&mut entries, resolved.clone(), None);
        assert_eq!(ids(&entries), ["b", "a"]);

        // A resolved conversation the inbox never held is not added.
        resolved.conversation_id = "z".into();
        upsert_inbox(&mut entries, resolved, None);
        assert_eq!(ids(&entries), ["b", "a"]);
    }

    #[test]
    fn a_new_row_past_the_loaded_pages_waits_for_its_page() {
        let first = entry("a", Urgency::Routine, "2026-11-25T09:00:00Z");
        let mut entries = vec![first.clone()];
        let end = inbox_key(&first);
        // Newer routine work sorts after the last loaded row: not shown ahead of its page.
        let newer = entry("n", Urgency::Routine, "2026-11-25T12:00:00Z");
        upsert_inbox(&mut entries, newer.clone(), Some(&end));
        assert_eq!(ids(&entries), ["a"]);
        // Urgent work sorts before it: shown at once, in its place.
        upsert_inbox(
            &mut entries,
            entry("u", Urgency::Urgent, "2026-11-25T12:00:00Z"),
            Some(&end),
        );
        assert_eq!(ids(&entries), ["u", "a"]);
        // With every page loaded there is no end, and the newer row joins at the bottom.
        upsert_inbox(&mut entries, newer, None);
        assert_eq!(ids(&entries), ["u", "a", "n"]);
    }

    #[test]
    fn a_further_page_joins_in_order_without_duplicates() {
        let mut live = entry("b", Urgency::Routine, "2026-11-25T09:00:00Z");
        live.last_seq = 5;
        let mut entries = vec![entry("a", Urgency::Routine, "2026-11-25T08:00:00Z"), live];
        let mut stale = entry("b", Urgency::Routine, "2026-11-25T09:00:00Z");
        stale.last_seq = 3;
        let mut gone = entry("r", Urgency::Routine, "2026-11-25T09:30:00Z");
        gone.status = ConversationStatus::Resolved;
        let page = vec![
            stale,
            entry("c", Urgency::Routine, "2026-11-25T10:00:00Z"),
            gone,
            entry("d", Urgency::Routine, "2026-11-25T11:00:00Z"),
        ];
        add_inbox_page(&mut entries, page);
        assert_eq!(ids(&entries), ["a", "b", "c", "d"]);
        // The live copy of b was fresher than the page's.
        assert_eq!(entries[1].last_seq, 5);
    }

    #[test]
    fn alerts_for_new_upgraded_or_reopened_urgent_conversations() {
        let routine = entry("a", Urgency::Routine, "2026-11-25T09:00:00Z");
        let urgent = entry("a", Urgency::Urgent, "2026-11-25T09:00:00Z");
        let emergency = entry("a", Urgency::Emergency, "2026-11-25T09:00:00Z");
        assert!(!needs_alert(None, &routine));
        assert!(needs_alert(None, &urgent));
        assert!(needs_alert(Some(&routine), &urgent));
        assert!(needs_alert(Some(&urgent), &emergency));
        // The same urgency again (a new message, a claim) doesn't ring twice.
        assert!(!needs_alert(Some(&urgent), &urgent));
        let mut resolved = urgent.clone();
        resolved.status = ConversationStatus::Resolved;
        assert!(!needs_alert(None, &resolved));
        assert!(needs_alert(Some(&resolved), &urgent));
    }

    #[test]
    fn filter_and_ownership() {
        let mut clinical = entry("a", Urgency::Urgent, "2026-11-25T09:00:00Z");
        clinical.department = Department::Clinical;
        let any = InboxFilter::default();
        assert!(any.matches(&clinical, "s_me"));
        let front_desk_only = InboxFilter {
            department: Some(Department::FrontDesk),
            ..InboxFilter::default()
        };
        assert!(!front_desk_only.matches(&clinical, "s_me"));
        let urgent_only = InboxFilter {
            urgency: Some(Urgency::Urgent),
            ..InboxFilter::default()
        };
        assert!(urgent_only.matches(&clinical, "s_me"));
        let wechat_only = InboxFilter {
            channel: Some(Channel::Wechat),
            ..InboxFilter::default()
        };
        assert!(
            !wechat_only.matches(&clinical, "s_me"),
            "a web conversation"
        );
        let mut on_wechat = clinical.clone();
        on_wechat.channel = Channel::Wechat;
        assert!(wechat_only.matches(&on_wechat, "s_me"));
        assert!(any.matches(&on_wechat, "s_me"));

        let mine = InboxFilter {
            view: InboxView::Mine,
            ..InboxFilter::default()
        };
        let unassigned = InboxFilter {
            view: InboxView::Unassigned,
            ..InboxFilter::default()
        };
        assert!(!mine.matches(&clinical, "s_me"));
        assert!(unassigned.matches(&clinical, "s_me"));
        clinical.assigned_to = Some("s_me".into());
        assert!(mine.matches(&clinical, "s_me"));
        assert!(!unassigned.matches(&clinical, "s_me"));
        assert!(!mine.matches(&clinical, "s_colleague"));
        clinical.assigned_to = None;

        let teams = InboxFilter {
            view: InboxView::Teams,
            ..InboxFilter::default()
        };
        assert!(teams.matches_in(&clinical, "s_me", &[Department::Clinical]));
        assert!(!teams.matches_in(&clinical, "s_me", &[Department::Billing]));
        assert!(teams.matches_in(&clinical, "s_me", &[]));

        assert_eq!(Ownership::of(&clinical, "s_1"), Ownership::Unassigned);
        clinical.assigned_to = Some("s_1".into());
        assert_eq!(Ownership::of(&clinical, "s_1"), Ownership::Mine);
        assert_eq!(Ownership::of(&clinical, "s_2"), Ownership::Colleague);
    }

    #[test]
    fn a_conversation_created_while_a_snapshot_travels_stays_listed() {
        let older = entry("c-old", Urgency::Routine, "2026-11-25T09:00:00Z");
        let created = entry("c-new", Urgency::Urgent, "2026-11-25T10:00:00Z");
        // The snapshot was read before `c-new` existed; its event came meanwhile.
        let mut entries = vec![older.clone()];
        replay_on_snapshot(&mut entries, vec![created], None);
        let ids: Vec<&str> = entries.iter().map(|e| e.conversation_id.as_str()).collect();
        assert_eq!(ids, ["c-new", "c-old"], "urgent first, and nothing lost");
    }

    #[test]
    fn a_snapshot_row_in_a_later_state_is_not_undone_by_an_older_event() {
        let mut event = entry("c-1", Urgency::Routine, "2026-11-25T09:00:00Z");
        event.last_seq = 3;
        event.last_message_preview = Some("earlier".into());
        let mut row = event.clone();
        row.last_seq = 5;
        row.last_message_preview = Some("later".into());
        let mut entries = vec![row];
        replay_on_snapshot(&mut entries, vec![event.clone()], None);
        assert_eq!(entries[0].last_message_preview.as_deref(), Some("later"));

        // At the same seq the event is newer news (a claim changes no seq), and applies.
        let mut claimed = event.clone();
        claimed.assigned_to = Some("staff-1".into());
        let mut entries = vec![event.clone()];
        replay_on_snapshot(&mut entries, vec![claimed], None);
        assert_eq!(entries[0].assigned_to.as_deref(), Some("staff-1"));

        // A resolution that came meanwhile takes the row out.
        let mut resolved = event.clone();
        resolved.status = ConversationStatus::Resolved;
        let mut entries = vec![event];
        replay_on_snapshot(&mut entries, vec![resolved], None);
        assert!(entries.is_empty());
    }
}
