//! Offboarding and its undo: an admin disables and re-enables a staff account, and
//! unlocks one that too many failed sign-ins locked.
//!
//! Disabling ends the account's sessions and closes their sockets at once (as signing
//! out everywhere does). A disabled account can't sign in, and every session lookup
//! requires an enabled account, so a session that escaped revocation is dead too.

use frontdesk_domain::stores::sessions::SessionStore;
use frontdesk_protocol::StaffProfile;
use worker::{Env, Response};

use super::admin::admin;
use crate::error::{AppError, AppResult};
use crate::ids::StaffId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::D1;
use crate::{auth, rate_limit_do, reply_grants, store, time};

/// What an admin does to a staff account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifecycle {
    /// `POST /v1/admin/staff/{id}/disable`.
    Disable,
    /// `POST /v1/admin/staff/{id}/enable`: the account signs in again (with its password;
    /// its old sessions stay ended).
    Enable,
    /// `POST /v1/admin/staff/{id}/unlock`: clears the account's failed sign-ins, for a
    /// colleague locked out (perhaps by someone guessing at a known email) who can't wait.
    Unlock,
}

impl Lifecycle {
    /// The end of "Only admins can …".
    fn what(self) -> &'static str {
        match self {
            Lifecycle::Disable => "disable accounts",
            Lifecycle::Enable => "enable accounts",
            Lifecycle::Unlock => "unlock accounts",
        }
    }

    fn audit_action(self) -> AuditAction {
        match self {
            Lifecycle::Disable => AuditAction::StaffDisabled,
            Lifecycle::Enable => AuditAction::StaffEnabled,
            Lifecycle::Unlock => AuditAction::AccountUnlocked,
        }
    }
}

/// One of the three calls: the admin and origin checks, the member of the caller's
/// clinic, the change, the audit entry, and the member as it is now.
pub async fn change(
    req: &Request,
    env: &Env,
    staff_id: &str,
    action: Lifecycle,
) -> AppResult<Response> {
    let (caller, via) = admin(req, env, action.what()).await?;
    auth::check_same_origin(req, via)?;
    // A clinic must keep an admin who can undo this.
    if action == Lifecycle::Disable && staff_id == caller.id {
        return Err(AppError::new(
            409,
            "cannot_disable_self",
            "You can't disable your own account. Ask another admin.",
        ));
    }
    let member = member(env, &caller, staff_id).await?;
    let (_, member_id) = store::staff::staff_ids(&member)?;
    let disabled = match action {
        Lifecycle::Disable => {
            let now = time::now_rfc3339();
            D1(env).set_disabled(&member_id, Some(&now)).await?;
            // The disabled flag already refuses the sessions; closing their sockets and
            // revoking them makes it visible at once and in the session table.
            super::sessions::revoke_staff_sockets(env, &caller.clinic_id, &member.id).await?;
            D1(env).revoke_all(&member_id, &now).await?;
            reply_grants::forget_staff(&member.id);
            true
        }
        Lifecycle::Enable => {
            D1(env).set_disabled(&member_id, None).await?;
            false
        }
        Lifecycle::Unlock => {
            rate_limit_do::unlock_account(env, &member.email).await?;
            member.disabled
        }
    };
    store::audit::record(
        env,
        &caller.clinic_id,
        &caller.id,
        action.audit_action(),
        None,
        Some(&member.id),
    )
    .await?;
    Ok(json_response(200, &StaffProfile { disabled, ..member }))
}

/// The caller's clinic's staff member `raw_id`; 404 for anyone else (and for an id of no
/// staff shape, which names no one).
async fn member(env: &Env, caller: &StaffProfile, raw_id: &str) -> AppResult<StaffProfile> {
    let Some(staff_id) = StaffId::parse(raw_id) else {
        return Err(AppError::unknown_staff(404, "No staff member has this id."));
    };
    store::staff::staff_by_id(env, &staff_id)
        .await?
        .filter(|member| member.clinic_id == caller.clinic_id)
        .ok_or_else(|| AppError::unknown_staff(404, "No staff member has this id."))
}
