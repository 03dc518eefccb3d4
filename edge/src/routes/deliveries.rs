//! A channel conversation's outbound deliveries for staff: their states (what the thread
//! polls while a reply is on its way) and resending a failed one; and the platform's rules
//! the reply box shows before staff type (opt-out, the customer-service window).
//!
//! A resend names the attempt it makes (the failed delivery's `attempt` plus one): the
//! store moves the message back to `queued` only from the failed attempt before, so a
//! repeated click or a retried request sends it exactly once more.

use chrono::DateTime;
use frontdesk_protocol::{
    Channel, ChannelDeliveriesResponse, ChannelRules, DeliveryStatus, ResendRequest, ResendResponse,
};
use worker::{Env, Response};

use super::staff::{audit_conversation, claimed_by_another, visible_conversation};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::{auth, body, channel_send, store, time};

/// `GET /v1/staff/conversations/{id}/deliveries`: states and reasons only, no message
/// text, so it is not recorded as a read of the conversation.
pub async fn list(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let (conversation_id, entry) = visible_conversation(env, &staff, raw_id).await?;
    let deliveries = if entry.channel == Channel::Web {
        Vec::new()
    } else {
        store::channels::deliveries(env, &staff.clinic_id, &conversation_id).await?
    };
    Ok(json_response(
        200,
        &ChannelDeliveriesResponse { deliveries },
    ))
}

/// What the platform lets staff send now in one of the clinic's channel conversations:
/// the same facts the reply call checks (`channel_send::check_staff_reply`). `None` on
/// the web.
pub async fn channel_rules(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Option<ChannelRules>> {
    let Some(endpoint) = store::channels::endpoint(env, clinic_id, conversation_id).await? else {
        return Ok(None);
    };
    let (channel, Some(address)) = (endpoint.channel, endpoint.address) else {
        return Ok(None);
    };
    if channel == Channel::Web {
        return Ok(None);
    }
    let window = channel_send::platform(channel).and_then(|p| p.service_window);
    let last_patient_message_at = match window {
        Some(_) => store::channels::last_inbound_ms(env, clinic_id, channel, &address)
            .await?
            .and_then(DateTime::from_timestamp_millis)
            .map(time::rfc3339),
        None => None,
    };
    // The reply box's template picker: the clinic's approved templates (cached config).
    let whatsapp_templates = match channel {
        Channel::Whatsapp => store::clinics::clinic(env, clinic_id)
            .await?
            .and_then(|clinic| clinic.config.channels.whatsapp.clone())
            .map(|whatsapp| whatsapp.templates)
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(Some(ChannelRules {
        opted_out: endpoint.opted_out,
        window_hours: window.map(|w| u32::try_from(w.hours).unwrap_or(u32::MAX)),
        templates_outside_window: window.is_some_and(|w| w.templates_outside),
        last_patient_message_at,
        whatsapp_templates,
    }))
}

/// `POST /v1/staff/conversations/{id}/messages/{seq}/resend` with `{attempt}`: 202 when
/// this call queued the resend, 200 when that attempt was already made (the delivery as
/// it stands), 409 when the message isn't failed or the platform would refuse it now.
pub async fn resend(
    req: &mut Request,
    env: &Env,
    raw_id: &str,
    raw_seq: &str,
) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    let (conversation_id, entry) = visible_conversation(env, &staff, raw_id).await?;
    if entry
        .assigned_to
        .as_deref()
        .is_some_and(|owner| owner != staff.id)
    {
        return Err(claimed_by_another());
    }
    let unknown = || {
        AppError::unknown_delivery(
            "This conversation has no message with this seq sent on its channel.",
        )
    };
    let seq = raw_seq.parse::<u64>().map_err(|_| unknown())?;
    let ResendRequest { attempt } = body::read_json(req).await?;
    let row = store::channels::outbound(env, &conversation_id, seq)
        .await?
        .filter(|row| row.clinic_id == staff.clinic_id)
        .ok_or_else(unknown)?;
    if attempt <= row.attempt {
        // Made before (a repeated click, a retried request): nothing more is sent.
        return current(env, &staff.clinic_id, &conversation_id, seq, 200).await;
    }
    if attempt != row.attempt + 1 {
        return Err(AppError::new(
            409,
            "stale_attempt",
            format!(
                "This message is on send {}; a resend makes send {}.",
                row.attempt,
                row.attempt + 1
            ),
        ));
    }
    if row.status != DeliveryStatus::Failed {
        return Err(AppError::new(
            409,
            "not_failed",
            "Only a failed delivery can be resent; this one is still on its way or arrived.",
        ));
    }
    channel_send::check_resend(env, &staff.clinic_id, &conversation_id, &row).await?;
    let queued = channel_send::resend(
        req,
        env,
        &staff.clinic_id,
        &conversation_id,
        seq,
        attempt,
        row.reason.as_deref(),
    )
    .await?;
    if !queued {
        // A concurrent resend of the same attempt won: it is made, once.
        return current(env, &staff.clinic_id, &conversation_id, seq, 200).await;
    }
    let detail = format!("resent message {seq}, send {attempt}");
    audit_conversation(env, &staff, AuditAction::Replied, raw_id, Some(&detail)).await?;
    current(env, &staff.clinic_id, &conversation_id, seq, 202).await
}

/// The message's delivery as it stands.
async fn current(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    seq: u64,
    status: u16,
) -> AppResult<Response> {
    let delivery = store::channels::deliveries(env, clinic_id, conversation_id)
        .await?
        .into_iter()
        .find(|delivery| delivery.seq == seq)
        .ok_or_else(|| AppError::internal("resend", "delivery vanished"))?;
    Ok(json_response(status, &ResendResponse { delivery }))
}
