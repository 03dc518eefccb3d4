//! The admin calls: the audit log and erasing a visitor's data.

use frontdesk_domain::stores::audit::AuditLog;
use frontdesk_protocol::{AuditLogResponse, ErasedConversation, StaffProfile, StaffRole};
use worker::{Env, Response};

use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::{auth, retention, store};

/// The caller, if an admin (403 for other roles), and how it signed in.
pub(super) async fn admin(
    req: &Request,
    env: &Env,
    what: &str,
) -> AppResult<(StaffProfile, auth::Via)> {
    let (staff, _, via) = auth::staff(env, req).await?;
    if staff.role != StaffRole::Admin {
        return Err(AppError::admins_only(what));
    }
    Ok((staff, via))
}

pub async fn audit_log(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _) = admin(req, env, "read the audit log").await?;
    let (clinic, _) = store::staff::staff_ids(&staff)?;
    let entries = store::D1(env).recent(&clinic, 200).await?;
    Ok(json_response(200, &AuditLogResponse { entries }))
}

/// Deletes the conversation's messages and inbox row for good (a visitor's erasure
/// request), and records who did it.
pub async fn erase_conversation(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, via) = admin(req, env, "erase conversations").await?;
    auth::check_same_origin(req, via)?;
    let conversation_id = super::conversation_id(raw_id)?;
    // Another clinic's conversation is as unknown as a made-up id.
    if store::inbox::conversation(env, &staff.clinic_id, &conversation_id)
        .await?
        .is_none()
    {
        return Err(AppError::unknown_conversation());
    }
    let deleted = retention::erase(env, &staff.clinic_id, &conversation_id).await?;
    crate::reply_grants::forget_conversation(conversation_id.as_str());
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Deleted,
        Some(conversation_id.as_str()),
        Some(&format!("erased on request: {deleted} messages")),
    )
    .await?;
    Ok(json_response(
        200,
        &ErasedConversation {
            conversation_id: conversation_id.into_string(),
            erased: true,
            messages_deleted: deleted,
        },
    ))
}
