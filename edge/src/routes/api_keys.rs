//! API keys (`/v1/admin/api-keys`): admins make a key with scopes for one of the
//! clinic's other systems (the secret is shown once), list them without secrets, and
//! revoke them. Using a key is `crate::api_key_auth`; the rules are `domain::api_keys`.

use frontdesk_domain::api_keys::{self, KeyError};
use frontdesk_protocol::{ApiKey, ApiKeysResponse, CreateApiKeyRequest, RevokedApiKey};
use worker::{Env, Response};

use super::admin::admin;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::{auth, body, ids, store, time};

const WHAT: &str = "manage API keys";

/// `GET /v1/admin/api-keys`: newest first, revoked ones included, never a secret.
pub async fn list(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _) = admin(req, env, WHAT).await?;
    let api_keys = store::api_keys::list(env, &staff.clinic_id).await?;
    Ok(json_response(200, &ApiKeysResponse { api_keys }))
}

/// `POST /v1/admin/api-keys`: answers with the secret, once; only its digest is kept.
pub async fn create(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (staff, via) = admin(req, env, WHAT).await?;
    auth::check_same_origin(req, via)?;
    let request: CreateApiKeyRequest = body::read_json(req).await?;
    let name = api_keys::clean_name(&request.name).map_err(refusal)?;
    let scopes = api_keys::parse_scopes(&request.scopes).map_err(refusal)?;
    let secret = ids::api_key_secret()?;
    let key = ApiKey {
        id: ids::api_key_id()?,
        name,
        prefix: api_keys::shown_prefix(&secret),
        scopes,
        created_at: time::now_rfc3339(),
        created_by: staff.id.clone(),
        last_used_at: None,
        revoked_at: None,
        secret: None,
    };
    let stored = store::api_keys::insert(
        env,
        &staff.clinic_id,
        &key,
        &api_keys::digest(&secret),
        api_keys::MAX_KEYS,
    )
    .await?;
    if !stored {
        return Err(AppError::new(
            409,
            "too_many_api_keys",
            format!(
                "A clinic may hold {} API keys, revoked ones included.",
                api_keys::MAX_KEYS
            ),
        ));
    }
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::ApiKeyCreated,
        None,
        Some(&key.id),
    )
    .await?;
    Ok(json_response(
        201,
        &ApiKey {
            secret: Some(secret),
            ..key
        },
    ))
}

/// `DELETE /v1/admin/api-keys/{id}`: the key is refused from the next call on. Revoking
/// a revoked key again answers the same.
pub async fn revoke(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, via) = admin(req, env, WHAT).await?;
    auth::check_same_origin(req, via)?;
    let unknown = || AppError::not_found("unknown_api_key", "No API key has this id.");
    if !ids::is_api_key_id(raw_id) {
        return Err(unknown());
    }
    let key = store::api_keys::key(env, &staff.clinic_id, raw_id)
        .await?
        .ok_or_else(unknown)?;
    if key.revoked_at.is_none() {
        store::api_keys::revoke(
            env,
            &staff.clinic_id,
            &key.id,
            &staff.id,
            &time::now_rfc3339(),
        )
        .await?;
    }
    Ok(json_response(
        200,
        &RevokedApiKey {
            id: key.id,
            revoked: true,
        },
    ))
}

fn refusal(error: KeyError) -> AppError {
    let code = match error {
        KeyError::Name => "invalid_name",
        KeyError::NoScopes => "no_scopes",
        KeyError::UnknownScope(_) => "unknown_scope",
    };
    AppError::invalid(code, error.to_string())
}
