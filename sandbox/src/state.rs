//! What the sandbox remembers: its settings, every outbound call (the outbox) and, for
//! the patient page, each patient's thread with delivery states.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::Call;

/// Dev-only values: the CONTRACT's dev seed.
pub const DEV_TWILIO_AUTH_TOKEN: &str = "dev-twilio-auth-token";
pub const DEV_TWILIO_ACCOUNT_SID: &str = "ACdev00000000000000000000000000000";
pub const DEV_CLINIC_NUMBER: &str = "+15550100100";

#[derive(Debug, Clone)]
pub struct Settings {
    pub port: u16,
    /// Where webhooks go: the Frontdesk edge's base URL.
    pub edge: String,
    pub twilio_auth_token: String,
    pub twilio_account_sid: String,
    /// The clinic's SMS number, the `To` of a patient's text unless the call names one.
    pub clinic_number: String,
    /// Keys the `X-Hub-Signature-256` of Meta's webhooks.
    pub meta_app_secret: String,
    /// Milliseconds between a Twilio send and its `sent`, and `sent` and `delivered`.
    pub callback_delay_ms: u64,
}

impl Settings {
    /// From `--port`, `--edge` (or `SANDBOX_PORT`, `SANDBOX_EDGE_URL`), with defaults.
    pub fn from_args(args: Vec<String>) -> Settings {
        let env = |name: &str| std::env::var(name).ok();
        let mut port = env("SANDBOX_PORT");
        let mut edge = env("SANDBOX_EDGE_URL");
        let mut pairs = args.chunks(2);
        for pair in pairs.by_ref() {
            match pair {
                [flag, value] if flag == "--port" => port = Some(value.clone()),
                [flag, value] if flag == "--edge" => edge = Some(value.clone()),
                _ => {
                    eprintln!("usage: frontdesk-sandbox [--port N] [--edge http://127.0.0.1:8787]");
                    std::process::exit(2);
                }
            }
        }
        let port = match port.as_deref().map(str::parse) {
            None => 8790,
            Some(Ok(port)) => port,
            Some(Err(_)) => {
                eprintln!("sandbox: the port must be a number");
                std::process::exit(2);
            }
        };
        Settings {
            port,
            edge: edge
                .unwrap_or_else(|| "http://127.0.0.1:8787".into())
                .trim_end_matches('/')
                .to_owned(),
            twilio_auth_token: DEV_TWILIO_AUTH_TOKEN.into(),
            twilio_account_sid: DEV_TWILIO_ACCOUNT_SID.into(),
            clinic_number: DEV_CLINIC_NUMBER.into(),
            meta_app_secret: crate::meta::DEV_APP_SECRET.into(),
            callback_delay_ms: 300,
        }
    }
}

/// How the sandbox fails a channel's next send (`POST /sandbox/fail-next`, dev only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailNext {
    /// The send API refuses the call with the provider's documented error.
    Reject,
    /// The send API accepts it, then a status callback says it was not delivered.
    Undelivered,
}

impl FailNext {
    pub fn parse(raw: &str) -> Option<FailNext> {
        match raw {
            "reject" => Some(FailNext::Reject),
            "undelivered" => Some(FailNext::Undelivered),
            _ => None,
        }
    }
}

/// One `fail-next` order: the next send on `channel` (to `to`, with `text` in its body,
/// when given) fails as `mode` says.
#[derive(Debug, Clone)]
pub struct FailRule {
    pub channel: String,
    pub mode: FailNext,
    pub to: Option<String>,
    pub text: Option<String>,
}

/// One message on the patient page.
#[derive(Debug, Clone)]
struct ThreadMessage {
    channel: String,
    /// The patient's address on the channel (a phone number for SMS).
    address: String,
    /// `in` (the patient wrote it) or `out` (the clinic sent it).
    direction: &'static str,
    id: String,
    text: String,
    status: String,
    /// The status callbacks the clinic's edge answered 200, in the order sent: the ticks
    /// the patient page shows as acknowledged.
    acknowledged: Vec<String>,
    at_ms: u128,
}

pub struct Sandbox {
    pub settings: Settings,
    outbox: Mutex<Vec<Value>>,
    threads: Mutex<Vec<ThreadMessage>>,
    /// The clinic each patient address last wrote to: where Meta-style statuses go (Meta
    /// posts to the app's one webhook URL).
    clinics: Mutex<HashMap<String, String>>,
    /// WeChat's current access token.
    wechat_token: Mutex<crate::wechat::TokenState>,
    /// The next send to fail, per channel: used once, then sends work again.
    fail_next: Mutex<Vec<FailRule>>,
    /// The media patients sent, served at the providers' download URLs.
    pub media: crate::media::MediaStore,
    counter: AtomicU64,
}

fn now_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default()
}

