//! The conversation behind a notice link (issue 18): the page at `/notice/` reads the
//! link's secret from its URL fragment and sends it as `Authorization: Bearer fdn_…`, so
//! the secret is never in a request line or a log. Whoever holds an unexpired link reads
//! the conversation (audited like any read of patient data) and may answer in it, the
//! way a visitor message is taken: triaged, with its automatic reply, into the inbox; and
//! answer an after-treatment survey sent on the channel (issue 22) as the widget would.

use std::rc::Rc;

use frontdesk_domain::notice_link::{self, LinkToken};
use frontdesk_protocol::{NoticeConversationResponse, SendMessageRequest};
use worker::{Env, Response};

use super::visitor::{self, Inbound};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::notice_links::Link;
use crate::{auth, body, conversation_do, store, time};

/// The audit log's actor for reads through a notice link: whoever holds it.
const LINK_ACTOR: &str = "notice-link";

/// The link the request carries, if it is known and unexpired, with its conversation.
async fn open_link(req: &Request, env: &Env) -> AppResult<(Link, ConversationId)> {
    let raw = auth::bearer(req).ok_or_else(|| {
        AppError::unauthorized(
            "notice_link_missing",
            "Open the link from the message you received; it carries its own key.",
        )
    })?;
    let unknown = || {
        AppError::not_found(
            "unknown_notice_link",
            "This link is not valid. Check that it was copied whole, or write to the clinic.",
        )
    };
    let token = LinkToken::parse(&raw).ok_or_else(unknown)?;
    let link = store::notice_links::find(env, &token.digest())
        .await?
        .ok_or_else(unknown)?;
    let expires_at = chrono::DateTime::parse_from_rfc3339(&link.expires_at)
        .map_err(|_| AppError::internal("notice link", "unreadable expires_at"))?
        .with_timezone(&chrono::Utc);
    if !notice_link::is_open(expires_at, time::now()) {
        return Err(AppError::new(
            410,
            "notice_link_expired",
            "This link has expired. The clinic's newer messages come with a new link; or \
             write to the clinic.",
        ));
    }
    let conversation_id = ConversationId::parse(&link.conversation_id).ok_or_else(unknown)?;
    Ok((link, conversation_id))
}

/// `GET /v1/notice/messages`: the conversation's messages, oldest first.
pub async fn messages(req: &Request, env: &Env) -> AppResult<Response> {
    let (link, conversation_id) = open_link(req, env).await?;
    let clinic_name = store::clinics::clinic_config(env, &link.clinic_id)
        .await?
        .map(|config| config.name)
        .ok_or_else(AppError::unknown_clinic)?;
    let messages = conversation_do::messages(env, &conversation_id, 0).await?;
    store::audit::record(
        env,
        &link.clinic_id,
        LINK_ACTOR,
        AuditAction::NoticeLinkRead,
        Some(conversation_id.as_str()),
        Some(&format!("link of message {}", link.seq)),
    )
    .await?;
    Ok(json_response(
        200,
        &NoticeConversationResponse {
            clinic_name,
            expires_at: link.expires_at,
            messages,
        },
    ))
}

/// `POST /v1/notice/messages`: the patient's answer (`{client_msg_id, text}`), taken as a
/// visitor message of the conversation. Idempotent on `client_msg_id`.
pub async fn reply(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (link, conversation_id) = open_link(req, env).await?;
    let clinic: Rc<store::clinics::Clinic> = store::clinics::clinic(env, &link.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    crate::rate_limit_do::visitor_message(env, req, &clinic.config).await?;
    let request: SendMessageRequest = body::read_json(req).await?;
    let send = super::validate_send(request)?;
    if !send.attachment_ids.is_empty() {
        return Err(AppError::invalid(
            "notice_reply_text_only",
            "Answers through a notice link carry text only.",
        ));
    }
    let inbound = Inbound::chat(&clinic, send.client_msg_id, send.text);
    let (status, response) =
        visitor::accept(Some(req), env, &clinic, &conversation_id, inbound).await?;
    Ok(json_response(status, &response))
}

/// `POST /v1/notice/surveys/{survey_id}`: the patient's answer to an after-treatment
/// survey of the conversation (`{rating, problems, comment}`), as the widget sends it.
pub async fn answer_survey(req: &mut Request, env: &Env, survey_id: &str) -> AppResult<Response> {
    let (link, conversation_id) = open_link(req, env).await?;
    let clinic = store::clinics::clinic(env, &link.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    super::surveys::answer_in(req, env, &clinic, &conversation_id, survey_id).await
}
