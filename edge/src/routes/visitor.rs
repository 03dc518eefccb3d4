//! The Visitor API: widget config, conversations, messages and the live socket.

use std::collections::BTreeMap;
use std::rc::Rc;

use frontdesk_domain::auto_reply::{self, AutoReplyText, Incoming, ReplyKind};
use frontdesk_domain::ids::ClinicId;
use frontdesk_domain::text::MessageText;
use frontdesk_domain::verified_identity::Known;
use frontdesk_domain::{safety, sla, text, theme, ClinicConfig};
use frontdesk_protocol::{
    Attachment, Author, CreateConversationRequest, CreateConversationResponse, Department,
    MessagesResponse, SendMessageRequest, SendMessageResponse, Theme, Triage, Urgency,
    WidgetConfig,
};
use worker::{Env, Response};

use super::identity::Fields;
use crate::body;
use crate::conversation_do::{self, AppendRequest, AutoReply, EscalationContext};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::jobs::{self, InboxJob, Job};
use crate::params::{after_param, require_websocket};
use crate::response::json_response;
use crate::{auth, store, time};

async fn clinic(env: &Env, clinic_id: &str) -> AppResult<Rc<store::clinics::Clinic>> {
    store::clinics::clinic(env, clinic_id)
        .await?
        .ok_or_else(|| {
            AppError::unknown_clinic().with_message("No clinic has this id. Check data-clinic.")
        })
}

/// Browsers send `Origin` on cross-origin calls and WebSocket upgrades; only the
/// clinic's own websites may use its widget API.
fn check_origin(config: &ClinicConfig, req: &Request) -> AppResult<()> {
    match req.headers().get("Origin").ok().flatten() {
        Some(origin) if !config.allows_origin(&origin) => Err(AppError::forbidden(
            "origin_not_allowed",
            "This website is not allowed to use this clinic's chat.",
        )),
        _ => Ok(()),
    }
}

/// The visitor's country from Cloudflare's metadata, else the clinic's.
fn visitor_country(req: &Request, config: &ClinicConfig) -> String {
    req.cf()
        .and_then(|cf| cf.country().ok().flatten())
        .filter(|c| c.len() == 2 && c != "XX" && c != "T1")
        .unwrap_or_else(|| config.country.clone())
}

pub async fn widget_config(req: &Request, env: &Env, clinic_id: &str) -> AppResult<Response> {
    let clinic = clinic(env, clinic_id).await?;
    let config = &clinic.config;
    check_origin(config, req)?;
    let now = time::now();
    let schedule = config
        .schedule()
        .map_err(|e| AppError::internal("clinic tz", e))?;
    let brand = theme::parse_hex_color(&config.widget.brand_color).unwrap_or([15, 118, 110]);
    let body = WidgetConfig {
        clinic_id: config.id.clone(),
        clinic_name: config.name.clone(),
        greeting: config.widget.greeting.clone(),
        theme: Theme {
            brand_color: config.widget.brand_color.clone(),
            brand_text_color: theme::readable_text_color(brand).into(),
            position: config.widget.position.clone(),
            launcher_text: config.widget.launcher_text.clone(),
        },
        languages: config.languages.clone(),
        open_now: schedule.is_open(now),
        next_opening: schedule.next_opening(now).map(|t| t.to_rfc3339()),
        emergency_number: safety::emergency_number(&visitor_country(req, config)).into(),
        privacy_url: config.privacy_url.clone(),
        // Inserted one by one: `collect()` into a map sorts its input with another copy
        // of the standard sort (`frontdesk_domain::sorting`).
        reply_minutes: Department::ALL
            .into_iter()
            .fold(BTreeMap::new(), |mut map, d| {
                map.insert(d, clinic.expected_reply_minutes(d));
                map
            }),
    };
    let mut response = json_response(200, &body);
    // Config may be cached briefly by the browser; it holds nothing personal.
    let _ = response
        .headers_mut()
        .set("Cache-Control", "public, max-age=60");
    Ok(response)
}

// In characters, like the OpenAPI document's maxLength; the body limit bounds bytes.
const MAX_PAGE_URL: usize = 2048;
const MAX_LANGUAGE: usize = 35;

