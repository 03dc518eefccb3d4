//! Escalation on a clock against local workerd: an in-test HTTP receiver stands in for
//! the clinic's webhook and gateways (the test seed points every channel at it and
//! shrinks minutes to seconds: urgent notifies on-call after 10 s).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use frontdesk_domain::webhook::WebhookSecret;
use frontdesk_protocol::Urgency;
use serde_json::{json, Value};

use crate::app::{says, Outcome, TestApp, Visitor};
use crate::support::*;

/// One POST the receiver got.
#[derive(Debug, Clone)]
pub(crate) struct Delivery {
    pub(crate) path: String,
    pub(crate) headers: HashMap<String, String>,
    pub(crate) body: String,
}

/// Everything the receiver got; the first call starts it.
pub(crate) fn deliveries() -> &'static Mutex<Vec<Delivery>> {
    static RECEIVED: OnceLock<Mutex<Vec<Delivery>>> = OnceLock::new();
    RECEIVED.get_or_init(|| {
        start_receiver();
        Mutex::new(Vec::new())
    })
}

/// Listens on 127.0.0.1:$FRONTDESK_WEBHOOK_PORT, the port `cargo xtask test` seeded.
fn start_receiver() {
    let port = std::env::var("FRONTDESK_WEBHOOK_PORT").expect(
        "FRONTDESK_WEBHOOK_PORT is not set: run through `cargo xtask test`, which seeds \
         the webhook URLs with it",
    );
    let listener = TcpListener::bind(("127.0.0.1", port.parse::<u16>().expect("port")))
        .expect("webhook receiver binds");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut headers = HashMap::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = line.split_once(':') {
                    headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
                }
            }
            let length: usize = headers
                .get("content-length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).is_err() {
                continue;
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or_default()
                .to_owned();
            let body = String::from_utf8_lossy(&body).into_owned();
            let Ok(mut received) = deliveries().lock() else {
                continue;
            };
            // The clinic lead's email gateway, and any path ending in `/flaky` (an event
            // subscription's), fail each body's first delivery, so the tests see the
            // queue retry it.
            let first_try = !received.iter().any(|d| d.path == path && d.body == body);
            let status = if (path == FLAKY_PATH || path.ends_with("/flaky")) && first_try {
                "503 Service Unavailable"
            } else {
                "200 OK"
            };
            received.push(Delivery {
                path,
                headers,
                body,
            });
            drop(received);
            let mut stream = reader.into_inner();
            let _ = stream.write_all(
                format!("HTTP/1.1 {status}\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                    .as_bytes(),
            );
        }
    });
}

/// Deliveries for one conversation so far.
pub(crate) fn for_conversation(conversation_id: &str) -> Vec<Delivery> {
    deliveries()
        .lock()
        .expect("lock")
        .iter()
        .filter(|d| d.body.contains(conversation_id))
        .cloned()
        .collect()
}

/// The demo clinic's dev signing secret, read from the file wrangler dev loads it from.
fn signing_secret() -> WebhookSecret {
    WebhookSecret::parse(&dev_secret("ESCALATION_WEBHOOK_SECRET")).expect("a whsec_ secret")
}

