//! What handlers read from a request besides its body (`body.rs`): query parameters and
//! the WebSocket upgrade.

use crate::error::{AppError, AppResult};
use crate::incoming::Request;

/// Reads `name` from the query string.
pub fn query(req: &Request, name: &str) -> Option<String> {
    let url = req.url().ok()?;
    url.query_pairs()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// Reads `?after=` as a sequence number; absent means 0.
pub fn after_param(req: &Request) -> AppResult<u64> {
    match query(req, "after") {
        None => Ok(0),
        Some(raw) => raw.parse().map_err(|_| {
            AppError::invalid(
                "invalid_after",
                "'after' must be a non-negative whole number.",
            )
        }),
    }
}

/// Whether the request asks for a WebSocket upgrade.
pub fn require_websocket(req: &Request) -> AppResult<()> {
    let upgrade = req
        .headers()
        .get("Upgrade")
        .ok()
        .flatten()
        .unwrap_or_default();
    if upgrade.eq_ignore_ascii_case("websocket") {
        Ok(())
    } else {
        Err(AppError::new(
            426,
            "websocket_required",
            "This endpoint speaks WebSocket only: connect with an Upgrade: websocket request.",
        ))
    }
}