pub async fn create_conversation(
    req: &mut Request,
    env: &Env,
    clinic_id: &str,
) -> AppResult<Response> {
    let clinic = clinic(env, clinic_id).await?;
    let config = &clinic.config;
    check_origin(config, req)?;
    crate::rate_limit_do::new_conversation(env, req, config).await?;
    let request: CreateConversationRequest = body::read_optional_json(req).await?;
    if request
        .page_url
        .as_ref()
        .is_some_and(|u| u.chars().count() > MAX_PAGE_URL)
    {
        return Err(AppError::invalid(
            "invalid_page_url",
            "'page_url' is too long.",
        ));
    }
    if request
        .language
        .as_ref()
        .is_some_and(|l| l.chars().count() > MAX_LANGUAGE)
    {
        return Err(AppError::invalid(
            "invalid_language",
            "'language' must be a language tag.",
        ));
    }
    // A wrong signature, or an unsigned identity where the clinic requires one, is
    // refused before the conversation exists.
    let known = match &request.visitor {
        Some(visitor) => super::identity::checked(env, config, visitor, Fields::Lenient)?,
        None => Known::default(),
    };
    let conversation_id = crate::ids::new_conversation_id()?;
    store::inbox::insert_conversation(
        env,
        conversation_id.as_str(),
        &config.id,
        &time::now_rfc3339(),
        request.page_url.as_deref(),
        request.language.as_deref(),
        &known,
    )
    .await?;
    crate::events::conversation_created(env, &config.id, conversation_id.as_str()).await;
    let visitor_token = auth::issue_visitor_token(env, &config.id, conversation_id.as_str())?;
    Ok(json_response(
        201,
        &CreateConversationResponse {
            conversation_id: conversation_id.into_string(),
            visitor_token,
        },
    ))
}

/// The conversation's clinic and its parsed id, after checking the token and the origin.
pub(crate) async fn authorised(
    req: &Request,
    env: &Env,
    raw_id: &str,
) -> AppResult<(Rc<store::clinics::Clinic>, ConversationId)> {
    let conversation_id = super::conversation_id(raw_id)?;
    let claims = auth::visitor(env, req, conversation_id.as_str())?;
    let clinic = clinic(env, &claims.clinic_id).await?;
    check_origin(&clinic.config, req)?;
    Ok((clinic, conversation_id))
}

pub async fn send_message(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (clinic, conversation_id) = authorised(req, env, raw_id).await?;
    crate::rate_limit_do::visitor_message(env, req, &clinic.config).await?;
    let request: SendMessageRequest = body::read_json(req).await?;
    let send = super::validate_send(request)?;
    let attachments = super::attachments::link(
        env,
        &conversation_id,
        store::attachments::Side::Visitor,
        &send.client_msg_id,
        &send.attachment_ids,
    )
    .await?;
    let inbound = Inbound {
        attachments,
        ..Inbound::chat(&clinic, send.client_msg_id, send.text)
    };
    let (status, response) = accept(Some(req), env, &clinic, &conversation_id, inbound).await?;
    Ok(json_response(status, &response))
}

/// A visitor message ready to store, already triaged.
pub(crate) struct Inbound {
    pub client_msg_id: String,
    pub text: MessageText,
    pub urgency: Urgency,
    pub department: Department,
    pub reason: String,
    /// The triage's language guess, for the automatic reply.
    pub language: &'static str,
    /// Triage saw a symptom, even a negated one.
    pub symptoms: bool,
    /// Chat messages may get a knowledge answer; survey answers only the safety reply.
    pub bot_may_answer: bool,
    /// The patient's country when the channel shows it (an SMS number's calling code);
    /// else the caller's country from Cloudflare, else the clinic's.
    pub country: Option<String>,
    /// Files the message carries, already linked to it.
    pub attachments: Vec<Attachment>,
}

impl Inbound {
    /// A chat message, triaged with the clinic's rules.
    pub fn chat(
        clinic: &store::clinics::Clinic,
        client_msg_id: String,
        text: MessageText,
    ) -> Inbound {
        let assessment = clinic.triager.assess(text.as_str());
        Inbound {
            client_msg_id,
            text,
            urgency: assessment.urgency,
            department: assessment.department,
            symptoms: !assessment.signals.is_empty(),
            reason: assessment.reason,
            language: assessment.language,
            bot_may_answer: true,
            country: None,
            attachments: Vec::new(),
        }
    }
}

