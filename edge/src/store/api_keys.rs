//! API keys (`api_keys`): only each secret's digest is stored.

use frontdesk_protocol::{ApiKey, ApiScope};
use serde::Deserialize;
use worker::Env;

use super::audit::{audit_statement, AuditAction};
use super::{all, batch, bind, db, decode_json, first, n, run, s};
use crate::error::AppResult;

#[derive(Deserialize)]
struct KeyRow {
    id: String,
    name: String,
    prefix: String,
    scopes: String,
    created_at: String,
    created_by: String,
    last_used_at: Option<String>,
    revoked_at: Option<String>,
}

impl KeyRow {
    fn into_key(self) -> AppResult<ApiKey> {
        Ok(ApiKey {
            scopes: decode_json(&self.scopes, "api key scopes")?,
            id: self.id,
            name: self.name,
            prefix: self.prefix,
            created_at: self.created_at,
            created_by: self.created_by,
            last_used_at: self.last_used_at,
            revoked_at: self.revoked_at,
            secret: None,
        })
    }
}

const COLUMNS: &str = "id, name, prefix, scopes, created_at, created_by, last_used_at, revoked_at";

/// A clinic's keys, revoked ones included, newest first.
pub async fn list(env: &Env, clinic_id: &str) -> AppResult<Vec<ApiKey>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {COLUMNS} FROM api_keys WHERE clinic_id = ?1 \
             ORDER BY created_at DESC, id LIMIT 100"
        )),
        &[s(clinic_id)],
    )?;
    all::<KeyRow>(statement, "api keys")
        .await?
        .into_iter()
        .map(KeyRow::into_key)
        .collect()
}

/// One key of a clinic.
pub async fn key(env: &Env, clinic_id: &str, id: &str) -> AppResult<Option<ApiKey>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {COLUMNS} FROM api_keys WHERE id = ?1 AND clinic_id = ?2"
        )),
        &[s(id), s(clinic_id)],
    )?;
    first::<KeyRow>(statement, "api key")
        .await?
        .map(KeyRow::into_key)
        .transpose()
}

/// Stores a key by the digest of its secret unless the clinic already holds `max` (one
/// conditional insert, so parallel creations can't pass the cap). False when full.
pub async fn insert(
    env: &Env,
    clinic_id: &str,
    key: &ApiKey,
    key_hash: &str,
    max: usize,
) -> AppResult<bool> {
    let scopes = serde_json::to_string(&key.scopes).unwrap_or_else(|_| "[]".into());
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO api_keys \
             (id, clinic_id, name, prefix, key_hash, scopes, created_at, created_by) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 \
             WHERE (SELECT COUNT(*) FROM api_keys WHERE clinic_id = ?2) < ?9",
        ),
        &[
            s(&key.id),
            s(clinic_id),
            s(&key.name),
            s(&key.prefix),
            s(key_hash),
            s(&scopes),
            s(&key.created_at),
            s(&key.created_by),
            n(max as u64),
        ],
    )?;
    Ok(run(statement, "insert api key").await? > 0)
}

/// Revokes a key, with the admin's audit entry in the same transaction.
pub async fn revoke(
    env: &Env,
    clinic_id: &str,
    id: &str,
    admin_id: &str,
    now: &str,
) -> AppResult<()> {
    let db = db(env)?;
    let update = bind(
        db.prepare(
            "UPDATE api_keys SET revoked_at = ?3 \
             WHERE id = ?1 AND clinic_id = ?2 AND revoked_at IS NULL",
        ),
        &[s(id), s(clinic_id), s(now)],
    )?;
    let audit = audit_statement(
        &db,
        clinic_id,
        admin_id,
        AuditAction::ApiKeyRevoked,
        None,
        Some(id),
    )?;
    batch(&db, vec![update, audit], "revoke api key").await?;
    Ok(())
}

/// The key a call presents, if it exists and is not revoked: read from the store on
/// every call, so a revocation holds from the next call on.
#[derive(Debug, Clone)]
pub struct ActiveKey {
    pub id: String,
    pub clinic_id: String,
    pub name: String,
    pub scopes: Vec<ApiScope>,
}

pub async fn active_by_hash(env: &Env, key_hash: &str) -> AppResult<Option<ActiveKey>> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        clinic_id: String,
        name: String,
        scopes: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, clinic_id, name, scopes FROM api_keys \
             WHERE key_hash = ?1 AND revoked_at IS NULL",
        ),
        &[s(key_hash)],
    )?;
    first::<Row>(statement, "api key by hash")
        .await?
        .map(|row| {
            Ok(ActiveKey {
                scopes: decode_json(&row.scopes, "api key scopes")?,
                id: row.id,
                clinic_id: row.clinic_id,
                name: row.name,
            })
        })
        .transpose()
}

/// Records one use: `last_used_at` and an `api_key_used` audit entry (the call and the
/// conversation id, never patient text), in one transaction.
pub async fn record_use(
    env: &Env,
    key: &ActiveKey,
    now: &str,
    call: &str,
    conversation_id: Option<&str>,
) -> AppResult<()> {
    let db = db(env)?;
    let touch = bind(
        db.prepare("UPDATE api_keys SET last_used_at = ?2 WHERE id = ?1"),
        &[s(&key.id), s(now)],
    )?;
    let audit = audit_statement(
        &db,
        &key.clinic_id,
        &key.id,
        AuditAction::ApiKeyUsed,
        conversation_id,
        Some(call),
    )?;
    batch(&db, vec![touch, audit], "record api key use").await?;
    Ok(())
}
