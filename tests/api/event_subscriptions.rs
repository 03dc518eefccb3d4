//! Event subscriptions (issue 22) against local workerd: an admin subscribes the tests'
//! webhook receiver; events arrive signed by the Standard Webhooks scheme with the
//! subscription's own secret (verified by the npm `standardwebhooks` package), are
//! retried after a refused delivery under the same `webhook-id`, carry no message text
//! (the subscription did not, and over http could not, opt in), show in the delivery
//! log and can be redelivered.

use std::time::{Duration, Instant};

use frontdesk_protocol::CreateSubscriptionRequest;

use crate::app::{says, Outcome, TestApp};
use crate::escalation::{deliveries, verified_by_library, Delivery};
use crate::support::*;

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

/// A subscription of `url` to `events`, with the text left out unless `include_text`.
fn subscription(url: &str, events: &[&str], include_text: bool) -> CreateSubscriptionRequest {
    CreateSubscriptionRequest {
        url: url.to_owned(),
        events: events.iter().map(|event| (*event).to_owned()).collect(),
        include_text,
    }
}

#[test]
fn subscriptions_are_admins_only_and_refuse_clear_text_and_unknown_events() {
    let app = TestApp::new();
    let clinician = sign_in("clinician@demo.test");
    let hook = receiver("/events/refused");
    let refused = app
        .subscribe(
            &clinician,
            &subscription(&hook, &["message.created"], false),
        )
        .refused(403);
    assert_eq!(refused.code, "admins_only");
    let admin = sign_in("admin@demo.test");
    for (request, code) in [
        (
            subscription("http://hooks.example.org/x", &["message.created"], false),
            "invalid_url",
        ),
        (
            subscription(&hook, &["message.created"], true),
            "text_needs_https",
        ),
        (
            subscription(&hook, &["message.deleted"], false),
            "unknown_event",
        ),
        (subscription(&hook, &[], false), "no_events"),
    ] {
        let refused = app.subscribe(&admin, &request).refused(422);
        assert_eq!(refused.code, code, "{request:?}");
    }
}

#[test]
fn an_event_is_signed_retried_under_one_id_logged_and_redelivered_without_text() {
    let _ = deliveries();
    let app = TestApp::new();
    let admin = sign_in("admin@demo.test");
    let path = format!("/events/{}/flaky", uuid());
    let events = ["message.created", "conversation.triaged"];
    let created = app
        .subscribe(&admin, &subscription(&receiver(&path), &events, false))
        .answered(201)
        .body;
    let subscription = created.id;
    let secret = created.secret.expect("the secret, once");
    assert!(secret.starts_with("whsec_"));
    // Listed without its secret.
    let listed = app.subscriptions(&admin).answered(200);
    let mine = listed.json["subscriptions"]
        .as_array()
        .expect("list")
        .iter()
        .find(|s| s["id"] == subscription.as_str())
        .cloned()
        .expect("listed");
    assert!(mine.get("secret").is_none(), "{mine}");

    let visitor = app.new_visitor();
    let id = visitor.id().to_owned();
    let private = format!("my knee has been sore for a week {}", canary());
    app.send_visitor_message(&visitor, &says(&private))
        .answered(201);
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
    let entry = eventually("the delivered entry", || {
        let log = app.event_deliveries(&admin, &subscription).answered(200);
        log.body
            .deliveries
            .into_iter()
            .find(|d| d.id == webhook_id && d.delivered_at.is_some())
    });
    assert_eq!(entry.event, "message.created");
    assert_eq!(entry.attempts, 2, "{entry:?}");
    assert_eq!(entry.last_status, Some(200));

    // A manual redelivery goes out again under the same id.
    app.redeliver(&admin, &subscription, &webhook_id)
        .answered(202);
    let again = wait_for_count(&path, 3, is_message);
    assert_eq!(again[2].headers["webhook-id"], webhook_id);
    verified_by_library(&secret, &again[2]).expect("verified");
    let nothing = format!("{subscription}_nothing");
    let unknown = app.redeliver(&admin, &subscription, &nothing).refused(404);
    assert_eq!(unknown.code, "unknown_delivery");

    // Audited by id; deleting ends it.
    let audit = app.audit_log(&admin).answered(200).body;
    let actions: Vec<&str> = audit
        .entries
        .iter()
        .filter(|e| e.detail.as_deref() == Some(subscription.as_str()))
        .map(|e| e.action.as_str())
        .collect();
    assert!(actions.contains(&"subscription_created"), "{actions:?}");
    app.unsubscribe(&admin, &subscription).answered(200);
    app.event_deliveries(&admin, &subscription).refused(404);
}