/// Checks a delivery's Standard Webhooks headers with the demo clinic's secret, as a
/// receiver would (timestamp within five minutes of now), and returns its `webhook-id`.
pub(crate) fn verified(delivery: &Delivery) -> String {
    let header = |name: &str| {
        delivery
            .headers
            .get(name)
            .unwrap_or_else(|| panic!("no {name} header"))
            .clone()
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    let id = header("webhook-id");
    signing_secret()
        .verify(
            &id,
            &header("webhook-timestamp"),
            &header("webhook-signature"),
            delivery.body.as_bytes(),
            now,
        )
        .expect("a valid Standard Webhooks signature");
    // The same key does not verify a changed body.
    assert!(signing_secret()
        .verify(
            &id,
            &header("webhook-timestamp"),
            &header("webhook-signature"),
            format!("{} ", delivery.body).as_bytes(),
            now,
        )
        .is_err());
    assert!(
        !delivery.headers.contains_key("x-frontdesk-signature"),
        "the old scheme is gone"
    );
    id
}

/// Verifies a delivery with the npm `standardwebhooks` package (the library a clinic's
/// receiver uses, as in examples/webhook-receiver.mjs) and returns the payload it read.
pub(crate) fn verified_by_library(secret: &str, delivery: &Delivery) -> Result<Value, String> {
    let input = json!({"secret": secret, "headers": delivery.headers, "body": delivery.body});
    node_script("standardwebhooks_verify.mjs", &input)
        .map(|stdout| serde_json::from_slice(&stdout).expect("the verified payload"))
}

/// The channel whose first delivery of each notification fails.
const FLAKY_PATH: &str = "/clinic-lead/email";

pub(crate) const URGENT: &str = "the wound from my surgery is still bleeding 5 hours later";

pub(crate) fn wait_for(conversation_id: &str, path: &str, within: Duration) -> Option<Delivery> {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if let Some(found) = for_conversation(conversation_id)
            .into_iter()
            .find(|d| d.path == path)
        {
            return Some(found);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    None
}

/// A new demo conversation whose visitor sent `text`, triaged as `urgency`.
fn visitor_saying(app: &TestApp, text: &str, urgency: Urgency) -> Visitor {
    let visitor = app.new_visitor();
    let sent = app
        .send_visitor_message(&visitor, &says(text))
        .answered(201)
        .body;
    assert_eq!(sent.triage.urgency, urgency, "{sent:?}");
    visitor
}

#[test]
fn an_unanswered_urgent_message_fires_a_signed_webhook_without_message_text() {
    let _ = deliveries();
    let app = TestApp::new();
    let private = format!("{URGENT} {}", canary());
    let sent_at = Instant::now();
    let visitor = visitor_saying(&app, &private, Urgency::Urgent);
    let id = visitor.id().to_owned();

    // Not before the configured delay (10 s on the test server)...
    std::thread::sleep(Duration::from_secs(7));
    assert!(
        for_conversation(&id).is_empty(),
        "escalated before the configured delay"
    );
    // ...but soon after it.
    let webhook = wait_for(&id, "/on-call/webhook", Duration::from_secs(25))
        .expect("the on-call webhook fired");
    assert!(sent_at.elapsed() >= Duration::from_secs(10));
    assert_eq!(verified(&webhook), format!("{id}:urgent:1"));
    // The Standard Webhooks library verifies it with this clinic's secret, and refuses it
    // with another clinic's.
    let by_library =
        verified_by_library(&dev_secret("ESCALATION_WEBHOOK_SECRET"), &webhook).expect("verified");
    assert_eq!(by_library["conversation_id"], id.as_str());
    let refused = verified_by_library(&dev_secret("OTHER_CLINIC_WEBHOOK_SECRET"), &webhook);
    assert!(refused.is_err_and(|e| e.contains("No matching signature")));
    assert!(webhook
        .headers
        .get("content-type")
        .is_some_and(|v| v.starts_with("application/json")));
    let payload: Value = serde_json::from_str(&webhook.body).expect("json body");
    assert_eq!(payload["event"], "escalation");
    assert_eq!(payload["conversation_id"], id.as_str());
    assert_eq!(payload["urgency"], "urgent");
    assert_eq!(payload["department"], "clinical");
    assert_eq!(payload["notify"], "on-call");
    assert_eq!(payload["step"], 1);
    assert_eq!(payload["id"], format!("{id}:urgent:1"));
    assert!(payload["waiting_seconds"].as_i64().is_some_and(|s| s >= 10));
    assert!(payload["conversation_url"]
        .as_str()
        .is_some_and(|u| u.contains("/console/") && u.ends_with(&id)));
    for delivery in for_conversation(&id) {
        assert!(
            !delivery.body.contains(&canary()) && !delivery.body.contains("bleeding"),
            "notification carries message text: {}",
            delivery.body
        );
    }
    // The SMS gateway shape goes out for the same step.
    let sms = wait_for(&id, "/on-call/sms", Duration::from_secs(10)).expect("sms gateway");
    let sms_body: Value = serde_json::from_str(&sms.body).expect("json");
    assert_eq!(sms_body["channel"], "sms");
    assert!(sms_body["to"].is_string());
    assert_eq!(verified(&sms), format!("{id}:urgent:1"));

    // The step is recorded on the conversation, for the console.
    let staff = sign_in("admin@demo.test");
    let view = eventually("the escalation record", || {
        let view = app.staff_thread(&staff, &id).answered(200).body;
        (!view.escalations.is_empty()).then_some(view)
    });
    let record = &view.escalations[0];
    assert_eq!(record.urgency, Urgency::Urgent);
    assert_eq!(record.step, 1);
    assert_eq!(record.notify, "on-call");
    assert!(record.waited_seconds >= 10);
}

#[test]
fn a_staff_reply_before_the_deadline_fires_nothing() {
    let _ = deliveries();
    let app = TestApp::new();
    let visitor = visitor_saying(&app, &format!("{URGENT} {}", canary()), Urgency::Urgent);
    let id = visitor.id();
    let staff = sign_in("clinician@demo.test");
    // Staff open it from the inbox, once the queue has routed it to their team.
    app.routed(id);
    let answer = says("Please press on it with clean gauze; calling you now.");
    app.staff_reply(&staff, id, &answer).answered(201);
    // Past the 10 s step and well past delivery time.
    std::thread::sleep(Duration::from_secs(16));
    assert!(
        for_conversation(id).is_empty(),
        "a reply must stop the ladder"
    );
    let view = app.staff_thread(&staff, id).answered(200);
    assert_eq!(view.json["escalations"], json!([]));
}

#[test]
fn a_claim_before_the_deadline_fires_nothing() {
    let _ = deliveries();
    let app = TestApp::new();
    let visitor = app.new_visitor();
    app.send_visitor_message(&visitor, &says(&format!("{URGENT} {}", canary())))
        .answered(201);
    let id = visitor.id();
    let staff = sign_in("admin@demo.test");
    app.claim(&staff, id).answered(200);
    std::thread::sleep(Duration::from_secs(16));
    assert!(
        for_conversation(id).is_empty(),
        "a claim must stop the ladder"
    );
}

#[test]
fn an_emergency_notifies_on_call_at_once() {
    let _ = deliveries();
    let app = TestApp::new();
    let text = format!("my husband collapsed and is not breathing {}", canary());
    let visitor = visitor_saying(&app, &text, Urgency::Emergency);
    let id = visitor.id();
    let webhook =
        wait_for(id, "/on-call/webhook", Duration::from_secs(8)).expect("on-call notified at once");
    let payload: Value = serde_json::from_str(&webhook.body).expect("json");
    assert_eq!(payload["urgency"], "emergency");
    assert!(payload["waiting_seconds"].as_i64().is_some_and(|s| s < 8));
}

#[test]
fn a_failed_delivery_is_retried_with_the_same_body_and_webhook_id() {
    let _ = deliveries();
    let app = TestApp::new();
    let text = format!("she is having a seizure right now {}", canary());
    let visitor = visitor_saying(&app, &text, Urgency::Emergency);
    let id = visitor.id().to_owned();
    // Step 2 of the emergency ladder (5 s on the test server) emails the clinic lead;
    // the receiver refuses the first attempt with 503.
    let deadline = Instant::now() + Duration::from_secs(40);
    let attempts = loop {
        let attempts: Vec<Delivery> = for_conversation(&id)
            .into_iter()
            .filter(|d| d.path == FLAKY_PATH)
            .collect();
        if attempts.len() >= 2 {
            break attempts;
        }
        assert!(
            Instant::now() < deadline,
            "no retry after a 503: {attempts:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(
        attempts[0].body, attempts[1].body,
        "a retry resends the same body"
    );
    let email: Value = serde_json::from_str(&attempts[1].body).expect("json");
    assert_eq!(email["channel"], "email");
    assert_eq!(email["id"], format!("{id}:emergency:2"));
    assert!(!attempts[1].body.contains("seizure"));
    // Each attempt is signed afresh, under the same webhook-id, so the receiver drops
    // a repeat it already handled.
    assert_eq!(verified(&attempts[0]), format!("{id}:emergency:2"));
    assert_eq!(verified(&attempts[1]), format!("{id}:emergency:2"));
}
