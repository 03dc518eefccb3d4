//! Calls a clinic's other systems may make with an API key (`Authorization: Bearer
//! fdk_…`) as well as with a staff session. The key is looked up by its digest on every
//! call (no cache, so a revoked key is refused from the next call on), must hold the
//! call's scope, is rate-limited per key, and every use is audited.

use frontdesk_domain::api_keys;
use frontdesk_protocol::{ApiScope, StaffProfile, StaffRole};
use worker::Env;

use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::store::api_keys::ActiveKey;
use crate::{auth, rate_limit_do, store, time};

/// One call that takes a key: the scope it needs, and its method and path template,
/// which name it in the audit log (never the real path: the audit detail carries
/// nothing a caller typed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyCall {
    pub scope: ApiScope,
    pub method: &'static str,
    pub path: &'static str,
}

pub const INBOX: KeyCall = KeyCall {
    scope: ApiScope::ConversationsRead,
    method: "GET",
    path: "/v1/staff/inbox",
};

pub const CONVERSATION: KeyCall = KeyCall {
    scope: ApiScope::ConversationsRead,
    method: "GET",
    path: "/v1/staff/conversations/{id}/messages",
};

/// A conversation as a FHIR R4 Bundle (`routes::fhir`).
pub const FHIR_EXPORT: KeyCall = KeyCall {
    scope: ApiScope::ConversationsRead,
    method: "GET",
    path: "/v1/staff/conversations/{id}/fhir",
};

/// Reports hold counts and times, no patient text.
pub const REPORTS: KeyCall = KeyCall {
    scope: ApiScope::ReportsRead,
    method: "GET",
    path: "/v1/admin/reports",
};

/// The practice software's message into a conversation (`routes::integrations`).
pub const INTEGRATION_MESSAGE: KeyCall = KeyCall {
    scope: ApiScope::MessagesWrite,
    method: "POST",
    path: "/v1/integrations/conversations/{id}/messages",
};

/// The practice software's treatment event, which schedules a survey.
pub const INTEGRATION_TREATMENT: KeyCall = KeyCall {
    scope: ApiScope::SurveysWrite,
    method: "POST",
    path: "/v1/integrations/treatments",
};

/// The practice software's appointment reminder, sent like its messages.
pub const INTEGRATION_APPOINTMENT: KeyCall = KeyCall {
    scope: ApiScope::MessagesWrite,
    method: "POST",
    path: "/v1/integrations/appointments",
};

/// Starting a conversation with a patient (`routes::outreach`), by staff or the
/// practice software.
pub const START_CONVERSATION: KeyCall = KeyCall {
    scope: ApiScope::MessagesWrite,
    method: "POST",
    path: "/v1/staff/conversations",
};

/// Every call a key may make; a test checks the OpenAPI document's
/// `x-frontdesk-scope` marks against it.
#[cfg(test)]
pub const KEY_CALLS: [KeyCall; 8] = [
    INBOX,
    CONVERSATION,
    FHIR_EXPORT,
    REPORTS,
    INTEGRATION_MESSAGE,
    INTEGRATION_TREATMENT,
    INTEGRATION_APPOINTMENT,
    START_CONVERSATION,
];

impl KeyCall {
    fn name(self) -> String {
        format!("{} {}", self.method, self.path)
    }
}

/// The caller of a call that takes a key: a signed-in staff member, or the key acting
/// for the clinic. A key acts as a profile with the key's id and name and clinic-wide
/// read (the admin role gives that under every access policy); it never reaches an
/// admin-only call, since those authenticate by session and `auth` refuses keys there.
pub async fn staff_or_key(
    env: &Env,
    req: &Request,
    call: KeyCall,
    conversation_id: Option<&str>,
) -> AppResult<StaffProfile> {
    let token = auth::bearer(req).filter(|token| api_keys::is_key_token(token));
    let Some(token) = token else {
        return auth::staff(env, req).await.map(|(staff, _, _)| staff);
    };
    key_profile(env, &token, call, conversation_id).await
}

/// [`staff_or_key`] for a call that changes something: a session that came as the
/// console's cookie must come from the console's own origin. Says whether a key made it.
pub async fn staff_or_key_writing(
    env: &Env,
    req: &Request,
    call: KeyCall,
) -> AppResult<(StaffProfile, bool)> {
    let token = auth::bearer(req).filter(|token| api_keys::is_key_token(token));
    let Some(token) = token else {
        let (staff, _, via) = auth::staff(env, req).await?;
        auth::check_same_origin(req, via)?;
        return Ok((staff, false));
    };
    Ok((key_profile(env, &token, call, None).await?, true))
}

/// The caller of a call only a key makes (the practice software's writes): a staff
/// session is refused, since what it does is the clinic's system acting, not a person.
pub async fn key_only(
    env: &Env,
    req: &Request,
    call: KeyCall,
    conversation_id: Option<&str>,
) -> AppResult<StaffProfile> {
    let token = auth::bearer(req).filter(|token| api_keys::is_key_token(token));
    let Some(token) = token else {
        return Err(AppError::unauthorized(
            "api_key_required",
            "This call takes an API key (Authorization: Bearer fdk_…) with the call's scope.",
        ));
    };
    key_profile(env, &token, call, conversation_id).await
}

/// The key's profile once it is found, holds the call's scope and is within its rate;
/// each use, refused or not, is audited.
async fn key_profile(
    env: &Env,
    token: &str,
    call: KeyCall,
    conversation_id: Option<&str>,
) -> AppResult<StaffProfile> {
    let key = active_key(env, token).await?;
    let now = time::now_rfc3339();
    if !key.scopes.contains(&call.scope) {
        let detail = format!("{} refused: needs {}", call.name(), call.scope.as_str());
        store::api_keys::record_use(env, &key, &now, &detail, conversation_id).await?;
        return Err(AppError::forbidden(
            "missing_scope",
            format!(
                "This API key lacks the scope '{}' this call needs.",
                call.scope.as_str()
            ),
        ));
    }
    rate_limit_do::api_key(env, &key.id).await?;
    store::api_keys::record_use(env, &key, &now, &call.name(), conversation_id).await?;
    Ok(StaffProfile {
        id: key.id,
        clinic_id: key.clinic_id,
        email: String::new(),
        name: key.name,
        role: StaffRole::Admin,
        departments: Vec::new(),
        disabled: false,
        language: None,
    })
}

/// The unrevoked key with this secret, or 401 (malformed, unknown and revoked alike).
async fn active_key(env: &Env, token: &str) -> AppResult<ActiveKey> {
    let refused = || {
        AppError::unauthorized(
            "unknown_api_key",
            "The API key is unknown or revoked. An admin can make a new one.",
        )
    };
    if !api_keys::has_secret_shape(token) {
        return Err(refused());
    }
    store::api_keys::active_by_hash(env, &api_keys::digest(token))
        .await?
        .ok_or_else(refused)
}
