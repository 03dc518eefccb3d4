//! Data retention and erasure: the cron sweep deletes what is older than the clinic's
//! period (and audits it); an admin erases one visitor's conversation (and only an admin).

use std::time::Duration;

use frontdesk_protocol::{AuditEntry, Author};

use crate::app::{says, Outcome, TestApp, Visitor};
use crate::paths;
use crate::support::{invited_staff, sign_in};

/// The short-retention fixture clinic keeps messages this long (see `xtask/src/seed.rs`).
const RETENTION_SECONDS: u64 = 8;

fn short_retention_conversation(app: &TestApp) -> Visitor {
    app.new_visitor_in("short-retention")
}

/// A visitor message that must be stored.
fn send(app: &TestApp, visitor: &Visitor, text: &str) {
    app.send_visitor_message(visitor, &says(text)).answered(201);
}

/// The visitor's own messages as the visitor reads them; `None` once the conversation
/// is gone.
fn visitor_texts(app: &TestApp, visitor: &Visitor) -> Option<Vec<String>> {
    match app.visitor_messages(visitor, None) {
        Err(refusal) if refusal.status == 404 => {
            assert_eq!(refusal.error.code, "unknown_conversation");
            None
        }
        read => Some(
            read.answered(200)
                .body
                .messages
                .into_iter()
                .filter(|m| m.author == Author::Visitor)
                .map(|m| m.text)
                .collect(),
        ),
    }
}

/// The ids on the inbox's first page.
fn inbox_ids(app: &TestApp, staff: &str) -> Vec<String> {
    let inbox = app.inbox(staff, &[]).answered(200).body;
    inbox
        .conversations
        .into_iter()
        .map(|row| row.conversation_id)
        .collect()
}

fn audit(app: &TestApp, staff: &str) -> Vec<AuditEntry> {
    app.audit_log(staff).answered(200).body.entries
}

/// The details of the audit's retention sweeps.
fn sweep_details(app: &TestApp, staff: &str) -> Vec<String> {
    audit(app, staff)
        .into_iter()
        .filter(|e| e.action == "retention_purged")
        .filter_map(|e| e.detail)
        .collect()
}

/// Held by every test that runs the sweep (here and in attachments.rs), for its whole
/// length: a sweep run by another test would delete the short-retention conversations
/// one test lets age before its own run.
static CRON: std::sync::Mutex<()> = std::sync::Mutex::new(());

pub(crate) fn cron_lock() -> std::sync::MutexGuard<'static, ()> {
    CRON.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Runs the cron trigger the way Cloudflare would (`wrangler dev --test-scheduled`).
fn run_cron() {
    TestApp::new().run_cron("30 3 * * *");
}

#[test]
fn the_cron_sweep_deletes_what_is_older_than_the_clinics_retention() {
    let _cron = cron_lock();
    let app = TestApp::new();
    let staff = sign_in("admin@retention.test");
    let old = short_retention_conversation(&app);
    let mixed = short_retention_conversation(&app);
    for visitor in [&old, &mixed] {
        send(&app, visitor, "Can I book a cleaning?");
    }
    let (old_id, mixed_id) = (old.id().to_owned(), mixed.id().to_owned());
    crate::support::eventually("the old conversations in the inbox", || {
        let ids = inbox_ids(&app, &staff);
        (ids.contains(&old_id) && ids.contains(&mixed_id)).then_some(())
    });
    // Let those messages age past the fixture's retention period.
    std::thread::sleep(Duration::from_secs(RETENTION_SECONDS + 1));
    send(&app, &mixed, "Still there?");
    let fresh = short_retention_conversation(&app);
    send(&app, &fresh, "Do you take new patients?");
    let fresh_id = fresh.id().to_owned();

    run_cron();

    assert_eq!(visitor_texts(&app, &old), None, "expired conversation");
    assert_eq!(
        visitor_texts(&app, &mixed),
        Some(vec!["Still there?".to_owned()]),
        "only the expired message goes"
    );
    assert_eq!(
        visitor_texts(&app, &fresh),
        Some(vec!["Do you take new patients?".to_owned()])
    );
    // The fresh conversation reaches the inbox through the queue.
    let ids = crate::support::eventually("the kept conversations in the inbox", || {
        let ids = inbox_ids(&app, &staff);
        (ids.contains(&mixed_id) && ids.contains(&fresh_id)).then_some(ids)
    });
    assert!(!ids.contains(&old_id), "the expired inbox row is gone");
    let swept = audit(&app, &staff)
        .into_iter()
        .find(|e| e.action == "retention_purged")
        .expect("the sweep is in the audit log");
    assert_eq!(swept.actor, "retention-sweep");
    assert!(swept.detail.is_some_and(|d| d.contains("messages")));
    // The expired conversation's token now finds nothing, without a 5xx.
    app.send_visitor_message(&old, &says("Hello again"))
        .refused(404);
}

