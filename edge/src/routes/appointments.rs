//! The practice software's appointment-booked event (`POST /v1/integrations/appointments`,
//! scope `messages:write`): a reminder from one of the clinic's saved replies into the
//! patient's SMS or WhatsApp conversation, found by phone number. It goes the way a staff
//! reply goes (`channel_send::check_staff_reply`, then the outbox and the queue), so the
//! channel's rules hold: an opted-out number is refused, WhatsApp outside its window
//! takes the approved template given. The message id comes from the event id, so a
//! repeated event answers 200 with the message stored the first time and sends nothing.

use frontdesk_domain::channels::TemplateMessage;
use frontdesk_domain::saved_reply::LiveValues;
use frontdesk_domain::zone::Zone;
use frontdesk_domain::{appointment, template};
use frontdesk_protocol::{AppointmentEventRequest, SendMessageRequest};
use worker::{Env, Response};

use super::integrations::{send_as_clinic, ClinicMessage};
use crate::api_key_auth;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::{body, store, time};

/// `POST /v1/integrations/appointments`: 201 with the reminder as stored and queued, 200
/// with the first one for an event already sent.
pub async fn appointment(req: &mut Request, env: &Env) -> AppResult<Response> {
    let key = api_key_auth::key_only(env, req, api_key_auth::INTEGRATION_APPOINTMENT, None).await?;
    let request: AppointmentEventRequest = body::read_json(req).await?;
    let booked = appointment::check(
        &request.event_id,
        request.channel,
        &request.phone,
        &request.starts_at,
        time::now(),
    )
    .map_err(|e| AppError::invalid(e.code(), e.to_string()))?;
    let (conversation, _) = store::channels::current_thread(
        env,
        &key.clinic_id,
        booked.to.channel(),
        booked.to.as_str(),
    )
    .await?
    .ok_or_else(no_conversation)?;
    let (conversation_id, entry) = super::staff::visible_entry(env, &key, conversation).await?;
    let config = store::clinics::clinic_config(env, &key.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let saved = store::templates::list(env, &key.clinic_id)
        .await?
        .into_iter()
        .find(|saved| saved.shortcut == request.template)
        .ok_or_else(|| {
            AppError::unknown_template(
                "The clinic has no saved reply with this shortcut; an admin adds it under \
                 Templates.",
            )
        })?;
    let zone = Zone::parse(&config.timezone).map_err(|e| AppError::internal("clinic tz", e))?;
    // The reminder is signed by the clinic: no key's name in `{{staff.first_name}}`.
    let live = LiveValues {
        staff_first_name: String::new(),
        ..super::templates::live_values(&config, &entry, &key)?
    };
    let when = appointment::time_text(booked.starts_at, zone);
    let mut values = live.values();
    values.insert("appointment.time", &when);
    let text = template::render(&saved.body, &values)
        .map_err(|e| AppError::invalid_template(e.to_string()))?;
    let valid = super::validate_send(SendMessageRequest {
        client_msg_id: appointment::reminder_message_id(&key.clinic_id, &booked.event_id),
        text,
        attachment_ids: Vec::new(),
    })?;
    let message = ClinicMessage {
        client_msg_id: valid.client_msg_id,
        text: valid.text,
        clinic_name: config.name.clone(),
        template: request.whatsapp_template.map(TemplateMessage::from),
    };
    send_as_clinic(req, env, &key, &conversation_id, message).await
}

fn no_conversation() -> AppError {
    AppError::unknown_patient(
        "No conversation on this channel with this number: the patient writes to the clinic \
         there first.",
    )
}