/// Stores a visitor message with its automatic reply, starts escalation and indexes it
/// for the inbox. Returns 201 when stored, 200 for a resend of the same `client_msg_id`.
/// `req` is the caller's request, if the message came on one (not from the queue): an
/// urgent reply names the emergency number of its country when the message didn't say.
pub(crate) async fn accept(
    req: Option<&Request>,
    env: &Env,
    clinic: &store::clinics::Clinic,
    conversation_id: &ConversationId,
    inbound: Inbound,
) -> AppResult<(u16, SendMessageResponse)> {
    let config = &clinic.config;
    // Only urgent and emergency replies name the number, and reading the caller's
    // country from Cloudflare's metadata costs CPU on every call.
    let country = match inbound.country.clone() {
        Some(country) => country,
        None if inbound.urgency >= Urgency::Urgent => match req {
            Some(req) => visitor_country(req, config),
            None => config.country.clone(),
        },
        None => config.country.clone(),
    };
    let number = safety::emergency_number(&country);
    let now = time::now();
    let reply = if inbound.bot_may_answer {
        let incoming = Incoming {
            urgency: inbound.urgency,
            department: inbound.department,
            language: inbound.language,
            emergency_number: number,
            text: inbound.text.as_str(),
            symptoms: inbound.symptoms,
            expected_reply_minutes: clinic.expected_reply_minutes(inbound.department),
        };
        auto_reply::auto_reply(config, incoming, now)
    } else {
        safety::instant_reply(inbound.urgency, inbound.language, number, &config.phone).map(
            |text| AutoReplyText {
                text,
                once: false,
                kind: ReplyKind::Safety,
            },
        )
    };
    let bot_answered = reply.as_ref().is_some_and(|r| r.kind.answered());
    let inbound_text = inbound.text.as_str().to_owned();
    let auto_replies = reply
        .map(|reply| AutoReply {
            author: Author::Bot,
            text: reply.text,
            once: reply.once,
        })
        .into_iter()
        .collect();
    let stored = conversation_do::append(
        env,
        conversation_id,
        &AppendRequest {
            author: Author::Visitor,
            client_msg_id: Some(inbound.client_msg_id),
            text: inbound.text.into_inner(),
            author_name: None,
            auto_replies,
            escalation: Some(EscalationContext {
                // Checked when the config was loaded (`ClinicConfig::validate`).
                clinic_id: ClinicId::parse(&config.id)
                    .ok_or_else(|| AppError::internal("clinic config", "malformed clinic id"))?,
                urgency: inbound.urgency,
                department: inbound.department,
            }),
            rate_limit: Some(config.rate_limits.messages_per_conversation),
            attachments: inbound.attachments,
        },
    )
    .await?;
    let sent_at = chrono::DateTime::parse_from_rfc3339(&stored.message.sent_at)
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or(now);
    let deadline = sla::first_reply_due(config, inbound.department, inbound.urgency, sent_at);
    // Only the visitor's own message is indexed, under this text's triage: a true
    // resend (same author, same text) enqueues again, which heals a lost enqueue (the
    // consumer is idempotent); a reused key with other text indexes nothing.
    let own_message = stored.message.author == Author::Visitor
        && (stored.created || stored.message.text == inbound_text);
    if own_message {
        jobs::enqueue(
            env,
            &Job::IndexVisitorMessage(InboxJob {
                clinic_id: config.id.clone(),
                conversation_id: conversation_id.clone(),
                seq: stored.message.seq,
                sent_at: stored.message.sent_at.clone(),
                urgency: inbound.urgency,
                department: inbound.department,
                reason: inbound.reason.clone(),
                preview: text::preview(&stored.message.text, 140),
                sla_deadline: time::rfc3339(deadline),
                bot_answered,
                language: Some(inbound.language.to_owned()),
            }),
        )
        .await?;
    }
    let status = if stored.created { 201 } else { 200 };
    Ok((
        status,
        SendMessageResponse {
            message: stored.message,
            triage: Triage {
                urgency: inbound.urgency,
                department: inbound.department,
                reason: inbound.reason,
            },
            auto_replies: stored.auto_replies,
        },
    ))
}

pub async fn list_messages(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (_, conversation_id) = authorised(req, env, raw_id).await?;
    let after = after_param(req)?;
    let messages = conversation_do::messages(env, &conversation_id, after).await?;
    Ok(json_response(200, &MessagesResponse { messages }))
}

pub async fn live(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    // Credentials first: a caller without them learns nothing, not even the protocol.
    let (_, conversation_id) = authorised(req, env, raw_id).await?;
    require_websocket(req)?;
    let after = after_param(req)?;
    conversation_do::live(env, &conversation_id, None, after).await
}
