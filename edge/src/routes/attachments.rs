//! Attachments: uploads from the visitor and staff, linking them to a message, signed
//! links to view them, and serving their bytes.
//!
//! What a file is comes from `frontdesk_domain::attachment` (its bytes, never its name);
//! a refused file stores nothing. The bytes go to R2 (`attachment_bucket`) with their
//! metadata already removed, the row to D1 (`store::attachments`). A file is seen by its
//! uploader's side until a message carries it, then by both sides of the conversation;
//! staff only with access to the conversation. Views go through short-lived signed URLs,
//! and every view is audited.

use frontdesk_domain::attachment::{
    self, signed_url, AttachmentKind, Refusal, UrlClaims, Viewer, MAX_ATTACHMENTS_PER_MESSAGE,
    MAX_ATTACHMENT_BYTES,
};
use frontdesk_domain::channel_media_out::{self, FileFacts};
use frontdesk_protocol::{Attachment, AttachmentLink, AttachmentUploaded, Channel};
use worker::{Env, Response, ResponseBuilder};

use super::staff::visible_conversation;
use super::visitor::authorised;
use crate::error::{AppError, AppResult};
use crate::ids::{self, ConversationId};
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::attachments::{NewAttachment, Side, Stored};
use crate::store::audit::AuditAction;
use crate::{attachment_bucket, attachment_links, auth, body, store, time};

fn refusal_error(refusal: Refusal) -> AppError {
    let message = refusal.to_string();
    match refusal {
        Refusal::TooLarge => too_large(),
        Refusal::NotAllowed => AppError::new(415, "unsupported_attachment_type", message),
        Refusal::Empty => AppError::invalid("empty_attachment", message),
        Refusal::Malformed(_) => AppError::invalid("malformed_attachment", message),
        Refusal::Polyglot => AppError::invalid("disguised_attachment", message),
    }
}

fn too_large() -> AppError {
    AppError::new(
        413,
        "attachment_too_large",
        format!("A file may be at most {MAX_ATTACHMENT_BYTES} bytes."),
    )
}

fn unknown_attachment() -> AppError {
    AppError::not_found(
        "unknown_attachment",
        "No attachment with this id is visible in this conversation.",
    )
}

/// Reads, checks and stores an upload; nothing is stored for a refused file.
async fn store_upload(
    req: &mut Request,
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    side: Side,
    staff_id: Option<&str>,
) -> AppResult<Response> {
    let raw = body::read_bytes(req, MAX_ATTACHMENT_BYTES, too_large()).await?;
    let accepted = attachment::inspect(&raw).map_err(refusal_error)?;
    drop(raw);
    let id = ids::attachment_id()?;
    let key = attachment_bucket::object_key(clinic_id, conversation_id.as_str(), &id);
    let content_type = accepted.kind.media_type();
    let size = accepted.bytes.len() as u64;
    // The object first: a row never points at nothing (a failed insert leaves an
    // object that erasure's prefix delete still reaches).
    attachment_bucket::put(env, &key, &accepted.bytes).await?;
    store::attachments::insert(
        env,
        &NewAttachment {
            id: &id,
            clinic_id,
            conversation_id: conversation_id.as_str(),
            side,
            staff_id,
            content_type,
            size,
            object_key: &key,
        },
    )
    .await?;
    Ok(json_response(
        201,
        &AttachmentUploaded {
            attachment: Attachment {
                id,
                content_type: content_type.to_owned(),
                size,
            },
        },
    ))
}

/// `POST /v1/conversations/{id}/attachments`: the visitor's upload (the raw file as the
/// body; its declared type and name are not used).
pub async fn visitor_upload(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (clinic, conversation_id) = authorised(req, env, raw_id).await?;
    // An upload costs the visitor what a message costs.
    crate::rate_limit_do::visitor_message(env, req, &clinic.config).await?;
    // An erased conversation's token still verifies; it gets no new files.
    if store::inbox::conversation(env, &clinic.config.id, &conversation_id)
        .await?
        .is_none()
    {
        return Err(AppError::unknown_conversation());
    }
    let clinic_id = clinic.config.id.clone();
    store_upload(req, env, &clinic_id, &conversation_id, Side::Visitor, None).await
}

/// `POST /v1/staff/conversations/{id}/attachments`: a staff member's upload, to a
/// conversation their scope opens.
pub async fn staff_upload(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, _) = visible_conversation(env, &staff, raw_id).await?;
    store_upload(
        req,
        env,
        &staff.clinic_id,
        &conversation_id,
        Side::Staff,
        Some(&staff.id),
    )
    .await
}

