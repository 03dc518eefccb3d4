//! Who is calling: visitor tokens and staff sessions, read from headers or the query.

use frontdesk_domain::access::Scope;
use frontdesk_domain::api_keys;
use frontdesk_domain::stores::sessions::SessionStore;
use frontdesk_domain::visitor_token::{self, TokenError, VisitorClaims};
use frontdesk_protocol::{StaffProfile, BEARER_SUBPROTOCOL_PREFIX, LIVE_SUBPROTOCOL};
use sha2::{Digest, Sha256};
use worker::Env;

use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::store;

/// Name of the console's session cookie.
pub const SESSION_COOKIE: &str = "fd_session";

/// The secrets visitor tokens may be signed with: the current one, then the previous one
/// while a rotation is under way.
pub fn visitor_secrets(env: &Env) -> AppResult<Vec<String>> {
    let current = env
        .secret("VISITOR_TOKEN_SECRET")
        .map_err(|e| AppError::internal("VISITOR_TOKEN_SECRET is not set", e))?
        .to_string();
    // A weak secret would let anyone forge tokens: refuse to serve (logged, never shown).
    if !visitor_token::secret_is_strong(&current) {
        return Err(AppError::internal(
            "visitor tokens",
            format!(
                "VISITOR_TOKEN_SECRET is empty or shorter than {} bytes; set a long random \
                 one with `wrangler secret put VISITOR_TOKEN_SECRET`",
                visitor_token::MIN_SECRET_BYTES
            ),
        ));
    }
    let mut secrets = vec![current];
    if let Ok(previous) = env.secret("VISITOR_TOKEN_SECRET_PREVIOUS") {
        let previous = previous.to_string();
        // A weak previous secret is ignored rather than trusted.
        if visitor_token::secret_is_strong(&previous) {
            secrets.push(previous);
        }
    }
    Ok(secrets)
}

/// Visitor tokens last 30 days; the widget keeps one per conversation.
const VISITOR_TOKEN_DAYS: i64 = 30;

pub fn issue_visitor_token(env: &Env, clinic_id: &str, conversation_id: &str) -> AppResult<String> {
    let secrets = visitor_secrets(env)?;
    let claims = VisitorClaims {
        clinic_id: clinic_id.to_owned(),
        conversation_id: conversation_id.to_owned(),
        expires_at: crate::time::now().timestamp() + VISITOR_TOKEN_DAYS * 86_400,
    };
    Ok(visitor_token::issue(secrets[0].as_bytes(), &claims))
}

/// The bearer token of a request: the `Authorization` header, else a `bearer.<token>`
/// WebSocket subprotocol (browsers can't set headers on WebSockets). Never `?token=`:
/// request URLs end up in logs, so a token there is refused like no token at all.
pub fn bearer(req: &Request) -> Option<String> {
    if let Some(value) = req.headers().get("Authorization").ok().flatten() {
        let token = value.strip_prefix("Bearer ").map(str::trim)?;
        return (!token.is_empty()).then(|| token.to_owned());
    }
    subprotocol_token(req)
}

