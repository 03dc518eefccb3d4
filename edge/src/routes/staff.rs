//! The Staff API: sessions, inbox, conversation view, replies and claims.
//!
//! Just over 500 lines because sessions (sign-in, sign-out, `me`) still share the file
//! with the conversation calls; they are the next split (`routes/sessions.rs`).

use chrono::Duration;
use frontdesk_domain::access::AccessPolicy;
use frontdesk_domain::channels::TemplateMessage;
use frontdesk_domain::saved_reply::first_name;
use frontdesk_domain::{password, text};
use frontdesk_protocol::{
    AssignRequest, Author, Channel, ClaimResponse, ConversationStatus, InboxEntry,
    SendMessageRequest, SetStatusRequest, StaffLoginRequest, StaffMessagesResponse, StaffProfile,
    StaffReplyResponse, StaffRole, StaffSession, WhatsappTemplate,
};
use serde::Deserialize;
use worker::{Env, Response};

use crate::api_key_auth;
use crate::auth;
use crate::body;
use crate::conversation_do::{self, AppendRequest};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::inbox_do::{Revocation, SocketOwner};
use crate::incoming::Request;
use crate::params::{after_param, require_websocket};
use crate::rate_limit_do::SignInGuard;
use crate::reply_grants;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::inbox::{Claim, StaffReply};
use crate::store::{self, D1};
use crate::{channel_send, events, inbox_do, time};
use frontdesk_domain::stores::inbox::InboxStore;
use frontdesk_domain::stores::sessions::{Session, SessionStore};

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
    // Unknown emails are counted like known ones, so a lockout reveals nothing. The
    // attempt is taken before the password is checked; a good one is given back.
    let guard = SignInGuard::new(req, &request.email);
    guard.take(env).await?;
    let found = store::staff::staff_by_email(env, request.email.trim()).await?;
    let stored_hash = found.as_ref().map_or(DUMMY_HASH, |(_, hash)| hash.as_str());
    let matches = password::verify(&request.password, stored_hash);
    let Some((staff, _)) = found.filter(|_| matches) else {
        return Err(AppError::unauthorized(
            "bad_credentials",
            "The email or password is wrong.",
        ));
    };
    // Said only to someone who knows the password: the account's owner.
    if staff.disabled {
        return Err(AppError::forbidden(
            "account_disabled",
            "This account is disabled. Ask an admin of your clinic to enable it.",
        ));
    }
    guard.succeeded(env).await;
    start_session(env, staff).await
}

/// Opens a session for `staff`: 201 with the bearer token, and the same token as an
/// HttpOnly, Secure, SameSite=Strict cookie.
pub(super) async fn start_session(env: &Env, staff: StaffProfile) -> AppResult<Response> {
    let token = crate::ids::session_token()?;
    let now = time::now();
    // A working day unless the clinic's `[access]` says otherwise.
    let clinic = store::clinics::clinic(env, &staff.clinic_id).await?;
    let seconds = match &clinic {
        Some(clinic) => clinic.config.access.session_seconds(),
        None => AccessPolicy::default().session_seconds(),
    };
    // The console shows times in the clinic's zone, whatever the device's.
    let time_zone = clinic.map(|clinic| clinic.config.timezone.clone());
    let expires_at = time::rfc3339(now + Duration::seconds(seconds));
    let (_, staff_id) = store::staff::staff_ids(&staff)?;
    D1(env)
        .create(&Session {
            token_hash: auth::hash_session_token(&token),
            staff: staff_id,
            created_at: time::rfc3339(now),
            expires_at: expires_at.clone(),
            revoked_at: None,
        })
        .await?;
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::SignedIn,
        None,
        None,
    )
    .await?;
    let mut response = json_response(
        201,
        &StaffSession {
            token: token.clone(),
            expires_at,
            staff,
            time_zone,
        },
    );
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age={}",
        auth::SESSION_COOKIE,
        seconds
    );
    let _ = response.headers_mut().set("Set-Cookie", &cookie);
    Ok(response)
}

