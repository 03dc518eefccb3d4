//! Calls the clinic's practice software makes with an API key (they take no staff
//! session): a message into an existing conversation, sent as the clinic
//! (`messages:write`), and a treatment event that schedules the after-treatment survey
//! (`surveys:write`; the patient named by conversation or by phone number); the
//! appointment reminder is `appointments`. Each goes through `api_key_auth` (scope,
//! per-key rate, audit).
//! A message takes the same path as a staff reply, so a channel patient gets it over
//! their channel under that channel's rules (SMS opt-out, WhatsApp's window); a
//! treatment's survey is sent by the hourly round (`survey_schedule`) through the
//! survey machinery.

use frontdesk_domain::channels::TemplateMessage;
use frontdesk_domain::text::MessageText;
use frontdesk_domain::{appointment, treatment};
use frontdesk_protocol::{
    Author, Channel, SendMessageRequest, StaffProfile, TreatmentEventRequest,
    TreatmentScheduledResponse,
};
use worker::{Env, Response};

use crate::api_key_auth;
use crate::conversation_do::{self, AppendRequest};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::{body, channel_send, store, time};

/// `POST /v1/integrations/conversations/{id}/messages`: `{client_msg_id, text}`, where
/// `client_msg_id` (a UUID) is the caller's idempotency key: sending it again answers 200
/// with the message stored the first time, and nothing is sent twice.
pub async fn send_message(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let audited_id = super::conversation_id(raw_id).ok().map(|_| raw_id);
    let key =
        api_key_auth::key_only(env, req, api_key_auth::INTEGRATION_MESSAGE, audited_id).await?;
    let (conversation_id, _) = super::staff::visible_conversation(env, &key, raw_id).await?;
    let request: SendMessageRequest = body::read_json(req).await?;
    let super::ValidSend {
        client_msg_id,
        text: message_text,
        attachment_ids,
    } = super::validate_send(request)?;
    if !attachment_ids.is_empty() {
        return Err(AppError::invalid(
            "attachments_not_accepted",
            "Messages from the practice software carry text only.",
        ));
    }
    let clinic_name = store::clinics::clinic_config(env, &key.clinic_id)
        .await?
        .map(|config| config.name)
        .ok_or_else(AppError::unknown_clinic)?;
    let message = ClinicMessage {
        client_msg_id,
        text: message_text,
        clinic_name,
        template: None,
    };
    send_as_clinic(req, env, &key, &conversation_id, message).await
}

/// A message the practice software sends as the clinic.
pub(super) struct ClinicMessage {
    /// The idempotency key: the same one again finds the message stored the first time.
    pub client_msg_id: String,
    pub text: MessageText,
    /// The patient sees the clinic, not the key's name.
    pub clinic_name: String,
    /// On WhatsApp, the approved template it goes out as.
    pub template: Option<TemplateMessage>,
}

/// Sends `message` into the conversation the way a staff reply goes: the channel's rules
/// first (opt-out, window, length: nothing is stored when they refuse), then stored once
/// per `client_msg_id` and queued on the patient's channel.
pub(super) async fn send_as_clinic(
    req: &Request,
    env: &Env,
    key: &StaffProfile,
    conversation_id: &ConversationId,
    message: ClinicMessage,
) -> AppResult<Response> {
    let channel_to = channel_send::check_staff_reply(
        env,
        &key.clinic_id,
        conversation_id,
        message.text.as_str(),
        message.template,
    )
    .await?;
    let stored = conversation_do::append(
        env,
        conversation_id,
        &AppendRequest {
            author: Author::Staff,
            client_msg_id: Some(message.client_msg_id),
            text: message.text.into_inner(),
            author_name: Some(message.clinic_name),
            auto_replies: Vec::new(),
            escalation: None,
            rate_limit: None,
            attachments: Vec::new(),
        },
    )
    .await?;
    // The practice software claims nothing: `claimed` is false.
    super::replies::deliver_reply(
        req,
        env,
        key,
        conversation_id,
        stored,
        channel_to.as_ref(),
        false,
    )
    .await
}

