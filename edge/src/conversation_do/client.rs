//! How the rest of the edge calls a conversation's object: one function per [`Call`],
//! each sending the call's own method and path, and one reading of the object's reply.

use frontdesk_protocol::{EscalationRecord, Message, MessagesResponse};
use serde::Deserialize;
use worker::{Env, Headers, Request, RequestInit, Response};

use super::call::{query, Call, Placement, CONVERSATION_ID_HEADER};
use super::erase::Purged;
use super::message_bucket;
use super::{AppendRequest, AppendResponse, RetriageRequest};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;

fn stub(env: &Env, conversation_id: &ConversationId) -> AppResult<worker::Stub> {
    env.durable_object("CONVERSATION")
        .and_then(|ns| ns.id_from_name(conversation_id.as_str())?.get_stub())
        .map_err(|e| AppError::internal("conversation stub", e))
}

fn url(call: Call, query: &[(&str, &str)]) -> AppResult<String> {
    call.url(query)
        .map(String::from)
        .map_err(|e| AppError::internal("conversation url", e))
}

/// Sends `call` with its query and body, and reads the object's JSON reply.
async fn send<T: for<'de> Deserialize<'de>>(
    env: &Env,
    conversation_id: &ConversationId,
    call: Call,
    query: &[(&str, &str)],
    body: Option<String>,
) -> AppResult<T> {
    send_text(env, conversation_id, call, query, body)
        .await?
        .json("conversation reply")
}

/// [`send`] up to the reply's text: one future for every reply type, which are decoded
/// apart (BENCHMARKS.md, "Edge size, round 7").
async fn send_text(
    env: &Env,
    conversation_id: &ConversationId,
    call: Call,
    query: &[(&str, &str)],
    body: Option<String>,
) -> AppResult<crate::do_call::Reply> {
    let mut headers = vec![(CONVERSATION_ID_HEADER, conversation_id.as_str())];
    if body.is_some() {
        headers.push(("Content-Type", "application/json"));
    }
    let reply = crate::do_call::send(
        stub(env, conversation_id)?,
        call.method().as_ref(),
        &url(call, query)?,
        &headers,
        body.as_deref(),
        "conversation call",
    )
    .await?;
    match reply.status {
        200 => Ok(reply),
        404 => Err(AppError::unknown_conversation()),
        429 => Err(crate::rate_limit_do::too_many_messages(
            message_bucket::retry_after(reply.retry_after.as_deref()),
        )),
        status => Err(AppError::internal(
            "conversation call",
            format!("status {status}"),
        )),
    }
}

fn encode(value: &impl serde::Serialize, what: &'static str) -> AppResult<String> {
    serde_json::to_string(value).map_err(|e| AppError::internal(what, e))
}

/// Stores a message in the conversation (or finds the earlier copy of a resend).
pub async fn append(
    env: &Env,
    conversation_id: &ConversationId,
    request: &AppendRequest,
) -> AppResult<AppendResponse> {
    let body = encode(request, "encode append")?;
    send(env, conversation_id, Call::Append, &[], Some(body)).await
}

/// Messages with `seq` greater than `after`, in order.
pub async fn messages(
    env: &Env,
    conversation_id: &ConversationId,
    after: u64,
) -> AppResult<Vec<Message>> {
    let after = after.to_string();
    let query = [(query::AFTER, after.as_str())];
    let response: MessagesResponse =
        send(env, conversation_id, Call::Messages, &query, None).await?;
    Ok(response.messages)
}

/// Closes the conversation's sockets that carry `tag` (a revoked session's).
pub async fn close_sockets(
    env: &Env,
    conversation_id: &ConversationId,
    tag: &str,
) -> AppResult<()> {
    let call = Call::CloseSockets;
    let _: serde_json::Value = send(env, conversation_id, call, &[], Some(tag.to_owned())).await?;
    Ok(())
}

/// Tells the object where the conversation now is (an inbox row after a hand-over or a
/// triage correction): staff sockets whose scope no longer opens it close (4403).
pub async fn moved(
    env: &Env,
    conversation_id: &ConversationId,
    entry: &frontdesk_protocol::InboxEntry,
) -> AppResult<()> {
    let placement = Placement {
        department: (entry.last_seq > 0).then_some(entry.department),
        assigned_to: entry.assigned_to.clone(),
    };
    let body = encode(&placement, "encode placement")?;
    let _: serde_json::Value = send(env, conversation_id, Call::Moved, &[], Some(body)).await?;
    Ok(())
}

