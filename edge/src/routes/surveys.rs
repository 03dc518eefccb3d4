//! After-treatment surveys: staff send one into a conversation (or the hourly cron does,
//! days after it was resolved), the visitor answers in the widget, and a worrying answer
//! reopens the conversation as urgent for the clinical team.

use crate::jobs::EventJob;
use frontdesk_domain::events::{EventData, EventType};
use frontdesk_domain::survey::{self, SurveyAnswer, ANSWER_PREFIX, INVITATION_PREFIX};
use frontdesk_domain::text::MessageText;
use frontdesk_protocol::{
    Author, Message, StaffProfile, SurveyAnswerRequest, SurveySentResponse, Urgency,
};
use worker::{Env, Response};

use super::visitor::{self, Inbound};
use crate::conversation_do::{self, AppendRequest};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::{auth, body, ids, store, time};

/// `POST /v1/staff/conversations/{id}/surveys`: any staff member may send one.
pub async fn send(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, _) = super::staff::visible_conversation(env, &staff, raw_id).await?;
    let language = store::details::conversation_language(env, &conversation_id).await?;
    let (survey_id, message) = invite(
        env,
        &staff.clinic_id,
        &conversation_id,
        language.as_deref(),
        Some(&staff),
    )
    .await?;
    super::staff::publish(env, &staff.clinic_id, &conversation_id).await;
    Ok(json_response(
        201,
        &SurveySentResponse { survey_id, message },
    ))
}

/// Records a survey and posts its invitation into the conversation.
pub async fn invite(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    language: Option<&str>,
    sent_by: Option<&StaffProfile>,
) -> AppResult<(String, Message)> {
    let survey_id = ids::survey_id()?;
    let now = time::now_rfc3339();
    store::surveys::insert_survey(
        env,
        &survey_id,
        clinic_id,
        conversation_id,
        sent_by.map(|s| s.id.as_str()),
        &now,
    )
    .await?;
    let language = language.map_or("en", |tag| tag.get(..2).unwrap_or("en"));
    let stored = conversation_do::append(
        env,
        conversation_id,
        &AppendRequest {
            author: Author::System,
            client_msg_id: Some(format!("{INVITATION_PREFIX}{survey_id}")),
            text: survey::invitation(language).to_owned(),
            author_name: None,
            auto_replies: Vec::new(),
            escalation: None,
            rate_limit: None,
            attachments: Vec::new(),
        },
    )
    .await?;
    let actor = sent_by.map_or(SCHEDULE_ACTOR, |s| s.id.as_str());
    store::audit::record(
        env,
        clinic_id,
        actor,
        AuditAction::SurveySent,
        Some(conversation_id.as_str()),
        None,
    )
    .await?;
    Ok((survey_id, stored.message))
}

/// The audit log's actor for surveys the cron sends.
pub const SCHEDULE_ACTOR: &str = "survey-schedule";

/// `POST /v1/conversations/{id}/surveys/{survey_id}`: the visitor's answer.
pub async fn answer(
    req: &mut Request,
    env: &Env,
    raw_id: &str,
    survey_id: &str,
) -> AppResult<Response> {
    let (clinic, conversation_id) = visitor::authorised(req, env, raw_id).await?;
    answer_in(req, env, &clinic, &conversation_id, survey_id).await
}

/// The patient's answer to survey `survey_id` of a conversation they were let into (by
/// their visitor token, or a notice link): stored once, triaged, red flags escalated.
pub(super) async fn answer_in(
    req: &mut Request,
    env: &Env,
    clinic: &store::clinics::Clinic,
    conversation_id: &ConversationId,
    survey_id: &str,
) -> AppResult<Response> {
    let raw_id = conversation_id.as_str();
    crate::rate_limit_do::visitor_message(env, req, &clinic.config).await?;
    let request: SurveyAnswerRequest = body::read_json(req).await?;
    let answer = SurveyAnswer::new(request.rating, request.problems, request.comment.as_deref())
        .map_err(|e| AppError::invalid_survey_answer(e.to_string()))?;
    let survey = store::surveys::survey(env, survey_id, conversation_id)
        .await?
        .ok_or_else(|| {
            AppError::not_found("unknown_survey", "This conversation has no such survey.")
        })?;
    if survey.answered {
        return Err(AppError::new(
            409,
            "survey_already_answered",
            "This survey has already been answered. Thank you!",
        ));
    }
    let comment = answer.comment.as_ref().map_or("", MessageText::as_str);
    let assessment = clinic.triager.assess(comment);
    let routing = survey::route(&answer, &assessment);
    let text = MessageText::parse(answer.as_message())
        .map_err(|e| AppError::invalid_survey_answer(e.to_string()))?;
    let (status, response) = visitor::accept(
        Some(req),
        env,
        clinic,
        conversation_id,
        Inbound {
            client_msg_id: format!("{ANSWER_PREFIX}{survey_id}"),
            text,
            urgency: routing.urgency,
            department: routing.department,
            reason: format!("survey answer: {}", assessment.reason),
            language: assessment.language,
            symptoms: true,
            bot_may_answer: false,
            country: None,
            attachments: Vec::new(),
        },
    )
    .await?;
    let red_flag = routing.red_flag || routing.urgency > Urgency::Routine;
    store::surveys::answer_survey(
        env,
        survey_id,
        answer.rating,
        answer.problems,
        red_flag,
        &time::now_rfc3339(),
    )
    .await?;
    if status == 201 {
        let seq = response.message.seq;
        let data = EventData {
            seq: Some(seq),
            urgency: Some(routing.urgency),
            department: Some(routing.department),
            rating: Some(answer.rating),
            red_flag: Some(red_flag),
            ..EventData::about(&clinic.config.id, raw_id)
        };
        let job = EventJob::new(EventType::SurveyAnswered, survey_id, data, Some(seq));
        crate::events::emit(env, job).await;
    }
    Ok(json_response(status, &response))
}
