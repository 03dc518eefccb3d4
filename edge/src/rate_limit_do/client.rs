//! Asking a `RateLimiter` object for tokens: one call on the raw stub (`do_call`), failing
//! open for the visitor limits (`ask`) or reporting the failure (`try_ask`, for sign-in).

use frontdesk_domain::rate_limit::{Decision, Rate};
use worker::Env;

use super::{Mode, TakeReply, TakeRequest, TAKE_PATH};
use crate::error::{AppError, AppResult};

/// Takes a token from `bucket` in the limiter named `key`. Fails open: a broken limiter
/// is logged and lets the call through, since refusing a patient's message is worse.
pub(super) async fn take(env: &Env, key: &str, bucket: &str, rate: Rate) -> Decision {
    ask(env, key, bucket, rate, Mode::Take, 1).await.decision
}

/// Asks the limiter named `key` about `bucket` (taking up to `count` tokens when the
/// mode is `Take`); fails open like [`take`], granting one token.
pub(super) async fn ask(
    env: &Env,
    key: &str,
    bucket: &str,
    rate: Rate,
    mode: Mode,
    count: u32,
) -> TakeReply {
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

pub(super) async fn try_ask(
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
        &format!("https://limiter{TAKE_PATH}"),
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

/// A decision as the call's answer: 429 with `code`, `message` and `Retry-After` when
/// limited.
pub(super) fn check(decision: Decision, code: &'static str, message: &str) -> AppResult<()> {
    match decision {
        Decision::Allowed { .. } => Ok(()),
        Decision::Limited { retry_after_secs } => {
            Err(AppError::new(429, code, message).with_retry_after(retry_after_secs))
        }
    }
}
