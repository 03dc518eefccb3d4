//! Staff starting a conversation with a patient (issue 20): `POST /v1/staff/conversations`
//! sends a first message by SMS or WhatsApp to a number staff typed or to another
//! conversation's verified phone, and `GET /v1/staff/outreach` says what the console's
//! dialog may offer. The rules are `domain::outreach` (address, opt-out, WhatsApp's
//! window and templates); after them the message takes a staff reply's path: the
//! channel's reply checks, the conversation object (once per `client_msg_id`), the queue
//! to the provider, the inbox row. The conversation is the address's open one if it has
//! one, else a new one made as a patient's first message would make it, so the
//! patient's answer through the provider's webhook lands in it. Staff text is never
//! triaged. A staff member owns what they start (so it stays theirs to see before
//! triage routes it); an API key's starts stay unowned, like its other messages.

use frontdesk_domain::outreach::{self, Facts, OutreachError, Recipient};
use frontdesk_domain::saved_reply::first_name;
use frontdesk_protocol::{
    Author, Channel, OutreachOptions, SendMessageRequest, StaffProfile, StartConversationRequest,
    StartConversationResponse,
};
use worker::{Env, Response};

use super::replies::after_reply_stored;
use super::staff::{audit_conversation, claimed_by_another};
use crate::api_key_auth::{self, START_CONVERSATION};
use crate::channel_send;
use crate::conversation_do::{self, AppendRequest};
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::channels::{self as channel_store, Endpoint};
use crate::store::inbox::Claim;
use crate::{auth, body, rate_limit_do, store, time};

