//! The inbox, session and audit rules through the in-memory store (`stores::memory`),
//! natively: claims decided by the conditional write, rows that only move forward,
//! sessions that end for good, and an audit log without patient text.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use frontdesk_domain::ids::{ClinicId, ConversationId, StaffId};
use frontdesk_domain::stores::audit::{AuditAction, AuditLog, AuditRecord};
use frontdesk_domain::stores::inbox::{
    self, Claim, InboxRow, InboxStore, StaffReply, VisitorMessage,
};
use frontdesk_domain::stores::memory::MemoryStore;
use frontdesk_domain::stores::sessions::{Session, SessionStore};
use frontdesk_protocol::{ConversationStatus, Department, Urgency};

/// Runs a future of the in-memory store, which never waits.
fn run<T>(future: impl Future<Output = T>) -> T {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("the in-memory store never waits"),
    }
}

fn clinic() -> ClinicId {
    ClinicId::parse("demo").expect("a clinic id")
}

fn staff(name: &str) -> StaffId {
    StaffId::parse(&format!("s_{name}")).expect("a staff id")
}

fn conversation(n: u8) -> ConversationId {
    ConversationId::from_random([n; 16])
}

fn store_with_conversation() -> (MemoryStore, ConversationId) {
    let store = MemoryStore::default();
    let id = conversation(1);
    store.insert_conversation(&clinic(), &id);
    (store, id)
}

fn message<'a>(
    seq: u64,
    sent_at: &'a str,
    urgency: Urgency,
    preview: &'a str,
) -> VisitorMessage<'a> {
    VisitorMessage {
        seq,
        sent_at,
        urgency,
        department: if urgency == Urgency::Routine {
            Department::FrontDesk
        } else {
            Department::Clinical
        },
        reason: "reason",
        preview,
        sla_deadline: "2026-01-01T10:30:00Z",
        bot_answered: false,
    }
}

// The inbox.

#[test]
fn the_first_claim_wins_and_the_second_is_told_who_owns_it() {
    let (store, id) = store_with_conversation();
    let (ana, ben) = (staff("ana"), staff("ben"));
    // Both claims are made before either is awaited; the conditional write decides.
    let demo = clinic();
    let (first, second) = run(async {
        let a = inbox::claim(&store, &demo, &id, &ana);
        let b = inbox::claim(&store, &demo, &id, &ben);
        (a.await, b.await)
    });
    assert_eq!(first, Ok(Claim::Taken));
    assert_eq!(second, Ok(Claim::OwnedBy(Some(ana.clone()))));
    assert_eq!(
        store.row(&clinic(), &id).unwrap().assigned_to,
        Some(ana.clone())
    );
    // The owner may claim again; it changes nothing.
    assert_eq!(
        run(inbox::claim(&store, &clinic(), &id, &ana)),
        Ok(Claim::Taken)
    );
}

/// A store whose owner is released between a lost claim's write and its read of the
/// owner: the claim must still lose, because the conditional write decided it.
struct ReleasedMeanwhile(MemoryStore);

impl InboxStore for ReleasedMeanwhile {
    type Error = std::convert::Infallible;
    type Entry = InboxRow;

    async fn take_if_unowned(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        staff: &StaffId,
    ) -> Result<bool, Self::Error> {
        let taken = self.0.take_if_unowned(clinic, conversation, staff).await?;
        self.0.assign(clinic, conversation, None);
        Ok(taken)
    }

    async fn owner(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
    ) -> Result<Option<Option<StaffId>>, Self::Error> {
        self.0.owner(clinic, conversation).await
    }

    async fn record_staff_reply(
        &self,
        reply: &StaffReply<'_>,
    ) -> Result<Option<InboxRow>, Self::Error> {
        self.0.record_staff_reply(reply).await
    }
}

#[test]
fn a_lost_claim_stays_lost_when_the_owner_lets_go_meanwhile() {
    let (store, id) = store_with_conversation();
    store.assign(&clinic(), &id, Some(&staff("ana")));
    let store = ReleasedMeanwhile(store);
    assert_eq!(
        run(inbox::claim(&store, &clinic(), &id, &staff("ben"))),
        Ok(Claim::OwnedBy(None))
    );
}