/// Whether the staff reply `seq` gets a continuity notice now (recorded by the object in
/// the same step); `seq` 0 tells it the visitor opened a notice link.
pub async fn continuity(env: &Env, conversation_id: &ConversationId, seq: u64) -> AppResult<bool> {
    let seq = seq.to_string();
    let query = [(query::SEQ, seq.as_str())];
    // Read as a `Value`, whose decoder the other calls already carry (the edge's size).
    let decision: serde_json::Value =
        send(env, conversation_id, Call::Continuity, &query, None).await?;
    Ok(decision["send"] == true)
}

/// Tells the conversation's staff sockets that an outbound message's delivery changed.
pub async fn delivery(
    env: &Env,
    conversation_id: &ConversationId,
    delivery: &frontdesk_protocol::Delivery,
) -> AppResult<()> {
    // The object passes the frame on as it is, so it is written (and checked) here.
    let frame = frontdesk_protocol::LiveEvent::Delivery {
        delivery: delivery.clone(),
    };
    let body = encode(&frame, "encode delivery")?;
    let _: serde_json::Value = send(env, conversation_id, Call::Delivery, &[], Some(body)).await?;
    Ok(())
}

/// Hands a WebSocket upgrade to the conversation's object; `staff` (a first name and the
/// tags of the socket's session, `SocketOwner::tags`) marks a staff socket.
pub async fn live(
    env: &Env,
    conversation_id: &ConversationId,
    staff: Option<(&str, &[String])>,
    after: u64,
) -> AppResult<Response> {
    let staff_name = staff.map(|(name, _)| name);
    let owner_tags = staff.map(|(_, tags)| tags);
    let headers = Headers::new();
    headers.set("Upgrade", "websocket")?;
    let mut init = RequestInit::new();
    init.with_headers(headers);
    let after = after.to_string();
    let mut query = vec![(query::AFTER, after.as_str())];
    if let Some(name) = staff_name {
        query.extend([(query::STAFF, "1"), (query::NAME, name)]);
    }
    for tag in owner_tags.into_iter().flatten() {
        query.push((query::OWNER, tag));
    }
    let request = Request::new_with_init(&url(Call::Live, &query)?, &init)?;
    let response = stub(env, conversation_id)?
        .fetch_with_request(request)
        .await
        .map_err(|e| AppError::internal("conversation live", e))?;
    if response.status_code() == 404 {
        return Err(AppError::unknown_conversation());
    }
    Ok(response)
}

/// Deletes the conversation's messages sent before `before` (RFC 3339); an emptied
/// conversation is erased.
pub async fn purge_before(
    env: &Env,
    conversation_id: &ConversationId,
    before: &str,
) -> AppResult<Purged> {
    let query = [(query::BEFORE, before)];
    send(env, conversation_id, Call::Purge, &query, None).await
}

/// Deletes every message of the conversation and leaves a tombstone.
pub async fn erase(env: &Env, conversation_id: &ConversationId) -> AppResult<Purged> {
    send(env, conversation_id, Call::Erase, &[], None).await
}

/// Tells the ladder that staff corrected the conversation's triage (see
/// [`RetriageRequest`]).
pub async fn retriage(
    env: &Env,
    conversation_id: &ConversationId,
    request: &RetriageRequest,
) -> AppResult<()> {
    let body = encode(request, "encode retriage")?;
    let _: serde_json::Value = send(env, conversation_id, Call::Retriage, &[], Some(body)).await?;
    Ok(())
}

/// The message with this `seq`, if the conversation still holds it.
pub async fn message(
    env: &Env,
    conversation_id: &ConversationId,
    seq: u64,
) -> AppResult<Option<Message>> {
    let seq = seq.to_string();
    let query = [(query::SEQ, seq.as_str())];
    match send(env, conversation_id, Call::Message, &query, None).await {
        Err(error) if error.status == 404 => Ok(None),
        other => other,
    }
}

/// Tells the ladder a staff member claimed the conversation: it stops escalating.
pub async fn staff_action(env: &Env, conversation_id: &ConversationId) -> AppResult<()> {
    let _: serde_json::Value = send(env, conversation_id, Call::StaffAction, &[], None).await?;
    Ok(())
}

/// The escalation steps fired so far, oldest first.
pub async fn escalations(
    env: &Env,
    conversation_id: &ConversationId,
) -> AppResult<Vec<EscalationRecord>> {
    send(env, conversation_id, Call::Escalations, &[], None).await
}
