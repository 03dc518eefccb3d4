//! The staff inbox listing, `GET /v1/staff/inbox`: filters from the query, one page at a
//! time (`domain::inbox_page`), every team's rows with other teams' patient text left out.

use frontdesk_domain::identity;
use frontdesk_domain::inbox_page::{PageError, PageRequest, MAX_PAGE};
use frontdesk_protocol::{ConversationStatus, Department, InboxEntry, InboxResponse, Urgency};
use worker::{Env, Response};

use crate::api_key_auth;
use crate::auth;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::params::query;
use crate::response::json_response;
use crate::store::{self, inbox::InboxFilter};

fn parse_filter<T>(
    req: &Request,
    name: &str,
    parse: fn(&str) -> Option<T>,
) -> AppResult<Option<T>> {
    match query(req, name) {
        None => Ok(None),
        Some(raw) if raw.is_empty() => Ok(None),
        Some(raw) => parse(&raw)
            .map(Some)
            .ok_or_else(|| AppError::invalid_filter(format!("Unknown value for '{name}'."))),
    }
}

pub async fn inbox(req: &Request, env: &Env) -> AppResult<Response> {
    let staff = api_key_auth::staff_or_key(env, req, api_key_auth::INBOX, None).await?;
    let teams = match query(req, "teams").as_deref() {
        None | Some("all") => Vec::new(),
        // The caller's own teams (someone in no team sees everything).
        Some("mine") => staff.departments.clone(),
        Some(_) => {
            return Err(AppError::invalid_filter(
                "Unknown value for 'teams': use mine or all.",
            ))
        }
    };
    // A label that can't exist matches nothing, like any unused label.
    let label = query(req, "label").map(|label| {
        identity::clean_labels(&[label])
            .ok()
            .and_then(|mut labels| labels.pop())
            .unwrap_or_else(|| "\u{0}never".to_owned())
    });
    // Search terms are patient data, and URLs end up in logs.
    if query(req, "q").is_some() {
        return Err(AppError::bad_request(
            "search_in_url",
            "Search terms go in the body of POST /v1/staff/search, never in a URL.",
        ));
    }
    let filter = InboxFilter {
        department: parse_filter(req, "department", Department::parse)?,
        urgency: parse_filter(req, "urgency", Urgency::parse)?,
        status: parse_filter(req, "status", ConversationStatus::parse)?,
        teams,
        label,
        search: None,
    };
    let page = PageRequest::parse(
        query(req, "limit").as_deref(),
        query(req, "cursor").as_deref(),
    )
    .map_err(|error| match error {
        PageError::Limit => {
            AppError::invalid_filter(format!("'limit' is a whole number from 1 to {MAX_PAGE}."))
        }
        PageError::Cursor => AppError::bad_request(
            "invalid_cursor",
            "'cursor' is not one the inbox handed out: pass back a response's 'next' unchanged.",
        ),
    })?;
    let scope = auth::scope(env, &staff).await?;
    // The inbox lists every team's rows, other teams' without patient text.
    let (rows, next) = store::inbox::list(env, &staff.clinic_id, &filter, &page).await?;
    let conversations: Vec<InboxEntry> = rows.into_iter().map(|entry| scope.row(entry)).collect();
    Ok(json_response(
        200,
        &InboxResponse {
            conversations,
            next,
        },
    ))
}
