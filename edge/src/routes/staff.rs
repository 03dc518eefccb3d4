//! The Staff API: sessions, inbox, conversation view, replies and claims.

use chrono::Duration;
use frontdesk_domain::{password, text};
use frontdesk_protocol::{
    Author, ClaimResponse, ConversationStatus, Department, InboxEntry, InboxResponse,
    SendMessageRequest, StaffLoginRequest, StaffMessagesResponse, StaffProfile, StaffReplyResponse,
    StaffSession, Urgency,
};
use worker::{Env, Request, Response};

use crate::auth;
use crate::body;
use crate::conversation_do::{self, AppendRequest};
use crate::error::{AppError, AppResult};
use crate::http::{after_param, json_response, query, require_websocket};
use crate::store::{self, Claim, InboxFilter};
use crate::{inbox_do, time};

/// Console sessions last a working day.
const SESSION_HOURS: i64 = 12;

// Verifying against this when the email is unknown keeps sign-in timing uniform.
const DUMMY_HASH: &str =
    "pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

pub async fn sign_in(req: &mut Request, env: &Env) -> AppResult<Response> {
    let request: StaffLoginRequest = body::read_json(req).await?;
    // Characters, like the OpenAPI document's maxLength.
    if request.email.chars().count() > 254 || request.password.chars().count() > 1024 {
        return Err(AppError::invalid(
            "invalid_credentials_format",
            "Email or password is too long.",
        ));
    }
    let found = store::staff_by_email(env, request.email.trim()).await?;
    let stored_hash = found.as_ref().map_or(DUMMY_HASH, |(_, hash)| hash.as_str());
    let matches = password::verify(&request.password, stored_hash);
    let Some((staff, _)) = found.filter(|_| matches) else {
        return Err(AppError::unauthorized(
            "bad_credentials",
            "The email or password is wrong.",
        ));
    };
    let token = crate::ids::session_token()?;
    let now = time::now();
    let expires_at = time::rfc3339(now + Duration::hours(SESSION_HOURS));
    store::create_session(
        env,
        &auth::hash_session_token(&token),
        &staff.id,
        &time::rfc3339(now),
        &expires_at,
    )
    .await?;
    store::audit(env, &staff.clinic_id, &staff.id, "signed_in", None, None).await?;
    let mut response = json_response(
        201,
        &StaffSession {
            token: token.clone(),
            expires_at,
            staff,
        },
    );
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age={}",
        auth::SESSION_COOKIE,
        SESSION_HOURS * 3600
    );
    let _ = response.headers_mut().set("Set-Cookie", &cookie);
    Ok(response)
}

pub async fn sign_out(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, token_hash, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    store::revoke_session(env, &token_hash, &time::now_rfc3339()).await?;
    store::audit(env, &staff.clinic_id, &staff.id, "signed_out", None, None).await?;
    let mut response = json_response(200, &serde_json::json!({"signed_out": true}));
    let cookie = format!(
        "{}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0",
        auth::SESSION_COOKIE
    );
    let _ = response.headers_mut().set("Set-Cookie", &cookie);
    Ok(response)
}

pub async fn me(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    Ok(json_response(200, &staff))
}

fn parse_filter<T>(
    req: &Request,
    name: &str,
    parse: fn(&str) -> Option<T>,
) -> AppResult<Option<T>> {
    match query(req, name) {
        None => Ok(None),
        Some(raw) if raw.is_empty() => Ok(None),
        Some(raw) => parse(&raw).map(Some).ok_or_else(|| {
            AppError::invalid("invalid_filter", format!("Unknown value for '{name}'."))
        }),
    }
}

pub async fn inbox(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let filter = InboxFilter {
        department: parse_filter(req, "department", Department::parse)?,
        urgency: parse_filter(req, "urgency", Urgency::parse)?,
        status: parse_filter(req, "status", ConversationStatus::parse)?,
    };
    let conversations = store::inbox(env, &staff.clinic_id, &filter).await?;
    Ok(json_response(200, &InboxResponse { conversations }))
}

