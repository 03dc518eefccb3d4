//! Rate limiting: one `RateLimiter` Durable Object per key (a shard of a clinic's
//! addresses, a sign-in key, an API key, a code's conversation or address), holding
//! token buckets in SQLite storage, one row per bucket; the arithmetic is the domain's.
//!
//! Buckets are forgotten (by an alarm) once they would be full again, so no IP address
//! is kept longer than its limit needs it. Per-IP message tokens are leased a few at a
//! time and spent in the isolate, so most messages skip this object entirely.
//!
//! `client.rs` asks an object for tokens, `limits.rs` holds the limits the routes take
//! (new conversations, visitor messages with their leases, codes, API keys, outreach) and
//! `sign_in.rs` the sign-in guard, which fails closed.

mod client;
mod limits;
mod sign_in;

pub use limits::{
    api_key, new_conversation, outreach, too_many_messages, verification_code, visitor_message,
};
pub use sign_in::{unlock_account, SignInGuard};

use std::cell::Cell;

use frontdesk_domain::rate_limit::{self, Bucket, Decision, Rate};
use serde::{Deserialize, Serialize};
use worker::{durable_object, Env, Method, Response, Result, SqlStorage, State};

/// The limiter's one call, written once for the object and its client (`client.rs`).
const TAKE_PATH: &str = "/take";

/// What the edge asks a limiter about the named bucket.
#[derive(Debug, Serialize, Deserialize)]
struct TakeRequest {
    bucket: String,
    rate: Rate,
    #[serde(default)]
    mode: Mode,
    /// Tokens to take at once (a lease); at least one is taken, or none.
    #[serde(default = "one")]
    count: u32,
}

fn one() -> u32 {
    1
}

/// A limiter's answer: the decision, and how many tokens were taken.
#[derive(Debug, Serialize, Deserialize)]
struct TakeReply {
    #[serde(flatten)]
    decision: Decision,
    #[serde(default)]
    granted: u32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Mode {
    /// Take a token if there is one.
    #[default]
    Take,
    /// Say whether a token is there, taking nothing.
    Peek,
    /// Refill the bucket (it is forgotten).
    Forget,
    /// Put back one token an earlier take took (`rate_limit::give_back`).
    GiveBack,
}

#[durable_object]
pub struct RateLimiter {
    state: State,
    /// Whether this instance has created the table since its storage was last dropped.
    schema_ready: Cell<bool>,
    /// Whether an alarm is known to be armed, which saves asking storage on every call.
    alarm_armed: Cell<bool>,
}

#[derive(Deserialize)]
struct BucketRow {
    level: f64,
    updated_ms: f64,
}

#[derive(Deserialize)]
struct LatestRow {
    latest: Option<f64>,
}

impl RateLimiter {
    /// `worker`'s own SQL API, not `object_sql`: this object and the InboxHub moved onto
    /// `object_sql` grew the edge 1,160 B gzip (measured with the hex change; likely each
    /// row type's own serde_json decoder: BENCHMARKS.md, "Edge size after issue 15's file
    /// splits"). Most messages skip this object (leased tokens).
    fn sql(&self) -> SqlStorage {
        self.state.storage().sql()
    }

    /// Reads, updates and stores one bucket in synchronous SQL calls: no interleaving.
    /// Also returns when the bucket may be forgotten (now, for a peek or a forget, which
    /// store nothing).
    fn take(&self, request: &TakeRequest, now_ms: i64) -> Result<(TakeReply, i64)> {
        let rows: Vec<BucketRow> = self
            .sql()
            .exec(
                "SELECT level, updated_ms FROM buckets WHERE name = ?",
                vec![request.bucket.as_str().into()],
            )?
            .to_array()?;
        let stored = rows.into_iter().next().map(|row| Bucket {
            level: row.level as u64,
            updated_ms: row.updated_ms as i64,
        });
        let decision = match request.mode {
            Mode::Take => None,
            Mode::Peek => Some(rate_limit::peek(stored, request.rate, now_ms)),
            Mode::Forget => {
                self.sql().exec(
                    "DELETE FROM buckets WHERE name = ?",
                    vec![request.bucket.as_str().into()],
                )?;
                Some(rate_limit::peek(None, request.rate, now_ms))
            }
            Mode::GiveBack => {
                let back = rate_limit::give_back(stored, request.rate, now_ms);
                if let Some(bucket) = back {
                    self.sql().exec(
                        "UPDATE buckets SET level = ?, updated_ms = ? WHERE name = ?",
                        vec![
                            (bucket.level as i64).into(),
                            bucket.updated_ms.into(),
                            request.bucket.as_str().into(),
                        ],
                    )?;
                }
                Some(rate_limit::peek(back, request.rate, now_ms))
            }
        };
        if let Some(decision) = decision {
            let reply = TakeReply {
                decision,
                granted: 0,
            };
            return Ok((reply, now_ms));
        }
        let (bucket, decision, granted) =
            rate_limit::take_up_to(stored, request.rate, now_ms, request.count.max(1));
        let forget_at_ms = now_ms
            .saturating_add(i64::try_from(request.rate.full_after_ms()).unwrap_or(i64::MAX / 2));
        self.sql().exec(
            "INSERT OR REPLACE INTO buckets (name, level, updated_ms, forget_at_ms) \
             VALUES (?, ?, ?, ?)",
            vec![
                request.bucket.as_str().into(),
                (bucket.level as i64).into(),
                bucket.updated_ms.into(),
                forget_at_ms.into(),
            ],
        )?;
        Ok((TakeReply { decision, granted }, forget_at_ms))
    }

