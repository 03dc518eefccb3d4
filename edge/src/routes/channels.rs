//! Inbound provider webhooks: `POST /v1/channels/{clinic}/twilio` (SMS and its status
//! callbacks). The signature is checked first, by the domain's adapter; nothing is read
//! or stored from a request that fails it. A patient's message then takes the web
//! message's path (`visitor::accept`: triage, automatic reply, inbox, SLA, escalation),
//! and its automatic replies leave through the queue (`channel_send`).
//!
//! Which conversation a message joins: the address's current conversation while it is
//! not resolved; after it is resolved (or erased), the next message starts a new one, so
//! each conversation is one episode with its own triage, SLA and survey. The old ones
//! stay in the patient's history (same phone number).

use frontdesk_domain::channels::{
    sms, ChannelAdapter, HttpMethod, InboundEvent, InboundMessage, PatientAddress, StatusTarget,
    StatusUpdate, WebhookError, WebhookRequest,
};
use frontdesk_domain::text::MessageText;
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::{Channel, VisitorIdentity, MAX_BODY_BYTES};
use sha2::{Digest, Sha256};
use worker::{Env, Headers, Response};

use super::visitor::{self, Inbound};
use crate::channel_send::{self, delivery_state, Callback};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::params::query;
use crate::store::channels::{self as channel_store, DeliveryUpdate};
use crate::{store, time};

/// Twilio's expected answer to a message webhook: TwiML that sends nothing back.
const EMPTY_TWIML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

/// `POST /v1/channels/{clinic}/twilio`.
pub async fn twilio(req: &mut Request, env: &Env, clinic_id: &str) -> AppResult<Response> {
    let clinic = store::clinics::clinic(env, clinic_id)
        .await?
        .ok_or_else(|| AppError::not_found("unknown_clinic", "No clinic has this id."))?;
    let config = &clinic.config;
    let sms_config = config.channels.sms.as_ref().ok_or_else(|| {
        AppError::not_found(
            "channel_not_enabled",
            "This clinic has no SMS channel: add [channels.sms] to its configuration.",
        )
    })?;
    let adapter = channel_send::twilio(env, sms_config, None)?;
    let body = read_body(req).await?;
    let url = signed_url(req, config)?;
    let signature = req
        .headers()
        .get(frontdesk_domain::channels::twilio::SIGNATURE_HEADER)
        .ok()
        .flatten();
    let headers: Vec<(String, String)> = signature
        .map(|value| {
            vec![(
                frontdesk_domain::channels::twilio::SIGNATURE_HEADER.to_owned(),
                value,
            )]
        })
        .unwrap_or_default();
    let webhook = WebhookRequest {
        method: HttpMethod::Post,
        url: &url,
        headers: &headers,
        body: &body,
    };
    let events = adapter.receive(&webhook).map_err(|error| match error {
        WebhookError::Verify(error) => AppError::forbidden(
            error.code(),
            "The X-Twilio-Signature is missing or does not match this URL and body.",
        ),
        WebhookError::Parse(_) => AppError::bad_request(
            "invalid_webhook",
            "The signed body is not a Twilio message or status callback.",
        ),
    })?;
    let callback = Callback::for_request(req, config)?;
    for event in events {
        match event {
            InboundEvent::Message(message) => {
                receive(req, env, &clinic, message, &callback).await?
            }
            InboundEvent::Status(update) => status(req, env, config, &update).await?,
        }
    }
    let headers = Headers::new();
    let _ = headers.set("Content-Type", "text/xml; charset=utf-8");
    Ok(Response::ok(EMPTY_TWIML)?.with_headers(headers))
}

/// The body, within the API's size limit. Its content type is not checked first: the
/// signature covers the form parameters, so anything else fails it with 403.
async fn read_body(req: &mut Request) -> AppResult<Vec<u8>> {
    let body = req.bytes().await.map_err(|_| {
        AppError::bad_request("unreadable_body", "The request body could not be read.")
    })?;
    if body.len() > MAX_BODY_BYTES {
        return Err(AppError::new(
            413,
            "body_too_large",
            format!("The request body is over {MAX_BODY_BYTES} bytes."),
        ));
    }
    Ok(body)
}

/// The URL Twilio signed: the clinic's public base URL with this path and query in
/// production, the request's own URL in dev.
fn signed_url(req: &Request, config: &ClinicConfig) -> AppResult<String> {
    let url = req
        .url()
        .map_err(|e| AppError::internal("request url", e))?;
    Ok(match &config.channels.public_base_url {
        Some(base) => {
            let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
            format!("{base}{}{query}", url.path())
        }
        None => url.to_string(),
    })
}

