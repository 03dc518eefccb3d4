//! `GET /v1/staff/conversations/{id}/fhir`: a conversation, its messages and its red-flag
//! survey answers as a FHIR R4 Bundle (`application/fhir+json`), for the clinic's EHR or
//! outcomes tool. Takes a staff session or an API key with `conversations:read`; the
//! bundle is built by `domain::fhir` and every export is audited as one (it leaves the
//! system).

use frontdesk_domain::fhir::{self, Export};
use worker::{Env, Headers, Response};

use crate::api_key_auth;
use crate::conversation_do;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::store::{self, audit::AuditAction};
use crate::time;

pub async fn export(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    // The id goes into the key's audit entry only once it has a real id's shape.
    let audited_id = super::conversation_id(raw_id).ok().map(|_| raw_id);
    let staff = api_key_auth::staff_or_key(env, req, api_key_auth::FHIR_EXPORT, audited_id).await?;
    let (conversation_id, conversation) =
        super::staff::visible_conversation(env, &staff, raw_id).await?;
    let config = store::clinics::clinic_config(env, &staff.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let messages = conversation_do::messages(env, &conversation_id, 0).await?;
    let red_flags = store::surveys::red_flags(env, &staff.clinic_id, &conversation_id).await?;
    // Recorded before anything is sent: an export is a read of the whole thread.
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Exported,
        Some(raw_id),
        Some("fhir"),
    )
    .await?;
    let base_url = base_url(req, config.channels.public_base_url.as_deref())?;
    let bundle = Export {
        base_url: &base_url,
        clinic_id: &staff.clinic_id,
        clinic_name: &config.name,
        conversation: &conversation,
        messages: &messages,
        red_flags: &red_flags,
        exported_at: &time::now_rfc3339(),
    }
    .bundle();
    let headers = Headers::new();
    headers.set("Content-Type", fhir::MEDIA_TYPE)?;
    headers.set("Cache-Control", "no-store")?;
    headers.set("X-Content-Type-Options", "nosniff")?;
    Ok(Response::ok(bundle.to_string())?.with_headers(headers))
}

/// The base the export's identifier and code systems are named under: the clinic's
/// public base URL when it has one, else this deployment's origin.
fn base_url(req: &Request, public: Option<&str>) -> AppResult<String> {
    if let Some(base) = public {
        return Ok(base.trim_end_matches('/').to_owned());
    }
    let url = req
        .url()
        .map_err(|e| AppError::internal("request url", e))?;
    Ok(url.origin().ascii_serialization())
}
