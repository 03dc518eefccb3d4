//! Staff sessions: sign-in (limited per account and address, failing closed), the
//! session and its cookie, `me`, sign-out and sign-out everywhere (the sockets closed
//! through the clinic's `InboxHub` before the store revokes the session).

use chrono::Duration;
use frontdesk_domain::access::AccessPolicy;
use frontdesk_domain::password;
use frontdesk_protocol::{StaffLoginRequest, StaffProfile, StaffSession};
use worker::{Env, Response};

use crate::auth;
use crate::body;
use crate::error::{AppError, AppResult};
use crate::inbox_do::Revocation;
use crate::incoming::Request;
use crate::rate_limit_do::SignInGuard;
use crate::reply_grants;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::{self, D1};
use crate::{inbox_do, time};
use frontdesk_domain::stores::sessions::{Session, SessionStore};

// Verifying against this when the email is unknown keeps sign-in timing uniform.
const DUMMY_HASH: &str =
    "pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

pub async fn sign_in(req: &mut Request, env: &Env) -> AppResult<Response> {
    let request: StaffLoginRequest = body::read_json(req).await?;
    // Characters, like the OpenAPI document's maxLength.
    if request.email.chars().count() > 254 || request.password.chars().count() > 1024 {
        return Err(AppError::invalid(
            "invalid_credentials_format",
            "Email or password is too long.",
        ));
    }
    // Unknown emails are counted like known ones, so a lockout reveals nothing. The
    // attempt is taken before the password is checked; a good one is given back.
    let guard = SignInGuard::new(req, &request.email);
    guard.take(env).await?;
    let found = store::staff::staff_by_email(env, request.email.trim()).await?;
    let stored_hash = found.as_ref().map_or(DUMMY_HASH, |(_, hash)| hash.as_str());
    let matches = password::verify(&request.password, stored_hash);
    let Some((staff, _)) = found.filter(|_| matches) else {
        return Err(AppError::unauthorized(
            "bad_credentials",
            "The email or password is wrong.",
        ));
    };
    // Said only to someone who knows the password: the account's owner.
    if staff.disabled {
        return Err(AppError::forbidden(
            "account_disabled",
            "This account is disabled. Ask an admin of your clinic to enable it.",
        ));
    }
    guard.succeeded(env).await;
    start_session(env, staff).await
}

/// Opens a session for `staff`: 201 with the bearer token, and the same token as an
/// HttpOnly, Secure, SameSite=Strict cookie.
pub(super) async fn start_session(env: &Env, staff: StaffProfile) -> AppResult<Response> {
    let token = crate::ids::session_token()?;
    let now = time::now();
    // A working day unless the clinic's `[access]` says otherwise.
    let clinic = store::clinics::clinic(env, &staff.clinic_id).await?;
    let seconds = match &clinic {
        Some(clinic) => clinic.config.access.session_seconds(),
        None => AccessPolicy::default().session_seconds(),
    };
    // The console shows times in the clinic's zone, whatever the device's.
    let time_zone = clinic.map(|clinic| clinic.config.timezone.clone());
    let expires_at = time::rfc3339(now + Duration::seconds(seconds));
    let (_, staff_id) = store::staff::staff_ids(&staff)?;
    D1(env)
        .create(&Session {
            token_hash: auth::hash_session_token(&token),
            staff: staff_id,
            created_at: time::rfc3339(now),
            expires_at: expires_at.clone(),
            revoked_at: None,
        })
        .await?;
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::SignedIn,
        None,
        None,
    )
    .await?;
    let mut response = json_response(
        201,
        &StaffSession {
            token: token.clone(),
            expires_at,
            staff,
            time_zone,
        },
    );
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age={}",
        auth::SESSION_COOKIE,
        seconds
    );
    let _ = response.headers_mut().set("Set-Cookie", &cookie);
    Ok(response)
}

pub async fn sign_out(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, token_hash, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    // The session's sockets close before the revocation is stored (see `inbox_do`).
    let revocation = Revocation::Session {
        session: token_hash.clone(),
    };
    inbox_do::revoke(env, &staff.clinic_id, &revocation).await?;
    D1(env).revoke(&token_hash, &time::now_rfc3339()).await?;
    reply_grants::forget_session(&token_hash);
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::SignedOut,
        None,
        None,
    )
    .await?;
    Ok(signed_out(serde_json::json!({"signed_out": true})))
}

/// Ends every session of the caller, on every device: for a lost phone or a shared
/// computer someone forgot to sign out of.
pub async fn sign_out_everywhere(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    revoke_staff_sockets(env, &staff.clinic_id, &staff.id).await?;
    let (_, staff_id) = store::staff::staff_ids(&staff)?;
    let ended = D1(env).revoke_all(&staff_id, &time::now_rfc3339()).await?;
    reply_grants::forget_staff(&staff.id);
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::SignedOutEverywhere,
        None,
        Some(&format!("{ended} sessions")),
    )
    .await?;
    Ok(signed_out(
        serde_json::json!({"signed_out": true, "sessions_ended": ended}),
    ))
}

/// Closes every socket of every session `staff_id` has now, before the store revokes
/// those sessions.
pub(super) async fn revoke_staff_sockets(
    env: &Env,
    clinic_id: &str,
    staff_id: &str,
) -> AppResult<()> {
    let revocation = Revocation::Staff {
        staff_id: staff_id.to_owned(),
        at_ms: time::now().timestamp_millis(),
    };
    inbox_do::revoke(env, clinic_id, &revocation).await
}

/// The answer to a sign-out, clearing the session cookie.
fn signed_out(body: serde_json::Value) -> Response {
    let mut response = json_response(200, &body);
    let cookie = format!(
        "{}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0",
        auth::SESSION_COOKIE
    );
    let _ = response.headers_mut().set("Set-Cookie", &cookie);
    response
}

pub async fn me(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    Ok(json_response(200, &staff))
}
