//! The conversation behind a notice link (issue 18): the page at `/notice/` reads the
//! link's secret from its URL fragment and sends it as `Authorization: Bearer fdn_…`, so
//! the secret is never in a request line or a log. Whoever holds an unexpired link reads
//! the conversation (audited like any read of patient data) and may answer in it, the
//! way a visitor message is taken: triaged, with its automatic reply, into the inbox; and
//! answer an after-treatment survey sent on the channel (issue 22) as the widget would.
//! A continuity link (issue 20) opens nothing by itself: the page asks for a code to the
//! visitor's verified address (`/v1/notice/code`), and a right code spends the link and
//! gives the page an open link of an hour instead.

use std::rc::Rc;

use frontdesk_domain::continuity;
use frontdesk_domain::notice_link::{self, LinkKind, LinkToken};
use frontdesk_domain::one_time_code::CodeChannel;
use frontdesk_protocol::{
    NoticeConversationResponse, NoticeOpened, SendMessageRequest, VerifyCodeRequest,
};
use worker::{Env, Response};

use super::visitor::{self, Inbound};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::notice_links::Link;
use crate::to_visitor::Address;
use crate::{auth, body, conversation_do, notice_links, store, time};

/// The audit log's actor for reads through a notice link: whoever holds it.
const LINK_ACTOR: &str = "notice-link";

/// The link the request carries, if it is known, unexpired and unspent, with its
/// conversation and its kind.
async fn find_link(req: &Request, env: &Env) -> AppResult<(Link, ConversationId, LinkKind)> {
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
    if link.used_at.is_some() {
        return Err(AppError::notice_link_used());
    }
    let kind = LinkKind::parse(&link.kind)
        .ok_or_else(|| AppError::internal("notice link", "unknown kind"))?;
    let conversation_id = link.conversation_id.clone();
    Ok((link, conversation_id, kind))
}

/// A link that opens the conversation as it is (not one that asks for a code first).
async fn open_link(req: &Request, env: &Env) -> AppResult<(Link, ConversationId)> {
    match find_link(req, env).await? {
        (link, conversation_id, LinkKind::Open) => Ok((link, conversation_id)),
        _ => Err(AppError::unauthorized(
            "notice_code_required",
            "To open this conversation, ask for a code: we send it to the phone or email \
             you verified with the clinic.",
        )),
    }
}

/// A link that asks for a code, with the clinic, the verified address of its channel the
/// code goes to, and the reply it was sent for.
struct CodeLink {
    clinic: Rc<store::clinics::Clinic>,
    conversation_id: ConversationId,
    channel: CodeChannel,
    address: Address,
    seq: u64,
}

async fn code_link(req: &Request, env: &Env) -> AppResult<CodeLink> {
    let (link, conversation_id, kind) = find_link(req, env).await?;
    let LinkKind::Code(channel) = kind else {
        return Err(AppError::invalid(
            "no_code_needed",
            "This link opens without a code.",
        ));
    };
    let clinic = store::clinics::clinic(env, &link.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    // The address verified on the conversation now: one unverified or erased since gets
    // no code.
    let entry = store::inbox::conversation(env, &link.clinic_id, &conversation_id)
        .await?
        .ok_or_else(AppError::unknown_conversation)?;
    let verified = match channel {
        CodeChannel::Sms => entry.verified.phone.and(entry.visitor.phone.as_deref()),
        CodeChannel::Email => entry.verified.email.and(entry.visitor.email.as_deref()),
    };
    let address = verified
        .and_then(|raw| Address::stored(channel, raw))
        .ok_or_else(|| {
            AppError::new(
                409,
                "no_verified_address",
                "The phone or email this link was sent to is no longer verified for this \
                 conversation: write to the clinic.",
            )
        })?;
    Ok(CodeLink {
        clinic,
        conversation_id,
        channel,
        address,
        seq: link.seq,
    })
}

/// `POST /v1/notice/code`: a continuity link's code, sent to the verified address it was
/// sent to (the verification limits and rules hold). 202 with its lifetime.
pub async fn send_code(req: &Request, env: &Env) -> AppResult<Response> {
    let link = code_link(req, env).await?;
    let config = &link.clinic.config;
    super::verification::issue(
        req,
        env,
        config,
        &link.conversation_id,
        link.channel,
        &link.address,
    )
    .await
}

/// `POST /v1/notice/code/check` (`{code}`): a right code spends the link (it works once)
/// and answers a new open link's secret for the page (`NoticeOpened`), which works for an
/// hour.
pub async fn check_code(req: &mut Request, env: &Env) -> AppResult<Response> {
    let CodeLink {
        clinic,
        conversation_id,
        channel,
        address,
        seq,
    } = code_link(req, env).await?;
    let config = &clinic.config;
    let request: VerifyCodeRequest = body::read_json(req).await?;
    let checked =
        super::verification::check(env, config, &conversation_id, channel, &request.code).await?;
    // A code the widget asked for to another address of the conversation opens nothing.
    if channel.address_key(&checked) != channel.address_key(address.as_str()) {
        return Err(AppError::no_code(
            "No code was sent for this link: ask for one first.",
        ));
    }
    let raw = auth::bearer(req).unwrap_or_default();
    let spent = LinkToken::parse(&raw).map(|token| token.digest());
    if !store::notice_links::spend(env, &spent.unwrap_or_default(), &time::now_rfc3339()).await? {
        return Err(AppError::notice_link_used());
    }
    let for_message = notice_links::ForMessage {
        clinic_id: &config.id,
        conversation_id: conversation_id.as_str(),
        seq,
        status_callback: "",
        link_seconds: continuity::OPENED_SECONDS,
    };
    let token = notice_links::make(env, &for_message, LinkKind::Open).await?;
    // Caught up: the clinic's next reply may notify again.
    conversation_do::continuity(env, &conversation_id, 0).await?;
    Ok(json_response(
        200,
        &NoticeOpened {
            token: token.as_str().to_owned(),
            expires_at: time::rfc3339(notice_link::expires_at(
                time::now(),
                continuity::OPENED_SECONDS,
            )),
        },
    ))
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
