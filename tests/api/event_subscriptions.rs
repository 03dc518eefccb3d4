//! Event subscriptions (issue 22) against local workerd: an admin subscribes the tests'
//! webhook receiver; events arrive signed by the Standard Webhooks scheme with the
//! subscription's own secret (verified by the npm `standardwebhooks` package), are
//! retried after a refused delivery under the same `webhook-id`, carry no message text
//! (the subscription did not, and over http could not, opt in), show in the delivery
//! log and can be redelivered.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::escalation::{deliveries, verified_by_library, Delivery};
use crate::paths;
use crate::support::*;

const SUBSCRIPTIONS: &str = paths::event_subscriptions();

fn receiver(path: &str) -> String {
    let port = std::env::var("FRONTDESK_WEBHOOK_PORT").expect("FRONTDESK_WEBHOOK_PORT");
    format!("http://127.0.0.1:{port}{path}")
}

/// Deliveries to `path` so far, oldest first.
fn received_at(path: &str) -> Vec<Delivery> {
    deliveries()
        .lock()
        .expect("lock")
        .iter()
        .filter(|d| d.path == path)
        .cloned()
        .collect()
}

/// Waits until `path` has received at least `count` deliveries matching `keep`.
fn wait_for_count(path: &str, count: usize, keep: impl Fn(&Delivery) -> bool) -> Vec<Delivery> {
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        let got: Vec<Delivery> = received_at(path).into_iter().filter(&keep).collect();
        if got.len() >= count {
            return got;
        }
        assert!(
            Instant::now() < deadline,
            "{} of {count} deliveries at {path}: {got:?}",
            got.len()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn delete(path: &str, token: &str) -> Reply {
    request("DELETE", path, Some(token), &[], None)
}

#[test]
fn subscriptions_are_admins_only_and_refuse_clear_text_and_unknown_events() {
    let clinician = sign_in("clinician@demo.test");
    let hook = receiver("/events/refused");
    let refused = post(
        SUBSCRIPTIONS,
        Some(&clinician),
        &json!({"url": hook, "events": ["message.created"]}),
    );
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "admins_only");
    let admin = sign_in("admin@demo.test");
    for (body, code) in [
        (
            json!({"url": "http://hooks.example.org/x", "events": ["message.created"]}),
            "invalid_url",
        ),
        (
            json!({"url": hook, "events": ["message.created"], "include_text": true}),
            "text_needs_https",
        ),
        (
            json!({"url": hook, "events": ["message.deleted"]}),
            "unknown_event",
        ),
        (json!({"url": hook, "events": []}), "no_events"),
    ] {
        let reply = post(SUBSCRIPTIONS, Some(&admin), &body);
        assert_eq!(reply.status, 422, "{body}: {:?}", reply.body);
        assert_eq!(reply.error_code(), code, "{body}");
    }
}

#[test]
fn an_event_is_signed_retried_under_one_id_logged_and_redelivered_without_text() {
    let _ = deliveries();
    let admin = sign_in("admin@demo.test");
    let path = format!("/events/{}/flaky", uuid());
    let created = post(
        SUBSCRIPTIONS,
        Some(&admin),
        &json!({"url": receiver(&path), "events": ["message.created", "conversation.triaged"]}),
    );
    assert_eq!(created.status, 201, "{:?}", created.body);
    let subscription = created.body["id"].as_str().expect("id").to_owned();
    let secret = created.body["secret"]
        .as_str()
        .expect("the secret, once")
        .to_owned();
    assert!(secret.starts_with("whsec_"));
    // Listed without its secret.
    let listed = get(SUBSCRIPTIONS, Some(&admin));
    let mine = listed.body["subscriptions"]
        .as_array()
        .expect("list")
        .iter()
        .find(|s| s["id"] == subscription.as_str())
        .cloned()
        .expect("listed");
    assert!(mine.get("secret").is_none(), "{mine}");

    let (id, token) = new_conversation();
    let private = format!("my knee has been sore for a week {}", canary());
    assert_eq!(visitor_send(&id, &token, &uuid(), &private).status, 201);
    let is_message =
        |d: &Delivery| d.body.contains(&id) && d.body.contains("\"type\":\"message.created\"");
    // The receiver refuses the first attempt; the queue tries again.
    let attempts = wait_for_count(&path, 2, is_message);
    let webhook_id = attempts[0].headers["webhook-id"].clone();
    assert_eq!(
        attempts[1].headers["webhook-id"], webhook_id,
        "one id on every retry"
    );
    assert_eq!(attempts[0].body, attempts[1].body, "the same body");
    for attempt in &attempts {
        let payload = verified_by_library(&secret, attempt).expect("verified by standardwebhooks");
        assert_eq!(payload["type"], "message.created");
        assert_eq!(payload["data"]["conversation_id"], id.as_str());
        assert_eq!(payload["data"]["author"], "visitor");
        assert_eq!(payload["data"]["seq"], 1);
        assert!(payload["data"].get("text").is_none(), "{payload}");
        assert!(!attempt.body.contains(&canary()) && !attempt.body.contains("knee"));
        // Another secret (the clinic's escalation one) does not verify it.
        assert!(verified_by_library(&dev_secret("ESCALATION_WEBHOOK_SECRET"), attempt).is_err());
    }
    // The triage event came too, for the same message.
    let triaged = wait_for_count(&path, 1, |d| {
        d.body.contains(&id) && d.body.contains("\"type\":\"conversation.triaged\"")
    });
    let payload = verified_by_library(&secret, &triaged[0]).expect("verified");
    assert_eq!(payload["data"]["urgency"], "routine");

    // The delivery log: two attempts, delivered by the second, under the same id.
    let log_path = paths::event_deliveries(&subscription);
    let entry = eventually("the delivered entry", || {
        let log = get(&log_path, Some(&admin));
        assert_eq!(log.status, 200, "{:?}", log.body);
        log.body["deliveries"]
            .as_array()?
            .iter()
            .find(|d| d["id"] == webhook_id.as_str() && !d["delivered_at"].is_null())
            .cloned()
    });
    assert_eq!(entry["event"], "message.created");
    assert_eq!(entry["attempts"], 2, "{entry}");
    assert_eq!(entry["last_status"], 200);

    // A manual redelivery goes out again under the same id.
    let redelivered = post(
        &paths::event_redeliver(&subscription, &webhook_id),
        Some(&admin),
        &json!({}),
    );
    assert_eq!(redelivered.status, 202, "{:?}", redelivered.body);
    let again = wait_for_count(&path, 3, is_message);
    assert_eq!(again[2].headers["webhook-id"], webhook_id);
    verified_by_library(&secret, &again[2]).expect("verified");
    let unknown = post(
        &paths::event_redeliver(&subscription, &format!("{subscription}_nothing")),
        Some(&admin),
        &json!({}),
    );
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.error_code(), "unknown_delivery");

    // Audited by id; deleting ends it.
    let audit = get(paths::audit_log(), Some(&admin));
    let actions: Vec<&Value> = audit.body["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["detail"] == subscription.as_str())
        .map(|e| &e["action"])
        .collect();
    assert!(
        actions.contains(&&json!("subscription_created")),
        "{actions:?}"
    );
    let deleted = delete(&paths::event_subscription(&subscription), &admin);
    assert_eq!(deleted.status, 200, "{:?}", deleted.body);
    assert_eq!(get(&log_path, Some(&admin)).status, 404);
}
