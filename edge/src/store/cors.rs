//! Allowed origins across clinics, for CORS preflights.

use serde::Deserialize;
use worker::Env;

use super::{bind, db, first, s};
use crate::error::AppResult;

/// Whether any clinic lists `origin` among its allowed origins (for CORS preflights,
/// which carry no token and so name no clinic).
pub async fn origin_allowed_anywhere(env: &Env, origin: &str) -> AppResult<bool> {
    #[derive(Deserialize)]
    struct Row {
        #[allow(dead_code)]
        found: f64,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT 1 AS found FROM clinics, json_each(clinics.config, '$.allowed_origins') \
             WHERE json_each.value = ?1 LIMIT 1",
        ),
        &[s(origin)],
    )?;
    Ok(first::<Row>(statement, "origin lookup").await?.is_some())
}