impl Sandbox {
    pub fn new(settings: Settings) -> Sandbox {
        Sandbox {
            settings,
            outbox: Mutex::new(Vec::new()),
            threads: Mutex::new(Vec::new()),
            clinics: Mutex::new(HashMap::new()),
            wechat_token: Mutex::new(crate::wechat::TokenState::new()),
            fail_next: Mutex::new(Vec::new()),
            media: crate::media::MediaStore::default(),
            counter: AtomicU64::new(0),
        }
    }

    /// A fresh id with the provider's prefix: `prefix` and 32 hex digits.
    pub fn new_id(&self, prefix: &str) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let stamp = now_ms() as u64;
        format!(
            "{prefix}{stamp:016x}{:016x}",
            n ^ (u64::from(self.settings.port) << 48)
        )
    }

    /// Fails the next send that `rule` matches.
    pub fn set_fail_next(&self, rule: FailRule) {
        if let Ok(mut fail_next) = self.fail_next.lock() {
            fail_next.push(rule);
        }
    }

    /// How this send (on `channel`, to `to`, with `body`) fails, if an order matches it;
    /// the order is then used up.
    pub fn take_fail_next(&self, channel: &str, to: &str, body: &str) -> Option<FailNext> {
        let mut rules = self.fail_next.lock().ok()?;
        let index = rules.iter().position(|rule| {
            rule.channel == channel
                && rule.to.as_deref().is_none_or(|wanted| wanted == to)
                && rule
                    .text
                    .as_deref()
                    .is_none_or(|wanted| body.contains(wanted))
        })?;
        Some(rules.remove(index).mode)
    }

    pub fn remember_clinic(&self, address: &str, clinic: &str) {
        if let Ok(mut clinics) = self.clinics.lock() {
            clinics.insert(address.to_owned(), clinic.to_owned());
        }
    }

    /// The clinic `address` last wrote to; the demo clinic when it never wrote.
    pub fn clinic_of(&self, address: &str) -> String {
        self.clinics
            .lock()
            .ok()
            .and_then(|clinics| clinics.get(address).cloned())
            .unwrap_or_else(|| "demo".to_owned())
    }

    /// Reads or replaces WeChat's access token, under its lock.
    pub fn with_wechat_token<T>(&self, f: impl FnOnce(&mut crate::wechat::TokenState) -> T) -> T {
        let mut state = self
            .wechat_token
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut state)
    }

    /// Records a provider API call, exactly as received.
    pub fn record(&self, channel: &str, call: &Call) {
        self.record_with(channel, call, None);
    }

    /// Records a provider API call with the uploaded media it sends (`media`: what
    /// `uploads::media_of` says), so a test can fetch the bytes back.
    pub fn record_with(&self, channel: &str, call: &Call, media: Option<Value>) {
        let headers: serde_json::Map<String, Value> = call
            .headers
            .iter()
            .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
            .collect();
        let mut entry = json!({
            "channel": channel,
            "method": call.method,
            "path": call.target(),
            "headers": headers,
            "body": String::from_utf8_lossy(&call.body),
        });
        if let Some(media) = media {
            entry["media"] = media;
        }
        if let Ok(mut outbox) = self.outbox.lock() {
            outbox.push(entry);
        }
    }

    pub fn outbox(&self) -> Vec<Value> {
        self.outbox.lock().map(|o| o.clone()).unwrap_or_default()
    }

    pub fn add_message(
        &self,
        channel: &str,
        address: &str,
        direction: &'static str,
        id: &str,
        text: &str,
        status: &str,
    ) {
        if let Ok(mut threads) = self.threads.lock() {
            threads.push(ThreadMessage {
                channel: channel.into(),
                address: address.into(),
                direction,
                id: id.into(),
                text: text.into(),
                status: status.into(),
                acknowledged: Vec::new(),
                at_ms: now_ms(),
            });
        }
    }

    pub fn set_status(&self, id: &str, status: &str) {
        if let Ok(mut threads) = self.threads.lock() {
            for message in threads.iter_mut().filter(|m| m.id == id) {
                message.status = status.into();
            }
        }
    }

    /// Notes that the edge answered 200 to message `id`'s `status` callback.
    pub fn acknowledge(&self, id: &str, status: &str) {
        if let Ok(mut threads) = self.threads.lock() {
            for message in threads.iter_mut().filter(|m| m.id == id) {
                message.acknowledged.push(status.into());
            }
        }
    }

    /// One patient's thread, oldest first.
    pub fn thread(&self, channel: &str, address: &str) -> Vec<Value> {
        let Ok(threads) = self.threads.lock() else {
            return Vec::new();
        };
        threads
            .iter()
            .filter(|m| m.channel == channel && m.address == address)
            .map(|m| {
                json!({
                    "id": m.id,
                    "direction": m.direction,
                    "text": m.text,
                    "status": m.status,
                    "acknowledged": m.acknowledged,
                    "at_ms": m.at_ms as u64,
                })
            })
            .collect()
    }
}
