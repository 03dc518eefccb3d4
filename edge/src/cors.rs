//! CORS for the Visitor API: only a clinic's allowed origins get access headers.

use worker::{Headers, Response};

/// Adds CORS headers that let `origin` call the API and read the answer.
pub fn allow(response: &mut Response, origin: &str) {
    let headers = response.headers_mut();
    let _ = headers.set("Access-Control-Allow-Origin", origin);
    let _ = headers.set("Vary", "Origin");
    let _ = headers.set("Access-Control-Expose-Headers", "Retry-After");
}

/// The answer to a preflight from an allowed origin.
pub fn preflight(origin: &str) -> Response {
    let headers = Headers::new();
    let _ = headers.set("Access-Control-Allow-Origin", origin);
    let _ = headers.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    let _ = headers.set(
        "Access-Control-Allow-Headers",
        "Authorization, Content-Type",
    );
    let _ = headers.set("Access-Control-Max-Age", "600");
    let _ = headers.set("Vary", "Origin");
    Response::empty()
        .map(|r| r.with_status(204).with_headers(headers))
        .unwrap_or_else(|_| crate::http::json_response(204, &serde_json::Value::Null))
}