/// `GET /v1/staff/outreach`: the channels the clinic sends on that a conversation can be
/// started on, and its approved WhatsApp templates.
pub async fn options(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let config = store::clinics::clinic_config(env, &staff.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let channels = &config.channels;
    let mut options = OutreachOptions::default();
    if channels.sms.is_some() {
        options.channels.push(Channel::Sms);
    }
    if let Some(whatsapp) = &channels.whatsapp {
        options.channels.push(Channel::Whatsapp);
        options.whatsapp_templates = whatsapp.templates.clone();
    }
    Ok(json_response(200, &options))
}

/// `POST /v1/staff/conversations`: 201 with the conversation and the stored message, 200
/// with the first answer's message for a retry of the same `client_msg_id`.
pub async fn start(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (staff, by_key) = api_key_auth::staff_or_key_writing(env, req, START_CONVERSATION).await?;
    rate_limit_do::outreach(env, &staff.id).await?;
    let request: StartConversationRequest = body::read_json(req).await?;
    let config = store::clinics::clinic_config(env, &staff.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let channel = request.channel;
    let to = match (&request.to, &request.patient_of) {
        (Some(typed), None) => outreach::address(channel, Recipient::Typed(typed)),
        (None, Some(of)) => {
            let (_, entry) = super::staff::visible_conversation(env, &staff, of).await?;
            let recipient = Recipient::PatientOf {
                visitor: &entry.visitor,
                verified: &entry.verified,
            };
            outreach::address(channel, recipient)
        }
        _ => Err(OutreachError::AddressOrPatient),
    }
    .map_err(refused)?;
    let templates = match channel {
        Channel::Sms if config.channels.sms.is_some() => Vec::new(),
        Channel::Whatsapp => match &config.channels.whatsapp {
            Some(whatsapp) => whatsapp.templates.clone(),
            None => return Err(not_enabled(channel)),
        },
        _ => return Err(not_enabled(channel)),
    };
    let clinic_id = staff.clinic_id.as_str();
    let opted_out = channel_store::opted_out(env, clinic_id, channel, to.as_str()).await?;
    let facts = Facts {
        opted_out,
        last_patient_message_ms: channel_store::last_inbound_ms(
            env,
            clinic_id,
            channel,
            to.as_str(),
        )
        .await?,
        now_ms: time::now().timestamp_millis(),
    };
    let first = outreach::first_message(
        &to,
        &request.text,
        request.whatsapp_template.as_ref(),
        &templates,
        facts,
    )
    .map_err(refused)?;
    let valid = super::validate_send(SendMessageRequest {
        client_msg_id: request.client_msg_id,
        text: first.text,
        attachment_ids: Vec::new(),
    })?;
    // The reply path's own checks (length, the provider's template rules), before
    // anything is stored.
    let endpoint = Endpoint {
        channel,
        address: Some(to.as_str().to_owned()),
        opted_out,
    };
    let channel_to = channel_send::check_reply_to(
        env,
        clinic_id,
        Some(endpoint),
        valid.text.as_str(),
        first.template,
    )
    .await?
    .ok_or_else(|| AppError::internal("outreach", "a phone channel has an address"))?;
    let phone = to.phone_number();
    let (conversation_id, made) = super::channels::current_conversation(
        env,
        clinic_id,
        channel,
        to.as_str(),
        phone.as_ref().map(|number| number.as_str()),
        &time::now_rfc3339(),
    )
    .await?;
    if !made {
        // An open conversation with the patient: joining it is a reply there, under its
        // rules (another team's is refused as such).
        super::staff::visible_entry(env, &staff, conversation_id.clone()).await?;
    }
    if !by_key {
        let (clinic, staff_id) = store::staff::staff_ids(&staff)?;
        match store::inbox::claim(env, &clinic, &conversation_id, &staff_id).await? {
            Claim::Taken => {}
            Claim::OwnedBy(_) => return Err(claimed_by_another()),
            Claim::Unknown => return Err(AppError::unknown_conversation()),
        }
    }
    let author_name = if by_key {
        config.name.clone()
    } else {
        first_name(&staff.name)
    };
    let stored = conversation_do::append(
        env,
        &conversation_id,
        &AppendRequest {
            author: Author::Staff,
            client_msg_id: Some(valid.client_msg_id),
            text: valid.text.into_inner(),
            author_name: Some(author_name),
            auto_replies: Vec::new(),
            escalation: None,
            rate_limit: None,
            attachments: Vec::new(),
        },
    )
    .await?;
    // Its first message, whoever retries: what the answer and the audit say.
    let new_conversation = stored.message.seq == 1;
    if stored.created {
        let started = Started {
            channel,
            new_conversation,
            patient_of: request.patient_of.as_deref(),
        };
        audited(env, &staff, conversation_id.as_str(), &started).await?;
    }
    after_reply_stored(
        req,
        env,
        &staff,
        &conversation_id,
        &stored,
        Some(&channel_to),
        false,
    )
    .await?;
    let status = if stored.created { 201 } else { 200 };
    Ok(json_response(
        status,
        &StartConversationResponse {
            conversation_id: conversation_id.into_string(),
            new_conversation,
            message: stored.message,
        },
    ))
}

/// What a start did, as its audit entry says it.
struct Started<'a> {
    channel: Channel,
    new_conversation: bool,
    /// The conversation whose verified phone it went to.
    patient_of: Option<&'a str>,
}

/// Who started what: the channel, whether it was a new conversation and the conversation
/// whose phone it used; ids only, no address or text.
async fn audited(
    env: &Env,
    staff: &StaffProfile,
    raw_id: &str,
    started: &Started<'_>,
) -> AppResult<()> {
    let how = if started.new_conversation {
        "new"
    } else {
        "joined"
    };
    let mut detail = format!("{} {how}", started.channel.as_str());
    if let Some(source) = started.patient_of {
        detail.push_str(&format!(", phone of {source}"));
    }
    audit_conversation(
        env,
        staff,
        AuditAction::ConversationStarted,
        raw_id,
        Some(&detail),
    )
    .await
}

fn refused(error: OutreachError) -> AppError {
    match error {
        OutreachError::OptedOut => AppError::recipient_opted_out(error.to_string()),
        error => AppError::new(error.status(), error.code(), error.to_string()),
    }
}

fn not_enabled(channel: Channel) -> AppError {
    AppError::channel_not_enabled(format!(
        "This clinic has no {0} channel: add [channels.{0}] to its configuration.",
        channel.as_str()
    ))
}
