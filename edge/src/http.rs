//! The HTTP front door: matches method and path to a route and turns every failure into
//! the JSON error shape. Paths that are not API calls fall through to static assets first.

use serde::Serialize;
use worker::{Env, Headers, Method, Request, Response};

use crate::error::{AppError, AppResult};
use crate::routes::{staff, visitor};

/// A JSON response with the given status and no-store caching.
pub fn json_response<T: Serialize>(status: u16, body: &T) -> Response {
    let text = serde_json::to_string(body).unwrap_or_else(|_| "null".into());
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

/// Handles one request; never fails, every error becomes a JSON response.
pub async fn handle(mut req: Request, env: &Env) -> Response {
    let path = req.path();
    let segments: Vec<String> = path
        .trim_matches('/')
        .split('/')
        .map(str::to_owned)
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let origin = req.headers().get("Origin").ok().flatten();
    // Preflights set their own CORS headers (see `cors::preflight`).
    let is_visitor_api = req.method() != Method::Options
        && matches!(
            segments.as_slice(),
            ["v1", "clinics", ..] | ["v1", "conversations", ..]
        );
    let offers_subprotocol = crate::auth::offers_live_subprotocol(&req);
    let mut refused_origin = false;
    let mut response = match route(&mut req, env, &segments).await {
        Ok(response) => response,
        Err(error) => {
            refused_origin = error.code == crate::cors::ORIGIN_NOT_ALLOWED;
            error.into_response()
        }
    };
    if response.status_code() == 101 && offers_subprotocol {
        response = with_live_subprotocol(response);
    }
    // Visitor routes refuse disallowed origins themselves, so any origin that got this far
    // may read the answer (errors included, so the widget can show them). A refused
    // origin gets no CORS headers: its page can't read even the refusal.
    if is_visitor_api && !refused_origin && response.status_code() != 101 {
        if let Some(origin) = origin.as_deref() {
            crate::cors::allow(&mut response, origin);
        }
    }
    response
}

async fn route(req: &mut Request, env: &Env, segments: &[&str]) -> AppResult<Response> {
    let method = req.method();
    match (method, segments) {
        (Method::Get, ["v1", "health"]) => Ok(json_response(200, &serde_json::json!({"ok": true}))),

        (Method::Options, ["v1", "clinics" | "conversations", ..]) => {
            crate::cors::preflight(req, env, segments).await
        }
        (Method::Get, ["v1", "clinics", clinic, "widget-config"]) => {
            visitor::widget_config(req, env, clinic).await
        }
        (Method::Post, ["v1", "clinics", clinic, "conversations"]) => {
            visitor::create_conversation(req, env, clinic).await
        }
        (Method::Post, ["v1", "conversations", id, "messages"]) => {
            visitor::send_message(req, env, id).await
        }
        (Method::Get, ["v1", "conversations", id, "messages"]) => {
            visitor::list_messages(req, env, id).await
        }
        (Method::Get, ["v1", "conversations", id, "live"]) => visitor::live(req, env, id).await,

        (Method::Post, ["v1", "staff", "sessions"]) => staff::sign_in(req, env).await,
        (Method::Delete, ["v1", "staff", "sessions", "current"]) => staff::sign_out(req, env).await,
        (Method::Get, ["v1", "staff", "me"]) => staff::me(req, env).await,
        (Method::Get, ["v1", "staff", "inbox"]) => staff::inbox(req, env).await,
        (Method::Get, ["v1", "staff", "live"]) => staff::inbox_live(req, env).await,
        (Method::Get, ["v1", "staff", "conversations", id, "messages"]) => {
            staff::conversation(req, env, id).await
        }
        (Method::Post, ["v1", "staff", "conversations", id, "messages"]) => {
            staff::reply(req, env, id).await
        }
        (Method::Post, ["v1", "staff", "conversations", id, "claim"]) => {
            staff::claim(req, env, id).await
        }
        (Method::Get, ["v1", "staff", "conversations", id, "live"]) => {
            staff::conversation_live(req, env, id).await
        }
        (Method::Get, ["v1", "admin", "audit-log"]) => staff::audit_log(req, env).await,

        (_, ["v1", ..]) => Err(AppError::not_found(
            "unknown_route",
            "No API call matches this method and path.",
        )),
        _ => Err(AppError::not_found(
            "not_found",
            "Nothing is served at this path.",
        )),
    }
}

/// A browser drops a socket whose answer names none of the subprotocols it offered, so
/// an upgrade that offered `frontdesk` gets it back. The Durable Object's 101 has
/// immutable headers, so the socket moves into a fresh response.
fn with_live_subprotocol(response: Response) -> Response {
    let Some(websocket) = response.websocket() else {
        return AppError::internal("live subprotocol", "101 without a socket").into_response();
    };
    let headers = Headers::new();
    let _ = headers.set(
        "Sec-WebSocket-Protocol",
        frontdesk_protocol::LIVE_SUBPROTOCOL,
    );
    match Response::from_websocket(websocket) {
        Ok(response) => response.with_headers(headers),
        Err(error) => AppError::internal("live subprotocol", error).into_response(),
    }
}

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
