//! Rate limiting: one `RateLimiter` Durable Object per key (a clinic and IP address, or a
//! conversation), holding token buckets in SQLite storage; the arithmetic is the domain's.
//!
//! Buckets are forgotten (by an alarm) once they would be full again, so no IP address
//! is kept longer than its limit needs it.

use frontdesk_domain::rate_limit::{self, Bucket, Decision, Rate};
use frontdesk_domain::ClinicConfig;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use worker::{
    durable_object, Env, Headers, Method, Request, RequestInit, Response, Result, SqlStorage, State,
};

use crate::error::{AppError, AppResult};

/// What the edge asks a limiter about the named bucket.
#[derive(Debug, Serialize, Deserialize)]
struct TakeRequest {
    bucket: String,
    rate: Rate,
    #[serde(default)]
    mode: Mode,
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
}

#[durable_object]
pub struct RateLimiter {
    state: State,
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
    fn sql(&self) -> SqlStorage {
        self.state.storage().sql()
    }

    /// Reads, updates and stores one bucket in synchronous SQL calls: no interleaving.
    fn take(&self, request: &TakeRequest, now_ms: i64) -> Result<(Decision, i64)> {
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
        match request.mode {
            Mode::Take => {}
            Mode::Peek => {
                let decision = rate_limit::peek(stored, request.rate, now_ms);
                return Ok((decision, self.latest_forget_at(now_ms)?));
            }
            Mode::Forget => {
                self.sql().exec(
                    "DELETE FROM buckets WHERE name = ?",
                    vec![request.bucket.as_str().into()],
                )?;
                let decision = rate_limit::peek(None, request.rate, now_ms);
                return Ok((decision, self.latest_forget_at(now_ms)?));
            }
        }
        let (bucket, decision) = rate_limit::take(stored, request.rate, now_ms);
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
        Ok((decision, self.latest_forget_at(forget_at_ms)?))
    }

    /// When the last stored bucket may be forgotten (`fallback` when none is stored).
    fn latest_forget_at(&self, fallback: i64) -> Result<i64> {
        let latest: LatestRow = self
            .sql()
            .exec("SELECT MAX(forget_at_ms) AS latest FROM buckets", None)?
            .one()?;
        Ok(latest.latest.map_or(fallback, |latest| latest as i64))
    }
}

impl RateLimiter {
    fn create_schema(&self) {
        let setup = self.sql().exec(
            "CREATE TABLE IF NOT EXISTS buckets (\
               name TEXT PRIMARY KEY, level INTEGER NOT NULL, updated_ms INTEGER NOT NULL, \
               forget_at_ms INTEGER NOT NULL)",
            None,
        );
        if let Err(error) = setup {
            worker::console_error!("rate limiter schema setup failed: {error}");
        }
    }
}

fn now_ms() -> i64 {
    worker::Date::now().as_millis() as i64
}

