//! Data retention and erasure: the cron sweep deletes what is older than the clinic's
//! period (and audits it); an admin erases one visitor's conversation (and only an admin).

use std::time::Duration;

use serde_json::Value;

use crate::paths;
use crate::support::{
    get, invited_staff, new_conversation, new_conversation_in, request, sign_in, uuid,
    visitor_send, Reply,
};

/// The short-retention fixture clinic keeps messages this long (see `xtask/src/seed.rs`).
const RETENTION_SECONDS: u64 = 8;

fn erase(id: &str, token: Option<&str>) -> Reply {
    request("DELETE", &paths::admin_conversation(id), token, &[], None)
}

fn short_retention_conversation() -> (String, String) {
    new_conversation_in("short-retention")
}

fn visitor_texts(id: &str, token: &str) -> Option<Vec<String>> {
    let reply = get(&paths::conversation_messages(id), Some(token));
    if reply.status == 404 {
        assert_eq!(reply.error_code(), "unknown_conversation");
        return None;
    }
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    Some(
        reply.body["messages"]
            .as_array()
            .expect("messages")
            .iter()
            .filter(|m| m["author"] == "visitor")
            .filter_map(|m| m["text"].as_str().map(String::from))
            .collect(),
    )
}

fn inbox_ids(staff: &str) -> Vec<String> {
    let reply = get(paths::staff_inbox(), Some(staff));
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    reply.body["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .filter_map(|e| e["conversation_id"].as_str().map(String::from))
        .collect()
}

fn audit(staff: &str) -> Vec<Value> {
    let reply = get(paths::audit_log(), Some(staff));
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    reply.body["entries"].as_array().expect("entries").clone()
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
    let reply = get("/__scheduled?cron=30+3+*+*+*", None);
    assert_eq!(reply.status, 200, "{:?}", reply.body);
}

#[test]
fn the_cron_sweep_deletes_what_is_older_than_the_clinics_retention() {
    let _cron = cron_lock();
    let staff = sign_in("admin@retention.test");
    let (old, old_token) = short_retention_conversation();
    let (mixed, mixed_token) = short_retention_conversation();
    for (id, token) in [(&old, &old_token), (&mixed, &mixed_token)] {
        let sent = visitor_send(id, token, &uuid(), "Can I book a cleaning?");
        assert_eq!(sent.status, 201, "{:?}", sent.body);
    }
    crate::support::eventually("the old conversations in the inbox", || {
        let ids = inbox_ids(&staff);
        (ids.contains(&old) && ids.contains(&mixed)).then_some(())
    });
    // Let those messages age past the fixture's retention period.
    std::thread::sleep(Duration::from_secs(RETENTION_SECONDS + 1));
    let kept = visitor_send(&mixed, &mixed_token, &uuid(), "Still there?");
    assert_eq!(kept.status, 201, "{:?}", kept.body);
    let (fresh, fresh_token) = short_retention_conversation();
    let sent = visitor_send(&fresh, &fresh_token, &uuid(), "Do you take new patients?");
    assert_eq!(sent.status, 201, "{:?}", sent.body);

    run_cron();

    assert_eq!(
        visitor_texts(&old, &old_token),
        None,
        "expired conversation"
    );
    assert_eq!(
        visitor_texts(&mixed, &mixed_token),
        Some(vec!["Still there?".to_owned()]),
        "only the expired message goes"
    );
    assert_eq!(
        visitor_texts(&fresh, &fresh_token),
        Some(vec!["Do you take new patients?".to_owned()])
    );
    // The fresh conversation reaches the inbox through the queue.
    let ids = crate::support::eventually("the kept conversations in the inbox", || {
        let ids = inbox_ids(&staff);
        (ids.contains(&mixed) && ids.contains(&fresh)).then_some(ids)
    });
    assert!(!ids.contains(&old), "the expired inbox row is gone");
    let swept = audit(&staff)
        .into_iter()
        .find(|e| e["action"] == "retention_purged")
        .expect("the sweep is in the audit log");
    assert_eq!(swept["actor"], "retention-sweep");
    assert!(swept["detail"]
        .as_str()
        .is_some_and(|d| d.contains("messages")));
    // The expired conversation's token now finds nothing, without a 5xx.
    let late = visitor_send(&old, &old_token, &uuid(), "Hello again");
    assert_eq!(late.status, 404, "{:?}", late.body);
}

#[test]
fn the_sweep_leaves_a_clinic_with_a_long_retention_alone() {
    let _cron = cron_lock();
    let (id, token) = new_conversation();
    let sent = visitor_send(&id, &token, &uuid(), "What are your hours?");
    assert_eq!(sent.status, 201);
    run_cron();
    assert_eq!(
        visitor_texts(&id, &token),
        Some(vec!["What are your hours?".to_owned()])
    );
}

#[test]
fn an_admin_erases_a_visitors_conversation_and_it_is_audited() {
    let (id, token) = new_conversation();
    for text in [
        "My name is Jo, I need a refill",
        "Also a question about my bill",
    ] {
        assert_eq!(visitor_send(&id, &token, &uuid(), text).status, 201);
    }
    let admin = sign_in("admin@demo.test");
    crate::support::eventually("the conversation in the inbox", || {
        inbox_ids(&admin).contains(&id).then_some(())
    });

    let erased = erase(&id, Some(&admin));
    assert_eq!(erased.status, 200, "{:?}", erased.body);
    assert_eq!(erased.body["erased"], true);
    assert_eq!(erased.body["conversation_id"], id.as_str());
    assert!(erased.body["messages_deleted"].as_u64().unwrap_or(0) >= 2);

    assert_eq!(
        visitor_texts(&id, &token),
        None,
        "the visitor's view is gone"
    );
    assert!(!inbox_ids(&admin).contains(&id), "the inbox row is gone");
    let view = get(&paths::staff_messages(&id), Some(&admin));
    assert_eq!(view.status, 404);
    let resend = visitor_send(&id, &token, &uuid(), "Hello?");
    assert_eq!(resend.status, 404, "{:?}", resend.body);
    let live = crate::support::Live::try_connect(
        &format!("{}?token={token}", paths::conversation_live(&id)),
        &[],
    );
    assert_eq!(
        live.err(),
        Some(404),
        "no socket for an erased conversation"
    );
    let entry = audit(&admin)
        .into_iter()
        .find(|e| e["action"] == "deleted" && e["conversation_id"] == id.as_str())
        .expect("the erasure is in the audit log");
    assert_eq!(entry["actor"], "s_admin");
    // Erasing again finds nothing.
    assert_eq!(erase(&id, Some(&admin)).status, 404);
}

#[test]
fn only_the_clinics_admins_may_erase() {
    let (id, token) = new_conversation();
    assert_eq!(visitor_send(&id, &token, &uuid(), "Hi there").status, 201);
    let cases = [
        (None, 401),
        (Some(token.clone()), 401),
        (Some(sign_in("frontdesk@demo.test")), 403),
        (Some(sign_in("clinician@demo.test")), 403),
        (Some(sign_in("admin@other.test")), 404),
    ];
    for (caller, status) in cases {
        let reply = erase(&id, caller.as_deref());
        assert_eq!(reply.status, status, "{:?}", reply.body);
        reply.error_code();
    }
    assert_eq!(
        visitor_texts(&id, &token),
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
    let staff = sign_in("admin@bulk.test");

    run_cron();

    // Another test's sweep may run at the same time; each goes through every page.
    let left = inbox_ids(&staff);
    assert!(
        left == [BULK_MALFORMED],
        "only the row the sweep couldn't purge is left, not {} rows",
        left.len()
    );
    let details: Vec<String> = audit(&staff)
        .into_iter()
        .filter(|e| e["action"] == "retention_purged")
        .filter_map(|e| e["detail"].as_str().map(String::from))
        .collect();
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
    let admin = sign_in("admin@demo.test");
    // A used link: an invitation accepted (and its session ended).
    let (_, session, _) = invited_staff("front-desk", &["front-desk"], "purge me later");
    let out = request(
        "DELETE",
        paths::current_session(),
        Some(&session),
        &[],
        None,
    );
    assert_eq!(out.status, 200, "{:?}", out.body);

    run_cron();

    let details: Vec<String> = audit(&admin)
        .into_iter()
        .filter(|e| e["action"] == "retention_purged")
        .filter_map(|e| e["detail"].as_str().map(String::from))
        .collect();
    let total = |what: &str| -> u64 { details.iter().filter_map(|d| count_before(d, what)).sum() };
    assert!(total("ended sessions") >= 1, "{details:?}");
    assert!(total("used or expired links") >= 1, "{details:?}");
    assert!(
        details.iter().all(|d| !d.contains('@')),
        "counts only: {details:?}"
    );
}