pub async fn sign_out(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, token_hash, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    // The session's sockets close before the revocation is stored (see `inbox_do`).
    let revocation = Revocation::Session {
        session: token_hash.clone(),
    };
    inbox_do::revoke(env, &staff.clinic_id, &revocation).await?;
    D1(env).revoke(&token_hash, &time::now_rfc3339()).await?;
    reply_grants::forget_session(&token_hash);
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::SignedOut,
        None,
        None,
    )
    .await?;
    Ok(signed_out(serde_json::json!({"signed_out": true})))
}

/// Ends every session of the caller, on every device: for a lost phone or a shared
/// computer someone forgot to sign out of.
pub async fn sign_out_everywhere(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    revoke_staff_sockets(env, &staff.clinic_id, &staff.id).await?;
    let (_, staff_id) = store::staff::staff_ids(&staff)?;
    let ended = D1(env).revoke_all(&staff_id, &time::now_rfc3339()).await?;
    reply_grants::forget_staff(&staff.id);
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::SignedOutEverywhere,
        None,
        Some(&format!("{ended} sessions")),
    )
    .await?;
    Ok(signed_out(
        serde_json::json!({"signed_out": true, "sessions_ended": ended}),
    ))
}

/// Closes every socket of every session `staff_id` has now, before the store revokes
/// those sessions.
pub(super) async fn revoke_staff_sockets(
    env: &Env,
    clinic_id: &str,
    staff_id: &str,
) -> AppResult<()> {
    let revocation = Revocation::Staff {
        staff_id: staff_id.to_owned(),
        at_ms: time::now().timestamp_millis(),
    };
    inbox_do::revoke(env, clinic_id, &revocation).await
}

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

/// The answer to a sign-out, clearing the session cookie.
fn signed_out(body: serde_json::Value) -> Response {
    let mut response = json_response(200, &body);
    let cookie = format!(
        "{}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0",
        auth::SESSION_COOKIE
    );
    let _ = response.headers_mut().set("Set-Cookie", &cookie);
    response
}

pub async fn me(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    Ok(json_response(200, &staff))
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
    let conversation_id = super::conversation_id(raw_id)?;
    let entry = store::inbox::conversation(env, &staff.clinic_id, conversation_id.as_str())
        .await?
        .ok_or_else(AppError::unknown_conversation)?;
    if !auth::scope(env, staff).await?.may_open_entry(&entry) {
        return Err(outside_your_teams());
    }
    Ok((conversation_id, entry))
}