/// Links a message's uploads to it (all or none; a retry of the same message links them
/// again). 422 when any is unknown, another side's, or another message's.
pub(crate) async fn link(
    env: &Env,
    conversation_id: &ConversationId,
    side: Side,
    client_msg_id: &str,
    ids: &[String],
) -> AppResult<Vec<Attachment>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    if ids.len() > MAX_ATTACHMENTS_PER_MESSAGE {
        return Err(AppError::invalid(
            "too_many_attachments",
            format!("A message carries at most {MAX_ATTACHMENTS_PER_MESSAGE} attachments."),
        ));
    }
    // Inserted one by one: `collect()` into the set sorts its input with another copy of
    // the standard sort (BENCHMARKS.md, "Edge size, round 7").
    let mut distinct = std::collections::BTreeSet::new();
    for id in ids {
        distinct.insert(id);
    }
    let unusable = || {
        AppError::invalid(
            "unusable_attachment",
            "Each attachment must be an upload of yours to this conversation that no other \
             message carries, named once.",
        )
    };
    if distinct.len() != ids.len() || !ids.iter().all(|id| ids::is_attachment_id(id)) {
        return Err(unusable());
    }
    store::attachments::link(env, conversation_id, side, client_msg_id, ids)
        .await?
        .ok_or_else(unusable)
}

/// [`link`] for a staff reply; on a channel, what its provider refuses is refused here
/// (`channel_media_out::check`), before the reply is stored.
pub(crate) async fn link_reply(
    env: &Env,
    conversation_id: &ConversationId,
    (client_msg_id, text): (&str, &str),
    ids: &[String],
    channel: Option<Channel>,
) -> AppResult<Vec<Attachment>> {
    let linked = link(env, conversation_id, Side::Staff, client_msg_id, ids).await?;
    if let Some(channel) = channel {
        let facts: Vec<FileFacts> = linked
            .iter()
            .filter_map(attachment_links::file_facts)
            .collect();
        channel_media_out::check(channel, text, &facts)
            .map_err(|refusal| AppError::invalid(refusal.code(), refusal.message()))?;
    }
    Ok(linked)
}

/// The row, if `side` may see it: once sent, both sides; before, its uploader's.
async fn visible_attachment(
    env: &Env,
    conversation_id: &ConversationId,
    attachment_id: &str,
    side: Side,
) -> AppResult<Stored> {
    if !ids::is_attachment_id(attachment_id) {
        return Err(unknown_attachment());
    }
    store::attachments::find(env, conversation_id, attachment_id)
        .await?
        .filter(|stored| stored.sent || stored.side == side)
        .ok_or_else(unknown_attachment)
}

/// A signed link to the attachment for `viewer`, absolute on this request's origin.
fn signed_link(req: &Request, env: &Env, claims: UrlClaims) -> AppResult<Response> {
    let url = req
        .url()
        .map_err(|e| AppError::internal("request url", e))?;
    let origin = url.origin().ascii_serialization();
    let expires_at = chrono::DateTime::from_timestamp(claims.expires_at, 0)
        .map(time::rfc3339)
        .unwrap_or_default();
    Ok(json_response(
        200,
        &AttachmentLink {
            url: attachment_links::url(env, &origin, &claims)?,
            expires_at,
        },
    ))
}

fn claims(
    clinic_id: &str,
    conversation_id: &ConversationId,
    attachment_id: &str,
    viewer: Viewer,
) -> UrlClaims {
    attachment_links::claims(
        clinic_id,
        conversation_id.as_str(),
        attachment_id,
        viewer,
        signed_url::URL_TTL_SECONDS,
    )
}

/// `GET /v1/conversations/{id}/attachments/{attachment_id}`: a signed link for the
/// conversation's own visitor.
pub async fn visitor_link(
    req: &Request,
    env: &Env,
    raw_id: &str,
    attachment_id: &str,
) -> AppResult<Response> {
    let (clinic, conversation_id) = authorised(req, env, raw_id).await?;
    visible_attachment(env, &conversation_id, attachment_id, Side::Visitor).await?;
    let claims = claims(
        &clinic.config.id,
        &conversation_id,
        attachment_id,
        Viewer::Visitor,
    );
    signed_link(req, env, claims)
}

