//! Verifying a visitor's phone or email with a one-time code (Visitor API): the visitor
//! asks for a code to an address, the clinic's channel sends it (SMS through its Twilio
//! adapter, email through its Postmark adapter; the provider sandbox in dev), and typing
//! it back marks that address verified (`sms_code`, `email_code`). One path for both:
//! only how the address is read and how the code travels differ. The code is stored only
//! as a keyed hash, never logged, and the address only in D1 with the conversation
//! (erased with it).

use frontdesk_domain::channels::PhoneNumber;
use frontdesk_domain::email::EmailAddress;
use frontdesk_domain::one_time_code::{self, Check, CodeChannel};
use frontdesk_domain::{identity, verified_identity, ClinicConfig};
use frontdesk_protocol::{
    CodeRequest, CodeSent, EmailCodeRequest, KnownIdentity, VerifyCodeRequest,
};
use worker::{Env, Response};

use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::to_visitor::{self, Address, Sent};
use crate::{body, store, time};

/// The key codes are hashed with: the visitor token secret, under its own label inside
/// the hash (`one_time_code::code_hash`), so no new secret has to be deployed.
fn code_key(env: &Env) -> AppResult<String> {
    env.secret("VISITOR_TOKEN_SECRET")
        .map(|s| s.to_string())
        .map_err(|_| AppError::internal("code key", "VISITOR_TOKEN_SECRET is not set"))
}

/// `POST /v1/conversations/{id}/verification/sms` (`phone`) and `…/email` (`email`):
/// sends a code to the address.
pub async fn request_code(
    req: &mut Request,
    env: &Env,
    raw_id: &str,
    channel: CodeChannel,
) -> AppResult<Response> {
    let (clinic, conversation_id) = super::visitor::authorised(req, env, raw_id).await?;
    let config = &clinic.config;
    let address = read_address(req, channel).await?;
    available(config, channel)?;
    issue(req, env, config, &conversation_id, channel, &address).await
}

/// Sends a code for the conversation to `address` (the widget's request, or a continuity
/// link's): the limits, the code stored as its keyed hash, then sent. 202 with its
/// lifetime.
pub(crate) async fn issue(
    req: &Request,
    env: &Env,
    config: &ClinicConfig,
    conversation_id: &ConversationId,
    channel: CodeChannel,
    address: &Address,
) -> AppResult<Response> {
    crate::rate_limit_do::verification_code(
        env,
        req,
        config,
        conversation_id.as_str(),
        address.as_str(),
    )
    .await?;
    let mut random = [0u8; 8];
    getrandom::getrandom(&mut random).map_err(|e| AppError::internal("getrandom", e))?;
    let code = one_time_code::code_from(random);
    let settings = &config.verification;
    let now = time::now().timestamp_millis();
    let key = code_key(env)?;
    let hash = one_time_code::code_hash(
        key.as_bytes(),
        conversation_id.as_str(),
        &channel.address_key(address.as_str()),
        &code,
    );
    // Stored before it is sent: a code that reached anyone always has its row.
    store::verification::replace(
        env,
        &store::verification::NewCode {
            clinic_id: &config.id,
            conversation_id: conversation_id.as_str(),
            channel,
            address: address.as_str(),
            code_hash: &hash,
            expires_at_ms: one_time_code::expires_at(settings, now),
            now: &time::now_rfc3339(),
        },
    )
    .await?;
    if let Err(failure) = to_visitor::send(env, config, address, Sent::Code(&code)).await? {
        // The failure's code only: never the address or the text.
        worker::console_error!("verification {} failed: {}", channel.as_str(), failure.code);
        return Err(if failure.reason.retryable() {
            address.failed()
        } else {
            address.refused()
        });
    }
    Ok(json_response(
        202,
        &CodeSent {
            expires_in_seconds: settings.code_ttl_seconds,
        },
    ))
}

