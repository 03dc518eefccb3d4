//! Verifying a visitor's phone with a one-time code (Visitor API): the visitor asks for
//! a code to a number, the clinic's SMS channel sends it through its adapter (Twilio;
//! the provider sandbox in dev), and typing it back marks the phone verified
//! (`sms_code`). The code is stored only as a keyed hash, never logged, and the number
//! only in D1 with the conversation (erased with it).

use frontdesk_domain::channels::{
    ChannelAdapter, FailureReason, OutboundContent, PatientAddress, PhoneNumber, ProviderFailure,
};
use frontdesk_domain::one_time_code::{self, Check};
use frontdesk_domain::{identity, verified_identity};
use frontdesk_protocol::{
    CodeRequest, CodeSent, KnownIdentity, VerificationMethod, VerifyCodeRequest,
};
use worker::{Env, Response};

use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::{body, channel_send, provider_call, store, time};

/// The key codes are hashed with: the visitor token secret, under its own label inside
/// the hash (`one_time_code::code_hash`), so no new secret has to be deployed.
fn code_key(env: &Env) -> AppResult<String> {
    env.secret("VISITOR_TOKEN_SECRET")
        .map(|s| s.to_string())
        .map_err(|_| AppError::internal("code key", "VISITOR_TOKEN_SECRET is not set"))
}

/// `POST /v1/conversations/{id}/verification/sms`: sends a code to `phone`.
pub async fn request_code(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (clinic, conversation_id) = super::visitor::authorised(req, env, raw_id).await?;
    let config = &clinic.config;
    let request: CodeRequest = body::read_json(req).await?;
    let phone = e164(&request.phone)?;
    let Some(sms) = config.channels.sms.clone() else {
        return Err(AppError::new(
            409,
            "sms_not_available",
            "This clinic can't send text messages, so a phone can't be verified here.",
        ));
    };
    crate::rate_limit_do::verification_code(
        env,
        req,
        config,
        conversation_id.as_str(),
        phone.as_str(),
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
        &identity::phone_key(phone.as_str()),
        &code,
    );
    // Stored before it is sent: a code that reached a phone always has its row.
    store::verification::replace(
        env,
        &store::verification::NewCode {
            clinic_id: &config.id,
            conversation_id: conversation_id.as_str(),
            address: phone.as_str(),
            code_hash: &hash,
            expires_at_ms: one_time_code::expires_at(settings, now),
            now: &time::now_rfc3339(),
        },
    )
    .await?;
    let adapter = channel_send::twilio(env, &sms, None)?;
    let text = one_time_code::sms_text(&config.name, &code, settings.code_ttl_seconds);
    let outbound = adapter
        .send_request(&PatientAddress::Sms(phone), &OutboundContent::Text(text))
        .map_err(|error| AppError::invalid_phone(error.to_string()))?;
    let answer = match provider_call::call(&outbound).await {
        Ok((status, body)) => adapter.read_send_response(status, &body).map(|_| ()),
        Err(_) => Err(ProviderFailure {
            code: "network".into(),
            reason: FailureReason::Other,
            message: None,
        }),
    };
    if let Err(failure) = answer {
        // The failure's code only: never the number or the text.
        worker::console_error!("verification sms failed: {}", failure.code);
        if !failure.reason.retryable() {
            return Err(AppError::invalid(
                "phone_refused",
                "The text message provider refused this number: check it, or verify another way.",
            ));
        }
        return Err(AppError::new(
            503,
            "sms_failed",
            "The text message with the code could not be sent. Try again in a minute.",
        ));
    }
    Ok(json_response(
        202,
        &CodeSent {
            expires_in_seconds: settings.code_ttl_seconds,
        },
    ))
}

/// `POST /v1/conversations/{id}/verification/sms/check`: the code the visitor typed.
pub async fn check_code(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (clinic, conversation_id) = super::visitor::authorised(req, env, raw_id).await?;
    let config = &clinic.config;
    let request: VerifyCodeRequest = body::read_json(req).await?;
    let typed = one_time_code::typed(&request.code).ok_or_else(|| {
        AppError::invalid(
            "invalid_code",
            "'code' must be the six digits from the text message.",
        )
    })?;
    let Some((sent, address)) =
        store::verification::count_try(env, &config.id, conversation_id.as_str()).await?
    else {
        return Err(AppError::not_found(
            "no_code",
            "No code was sent for this conversation: ask for one first.",
        ));
    };
    let key = code_key(env)?;
    let typed_hash = one_time_code::code_hash(
        key.as_bytes(),
        conversation_id.as_str(),
        &identity::phone_key(&address),
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
    store::verification::spend(env, &config.id, conversation_id.as_str()).await?;
    let current = store::inbox::conversation(env, &config.id, conversation_id.as_str())
        .await?
        .map(|entry| super::details::known(&entry))
        .unwrap_or_default();
    let known = verified_identity::phone_verified(&current, &address, VerificationMethod::SmsCode);
    store::details::set_visitor(env, &config.id, conversation_id.as_str(), &known).await?;
    super::staff::publish(env, &config.id, conversation_id.as_str()).await;
    Ok(json_response(
        200,
        &KnownIdentity {
            visitor: known.visitor,
            verified: known.proofs,
        },
    ))
}

/// A phone as typed ("+34 600 111 222") in E.164, or 422.
fn e164(raw: &str) -> AppResult<PhoneNumber> {
    identity::e164(raw)
        .and_then(|e164| PhoneNumber::parse(&e164).ok())
        .ok_or_else(|| {
            AppError::invalid_phone(
                "'phone' must be a mobile number with its country code, like +34 600 111 222.",
            )
        })
}