/// `GET /v1/staff/conversations/{id}/attachments/{attachment_id}`: a signed link for a
/// staff member whose scope opens the conversation.
pub async fn staff_link(
    req: &Request,
    env: &Env,
    raw_id: &str,
    attachment_id: &str,
) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let (conversation_id, _) = visible_conversation(env, &staff, raw_id).await?;
    visible_attachment(env, &conversation_id, attachment_id, Side::Staff).await?;
    let claims = claims(
        &staff.clinic_id,
        &conversation_id,
        attachment_id,
        Viewer::Staff(staff.id.clone()),
    );
    signed_link(req, env, claims)
}

/// The CSP of a served file: nothing may load or run, and an image opened on its own is
/// drawn in a sandbox (no script, no same origin).
const SERVED_CSP: &str = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/// `GET /v1/attachments/{clinic}/{conversation}/{attachment}?viewer=&expires=&sig=`: the
/// file, for whoever holds an unexpired signed link; audited under the link's viewer.
/// Images inline, everything else as a download, never sniffed.
pub async fn serve(req: &Request, env: &Env, params: &[&str]) -> AppResult<Response> {
    let &[clinic_id, raw_conversation, attachment_id] = params else {
        return Err(unknown_attachment());
    };
    let invalid_link = || {
        AppError::forbidden(
            "invalid_link",
            "This attachment link is not valid; ask for a new one.",
        )
    };
    let conversation_id = ConversationId::parse(raw_conversation).ok_or_else(invalid_link)?;
    let get = |key: &str| crate::params::query(req, key);
    let viewer = get("viewer")
        .and_then(|raw| Viewer::from_query(&raw))
        .ok_or_else(invalid_link)?;
    let expires_at = get("expires")
        .and_then(|raw| raw.parse::<i64>().ok())
        .ok_or_else(invalid_link)?;
    let signature = get("sig").ok_or_else(invalid_link)?;
    let claims = UrlClaims {
        clinic_id: clinic_id.to_owned(),
        conversation_id: conversation_id.as_str().to_owned(),
        attachment_id: attachment_id.to_owned(),
        viewer,
        expires_at,
    };
    let secrets = auth::visitor_secrets(env)?;
    let keys: Vec<&[u8]> = secrets.iter().map(|s| s.as_bytes()).collect();
    signed_url::verify(&keys, &claims, &signature, time::now().timestamp()).map_err(|error| {
        match error {
            signed_url::SignedUrlError::Expired => {
                AppError::link_expired(403, "This attachment link has expired; ask for a new one.")
            }
            signed_url::SignedUrlError::BadSignature => invalid_link(),
        }
    })?;
    let key = attachment_bucket::object_key(clinic_id, conversation_id.as_str(), attachment_id);
    let bytes = attachment_bucket::get(env, &key)
        .await?
        .ok_or_else(unknown_attachment)?;
    // Stored bytes passed `inspect`, so they sniff as what they are.
    let kind = attachment::sniff(&bytes)
        .ok_or_else(|| AppError::internal("attachment", "stored object of no allowed type"))?;
    let actor = match &claims.viewer {
        Viewer::Visitor => "visitor".to_owned(),
        Viewer::Staff(id) => id.clone(),
        Viewer::Provider => "provider".to_owned(),
    };
    store::audit::record(
        env,
        clinic_id,
        &actor,
        AuditAction::AttachmentViewed,
        Some(conversation_id.as_str()),
        Some(attachment_id),
    )
    .await?;
    file_response(kind, attachment_id, bytes)
}

fn file_response(kind: AttachmentKind, attachment_id: &str, bytes: Vec<u8>) -> AppResult<Response> {
    let disposition = if kind.is_inline_image() {
        "inline".to_owned()
    } else {
        format!(
            "attachment; filename=\"{attachment_id}.{}\"",
            kind.extension()
        )
    };
    let headers = worker::Headers::new();
    for (name, value) in [
        ("Content-Type", kind.media_type()),
        ("X-Content-Type-Options", "nosniff"),
        ("Content-Security-Policy", SERVED_CSP),
        ("Content-Disposition", disposition.as_str()),
        ("Cache-Control", "private, no-store"),
        ("Referrer-Policy", "no-referrer"),
    ] {
        headers
            .set(name, value)
            .map_err(|e| AppError::internal("headers", e))?;
    }
    Ok(ResponseBuilder::new()
        .with_status(200)
        .with_headers(headers)
        .fixed(bytes))
}