    /// When the last stored bucket may be forgotten, if any is stored.
    fn latest_forget_at(&self) -> Result<Option<i64>> {
        let latest: LatestRow = self
            .sql()
            .exec("SELECT MAX(forget_at_ms) AS latest FROM buckets", None)?
            .one()?;
        Ok(latest.latest.map(|latest| latest as i64))
    }
}

impl RateLimiter {
    fn create_schema(&self) {
        if self.schema_ready.get() {
            return;
        }
        let setup = self.sql().exec(
            "CREATE TABLE IF NOT EXISTS buckets (\
               name TEXT PRIMARY KEY, level INTEGER NOT NULL, updated_ms INTEGER NOT NULL, \
               forget_at_ms INTEGER NOT NULL)",
            None,
        );
        match setup {
            Ok(_) => self.schema_ready.set(true),
            Err(error) => worker::console_error!("rate limiter schema setup failed: {error}"),
        }
    }
}

fn now_ms() -> i64 {
    worker::Date::now().as_millis() as i64
}

impl worker::DurableObject for RateLimiter {
    fn new(state: State, _env: Env) -> Self {
        RateLimiter {
            state,
            schema_ready: Cell::new(false),
            alarm_armed: Cell::new(false),
        }
    }

    async fn fetch(&self, mut req: worker::Request) -> Result<Response> {
        match (req.method(), req.path().as_str()) {
            (Method::Post, TAKE_PATH) => {
                // Parsed from text: `Request::json` walks a JS object field by field, slower.
                let request: TakeRequest = serde_json::from_str(&req.text().await?)?;
                // Here, not in the constructor: the alarm's `delete_all` drops the table,
                // and the object may take its next call without being constructed again
                // (the load test saw `no such table: buckets`, limits failing open).
                self.create_schema();
                let now = now_ms();
                // A call that interleaved with the alarm's `delete_all` may find the table
                // gone: create it again and retry once.
                let (reply, forget_at_ms) = match self.take(&request, now) {
                    Ok(taken) => taken,
                    Err(_) => {
                        self.schema_ready.set(false);
                        self.create_schema();
                        self.take(&request, now)?
                    }
                };
                // One armed alarm is enough: when it fires it forgets what is due and
                // re-arms for the latest bucket, so a busy key writes no alarm per call.
                if !self.alarm_armed.get() {
                    let storage = self.state.storage();
                    if storage.get_alarm().await?.is_none() {
                        let latest = self.latest_forget_at()?.unwrap_or(forget_at_ms);
                        let at =
                            chrono::DateTime::from_timestamp_millis(latest).unwrap_or_default();
                        storage.set_alarm(at).await?;
                    }
                    self.alarm_armed.set(true);
                }
                Response::from_json(&reply)
            }
            _ => Response::error("unknown rate limiter call", 404),
        }
    }

    async fn alarm(&self) -> Result<Response> {
        self.create_schema();
        let now = now_ms();
        self.sql().exec(
            "DELETE FROM buckets WHERE forget_at_ms <= ?",
            vec![now.into()],
        )?;
        match self.latest_forget_at()? {
            Some(latest) => {
                let at = chrono::DateTime::from_timestamp_millis(latest).unwrap_or_default();
                self.state.storage().set_alarm(at).await?;
                self.alarm_armed.set(true);
            }
            // Nothing left to remember: drop the object's storage entirely.
            None => {
                self.state.storage().delete_all().await?;
                self.schema_ready.set(false);
                self.alarm_armed.set(false);
            }
        }
        Response::ok("done")
    }
}