/// `POST /v1/conversations/{id}/verification/{sms,email}/check`: the code the visitor
/// typed, against the code last sent on that channel.
pub async fn check_code(
    req: &mut Request,
    env: &Env,
    raw_id: &str,
    channel: CodeChannel,
) -> AppResult<Response> {
    let (clinic, conversation_id) = super::visitor::authorised(req, env, raw_id).await?;
    let config = &clinic.config;
    let request: VerifyCodeRequest = body::read_json(req).await?;
    let address = check(env, config, &conversation_id, channel, &request.code).await?;
    let current = store::inbox::conversation(env, &config.id, &conversation_id)
        .await?
        .map(|entry| super::details::known(&entry))
        .unwrap_or_default();
    let known = verified_identity::code_verified(&current, channel, &address);
    store::details::set_visitor(env, &config.id, &conversation_id, &known).await?;
    super::staff::publish(env, &config.id, &conversation_id).await;
    Ok(json_response(
        200,
        &KnownIdentity {
            visitor: known.visitor,
            verified: known.proofs,
        },
    ))
}

/// The code the visitor typed, against the conversation's code on `channel`: counted,
/// compared, and spent when right. The address it verifies, or the refusal in words.
pub(crate) async fn check(
    env: &Env,
    config: &ClinicConfig,
    conversation_id: &ConversationId,
    channel: CodeChannel,
    typed: &str,
) -> AppResult<String> {
    let typed = one_time_code::typed(typed).ok_or_else(|| {
        AppError::invalid(
            "invalid_code",
            "'code' must be the six digits of the code we sent you.",
        )
    })?;
    let Some((sent, address)) =
        store::verification::count_try(env, &config.id, conversation_id, channel).await?
    else {
        return Err(AppError::no_code(
            "No code was sent for this conversation: ask for one first.",
        ));
    };
    let key = code_key(env)?;
    let typed_hash = one_time_code::code_hash(
        key.as_bytes(),
        conversation_id.as_str(),
        &channel.address_key(&address),
        &typed,
    );
    match one_time_code::check(&sent, &typed_hash, time::now().timestamp_millis()) {
        Check::Verified => {}
        Check::Wrong { attempts_left } => {
            return Err(AppError::invalid(
                "wrong_code",
                format!("That code is not right. {attempts_left} tries left."),
            ))
        }
        Check::Expired => {
            return Err(AppError::invalid(
                "code_expired",
                "The code has expired: ask for a new one.",
            ))
        }
        Check::LockedOut => {
            return Err(AppError::new(
                429,
                "too_many_attempts",
                "Five wrong codes: this one no longer works. Ask for a new code.",
            )
            .with_retry_after(60))
        }
    }
    store::verification::spend(env, &config.id, conversation_id).await?;
    Ok(address)
}

/// The request's address for `channel`, or 422.
async fn read_address(req: &mut Request, channel: CodeChannel) -> AppResult<Address> {
    match channel {
        CodeChannel::Sms => {
            let request: CodeRequest = body::read_json(req).await?;
            identity::e164(&request.phone)
                .and_then(|e164| PhoneNumber::parse(&e164).ok())
                .map(Address::Phone)
                .ok_or_else(|| {
                    AppError::invalid_phone(
                        "'phone' must be a mobile number with its country code, like +34 600 111 222.",
                    )
                })
        }
        CodeChannel::Email => {
            let request: EmailCodeRequest = body::read_json(req).await?;
            EmailAddress::parse(&request.email)
                .map(Address::Email)
                .ok_or_else(|| {
                    AppError::invalid(
                        "invalid_email",
                        "'email' must be one email address, like ana@example.org.",
                    )
                })
        }
    }
}

/// 409 when the clinic has no channel to send this code on.
fn available(config: &ClinicConfig, channel: CodeChannel) -> AppResult<()> {
    match channel {
        CodeChannel::Sms if config.channels.sms.is_none() => Err(AppError::new(
            409,
            "sms_not_available",
            "This clinic can't send text messages, so a phone can't be verified here.",
        )),
        CodeChannel::Email if config.channels.email.is_none() => {
            Err(AppError::email_not_available(
                "This clinic can't send email, so an email can't be verified here.",
            ))
        }
        _ => Ok(()),
    }
}
