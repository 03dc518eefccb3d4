//! Sign-in attempts counted per account and per address before the password is checked;
//! unlike the visitor limits, sign-in fails closed.

use frontdesk_domain::rate_limit::{self, Rate};
use worker::Env;

use super::client::{ask, check, try_ask};
use super::limits::client_ip;
use super::Mode;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;

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
