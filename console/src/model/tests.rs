//! Tests for the console's pure inbox state: ordering and filtering.

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