#[test]
fn a_claim_finds_no_conversation_of_another_clinic() {
    let (store, id) = store_with_conversation();
    let other = ClinicId::parse("other").unwrap();
    assert_eq!(
        run(inbox::claim(&store, &other, &id, &staff("ana"))),
        Ok(Claim::Unknown)
    );
    assert_eq!(
        run(inbox::claim(
            &store,
            &clinic(),
            &conversation(9),
            &staff("ana")
        )),
        Ok(Claim::Unknown)
    );
    assert_eq!(store.row(&clinic(), &id).unwrap().assigned_to, None);
}

#[test]
fn a_redelivered_visitor_message_changes_nothing() {
    let (store, id) = store_with_conversation();
    let first = message(1, "2026-01-01T10:00:00Z", Urgency::Routine, "first");
    assert!(store.fold_visitor_message(&clinic(), &id, &first));
    let once = store.row(&clinic(), &id).unwrap();
    assert!(!store.fold_visitor_message(&clinic(), &id, &first));
    assert_eq!(store.row(&clinic(), &id).unwrap(), once);
    assert_eq!(once.last_visitor_seq, 1);
    assert_eq!(once.last_message_preview.as_deref(), Some("first"));
}

#[test]
fn urgency_only_rises_and_the_more_urgent_message_routes() {
    let (store, id) = store_with_conversation();
    let messages = [
        message(1, "2026-01-01T10:00:00Z", Urgency::Urgent, "urgent"),
        message(2, "2026-01-01T10:01:00Z", Urgency::Routine, "routine"),
    ];
    for m in &messages {
        store.fold_visitor_message(&clinic(), &id, m);
    }
    let row = store.row(&clinic(), &id).unwrap();
    assert_eq!(row.urgency, Urgency::Urgent);
    assert_eq!(row.department, Department::Clinical);
    assert_eq!(row.triage_seq, Some(1));
    store.fold_visitor_message(
        &clinic(),
        &id,
        &message(3, "2026-01-01T10:02:00Z", Urgency::Emergency, "emergency"),
    );
    let row = store.row(&clinic(), &id).unwrap();
    assert_eq!((row.urgency, row.triage_seq), (Urgency::Emergency, Some(3)));
}

#[test]
fn a_late_visitor_message_leaves_a_newer_reply_and_the_status_alone() {
    let (store, id) = store_with_conversation();
    let ana = staff("ana");
    store.fold_visitor_message(
        &clinic(),
        &id,
        &message(1, "2026-01-01T10:00:00Z", Urgency::Routine, "one"),
    );
    // The staff reply (seq 3) is indexed before the queue's job for message 2.
    let reply = StaffReply {
        clinic: &clinic(),
        staff: &ana,
        conversation: &id,
        seq: 3,
        sent_at: "2026-01-01T10:05:00Z",
        preview: "reply",
        claimed: false,
    };
    let row = run(store.record_staff_reply(&reply)).unwrap().unwrap();
    assert_eq!(row.status, ConversationStatus::Pending);
    assert_eq!(
        row.first_response_at.as_deref(),
        Some("2026-01-01T10:05:00Z")
    );
    assert!(store.fold_visitor_message(
        &clinic(),
        &id,
        &message(2, "2026-01-01T10:04:00Z", Urgency::Routine, "two"),
    ));
    let row = store.row(&clinic(), &id).unwrap();
    assert_eq!(row.last_visitor_seq, 2);
    assert_eq!(row.last_seq, 3);
    assert_eq!(row.last_message_preview.as_deref(), Some("reply"));
    assert_eq!(row.status, ConversationStatus::Pending);
}

#[test]
fn only_a_message_sent_after_the_resolution_reopens() {
    let (store, id) = store_with_conversation();
    store.fold_visitor_message(
        &clinic(),
        &id,
        &message(1, "2026-01-01T10:00:00Z", Urgency::Routine, "one"),
    );
    store.set_status(
        &clinic(),
        &id,
        ConversationStatus::Resolved,
        "2026-01-01T11:00:00Z",
    );
    // Sent before the resolution, indexed after it: stays resolved.
    store.fold_visitor_message(
        &clinic(),
        &id,
        &message(2, "2026-01-01T10:59:00Z", Urgency::Routine, "two"),
    );
    let row = store.row(&clinic(), &id).unwrap();
    assert_eq!(row.status, ConversationStatus::Resolved);
    assert_eq!(row.resolved_at.as_deref(), Some("2026-01-01T11:00:00Z"));
    store.fold_visitor_message(
        &clinic(),
        &id,
        &message(3, "2026-01-01T11:01:00Z", Urgency::Routine, "three"),
    );
    let row = store.row(&clinic(), &id).unwrap();
    assert_eq!(
        (row.status, row.resolved_at),
        (ConversationStatus::Open, None)
    );
}

