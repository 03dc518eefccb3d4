//! The Staff API about conversations: the inbox's live socket, the conversation view and
//! its socket, replies, claims, status and assignment. Sessions are `sessions.rs`.

use frontdesk_domain::saved_reply::first_name;
use frontdesk_protocol::{
    AssignRequest, Channel, ClaimResponse, ConversationStatus, InboxEntry, SetStatusRequest,
    StaffMessagesResponse, StaffProfile, StaffRole,
};
use worker::{Env, Response};

use crate::api_key_auth;
use crate::auth;
use crate::body;
use crate::conversation_do;
use crate::error::{AppError, AppResult};
use crate::ids::{ConversationId, StaffId};
use crate::inbox_do::SocketOwner;
use crate::incoming::Request;
use crate::params::{after_param, require_websocket};
use crate::reply_grants;
use crate::response::json_response;
use crate::store;
use crate::store::audit::AuditAction;
use crate::store::inbox::Claim;
use crate::{events, inbox_do, time};

/// Who a staff socket belongs to: the session it is opened with, and when that began.
async fn socket_owner(env: &Env, staff: &StaffProfile, token_hash: &str) -> AppResult<SocketOwner> {
    let (created_at, expires_at) =
        store::staff::session_times(env, token_hash, &time::now_rfc3339())
            .await?
            .ok_or_else(AppError::session_expired)?;
    let unix_ms = |at: &str| {
        chrono::DateTime::parse_from_rfc3339(at)
            .map(|t| t.timestamp_millis())
            .unwrap_or(0)
    };
    Ok(SocketOwner {
        session: token_hash.to_owned(),
        staff_id: staff.id.clone(),
        created_ms: unix_ms(&created_at),
        expires_ms: unix_ms(&expires_at),
        scope: auth::scope(env, staff).await?.tag(),
    })
}

pub async fn inbox_live(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, token_hash, via) = auth::staff(env, req).await?;
    require_websocket(req)?;
    // A cookie-carrying socket from another site would be cross-site WebSocket hijacking.
    auth::check_same_origin(req, via)?;
    let owner = socket_owner(env, &staff, &token_hash).await?;
    inbox_do::live(env, &staff.clinic_id, &owner).await
}

/// The conversation's parsed id and inbox row, if it belongs to the caller's clinic.
pub(super) async fn visible_conversation(
    env: &Env,
    staff: &StaffProfile,
    raw_id: &str,
) -> AppResult<(ConversationId, InboxEntry)> {
    visible_entry(env, staff, super::conversation_id(raw_id)?).await
}

/// [`visible_conversation`] for an id already parsed (or read from the store).
pub(super) async fn visible_entry(
    env: &Env,
    staff: &StaffProfile,
    conversation_id: ConversationId,
) -> AppResult<(ConversationId, InboxEntry)> {
    let entry = store::inbox::conversation(env, &staff.clinic_id, &conversation_id)
        .await?
        .ok_or_else(AppError::unknown_conversation)?;
    if !auth::scope(env, staff).await?.may_open_entry(&entry) {
        return Err(outside_your_teams());
    }
    Ok((conversation_id, entry))
}

pub(super) fn outside_your_teams() -> AppError {
    AppError::forbidden(
        "outside_your_teams",
        "This conversation belongs to another team; an admin can assign it to you.",
    )
}

pub async fn conversation(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    // The id goes into the key's audit entry only once it has a real id's shape.
    let audited_id = super::conversation_id(raw_id).ok().map(|_| raw_id);
    let staff =
        api_key_auth::staff_or_key(env, req, api_key_auth::CONVERSATION, audited_id).await?;
    let (conversation_id, conversation) = visible_conversation(env, &staff, raw_id).await?;
    let messages = conversation_do::messages(env, &conversation_id, after_param(req)?).await?;
    audit_conversation(env, &staff, AuditAction::Viewed, raw_id, None).await?;
    let (deliveries, channel_rules) = if conversation.channel == Channel::Web {
        (Vec::new(), None)
    } else {
        (
            store::channels::deliveries(env, &staff.clinic_id, &conversation_id).await?,
            super::deliveries::channel_rules(env, &staff.clinic_id, &conversation_id).await?,
        )
    };
    Ok(json_response(
        200,
        &StaffMessagesResponse {
            conversation,
            messages,
            escalations: conversation_do::escalations(env, &conversation_id).await?,
            deliveries,
            channel_rules,
        },
    ))
}

pub async fn conversation_live(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, token_hash, via) = auth::staff(env, req).await?;
    require_websocket(req)?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, conversation) = visible_conversation(env, &staff, raw_id).await?;
    let after = after_param(req)?;
    let name = first_name(&staff.name);
    let owner = socket_owner(env, &staff, &token_hash).await?;
    // A socket that replays messages is a read of the thread, recorded before any of
    // it is sent; one that starts caught up reads only what arrives live. The row's
    // `last_seq` can trail the object by a queue delivery, so a socket from the start
    // always counts.
    if after == 0 || after < conversation.last_seq {
        audit_conversation(env, &staff, AuditAction::Viewed, raw_id, Some("live")).await?;
    }
    // The scope rides along, so the object can close the socket if the conversation
    // moves out of its reach.
    let [session_tag, staff_tag] = owner.tags();
    let tags = [session_tag, staff_tag, owner.scope.clone()];
    let socket = conversation_do::live(env, &conversation_id, Some((&name, &tags)), after).await?;
    // Registered after it opened: a revocation that ran meanwhile refuses it here, and
    // one that runs later finds it in the hub's registry.
    if let Err(refused) = inbox_do::register(env, &staff.clinic_id, &owner, raw_id).await {
        let [session_tag, _] = owner.tags();
        conversation_do::close_sockets(env, &conversation_id, &session_tag).await?;
        return Err(refused);
    }
    Ok(socket)
}

