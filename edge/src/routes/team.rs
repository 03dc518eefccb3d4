//! The clinic's team: the staff list, one-time invitation and password-reset links, and
//! accepting them. Only admins ask for links, which go by email to the person they are
//! for (`staff_links`), never to the admin; whoever holds a valid link may use it once,
//! and its use is audited with the address it came from.

use frontdesk_domain::password;
use frontdesk_domain::staff_tokens::{self, TokenKind};
use frontdesk_domain::stores::sessions::SessionStore;
use frontdesk_protocol::{AcceptTokenRequest, InviteRequest, StaffListResponse};
use worker::{Env, Response};

use super::admin::admin;
use crate::error::{AppError, AppResult};
use crate::ids::StaffId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::staff_links::{self, LinkKind};
use crate::store::audit::AuditAction;
use crate::store::{self, D1};
use crate::{auth, body, ids, time};

/// `GET /v1/admin/staff`.
pub async fn list(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _) = admin(req, env, "see the team").await?;
    let members = store::staff::staff_of_clinic(env, &staff.clinic_id).await?;
    Ok(json_response(200, &StaffListResponse { staff: members }))
}

/// `POST /v1/admin/invites`: emails the invitee a one-time link that creates the account.
pub async fn invite(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (staff, via) = admin(req, env, "invite staff").await?;
    auth::check_same_origin(req, via)?;
    let request: InviteRequest = body::read_json(req).await?;
    let invite = staff_tokens::check_invite(&request)
        .map_err(|message| AppError::invalid("invalid_invite", message))?;
    if store::staff::staff_by_email(env, &invite.email)
        .await?
        .is_some()
    {
        return Err(AppError::email_taken());
    }
    let sent = staff_links::queue(
        req,
        env,
        LinkKind::Invite,
        None,
        Some(request.clone()),
        &staff,
    )
    .await?;
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Invited,
        None,
        Some(invite.role.as_str()),
    )
    .await?;
    Ok(json_response(202, &sent))
}

/// `POST /v1/admin/staff/{id}/password-reset`: emails the account's holder a one-time
/// link to choose a new password.
pub async fn reset_link(req: &Request, env: &Env, raw_staff_id: &str) -> AppResult<Response> {
    let (admin_staff, via) = admin(req, env, "reset passwords").await?;
    auth::check_same_origin(req, via)?;
    let unknown = || AppError::unknown_staff(404, "No staff member has this id.");
    // An id of no staff shape names no one: the same 404 as an unknown one.
    let staff_id = StaffId::parse(raw_staff_id).ok_or_else(unknown)?;
    if !store::staff::is_clinic_staff(env, &admin_staff.clinic_id, &staff_id).await? {
        return Err(unknown());
    }
    let sent = staff_links::queue(
        req,
        env,
        LinkKind::Reset,
        Some(&staff_id),
        None,
        &admin_staff,
    )
    .await?;
    store::audit::record(
        env,
        &admin_staff.clinic_id,
        &admin_staff.id,
        AuditAction::PasswordResetIssued,
        None,
        Some(staff_id.as_str()),
    )
    .await?;
    Ok(json_response(202, &sent))
}

/// `POST /v1/staff/invites/accept`: creates the account and signs it in.
pub async fn accept_invite(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (request, used) = take_link(req, env, TokenKind::Invite).await?;
    let detail = used.audit_detail(req);
    let invite = used.invite.ok_or_else(dead_link)?;
    let hash = hash_password(&request.password)?;
    let staff_id = ids::staff_id()?;
    if !store::staff::insert_staff(
        env,
        &staff_id,
        &used.clinic_id,
        &invite,
        &hash,
        &time::now_rfc3339(),
    )
    .await?
    {
        return Err(AppError::email_taken());
    }
    store::audit::record(
        env,
        &used.clinic_id,
        staff_id.as_str(),
        AuditAction::InviteAccepted,
        None,
        Some(&detail),
    )
    .await?;
    let (staff, _) = store::staff::staff_by_email(env, &invite.email)
        .await?
        .ok_or_else(|| AppError::internal("accept invite", "new account not found"))?;
    super::sessions::start_session(env, staff).await
}

/// `POST /v1/staff/password-resets/accept`: sets the password, ends every old session
/// and signs in.
pub async fn accept_reset(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (request, used) = take_link(req, env, TokenKind::Reset).await?;
    let detail = used.audit_detail(req);
    let staff_id = used.staff_id.ok_or_else(dead_link)?;
    let hash = hash_password(&request.password)?;
    store::staff::set_password(env, &staff_id, &hash).await?;
    super::sessions::revoke_staff_sockets(env, &used.clinic_id, staff_id.as_str()).await?;
    D1(env).revoke_all(&staff_id, &time::now_rfc3339()).await?;
    crate::reply_grants::forget_staff(staff_id.as_str());
    store::audit::record(
        env,
        &used.clinic_id,
        staff_id.as_str(),
        AuditAction::PasswordReset,
        None,
        Some(&detail),
    )
    .await?;
    let staff = store::staff::staff_by_id(env, &staff_id)
        .await?
        .ok_or_else(dead_link)?;
    super::sessions::start_session(env, staff).await
}

/// Reads the request and takes its link, which works once: 410 for a used, expired or
/// unknown link, or one of the wrong kind.
async fn take_link(
    req: &mut Request,
    env: &Env,
    kind: TokenKind,
) -> AppResult<(AcceptTokenRequest, store::staff::UsedToken)> {
    let request = read_accept(req).await?;
    let used = store::staff::take_token(
        env,
        &auth::hash_session_token(&request.token),
        kind,
        &time::now_rfc3339(),
    )
    .await?
    .ok_or_else(dead_link)?;
    Ok((request, used))
}

/// The request, with its new password checked (a weak one leaves the link usable).
async fn read_accept(req: &mut Request) -> AppResult<AcceptTokenRequest> {
    let request: AcceptTokenRequest = body::read_json(req).await?;
    if request.token.is_empty() || request.token.len() > 200 {
        return Err(dead_link());
    }
    staff_tokens::check_password(&request.password)
        .map_err(|message| AppError::invalid("weak_password", message))?;
    Ok(request)
}

/// The slow hash, computed only once a live link was taken.
fn hash_password(password: &str) -> AppResult<String> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|e| AppError::internal("getrandom", e))?;
    Ok(password::hash(password, &salt, password::ITERATIONS))
}

impl store::staff::UsedToken {
    /// What the audit keeps of a link's use, beside who used it (the entry's actor): the
    /// admin who asked for it and the address it was used from.
    fn audit_detail(&self, req: &Request) -> String {
        let from = req
            .headers()
            .get("CF-Connecting-IP")
            .ok()
            .flatten()
            .filter(|ip| ip.len() <= 64)
            .unwrap_or_else(|| "unknown".into());
        format!("asked by {}; used from {from}", self.created_by)
    }
}

fn dead_link() -> AppError {
    AppError::link_expired(
        410,
        "This link has expired or was already used. Ask an admin for a new one.",
    )
}