#[test]
fn the_sweep_leaves_a_clinic_with_a_long_retention_alone() {
    let _cron = cron_lock();
    let app = TestApp::new();
    let visitor = app.new_visitor();
    send(&app, &visitor, "What are your hours?");
    run_cron();
    assert_eq!(
        visitor_texts(&app, &visitor),
        Some(vec!["What are your hours?".to_owned()])
    );
}

#[test]
fn an_admin_erases_a_visitors_conversation_and_it_is_audited() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id().to_owned(), visitor.token.clone());
    for text in [
        "My name is Jo, I need a refill",
        "Also a question about my bill",
    ] {
        send(&app, &visitor, text);
    }
    let admin = sign_in("admin@demo.test");
    // The demo clinic's inbox is more than one page in a full run: look through all of it.
    crate::support::eventually("the conversation in the inbox", || {
        app.inbox_row(&admin, &id, &[]).map(|_| ())
    });

    let erased = app.erase(Some(&admin), &id).answered(200).body;
    assert!(erased.erased);
    assert_eq!(erased.conversation_id, id);
    assert!(erased.messages_deleted >= 2);

    assert_eq!(
        visitor_texts(&app, &visitor),
        None,
        "the visitor's view is gone"
    );
    assert!(
        app.inbox_row(&admin, &id, &[]).is_none(),
        "the inbox row is gone"
    );
    app.staff_thread(&admin, &id).refused(404);
    app.send_visitor_message(&visitor, &says("Hello?"))
        .refused(404);
    let live = crate::support::Live::try_connect(
        &format!("{}?token={token}", paths::conversation_live(&id)),
        &[],
    );
    assert_eq!(
        live.err(),
        Some(404),
        "no socket for an erased conversation"
    );
    let entry = audit(&app, &admin)
        .into_iter()
        .find(|e| e.action == "deleted" && e.conversation_id.as_deref() == Some(id.as_str()))
        .expect("the erasure is in the audit log");
    assert_eq!(entry.actor, "s_admin");
    // Erasing again finds nothing.
    app.erase(Some(&admin), &id).refused(404);
}

#[test]
fn only_the_clinics_admins_may_erase() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let token = visitor.token.clone();
    send(&app, &visitor, "Hi there");
    let cases = [
        (None, 401),
        (Some(token.clone()), 401),
        (Some(sign_in("frontdesk@demo.test")), 403),
        (Some(sign_in("clinician@demo.test")), 403),
        (Some(sign_in("admin@other.test")), 404),
    ];
    for (caller, status) in cases {
        app.erase(caller.as_deref(), visitor.id()).refused(status);
    }
    assert_eq!(
        visitor_texts(&app, &visitor),
        Some(vec!["Hi there".to_owned()]),
        "refused erasures delete nothing"
    );
}

/// The bulk-retention fixture (see `xtask/src/seed.rs`): 505 conversations long past
/// retention, and one row the sweep can't purge (an id of a shape the service never
/// makes), created before all of them.
const BULK_CONVERSATIONS: u64 = 505;
const BULK_MALFORMED: &str = "c_bulk-fixture-malformed-id";

/// The number in a sweep's audit detail just before `what`.
fn count_before(detail: &str, what: &str) -> Option<u64> {
    let head = &detail[..detail.find(what)?];
    head.trim_end().rsplit(' ').next()?.parse().ok()
}

#[test]
fn one_sweep_takes_every_due_conversation_of_a_clinic_and_reports_what_it_skipped() {
    let _cron = cron_lock();
    let app = TestApp::new();
    let staff = sign_in("admin@bulk.test");

    run_cron();

    // Another test's sweep may run at the same time; each goes through every page.
    let left = inbox_ids(&app, &staff);
    assert!(
        left == [BULK_MALFORMED],
        "only the row the sweep couldn't purge is left, not {} rows",
        left.len()
    );
    let details = sweep_details(&app, &staff);
    let emptied: Vec<u64> = details
        .iter()
        .filter_map(|d| count_before(d, "emptied conversations"))
        .collect();
    assert!(
        emptied.iter().any(|&n| n > 500),
        "one run swept more than 500 conversations: {details:?}"
    );
    assert!(
        emptied.iter().sum::<u64>() >= BULK_CONVERSATIONS,
        "{details:?}"
    );
    assert!(
        details
            .iter()
            .any(|d| count_before(d, "conversations skipped") == Some(1)),
        "the sweep reports the row it skipped: {details:?}"
    );
}

#[test]
fn the_sweep_purges_ended_sessions_and_used_links() {
    let _cron = cron_lock();
    let app = TestApp::new();
    let admin = sign_in("admin@demo.test");
    // A used link: an invitation accepted (and its session ended).
    let (_, session, _) = invited_staff("front-desk", &["front-desk"], "purge me later");
    app.sign_out(&session).answered(200);

    run_cron();

    let details = sweep_details(&app, &admin);
    let total = |what: &str| -> u64 { details.iter().filter_map(|d| count_before(d, what)).sum() };
    assert!(total("ended sessions") >= 1, "{details:?}");
    assert!(total("used or expired links") >= 1, "{details:?}");
    assert!(
        details.iter().all(|d| !d.contains('@')),
        "counts only: {details:?}"
    );
}