/// The subprotocols a WebSocket upgrade offers, in order.
fn offered_subprotocols(req: &Request) -> Vec<String> {
    req.headers()
        .get("Sec-WebSocket-Protocol")
        .ok()
        .flatten()
        .map(|header| {
            header
                .split(',')
                .map(|protocol| protocol.trim().to_owned())
                .filter(|protocol| !protocol.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn subprotocol_token(req: &Request) -> Option<String> {
    offered_subprotocols(req).into_iter().find_map(|protocol| {
        protocol
            .strip_prefix(BEARER_SUBPROTOCOL_PREFIX)
            .filter(|token| !token.is_empty())
            .map(str::to_owned)
    })
}

/// Whether an upgrade offered the `frontdesk` subprotocol, which the answer must then name.
pub fn offers_live_subprotocol(req: &Request) -> bool {
    offered_subprotocols(req)
        .iter()
        .any(|protocol| protocol == LIVE_SUBPROTOCOL)
}

/// Checks the visitor token against the conversation in the path.
pub fn visitor(env: &Env, req: &Request, conversation_id: &str) -> AppResult<VisitorClaims> {
    let token = bearer(req).ok_or_else(|| {
        AppError::unauthorized(
            "missing_token",
            "Send the visitor token as 'Authorization: Bearer <token>'.",
        )
    })?;
    let secrets = visitor_secrets(env)?;
    let keys: Vec<&[u8]> = secrets.iter().map(|s| s.as_bytes()).collect();
    let claims =
        visitor_token::verify(&keys, &token, crate::time::now().timestamp()).map_err(|error| {
            match error {
                TokenError::Expired => AppError::unauthorized(
                    "token_expired",
                    "The visitor token has expired. Start a new conversation.",
                ),
                TokenError::Malformed | TokenError::BadSignature => {
                    AppError::unauthorized("bad_token", "The visitor token is not valid.")
                }
            }
        })?;
    if claims.conversation_id != conversation_id {
        return Err(AppError::forbidden(
            "wrong_conversation",
            "This token belongs to another conversation.",
        ));
    }
    Ok(claims)
}

pub fn hash_session_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn session_cookie(req: &Request) -> Option<String> {
    let header = req.headers().get("Cookie").ok().flatten()?;
    header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == SESSION_COOKIE && !value.is_empty()).then(|| value.to_owned())
    })
}

/// How a staff request proved who it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Bearer,
    Cookie,
}

/// The session token a staff request carries, and how it came. An API key is refused
/// here: only the calls that take one (`api_key_auth`) look it up.
fn session_token(req: &Request) -> AppResult<(String, Via)> {
    match bearer(req) {
        Some(token) if api_keys::is_key_token(&token) => Err(AppError::forbidden(
            "api_key_not_accepted",
            "This call takes a staff session, not an API key; the OpenAPI document marks \
             the calls a key may make (x-frontdesk-scope).",
        )),
        Some(token) => Ok((token, Via::Bearer)),
        None => match session_cookie(req) {
            Some(token) => Ok((token, Via::Cookie)),
            None => Err(AppError::unauthorized(
                "not_signed_in",
                "Sign in first: POST /v1/staff/sessions.",
            )),
        },
    }
}

/// The signed-in staff member, from the bearer token or the session cookie.
pub async fn staff(env: &Env, req: &Request) -> AppResult<(StaffProfile, String, Via)> {
    let (token_hash, via) = session_token_hash(req)?;
    let found = store::D1(env)
        .live_staff(&token_hash, &crate::time::now_rfc3339())
        .await?;
    match found {
        Some(profile) => Ok((profile, token_hash, via)),
        None => Err(AppError::session_expired()),
    }
}

/// Like [`staff`] for a token hash from [`session_token_hash`], and reads what a reply
/// checks about one conversation of the staff member's clinic in the same query (owner,
/// team, channel endpoint): `None` when the clinic has no such conversation.
pub async fn staff_with_reply_facts(
    env: &Env,
    token_hash: &str,
    conversation_id: &ConversationId,
) -> AppResult<(StaffProfile, Option<store::staff::ReplyFacts>)> {
    let now = crate::time::now_rfc3339();
    store::staff::session_staff_with_reply_facts(env, token_hash, &now, conversation_id)
        .await?
        .ok_or_else(AppError::session_expired)
}

/// The hash of the session token a staff request carries, and how it came; nothing is
/// checked against the store yet.
pub fn session_token_hash(req: &Request) -> AppResult<(String, Via)> {
    let (token, via) = session_token(req)?;
    Ok((hash_session_token(&token), via))
}

/// What `staff` may read, under their clinic's `[access]` policy.
pub async fn scope(env: &Env, staff: &StaffProfile) -> AppResult<Scope> {
    let clinic = store::clinics::clinic(env, &staff.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    Ok(Scope::of(&clinic.config.access, staff))
}

/// Cookie-authenticated calls that change state must come from the console's own origin.
pub fn check_same_origin(req: &Request, via: Via) -> AppResult<()> {
    if via == Via::Bearer {
        return Ok(());
    }
    let own = req.url().ok().map(|u| u.origin().ascii_serialization());
    let origin = req.headers().get("Origin").ok().flatten();
    match (origin, own) {
        (Some(origin), Some(own)) if origin == own => Ok(()),
        _ => Err(AppError::forbidden(
            "cross_site_request",
            "State-changing calls with the session cookie must come from the console.",
        )),
    }
}