#[test]
fn a_reply_older_than_the_last_visitor_message_leaves_the_conversation_open() {
    let (store, id) = store_with_conversation();
    let ana = staff("ana");
    for seq in [1, 3] {
        store.fold_visitor_message(
            &clinic(),
            &id,
            &message(seq, "2026-01-01T10:00:00Z", Urgency::Routine, "visitor"),
        );
    }
    let reply = StaffReply {
        clinic: &clinic(),
        staff: &ana,
        conversation: &id,
        seq: 2,
        sent_at: "2026-01-01T10:01:00Z",
        preview: "early reply",
        claimed: false,
    };
    let row = run(store.record_staff_reply(&reply)).unwrap().unwrap();
    assert_eq!(row.status, ConversationStatus::Open);
    assert_eq!(row.last_message_preview.as_deref(), Some("visitor"));
    // The first reply stopped the SLA clock; a new message doesn't restart it.
    let deadline = row.sla_deadline.clone();
    store.fold_visitor_message(
        &clinic(),
        &id,
        &VisitorMessage {
            sla_deadline: "2026-01-01T10:10:00Z",
            ..message(4, "2026-01-01T10:02:00Z", Urgency::Urgent, "worse")
        },
    );
    assert_eq!(store.row(&clinic(), &id).unwrap().sla_deadline, deadline);
}

// Sessions.

fn session(token_hash: &str, staff: &StaffId) -> Session {
    Session {
        token_hash: token_hash.to_owned(),
        staff: staff.clone(),
        created_at: "2026-01-01T08:00:00Z".to_owned(),
        expires_at: "2026-01-01T20:00:00Z".to_owned(),
        revoked_at: None,
    }
}

const NOON: &str = "2026-01-01T12:00:00Z";

#[test]
fn a_signed_out_session_cannot_be_used() {
    let store = MemoryStore::default();
    let ana = staff("ana");
    run(store.create(&session("h1", &ana))).unwrap();
    assert_eq!(run(store.live_staff("h1", NOON)), Ok(Some(ana)));
    run(store.revoke("h1", NOON)).unwrap();
    assert_eq!(run(store.live_staff("h1", NOON)), Ok(None));
    assert_eq!(run(store.live_staff("unknown", NOON)), Ok(None));
}

#[test]
fn a_session_ends_at_its_expiry() {
    let store = MemoryStore::default();
    run(store.create(&session("h1", &staff("ana")))).unwrap();
    assert!(run(store.live_staff("h1", "2026-01-01T19:59:59Z"))
        .unwrap()
        .is_some());
    assert_eq!(
        run(store.live_staff("h1", "2026-01-01T20:00:00Z")),
        Ok(None)
    );
}

#[test]
fn signing_out_everywhere_ends_every_live_session_of_that_account_only() {
    let store = MemoryStore::default();
    let (ana, ben) = (staff("ana"), staff("ben"));
    for (hash, who) in [("a1", &ana), ("a2", &ana), ("a3", &ana), ("b1", &ben)] {
        run(store.create(&session(hash, who))).unwrap();
    }
    run(store.revoke("a3", "2026-01-01T09:00:00Z")).unwrap();
    // a3 was already signed out: two ended now.
    assert_eq!(run(store.revoke_all(&ana, NOON)), Ok(2));
    for hash in ["a1", "a2", "a3"] {
        assert_eq!(run(store.live_staff(hash, NOON)), Ok(None), "{hash}");
    }
    assert_eq!(run(store.live_staff("b1", NOON)), Ok(Some(ben)));
    assert_eq!(run(store.revoke_all(&ana, NOON)), Ok(0));
}