/// `POST /v1/integrations/treatments`: schedules the after-treatment survey into the
/// patient's conversation at the clinic's survey delay after `performed_at`. 202 when
/// scheduled; 200 with the first schedule when the clinic already has this `event_id`
/// for the same conversation (409 `event_id_reused` for another one).
pub async fn treatment(req: &mut Request, env: &Env) -> AppResult<Response> {
    let key = api_key_auth::key_only(env, req, api_key_auth::INTEGRATION_TREATMENT, None).await?;
    let request: TreatmentEventRequest = body::read_json(req).await?;
    let now = time::now();
    let treatment = treatment::check(
        &request.event_id,
        &request.procedure,
        &request.performed_at,
        now,
    )
    .map_err(|e| AppError::invalid(e.code(), e.to_string()))?;
    let conversation = match (&request.conversation_id, &request.phone) {
        (Some(id), _) => super::conversation_id(id)?,
        (None, Some(phone)) => patient_by_phone(env, &key.clinic_id, phone).await?,
        (None, None) => {
            return Err(AppError::invalid(
                "missing_patient",
                "Give the patient's conversation_id, or their phone number.",
            ))
        }
    };
    let (conversation_id, _) = super::staff::visible_entry(env, &key, conversation).await?;
    let config = store::clinics::clinic_config(env, &key.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let due_at = treatment::survey_due(&config.surveys, &treatment).ok_or_else(|| {
        AppError::new(
            409,
            "surveys_not_scheduled",
            "This clinic sends no surveys on its own: an admin sets [surveys] \
             after_resolved_days in its configuration first.",
        )
    })?;
    let due_at = time::rfc3339(due_at);
    let callback = channel_send::Callback::for_request(req, &config)?;
    let stored = store::treatments::insert(
        env,
        &store::treatments::NewEvent {
            clinic_id: &key.clinic_id,
            event_id: &treatment.event_id,
            conversation_id: conversation_id.as_str(),
            key_id: &key.id,
            performed_at: &time::rfc3339(treatment.performed_at),
            due_at: &due_at,
            now: &time::rfc3339(now),
            callback_base: callback.base(),
        },
    )
    .await?;
    let (status, due_at) = match stored {
        None => {
            store::audit::record(
                env,
                &key.clinic_id,
                &key.id,
                AuditAction::SurveyScheduled,
                Some(conversation_id.as_str()),
                None,
            )
            .await?;
            (202, due_at)
        }
        Some(first) if first.conversation_id == conversation_id => (200, first.due_at),
        Some(_) => {
            return Err(AppError::new(
                409,
                "event_id_reused",
                "This event_id was already sent for another conversation; give each \
                 treatment its own id.",
            ))
        }
    };
    Ok(json_response(
        status,
        &TreatmentScheduledResponse {
            event_id: treatment.event_id,
            conversation_id: conversation_id.as_str().to_owned(),
            survey_due_at: due_at,
        },
    ))
}

/// The patient's conversation for an E.164 number: on SMS, else on WhatsApp (the
/// practice software knows numbers, not conversations).
async fn patient_by_phone(env: &Env, clinic_id: &str, phone: &str) -> AppResult<ConversationId> {
    for channel in [Channel::Sms, Channel::Whatsapp] {
        let to = appointment::address_for(channel, phone)
            .map_err(|e| AppError::invalid(e.code(), e.to_string()))?;
        if let Some((id, _)) =
            store::channels::current_thread(env, clinic_id, channel, to.as_str()).await?
        {
            return Ok(id);
        }
    }
    Err(AppError::unknown_patient(
        "No SMS or WhatsApp conversation with this number: the patient writes to the \
         clinic there first, or give its conversation_id.",
    ))
}