pub async fn inbox_live(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    require_websocket(req)?;
    // A cookie-carrying socket from another site would be cross-site WebSocket hijacking.
    auth::check_same_origin(req, via)?;
    inbox_do::live(env, &staff.clinic_id).await
}

/// The conversation, if it belongs to the caller's clinic.
async fn owned_conversation(
    env: &Env,
    staff: &StaffProfile,
    raw_id: &str,
) -> AppResult<InboxEntry> {
    let conversation_id = super::conversation_id(raw_id)?;
    store::conversation(env, &staff.clinic_id, conversation_id)
        .await?
        .ok_or_else(|| AppError::not_found("unknown_conversation", "No conversation has this id."))
}

pub async fn conversation(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let conversation = owned_conversation(env, &staff, raw_id).await?;
    let messages = conversation_do::messages(env, raw_id, after_param(req)?).await?;
    store::audit(
        env,
        &staff.clinic_id,
        &staff.id,
        "viewed",
        Some(raw_id),
        None,
    )
    .await?;
    Ok(json_response(
        200,
        &StaffMessagesResponse {
            conversation,
            messages,
            escalations: conversation_do::escalations(env, raw_id).await?,
        },
    ))
}

pub async fn conversation_live(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    require_websocket(req)?;
    auth::check_same_origin(req, via)?;
    owned_conversation(env, &staff, raw_id).await?;
    conversation_do::live(env, raw_id, true, after_param(req)?).await
}

fn first_name(name: &str) -> String {
    name.split_whitespace().next().unwrap_or(name).to_owned()
}

pub async fn reply(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    owned_conversation(env, &staff, raw_id).await?;
    let request: SendMessageRequest = body::read_json(req).await?;
    let (client_msg_id, message_text) = super::validate_send(request)?;
    let stored = conversation_do::append(
        env,
        raw_id,
        &AppendRequest {
            author: Author::Staff,
            client_msg_id: Some(client_msg_id),
            text: message_text.into_inner(),
            author_name: Some(first_name(&staff.name)),
            auto_replies: Vec::new(),
            escalation: None,
        },
    )
    .await?;
    if stored.created {
        store::apply_staff_reply(
            env,
            raw_id,
            stored.message.seq,
            &stored.message.sent_at,
            &text::preview(&stored.message.text, 140),
        )
        .await?;
        store::audit(
            env,
            &staff.clinic_id,
            &staff.id,
            "replied",
            Some(raw_id),
            None,
        )
        .await?;
        publish(env, &staff.clinic_id, raw_id).await;
    }
    let status = if stored.created { 201 } else { 200 };
    Ok(json_response(
        status,
        &StaffReplyResponse {
            message: stored.message,
        },
    ))
}

/// Best effort: consoles also refresh on reconnect, so a missed event is not lost data.
async fn publish(env: &Env, clinic_id: &str, conversation_id: &str) {
    if let Ok(Some(entry)) = store::conversation(env, clinic_id, conversation_id).await {
        let _ = inbox_do::publish(env, clinic_id, entry).await;
    }
}

pub async fn claim(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let conversation_id = super::conversation_id(raw_id)?;
    match store::claim(env, &staff.clinic_id, conversation_id, &staff.id).await? {
        Claim::Taken => {
            // The owner has it: the escalation ladder stops.
            conversation_do::staff_action(env, raw_id).await?;
            store::audit(
                env,
                &staff.clinic_id,
                &staff.id,
                "assigned",
                Some(raw_id),
                Some("claimed"),
            )
            .await?;
            publish(env, &staff.clinic_id, raw_id).await;
            Ok(json_response(
                200,
                &ClaimResponse {
                    conversation_id: raw_id.to_owned(),
                    assigned_to: staff.id,
                },
            ))
        }
        Claim::OwnedBy(_) => Err(AppError::new(
            409,
            "already_claimed",
            "Another staff member owns this conversation.",
        )),
        Claim::Unknown => Err(AppError::not_found(
            "unknown_conversation",
            "No conversation has this id.",
        )),
    }
}