/// The `client_msg_id` a provider message is stored under: the same for every
/// redelivery, so the conversation object stores it once.
fn client_msg_id(channel: Channel, provider_message_id: &str) -> String {
    let digest = Sha256::digest(format!("{}:{provider_message_id}", channel.as_str()));
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-5{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// A patient's message: opt-out keywords, its conversation, the web message's path, and
/// its automatic replies queued for the channel.
async fn receive(
    req: &Request,
    env: &Env,
    clinic: &store::clinics::Clinic,
    message: InboundMessage,
    callback: &Callback,
) -> AppResult<()> {
    let config = &clinic.config;
    let channel = Channel::Sms;
    let address = message.from.as_str().to_owned();
    let now = time::now_rfc3339();
    match sms::keyword(&message.text) {
        Some(sms::Keyword::OptOut) => {
            let keyword = message.text.trim().to_uppercase();
            channel_store::set_opt_out(env, &config.id, channel, &address, Some(&keyword), &now)
                .await?
        }
        Some(sms::Keyword::OptIn) => {
            channel_store::set_opt_out(env, &config.id, channel, &address, None, &now).await?
        }
        _ => {}
    }
    let provider_id = message.provider_message_id.as_str();
    let conversation_id = match channel_store::inbound_seen(env, &config.id, channel, provider_id)
        .await?
    {
        Some(seen) => seen,
        None => {
            let current = current_conversation(env, &config.id, channel, &address, &now).await?;
            channel_store::record_inbound(
                env,
                &config.id,
                channel,
                provider_id,
                &current,
                &address,
                &now,
            )
            .await?
        }
    };
    let text = MessageText::parse(readable_text(&message)).map_err(|_| {
        AppError::bad_request("invalid_webhook", "The message text can't be stored.")
    })?;
    let inbound = Inbound {
        // STOP, START and HELP are for the carrier and us, not a question to answer.
        bot_may_answer: sms::keyword(&message.text).is_none(),
        // Never the caller's country: that is the provider's data centre.
        country: Some(
            emergency_country(&message.from).map_or_else(|| config.country.clone(), str::to_owned),
        ),
        ..Inbound::chat(clinic, client_msg_id(channel, provider_id), text)
    };
    let conversation = ConversationId::parse(&conversation_id)
        .ok_or_else(|| AppError::internal("channel thread", "malformed conversation id"))?;
    let (_, accepted) = visitor::accept(req, env, clinic, &conversation, inbound).await?;
    let to = PatientAddress::Sms(
        frontdesk_domain::channels::PhoneNumber::parse(&address)
            .map_err(|e| AppError::internal("parsed sms address", e))?,
    );
    for reply in &accepted.auto_replies {
        channel_send::queue(env, &config.id, &conversation_id, reply.seq, &to, callback).await?;
    }
    Ok(())
}

/// The country whose emergency number serves the patient's phone, if it shows one.
fn emergency_country(from: &PatientAddress) -> Option<&'static str> {
    match from {
        PatientAddress::Sms(number) => number.emergency_country(),
        _ => None,
    }
}

/// The text to store: a media-only MMS has none, so staff see that something came.
fn readable_text(message: &InboundMessage) -> String {
    let text: String = message
        .text
        .chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    if text.trim().is_empty() {
        format!(
            "[{} attachment(s): open them in the provider's console]",
            message.attachments
        )
    } else {
        text
    }
}

/// The address's open conversation, or a new one (see the module doc for when).
async fn current_conversation(
    env: &Env,
    clinic_id: &str,
    channel: Channel,
    address: &str,
    now: &str,
) -> AppResult<String> {
    let current = channel_store::current_thread(env, clinic_id, channel, address).await?;
    if let Some((id, false)) = &current {
        return Ok(id.clone());
    }
    let id = ConversationId::new()?.into_string();
    let visitor = VisitorIdentity {
        phone: Some(address.to_owned()),
        ..VisitorIdentity::default()
    };
    store::inbox::insert_conversation(env, &id, clinic_id, now, None, None, &visitor).await?;
    channel_store::set_channel(env, &id, channel, address).await?;
    let expected = current.as_ref().map(|(id, _)| id.as_str());
    if channel_store::swap_thread(env, clinic_id, channel, address, expected, &id).await? {
        return Ok(id);
    }
    // Another message from this address started one first: join it. Ours stays empty,
    // which the inbox never lists.
    channel_store::current_thread(env, clinic_id, channel, address)
        .await?
        .map(|(id, _)| id)
        .ok_or_else(|| AppError::internal("channel thread", "vanished after a lost swap"))
}

/// A delivery status callback: by the message named in the callback URL (sent with the
/// message, so it works even before the send's answer was stored), else by its sid.
async fn status(
    req: &Request,
    env: &Env,
    config: &ClinicConfig,
    update: &StatusUpdate,
) -> AppResult<()> {
    let StatusTarget::Message(provider_id) = &update.target else {
        return Ok(());
    };
    let conversation_id = query(req, "conversation");
    let seq = query(req, "seq").and_then(|raw| raw.parse::<u64>().ok());
    let (Some(conversation_id), Some(seq)) = (conversation_id, seq) else {
        // A callback we didn't ask for (e.g. set in Twilio's console): nothing to update.
        return Ok(());
    };
    let reason = update.failure.as_ref().map(channel_send::describe_failure);
    channel_store::update_delivery(
        env,
        &DeliveryUpdate {
            clinic_id: &config.id,
            conversation_id: &conversation_id,
            seq,
            status: delivery_state(update.state),
            provider_message_id: Some(provider_id.as_str()),
            reason: reason.as_deref(),
            now: &time::now_rfc3339(),
        },
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_provider_message_has_one_uuid_shaped_key() {
        let key = client_msg_id(Channel::Sms, "SM0123");
        assert_eq!(key, client_msg_id(Channel::Sms, "SM0123"));
        assert_ne!(key, client_msg_id(Channel::Sms, "SM0124"));
        assert!(frontdesk_domain::text::is_uuid(&key), "{key}");
    }
}
