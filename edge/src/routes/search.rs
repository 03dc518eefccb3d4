//! Staff search for a patient by name, email or phone: `POST /v1/staff/search`.
//!
//! The terms travel in the body, never in a URL: request URLs end up in Workers logs
//! (and any proxy's), and a name, email or phone number is patient data.

use frontdesk_domain::identity;
use frontdesk_domain::inbox_page::PageRequest;
use frontdesk_protocol::{InboxEntry, InboxResponse, SearchRequest};
use worker::{Env, Response};

use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::{self, inbox::InboxFilter};
use crate::{auth, body};

/// Every conversation (any status, or the one asked for) the caller may open whose
/// visitor name, email or phone contains the terms.
pub async fn search(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let request: SearchRequest = body::read_json(req).await?;
    let search = identity::search_term(Some(request.q.as_str()))
        .map_err(|e| AppError::invalid_field(e.to_string()))?
        .ok_or_else(|| AppError::invalid_field("Search for at least 2 characters."))?;
    let filter = InboxFilter {
        status: request.status,
        search: Some(search),
        ..InboxFilter::default()
    };
    let scope = auth::scope(env, &staff).await?;
    // A search looks for one patient: it finds only conversations the caller may open.
    // A search answers in one list of up to a page (the inbox's default), no cursor.
    let (found, _) =
        store::inbox::list(env, &staff.clinic_id, &filter, &PageRequest::first()).await?;
    let conversations: Vec<InboxEntry> = found
        .into_iter()
        .filter(|entry| scope.may_open_entry(entry))
        .map(|entry| scope.row(entry))
        .collect();
    // A search is a look-up of a patient: recorded, with how much it found, never what
    // was searched for.
    let detail = format!("{} found", conversations.len());
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Searched,
        None,
        Some(&detail),
    )
    .await?;
    Ok(json_response(
        200,
        &InboxResponse {
            conversations,
            next: None,
        },
    ))
}