/// Best effort: consoles also refresh on reconnect, so a missed event is not lost data.
pub(super) async fn publish(env: &Env, clinic_id: &str, conversation_id: &ConversationId) {
    if let Ok(Some(entry)) = store::inbox::conversation(env, clinic_id, conversation_id).await {
        let _ = inbox_do::publish(env, clinic_id, entry).await;
    }
}

/// Takes an unowned conversation the caller may open (a colleague's is refused by the
/// claim's own condition, one of another team before it).
pub async fn claim(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, _) = visible_conversation(env, &staff, raw_id).await?;
    let (clinic, staff_id) = store::staff::staff_ids(&staff)?;
    match store::inbox::claim(env, &clinic, &conversation_id, &staff_id).await? {
        Claim::Taken => {
            // The owner has it: the escalation ladder stops.
            conversation_do::staff_action(env, &conversation_id).await?;
            audit_conversation(env, &staff, AuditAction::Assigned, raw_id, Some("claimed")).await?;
            events::assigned(env, &staff.clinic_id, raw_id, Some(&staff.id)).await;
            publish(env, &staff.clinic_id, &conversation_id).await;
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
        Claim::Unknown => Err(AppError::unknown_conversation()),
    }
}

/// Records what `staff` did to a conversation.
pub(super) async fn audit_conversation(
    env: &Env,
    staff: &StaffProfile,
    action: AuditAction,
    raw_id: &str,
    detail: Option<&str>,
) -> AppResult<()> {
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        action,
        Some(raw_id),
        detail,
    )
    .await
}

pub(super) fn claimed_by_another() -> AppError {
    AppError::new(
        409,
        "claimed_by_another",
        "A colleague owns this conversation; ask them or an admin to hand it over.",
    )
}

/// Opens, parks (pending) or resolves a conversation. Its owner, anyone while it is
/// unowned, or an admin may; a new visitor message reopens it on its own.
pub async fn set_status(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, conversation) = visible_conversation(env, &staff, raw_id).await?;
    let request: SetStatusRequest = body::read_json(req).await?;
    let is_colleagues = conversation
        .assigned_to
        .as_deref()
        .is_some_and(|owner| owner != staff.id);
    if is_colleagues && staff.role != StaffRole::Admin {
        return Err(claimed_by_another());
    }
    let now = crate::time::now_rfc3339();
    if !store::inbox::set_status(
        env,
        &staff.clinic_id,
        &conversation_id,
        request.status,
        &now,
    )
    .await?
    {
        return Err(AppError::unknown_conversation());
    }
    audit_conversation(
        env,
        &staff,
        AuditAction::StatusChanged,
        raw_id,
        Some(request.status.as_str()),
    )
    .await?;
    if request.status == ConversationStatus::Resolved {
        events::resolved(env, &staff.clinic_id, raw_id).await;
    }
    updated_entry(env, &staff, raw_id).await
}

/// Hands a conversation to a staff member of the clinic, or releases it (admins only).
pub async fn assign(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    if staff.role != StaffRole::Admin {
        return Err(AppError::admins_only("assign conversations"));
    }
    let (conversation_id, _) = visible_conversation(env, &staff, raw_id).await?;
    let request: AssignRequest = body::read_json(req).await?;
    let owner = match request.staff_id.as_deref() {
        Some(raw) => {
            // An id of no staff shape names no one of the clinic: the same 422.
            let owner = match StaffId::parse(raw) {
                Some(owner)
                    if store::staff::is_clinic_staff(env, &staff.clinic_id, &owner).await? =>
                {
                    owner
                }
                _ => {
                    return Err(AppError::unknown_staff(
                        422,
                        "No staff member of this clinic has this id.",
                    ))
                }
            };
            Some(owner)
        }
        None => None,
    };
    let assigned =
        store::inbox::assign(env, &staff.clinic_id, &conversation_id, owner.as_ref()).await?;
    reply_grants::forget_conversation(raw_id);
    if !assigned {
        return Err(AppError::unknown_conversation());
    }
    let detail = match request.staff_id.as_deref() {
        Some(owner) => format!("to {owner}"),
        None => "released".to_owned(),
    };
    audit_conversation(env, &staff, AuditAction::Assigned, raw_id, Some(&detail)).await?;
    events::assigned(env, &staff.clinic_id, raw_id, request.staff_id.as_deref()).await;
    let (conversation_id, entry) = visible_conversation(env, &staff, raw_id).await?;
    // The previous owner's thread sockets close if it is no longer theirs to see.
    conversation_do::moved(env, &conversation_id, &entry).await?;
    let _ = inbox_do::publish(env, &staff.clinic_id, entry.clone()).await;
    Ok(json_response(200, &entry))
}

/// Tells the clinic's consoles about a changed conversation and answers with its row.
async fn updated_entry(env: &Env, staff: &StaffProfile, raw_id: &str) -> AppResult<Response> {
    let (_, entry) = visible_conversation(env, staff, raw_id).await?;
    let _ = inbox_do::publish(env, &staff.clinic_id, entry.clone()).await;
    Ok(json_response(200, &entry))
}