impl worker::DurableObject for RateLimiter {
    fn new(state: State, _env: Env) -> Self {
        RateLimiter { state }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        match (req.method(), req.path().as_str()) {
            (Method::Post, "/take") => {
                let request: TakeRequest = req.json().await?;
                // Here, not in the constructor: the alarm's `delete_all` drops the table,
                // and the object may take its next call without being constructed again
                // (the load test saw `no such table: buckets`, limits failing open).
                self.create_schema();
                let (decision, forget_at_ms) = self.take(&request, now_ms())?;
                // One armed alarm is enough: when it fires it forgets what is due and
                // re-arms for the latest bucket, so a busy key writes no alarm per call.
                let storage = self.state.storage();
                if storage.get_alarm().await?.is_none() {
                    let at =
                        chrono::DateTime::from_timestamp_millis(forget_at_ms).unwrap_or_default();
                    storage.set_alarm(at).await?;
                }
                Response::from_json(&decision)
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
        let latest: LatestRow = self
            .sql()
            .exec("SELECT MAX(forget_at_ms) AS latest FROM buckets", None)?
            .one()?;
        match latest.latest {
            Some(latest) => {
                let at = chrono::DateTime::from_timestamp_millis(latest as i64).unwrap_or_default();
                self.state.storage().set_alarm(at).await?;
            }
            // Nothing left to remember: drop the object's storage entirely.
            None => self.state.storage().delete_all().await?,
        }
        Response::ok("done")
    }
}

/// Takes a token from `bucket` in the limiter named `key`. Fails open: a broken limiter
/// is logged and lets the call through, since refusing a patient's message is worse.
async fn take(env: &Env, key: &str, bucket: &str, rate: Rate) -> Decision {
    ask(env, key, bucket, rate, Mode::Take).await
}

/// Asks the limiter named `key` about `bucket`; fails open like [`take`].
async fn ask(env: &Env, key: &str, bucket: &str, rate: Rate, mode: Mode) -> Decision {
    match try_ask(env, key, bucket, rate, mode).await {
        Ok(decision) => decision,
        Err(error) => {
            worker::console_error!("rate limiter unavailable ({}), allowing", error.code);
            Decision::Allowed { remaining: 0 }
        }
    }
}

async fn try_ask(
    env: &Env,
    key: &str,
    bucket: &str,
    rate: Rate,
    mode: Mode,
) -> AppResult<Decision> {
    let body = serde_json::to_string(&TakeRequest {
        bucket: bucket.to_owned(),
        rate,
        mode,
    })
    .map_err(|e| AppError::internal("encode take", e))?;
    let headers = Headers::new();
    headers.set("Content-Type", "application/json")?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(JsValue::from_str(&body)));
    let request = Request::new_with_init("https://limiter/take", &init)?;
    let stub = env
        .durable_object("RATE_LIMITER")
        .and_then(|ns| ns.id_from_name(key)?.get_stub())
        .map_err(|e| AppError::internal("limiter stub", e))?;
    let mut response = stub
        .fetch_with_request(request)
        .await
        .map_err(|e| AppError::internal("limiter call", e))?;
    if response.status_code() != 200 {
        return Err(AppError::internal(
            "limiter call",
            format!("status {}", response.status_code()),
        ));
    }
    response
        .json()
        .await
        .map_err(|e| AppError::internal("limiter reply", e))
}

/// The caller's IP address as Cloudflare (and local workerd) reports it.
fn client_ip(req: &Request) -> String {
    req.headers()
        .get("CF-Connecting-IP")
        .ok()
        .flatten()
        .filter(|ip| !ip.is_empty() && ip.len() <= 64)
        .unwrap_or_else(|| "unknown".into())
}

fn check(decision: Decision, code: &'static str, message: &str) -> AppResult<()> {
    match decision {
        Decision::Allowed { .. } => Ok(()),
        Decision::Limited { retry_after_secs } => {
            Err(AppError::new(429, code, message).with_retry_after(retry_after_secs))
        }
    }
}

/// Limits new conversations per IP address and clinic.
pub async fn new_conversation(env: &Env, req: &Request, config: &ClinicConfig) -> AppResult<()> {
    let key = format!("ip:{}:{}", config.id, client_ip(req));
    let decision = take(
        env,
        &key,
        "conversations",
        config.rate_limits.conversations_per_ip,
    )
    .await;
    check(
        decision,
        "too_many_conversations",
        "Too many new conversations from this network. Wait for the time in Retry-After.",
    )
}

/// The answer when a conversation's own message limit refuses a message. That bucket
/// lives in the ConversationObject and is taken with the append (`AppendRequest::rate_limit`),
/// which saves a Durable Object request per message.
pub fn too_many_messages(retry_after_secs: u32) -> AppError {
    AppError::new(
        429,
        "too_many_messages",
        "Messages are coming too fast. Wait for the time in Retry-After, then send again.",
    )
    .with_retry_after(retry_after_secs)
}

/// Limits visitor messages per IP address and clinic. The per-conversation limit is
/// taken afterwards by the conversation's object, with the append (see
/// [`too_many_messages`]).
pub async fn visitor_message(env: &Env, req: &Request, config: &ClinicConfig) -> AppResult<()> {
    let key = format!("ip:{}:{}", config.id, client_ip(req));
    let per_ip = take(env, &key, "messages", config.rate_limits.messages_per_ip).await;
    check(
        per_ip,
        "too_many_messages",
        "Too many messages from this network. Wait for the time in Retry-After, then send again.",
    )
}

/// Sign-in failures are counted per account and per IP address; both are checked before
/// the password is, so a locked account refuses even the right password until it waits.
pub struct SignInGuard {
    account_key: String,
    ip_key: String,
}

impl SignInGuard {
    pub fn new(req: &Request, email: &str) -> SignInGuard {
        SignInGuard {
            account_key: format!("signin:{}", email.trim().to_lowercase()),
            ip_key: format!("signin-ip:{}", client_ip(req)),
        }
    }

    /// Refuses the attempt while the account or the address has used up its failures.
    pub async fn check(&self, env: &Env) -> AppResult<()> {
        let account = ask(
            env,
            &self.account_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_ACCOUNT,
            Mode::Peek,
        )
        .await;
        check(
            account,
            "sign_in_locked",
            "Too many failed sign-ins for this account. Wait for the time in Retry-After, \
             or ask an admin to reset the password.",
        )?;
        let ip = ask(
            env,
            &self.ip_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_IP,
            Mode::Peek,
        )
        .await;
        check(
            ip,
            "too_many_sign_in_attempts",
            "Too many failed sign-ins from this network. Wait for the time in Retry-After.",
        )
    }

    pub async fn failed(&self, env: &Env) {
        take(
            env,
            &self.account_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_ACCOUNT,
        )
        .await;
        take(
            env,
            &self.ip_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_IP,
        )
        .await;
    }

    /// A good password clears the account's failures (not the address's).
    pub async fn succeeded(&self, env: &Env) {
        ask(
            env,
            &self.account_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_ACCOUNT,
            Mode::Forget,
        )
        .await;
    }
}
