//! The emails the edge sent, read from the provider sandbox's outbox (channel `email`,
//! each body exactly as Postmark received it): how the tests receive staff links and
//! one-time codes, which never come back in an API response.

use serde_json::Value;

use crate::channels_sms::sandbox;
use crate::support::eventually;

/// The Postmark messages sent to `address`, oldest first.
pub fn emails_to(address: &str) -> Vec<Value> {
    let outbox = sandbox("GET", "/sandbox/outbox", None);
    outbox["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .filter(|r| r["channel"] == "email")
        .filter_map(|r| serde_json::from_str::<Value>(r["body"].as_str()?).ok())
        .filter(|message| message["To"] == address)
        .collect()
}

/// The console link in the newest email to `address` of this `kind` (`invite`, `reset`),
/// waiting for the queue to send it.
pub fn link_emailed_to(address: &str, kind: &str) -> String {
    let marker = format!("/console/#/{kind}/");
    eventually("the emailed link", || {
        emails_to(address).iter().rev().find_map(|message| {
            let text = message["TextBody"].as_str()?;
            let line = text.lines().find(|line| line.contains(&marker))?;
            Some(line.trim().to_owned())
        })
    })
}

/// The token at the end of a console link.
pub fn token_of(link: &str) -> String {
    link.rsplit('/').next().expect("token").to_owned()
}
