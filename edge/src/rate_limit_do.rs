//! Rate limiting: one `RateLimiter` Durable Object per key (a shard of a clinic's
//! addresses, a sign-in key, an API key, a code's conversation or address), holding
//! token buckets in SQLite storage, one row per bucket; the arithmetic is the domain's.
//!
//! Buckets are forgotten (by an alarm) once they would be full again, so no IP address
//! is kept longer than its limit needs it. Per-IP message tokens are leased a few at a
//! time and spent in the isolate, so most messages skip this object entirely.

use std::cell::{Cell, RefCell};

use frontdesk_domain::rate_limit::{self, Bucket, Decision, Leases, Rate};
use frontdesk_domain::ClinicConfig;
use serde::{Deserialize, Serialize};
use worker::{durable_object, Env, Method, Response, Result, SqlStorage, State};

use crate::error::{AppError, AppResult};
use crate::incoming::Request;

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
            (Method::Post, "/take") => {
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

/// Takes a token from `bucket` in the limiter named `key`. Fails open: a broken limiter
/// is logged and lets the call through, since refusing a patient's message is worse.
async fn take(env: &Env, key: &str, bucket: &str, rate: Rate) -> Decision {
    ask(env, key, bucket, rate, Mode::Take, 1).await.decision
}

/// Asks the limiter named `key` about `bucket` (taking up to `count` tokens when the
/// mode is `Take`); fails open like [`take`], granting one token.
async fn ask(env: &Env, key: &str, bucket: &str, rate: Rate, mode: Mode, count: u32) -> TakeReply {
    match try_ask(env, key, bucket, rate, mode, count).await {
        Ok(reply) => reply,
        Err(error) => {
            worker::console_error!("rate limiter unavailable ({}), allowing", error.code);
            TakeReply {
                decision: Decision::Allowed { remaining: 0 },
                granted: 1,
            }
        }
    }
}

async fn try_ask(
    env: &Env,
    key: &str,
    bucket: &str,
    rate: Rate,
    mode: Mode,
    count: u32,
) -> AppResult<TakeReply> {
    let body = serde_json::to_string(&TakeRequest {
        bucket: bucket.to_owned(),
        rate,
        mode,
        count,
    })
    .map_err(|e| AppError::internal("encode take", e))?;
    let stub = env
        .durable_object("RATE_LIMITER")
        .and_then(|ns| ns.id_from_name(key)?.get_stub())
        .map_err(|e| AppError::internal("limiter stub", e))?;
    let reply = crate::do_call::send(
        stub,
        "POST",
        "https://limiter/take",
        &[("Content-Type", "application/json")],
        Some(&body),
        "limiter call",
    )
    .await?;
    if reply.status != 200 {
        return Err(AppError::internal(
            "limiter call",
            format!("status {}", reply.status),
        ));
    }
    reply.json("limiter reply")
}

/// The caller's address as Cloudflare (and local workerd) reports it, keyed the way
/// limits count callers: IPv6 by its /64 (`rate_limit::address_key`).
fn client_ip(req: &Request) -> String {
    req.headers()
        .get("CF-Connecting-IP")
        .ok()
        .flatten()
        .filter(|ip| ip.len() <= 64)
        .map_or_else(|| "unknown".into(), |ip| rate_limit::address_key(&ip))
}

fn check(decision: Decision, code: &'static str, message: &str) -> AppResult<()> {
    match decision {
        Decision::Allowed { .. } => Ok(()),
        Decision::Limited { retry_after_secs } => {
            Err(AppError::new(429, code, message).with_retry_after(retry_after_secs))
        }
    }
}

/// The limiter object and the bucket of a per-address limit: a clinic's addresses share
/// `ADDRESS_SHARDS` objects (by a hash of the address), each address its own bucket row
/// in its shard, so a visitor's first contact creates no Durable Object.
fn address_bucket(config: &ClinicConfig, address: &str, kind: &str) -> (String, String) {
    let shard = rate_limit::address_shard(address);
    (
        format!("ip:{}:shard-{shard}", config.id),
        format!("{kind}:{address}"),
    )
}

/// Limits new conversations per IP address and clinic.
pub async fn new_conversation(env: &Env, req: &Request, config: &ClinicConfig) -> AppResult<()> {
    let (key, bucket) = address_bucket(config, &client_ip(req), "conversations");
    let decision = take(env, &key, &bucket, config.rate_limits.conversations_per_ip).await;
    check(
        decision,
        "too_many_conversations",
        "Too many new conversations from this network. Wait for the time in Retry-After.",
    )
}

/// Limits one-time codes, SMS and email alike: per network address, per conversation
/// (the resend limit, shared by both channels) and per phone number or email (named by a
/// digest, never the address), each its own limiter.
pub async fn verification_code(
    env: &Env,
    req: &Request,
    config: &ClinicConfig,
    conversation_id: &str,
    address: &str,
) -> AppResult<()> {
    let settings = &config.verification;
    let tag = frontdesk_domain::one_time_code::address_tag(address);
    let limits = [
        (
            format!("code-ip:{}:{}", config.id, client_ip(req)),
            settings.codes_per_ip,
        ),
        (
            format!("code-conversation:{conversation_id}"),
            settings.codes_per_conversation,
        ),
        (
            format!("code-to:{}:{tag}", config.id),
            settings.codes_per_address,
        ),
    ];
    for (key, rate) in limits {
        check(
            take(env, &key, "codes", rate).await,
            "too_many_codes",
            "Too many codes asked for. Wait for the time in Retry-After, then ask again.",
        )?;
    }
    Ok(())
}

/// Limits calls made with one API key (`domain::api_keys::RATE`), per key whichever
/// address they come from.
pub async fn api_key(env: &Env, key_id: &str) -> AppResult<()> {
    let key = format!("api-key:{key_id}");
    check(
        take(env, &key, "calls", frontdesk_domain::api_keys::RATE).await,
        "too_many_requests",
        "Too many calls with this API key. Wait for the time in Retry-After, then try again.",
    )
}

/// Limits the conversations one staff member or API key starts with patients
/// (`domain::outreach::STARTS_PER_STAFF`), wherever they sign in from.
pub async fn outreach(env: &Env, staff_id: &str) -> AppResult<()> {
    let key = format!("outreach:{staff_id}");
    check(
        take(
            env,
            &key,
            "starts",
            frontdesk_domain::outreach::STARTS_PER_STAFF,
        )
        .await,
        "too_many_starts",
        "Too many new conversations started. Wait for the time in Retry-After, then try again.",
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

thread_local! {
    /// Per-IP message tokens this isolate has leased (see `rate_limit::Leases`).
    static MESSAGE_LEASES: RefCell<Leases> = RefCell::new(Leases::default());
}

/// Limits visitor messages per IP address and clinic. The per-conversation limit is
/// taken afterwards by the conversation's object, with the append (see
/// [`too_many_messages`]).
///
/// The limiter is asked for a few tokens at once and the spare ones are spent here, so a
/// visitor's next messages skip the limiter's round trip and durable write; a generous
/// per-IP burst makes this safe, and a tight one is not leased at all.
pub async fn visitor_message(env: &Env, req: &Request, config: &ClinicConfig) -> AppResult<()> {
    let address = client_ip(req);
    let key = format!("ip:{}:{address}", config.id);
    let now = now_ms();
    if MESSAGE_LEASES.with(|leases| leases.borrow_mut().spend(&key, now)) {
        return Ok(());
    }
    let rate = config.rate_limits.messages_per_ip;
    let (limiter, bucket) = address_bucket(config, &address, "messages");
    let reply = ask(
        env,
        &limiter,
        &bucket,
        rate,
        Mode::Take,
        rate_limit::lease_size(rate),
    )
    .await;
    let spare = reply.granted.saturating_sub(1);
    MESSAGE_LEASES.with(|leases| leases.borrow_mut().keep(&key, spare, now));
    check(
        reply.decision,
        "too_many_messages",
        "Too many messages from this network. Wait for the time in Retry-After, then send again.",
    )
}

/// Sign-in attempts are counted per account and per address. Each attempt is taken
/// from both budgets before the password is checked, in one synchronous step of each
/// limiter object, so parallel guesses can't all slip past a check made before any of
/// them was counted; a good password gives its attempt back. A locked account refuses
/// even the right password until it waits. Unlike the visitor limits, sign-in fails
/// closed: without its limiter, guesses would be free.
pub struct SignInGuard {
    account_key: String,
    ip_key: String,
}

/// The answer when a sign-in limiter can't be reached.
fn sign_in_unavailable(error: &AppError) -> AppError {
    worker::console_error!("sign-in limiter unavailable ({}), refusing", error.code);
    AppError::new(
        503,
        "sign_in_unavailable",
        "Sign-in is unavailable for a moment. Try again shortly.",
    )
    .with_retry_after(5)
}

/// The limiter key of an account's failed sign-ins.
fn sign_in_account_key(email: &str) -> String {
    format!("signin:{}", email.trim().to_lowercase())
}

/// Clears an account's failed sign-ins (an admin unlocking a colleague).
pub async fn unlock_account(env: &Env, email: &str) -> AppResult<()> {
    try_ask(
        env,
        &sign_in_account_key(email),
        "failures",
        rate_limit::SIGN_IN_FAILURES_PER_ACCOUNT,
        Mode::Forget,
        1,
    )
    .await?;
    Ok(())
}

impl SignInGuard {
    pub fn new(req: &Request, email: &str) -> SignInGuard {
        SignInGuard {
            account_key: sign_in_account_key(email),
            ip_key: format!("signin-ip:{}", client_ip(req)),
        }
    }

    /// Takes this attempt from the account's budget, then the address's; refuses it
    /// (taking nothing) while either is used up, and when a limiter can't answer.
    pub async fn take(&self, env: &Env) -> AppResult<()> {
        let account = try_ask(
            env,
            &self.account_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_ACCOUNT,
            Mode::Take,
            1,
        )
        .await
        .map_err(|e| sign_in_unavailable(&e))?;
        check(
            account.decision,
            "sign_in_locked",
            "Too many failed sign-ins for this account. Wait for the time in Retry-After, \
             or ask an admin to reset the password.",
        )?;
        let ip = try_ask(
            env,
            &self.ip_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_IP,
            Mode::Take,
            1,
        )
        .await;
        let refused = match ip {
            Ok(ip) => check(
                ip.decision,
                "too_many_sign_in_attempts",
                "Too many failed sign-ins from this network. Wait for the time in Retry-After.",
            ),
            Err(error) => Err(sign_in_unavailable(&error)),
        };
        if refused.is_err() {
            // The address refused it: the attempt doesn't count against the account.
            self.give_back(
                env,
                &self.account_key,
                rate_limit::SIGN_IN_FAILURES_PER_ACCOUNT,
            )
            .await;
        }
        refused
    }

    async fn give_back(&self, env: &Env, key: &str, rate: Rate) {
        if let Err(error) = try_ask(env, key, "failures", rate, Mode::GiveBack, 1).await {
            worker::console_error!("sign-in limiter give-back failed ({})", error.code);
        }
    }

    /// A good password clears the account's failures and gives the address its attempt
    /// back (successful sign-ins from a busy clinic's shared address cost nothing).
    pub async fn succeeded(&self, env: &Env) {
        ask(
            env,
            &self.account_key,
            "failures",
            rate_limit::SIGN_IN_FAILURES_PER_ACCOUNT,
            Mode::Forget,
            1,
        )
        .await;
        self.give_back(env, &self.ip_key, rate_limit::SIGN_IN_FAILURES_PER_IP)
            .await;
    }
}
