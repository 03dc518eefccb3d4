//! The bottom layer of the edge's HTTP answers: a JSON response with the headers every
//! answer carries. Errors (`error.rs`), CORS (`cors.rs`), the router and the handlers
//! build on it; it imports none of them.

use serde::Serialize;
use worker::{Headers, Response};

/// A JSON response with the given status and no-store caching.
pub fn json_response<T: Serialize>(status: u16, body: &T) -> Response {
    json_text_response(
        status,
        serde_json::to_string(body).unwrap_or_else(|_| "null".into()),
    )
}

/// [`json_response`] after serialising, one copy shared by every body type: LLVM had
/// copied the headers and the response into the generic function's instances and into
/// the router's future (about 13 KB of cargo's output; BENCHMARKS.md, "Edge size,
/// round 7").
#[inline(never)]
fn json_text_response(status: u16, text: String) -> Response {
    let headers = Headers::new();
    let _ = headers.set("Content-Type", "application/json; charset=utf-8");
    let _ = headers.set("Cache-Control", "no-store");
    let _ = headers.set("X-Content-Type-Options", "nosniff");
    match Response::ok(text) {
        Ok(response) => response.with_status(status).with_headers(headers),
        Err(_) => Response::empty()
            .map(|r| r.with_status(500))
            .unwrap_or_else(|_| unreachable!("an empty response always builds")),
    }
}
