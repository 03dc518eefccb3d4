//! The limits the routes take: new conversations and visitor messages per address (the
//! messages' tokens leased a few at a time and spent in the isolate), one-time codes, API
//! keys and staff-started conversations.

use std::cell::RefCell;

use frontdesk_domain::rate_limit::{self, Leases};
use frontdesk_domain::ClinicConfig;
use worker::Env;

use super::client::{ask, check, take};
use super::{now_ms, Mode};
use crate::error::{AppError, AppResult};
use crate::incoming::Request;

/// The caller's address as Cloudflare (and local workerd) reports it, keyed the way
/// limits count callers: IPv6 by its /64 (`rate_limit::address_key`).
pub(super) fn client_ip(req: &Request) -> String {
    req.headers()
        .get("CF-Connecting-IP")
        .ok()
        .flatten()
        .filter(|ip| ip.len() <= 64)
        .map_or_else(|| "unknown".into(), |ip| rate_limit::address_key(&ip))
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
