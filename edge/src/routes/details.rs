//! What staff keep about a conversation besides its messages: the visitor's identity,
//! labels, private notes, and the visitor's earlier conversations with the clinic.

use frontdesk_domain::identity;
use frontdesk_domain::text::MessageText;
use frontdesk_domain::verified_identity::{self, Known, LinkKeys};
use frontdesk_protocol::{
    HistoryResponse, InboxEntry, NoteRequest, NotesResponse, SetLabelsRequest, SetVisitorRequest,
    StaffProfile,
};
use worker::{Env, Response};

use super::staff::{publish, visible_conversation};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::{auth, body, store, time};

/// `PUT /v1/staff/conversations/{id}/visitor`: the name and contact the visitor gave.
pub async fn set_visitor(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, conversation) = visible_conversation(env, &staff, raw_id).await?;
    let request: SetVisitorRequest = body::read_json(req).await?;
    let visitor =
        identity::clean(&request.visitor).map_err(|e| AppError::invalid_visitor(e.to_string()))?;
    let known = verified_identity::staff_edit(&known(&conversation), &visitor, request.verified);
    store::details::set_visitor(env, &staff.clinic_id, &conversation_id, &known).await?;
    // The audit says that it changed, never what it says.
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::IdentityChanged,
        Some(raw_id),
        None,
    )
    .await?;
    updated(env, &staff.clinic_id, &conversation_id).await
}

/// `POST /v1/staff/conversations/{id}/labels`: the whole label set.
pub async fn set_labels(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, _) = visible_conversation(env, &staff, raw_id).await?;
    let request: SetLabelsRequest = body::read_json(req).await?;
    let labels = identity::clean_labels(&request.labels)
        .map_err(|e| AppError::invalid("invalid_labels", e.to_string()))?;
    store::details::set_labels(env, &staff.clinic_id, &conversation_id, &labels).await?;
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Labelled,
        Some(raw_id),
        // Labels may name a condition: the audit keeps how many, not what they say.
        Some(&format!("{} labels", labels.len())),
    )
    .await?;
    updated(env, &staff.clinic_id, &conversation_id).await
}

/// The conversation's inbox row after a change, also pushed to every console.
async fn updated(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Response> {
    publish(env, clinic_id, conversation_id).await;
    let entry = store::inbox::conversation(env, clinic_id, conversation_id)
        .await?
        .ok_or_else(AppError::unknown_conversation)?;
    Ok(json_response(200, &entry))
}

/// `GET /v1/staff/conversations/{id}/notes`.
pub async fn notes(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let (conversation_id, _) = visible_conversation(env, &staff, raw_id).await?;
    let notes = store::details::notes(env, &staff.clinic_id, &conversation_id).await?;
    audit_read(env, &staff, AuditAction::NotesViewed, raw_id).await?;
    Ok(json_response(200, &NotesResponse { notes }))
}

/// `POST /v1/staff/conversations/{id}/notes`: a private note; the visitor never sees it.
pub async fn add_note(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, _) = visible_conversation(env, &staff, raw_id).await?;
    let request: NoteRequest = body::read_json(req).await?;
    let text = MessageText::parse(request.text)
        .map_err(|e| AppError::invalid("invalid_note", format!("The note is invalid: {e}.")))?;
    let author = frontdesk_domain::saved_reply::first_name(&staff.name);
    let now = time::now_rfc3339();
    store::details::add_note(
        env,
        &staff.clinic_id,
        &conversation_id,
        &staff,
        &author,
        text.as_str(),
        &now,
    )
    .await?;
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Noted,
        Some(raw_id),
        None,
    )
    .await?;
    let notes = store::details::notes(env, &staff.clinic_id, &conversation_id).await?;
    Ok(json_response(201, &NotesResponse { notes }))
}

/// `GET /v1/staff/conversations/{id}/history`: the same visitor's other conversations.
pub async fn history(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let (conversation_id, conversation) = visible_conversation(env, &staff, raw_id).await?;
    let scope = auth::scope(env, &staff).await?;
    // Only verified identities link: a visitor who states another patient's email sees
    // staff shown nothing of that patient. The same visitor's conversations with other
    // teams are listed without their text.
    let keys = LinkKeys::of(&known(&conversation));
    let conversations =
        store::details::visitor_history(env, &staff.clinic_id, &conversation_id, &keys)
            .await?
            .into_iter()
            .map(|entry| scope.row(entry))
            .collect();
    audit_read(env, &staff, AuditAction::HistoryViewed, raw_id).await?;
    Ok(json_response(200, &HistoryResponse { conversations }))
}

/// The conversation's identity with how each field is known.
pub(crate) fn known(conversation: &InboxEntry) -> Known {
    Known {
        visitor: conversation.visitor.clone(),
        proofs: conversation.verified,
    }
}

/// Records that `staff` read something of a conversation (never what it says).
async fn audit_read(
    env: &Env,
    staff: &StaffProfile,
    action: AuditAction,
    raw_id: &str,
) -> AppResult<()> {
    store::audit::record(env, &staff.clinic_id, &staff.id, action, Some(raw_id), None).await
}
