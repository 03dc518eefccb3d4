//! CORS for the Visitor API: only a clinic's allowed origins get access headers.

use worker::{Env, Headers, Response};

use crate::error::AppResult;
use crate::incoming::Request;
use crate::store;

/// Adds CORS headers that let `origin` call the API and read the answer.
pub fn allow(response: &mut Response, origin: &str) {
    let headers = response.headers_mut();
    let _ = headers.set("Access-Control-Allow-Origin", origin);
    let _ = headers.set("Vary", "Origin");
    let _ = headers.set("Access-Control-Expose-Headers", "Retry-After");
}

/// The error code of a refused origin; such answers get no CORS headers.
pub const ORIGIN_NOT_ALLOWED: &str = "origin_not_allowed";

/// The answer to a preflight: access headers only for an origin the clinic in the path
/// allows, or, on conversation paths (a preflight carries no token), any clinic allows.
/// Other origins get a bare 204, which the browser treats as a refusal.
pub async fn preflight(req: &Request, env: &Env, segments: &[&str]) -> AppResult<Response> {
    let origin = req
        .headers()
        .get("Origin")
        .ok()
        .flatten()
        .unwrap_or_default();
    let allowed = if origin.is_empty() {
        false
    } else if let ["v1", "clinics", clinic_id, ..] = segments {
        store::clinics::clinic_config(env, clinic_id)
            .await?
            .is_some_and(|config| config.allows_origin(&origin))
    } else {
        store::cors::origin_allowed_anywhere(env, &origin).await?
    };
    let headers = Headers::new();
    let _ = headers.set("Vary", "Origin");
    if allowed {
        let _ = headers.set("Access-Control-Allow-Origin", &origin);
        let _ = headers.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        let _ = headers.set(
            "Access-Control-Allow-Headers",
            "Authorization, Content-Type",
        );
        let _ = headers.set("Access-Control-Max-Age", "600");
    }
    Ok(Response::empty()
        .map(|r| r.with_status(204).with_headers(headers))
        .unwrap_or_else(|_| crate::response::json_response(204, &serde_json::Value::Null)))
}