#[test]
fn a_disabled_account_has_no_live_session_and_enabling_revives_none() {
    let store = MemoryStore::default();
    let ana = staff("ana");
    run(store.create(&session("a1", &ana))).unwrap();
    run(store.create(&session("a2", &ana))).unwrap();
    // As the edge disables an account: the flag, then the sessions are revoked.
    run(store.set_disabled(&ana, Some(NOON))).unwrap();
    assert_eq!(run(store.live_staff("a1", NOON)), Ok(None));
    assert_eq!(run(store.revoke_all(&ana, NOON)), Ok(2));
    assert_eq!(run(store.live_staff("a1", NOON)), Ok(None));
    run(store.set_disabled(&ana, None)).unwrap();
    assert_eq!(run(store.live_staff("a1", NOON)), Ok(None));
    // Even a session that escaped revocation is dead while the account is disabled.
    run(store.set_disabled(&ana, Some(NOON))).unwrap();
    run(store.create(&session("a3", &ana))).unwrap();
    assert_eq!(run(store.live_staff("a3", NOON)), Ok(None));
    run(store.set_disabled(&ana, None)).unwrap();
    assert_eq!(run(store.live_staff("a3", NOON)), Ok(Some(ana)));
}

// The audit log.

#[test]
fn a_reply_is_audited_without_its_text() {
    let (store, id) = store_with_conversation();
    let ana = staff("ana");
    let text = "Your test results show high blood sugar";
    let reply = StaffReply {
        clinic: &clinic(),
        staff: &ana,
        conversation: &id,
        seq: 2,
        sent_at: NOON,
        preview: text,
        claimed: false,
    };
    run(store.record_staff_reply(&reply)).unwrap();
    let entries = store.audit_entries();
    assert_eq!(entries.len(), 1);
    let entry = &entries[0];
    assert_eq!(entry.action, AuditAction::Replied);
    assert_eq!(entry.actor, "s_ana");
    assert_eq!(entry.conversation.as_ref(), Some(&id));
    assert_eq!(entry.detail, None);
    assert!(!format!("{entry:?}").contains("blood"));
    // The row keeps the preview for the inbox; only the audit log must not.
    assert_eq!(
        store
            .row(&clinic(), &id)
            .unwrap()
            .last_message_preview
            .as_deref(),
        Some(text)
    );
}

#[test]
fn a_reply_that_claimed_audits_the_claim_then_the_reply_in_its_own_write() {
    let (store, id) = store_with_conversation();
    let ana = staff("ana");
    let clinic = clinic();
    let reply = |claimed| StaffReply {
        clinic: &clinic,
        staff: &ana,
        conversation: &id,
        seq: 2,
        sent_at: NOON,
        preview: "reply",
        claimed,
    };
    run(store.record_staff_reply(&reply(true))).unwrap();
    let entries = store.audit_entries();
    let actions: Vec<_> = entries
        .iter()
        .map(|entry| (entry.action, entry.detail.as_deref()))
        .collect();
    // In the order they happened: the claim, then the reply that made it.
    assert_eq!(
        actions,
        [
            (AuditAction::Assigned, Some("claimed by replying")),
            (AuditAction::Replied, None),
        ]
    );
    assert!(entries.iter().all(|entry| entry.actor == "s_ana"));
    // A later reply by the owner claims nothing and is audited once.
    run(store.record_staff_reply(&reply(false))).unwrap();
    assert_eq!(store.audit_entries().len(), 3);
}

#[test]
fn the_audit_log_reads_back_newest_first_for_its_clinic_only() {
    let store = MemoryStore::default();
    let other = ClinicId::parse("other").unwrap();
    for (clinic, action) in [
        (clinic(), AuditAction::SignedIn),
        (other.clone(), AuditAction::SignedIn),
        (clinic(), AuditAction::Viewed),
        (clinic(), AuditAction::SignedOut),
    ] {
        let record = AuditRecord {
            clinic,
            actor: "s_ana".to_owned(),
            action,
            conversation: None,
            detail: None,
        };
        run(store.append(&record)).unwrap();
    }
    let recent = run(store.recent(&clinic(), 2)).unwrap();
    let read: Vec<(u64, AuditAction)> = recent.iter().map(|(id, r)| (*id, r.action)).collect();
    assert_eq!(
        read,
        vec![(4, AuditAction::SignedOut), (3, AuditAction::Viewed)]
    );
    let theirs = run(store.recent(&other, 10)).unwrap();
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].1.clinic, other);
}