fn outside_your_teams() -> AppError {
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
            store::channels::deliveries(env, &staff.clinic_id, raw_id).await?,
            super::deliveries::channel_rules(env, &staff.clinic_id, raw_id).await?,
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

/// The staff send call's body: the web's, and on a WhatsApp conversation optionally the
/// approved template the message goes out as (`text` is what the thread shows).
#[derive(Deserialize)]
struct StaffSendRequest {
    #[serde(flatten)]
    message: SendMessageRequest,
    #[serde(default)]
    whatsapp_template: Option<WhatsappTemplate>,
}

pub async fn reply(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let conversation_id = super::conversation_id(raw_id)?;
    let (token_hash, via) = auth::session_token_hash(req)?;
    // A grant: the store confirmed this session and its ownership seconds ago, in this
    // isolate (see `reply_grants`). Otherwise one D1 query answers both.
    let granted = reply_grants::get(&token_hash, raw_id);
    let from_store = granted.is_none();
    // With a grant the owner is the caller and the endpoint is read by `store_reply`;
    // from the store, the session's query brought both (`Facts::Read`).
    let (staff, facts) = match granted {
        Some(staff) => (staff, Facts::Granted),
        None => {
            let (staff, facts) =
                auth::staff_with_reply_facts(env, &token_hash, conversation_id.as_str()).await?;
            let facts = facts.ok_or_else(AppError::unknown_conversation)?;
            (staff, Facts::Read(facts))
        }
    };
    auth::check_same_origin(req, via)?;
    let StaffSendRequest {
        message: request,
        whatsapp_template,
    } = body::read_json(req).await?;
    let super::ValidSend {
        client_msg_id,
        text: message_text,
        attachment_ids,
    } = super::validate_send(request)?;
    // One person answers a patient: replying claims an unowned conversation, and a
    // colleague's conversation is theirs to answer.
    let claimed = match &facts {
        Facts::Granted => false,
        Facts::Read(read) => match read.assigned_to.as_deref() {
            Some(owner) if owner == staff.id => false,
            // Another team's conversation is refused as such, before saying it has an owner.
            Some(_) => {
                visible_conversation(env, &staff, raw_id).await?;
                return Err(claimed_by_another());
            }
            None => {
                if !auth::scope(env, &staff)
                    .await?
                    .may_open(read.routed(), None)
                {
                    return Err(outside_your_teams());
                }
                let (clinic, staff_id) = store::staff::staff_ids(&staff)?;
                match store::inbox::claim(env, &clinic, &conversation_id, &staff_id).await? {
                    Claim::Taken => true,
                    Claim::OwnedBy(_) => return Err(claimed_by_another()),
                    Claim::Unknown => return Err(AppError::unknown_conversation()),
                }
            }
        },
    };
    // Only a confirmation from the store starts a grant; using one never extends it.
    if from_store {
        reply_grants::grant(&token_hash, raw_id, &staff);
    }
    let endpoint = match facts {
        Facts::Granted => None,
        Facts::Read(read) => Some(read.endpoint),
    };
    let stored = store_reply(
        env,
        &staff,
        &conversation_id,
        endpoint,
        ReplyContent {
            client_msg_id,
            text: message_text,
            attachment_ids,
            template: whatsapp_template.map(TemplateMessage::from),
        },
    )
    .await;
    // The claim's audit entry and event follow the append, so the patient sees the reply
    // one D1 write and one queue send sooner; they are recorded whether or not the
    // reply was stored (a refused or failed one too), because the claim stands either way.
    if claimed {
        audit_conversation(
            env,
            &staff,
            AuditAction::Assigned,
            raw_id,
            Some("claimed by replying"),
        )
        .await?;
        events::assigned(env, &staff.clinic_id, raw_id, Some(&staff.id)).await;
    }
    let (stored, channel_to) = stored?;
    deliver_reply(
        req,
        env,
        &staff,
        &conversation_id,
        stored,
        channel_to.as_ref(),
    )
    .await
}

/// What the reply path knows about the conversation before it stores.
enum Facts {
    /// A grant (`reply_grants`): the caller owns it; the endpoint is still to be read.
    Granted,
    /// Read with the session, in one query.
    Read(store::staff::ReplyFacts),
}

/// A validated staff reply, before it is stored.
struct ReplyContent {
    client_msg_id: String,
    text: text::MessageText,
    attachment_ids: Vec<String>,
    template: Option<TemplateMessage>,
}

/// Checks a staff reply against its channel's rules (with `endpoint` when already read),
/// links its files and appends it; the stored message and where the channel sends it.
async fn store_reply(
    env: &Env,
    staff: &StaffProfile,
    conversation_id: &ConversationId,
    endpoint: Option<store::channels::Endpoint>,
    content: ReplyContent,
) -> AppResult<(
    conversation_do::AppendResponse,
    Option<channel_send::ChannelReply>,
)> {
    let ReplyContent {
        client_msg_id,
        text: message_text,
        attachment_ids,
        template,
    } = content;
    let channel_to = match endpoint {
        Some(endpoint) => {
            channel_send::check_reply_to(
                env,
                &staff.clinic_id,
                Some(endpoint),
                message_text.as_str(),
                template,
            )
            .await?
        }
        None => {
            channel_send::check_staff_reply(
                env,
                &staff.clinic_id,
                conversation_id.as_str(),
                message_text.as_str(),
                template,
            )
            .await?
        }
    };
    let attachments = super::attachments::link_reply(
        env,
        conversation_id,
        (&client_msg_id, message_text.as_str()),
        &attachment_ids,
        channel_to.as_ref().map(|to| to.to.channel()),
    )
    .await?;
    let stored = conversation_do::append(
        env,
        conversation_id,
        &AppendRequest {
            author: Author::Staff,
            client_msg_id: Some(client_msg_id),
            text: message_text.into_inner(),
            author_name: Some(first_name(&staff.name)),
            auto_replies: Vec::new(),
            escalation: None,
            rate_limit: None,
            attachments,
        },
    )
    .await?;
    Ok((stored, channel_to))
}

/// What follows a stored staff reply (a person's or the practice software's): the
/// channel send (queued on a resend too: the outbound record is keyed by `seq`, so a
/// send that failed before it was queued is queued now, and none twice), then for a new
/// message its event, the inbox row with the `replied` audit entry, and the consoles.
pub(super) async fn deliver_reply(
    req: &Request,
    env: &Env,
    staff: &StaffProfile,
    conversation_id: &ConversationId,
    stored: conversation_do::AppendResponse,
    channel_to: Option<&channel_send::ChannelReply>,
) -> AppResult<Response> {
    after_reply_stored(req, env, staff, conversation_id, &stored, channel_to).await?;
    let status = if stored.created { 201 } else { 200 };
    Ok(json_response(
        status,
        &StaffReplyResponse {
            message: stored.message,
        },
    ))
}

/// [`deliver_reply`] without the answer, for calls that answer with more
/// (`routes::outreach`).
pub(super) async fn after_reply_stored(
    req: &Request,
    env: &Env,
    staff: &StaffProfile,
    conversation_id: &ConversationId,
    stored: &conversation_do::AppendResponse,
    channel_to: Option<&channel_send::ChannelReply>,
) -> AppResult<()> {
    let raw_id = conversation_id.as_str();
    if let Some(to) = channel_to {
        channel_send::after_staff_reply(req, env, &staff.clinic_id, raw_id, stored.message.seq, to)
            .await?;
    }
    if stored.created {
        events::staff_message(env, &staff.clinic_id, raw_id, stored.message.seq).await;
        let (clinic, staff_id) = store::staff::staff_ids(staff)?;
        let entry = D1(env)
            .record_staff_reply(&StaffReply {
                clinic: &clinic,
                staff: &staff_id,
                conversation: conversation_id,
                seq: stored.message.seq,
                sent_at: &stored.message.sent_at,
                preview: &text::preview(&stored.message.text, 140),
            })
            .await?;
        // Best effort, as in `publish`.
        if let Some(entry) = entry {
            if entry.channel == Channel::Web {
                crate::continuity::after_staff_reply(
                    req,
                    env,
                    &staff.clinic_id,
                    &entry,
                    stored.message.seq,
                )
                .await;
            }
            let _ = inbox_do::publish(env, &staff.clinic_id, entry).await;
        }
    }
    Ok(())
}

/// Best effort: consoles also refresh on reconnect, so a missed event is not lost data.
pub(super) async fn publish(env: &Env, clinic_id: &str, conversation_id: &str) {
    if let Ok(Some(entry)) = store::inbox::conversation(env, clinic_id, conversation_id).await {
        let _ = inbox_do::publish(env, clinic_id, entry).await;
    }
}

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
        Claim::Unknown => Err(AppError::unknown_conversation()),
    }
}

/// Takes an unowned conversation the caller may open (a colleague's is refused by the
/// claim's own condition, one of another team before it).
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
    let (_, conversation) = visible_conversation(env, &staff, raw_id).await?;
    let request: SetStatusRequest = body::read_json(req).await?;
    let is_colleagues = conversation
        .assigned_to
        .as_deref()
        .is_some_and(|owner| owner != staff.id);
    if is_colleagues && staff.role != StaffRole::Admin {
        return Err(claimed_by_another());
    }
    let now = crate::time::now_rfc3339();
    if !store::inbox::set_status(env, &staff.clinic_id, raw_id, request.status, &now).await? {
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
    visible_conversation(env, &staff, raw_id).await?;
    let request: AssignRequest = body::read_json(req).await?;
    if let Some(owner) = request.staff_id.as_deref() {
        if owner.len() > 64 || !store::staff::is_clinic_staff(env, &staff.clinic_id, owner).await? {
            return Err(AppError::unknown_staff(
                422,
                "No staff member of this clinic has this id.",
            ));
        }
    }
    let assigned =
        store::inbox::assign(env, &staff.clinic_id, raw_id, request.staff_id.as_deref()).await?;
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
