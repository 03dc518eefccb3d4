//! Delivery statuses from a provider's webhook: Twilio's callbacks by the message their
//! URL names, the others by the provider's message id; each moves the message's state
//! through `delivery_marks`.

use frontdesk_domain::channels::failure_words::describe;
use frontdesk_domain::channels::{StatusTarget, StatusUpdate};
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::Channel;
use worker::Env;

use crate::channel_send::delivery_state;
use crate::error::AppResult;
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::params::query;
use crate::store::channels::{self as channel_store, DeliveryUpdate};
use crate::{delivery_marks, time};

/// A status naming only the provider's message id (WhatsApp, X, Messenger's `mids`):
/// finds the message by it; one we never sent (or whose send answer isn't stored yet)
/// changes nothing. Messenger's receipts by watermark go to `delivery_marks::up_to`.
pub(super) async fn status_by_provider_id(
    env: &Env,
    config: &ClinicConfig,
    channel: Channel,
    update: &StatusUpdate,
) -> AppResult<()> {
    let provider_id = match &update.target {
        StatusTarget::Message(provider_id) => provider_id,
        StatusTarget::UpTo {
            recipient,
            watermark_ms,
        } => {
            return delivery_marks::up_to(env, &config.id, recipient, *watermark_ms, update.state)
                .await
        }
    };
    let Some((conversation_id, seq)) =
        channel_store::outbound_by_provider_id(env, &config.id, channel, provider_id.as_str())
            .await?
    else {
        return Ok(());
    };
    // Found by the provider's id, which only the current attempt holds.
    let target = Target {
        conversation_id: &conversation_id,
        seq,
        channel,
        attempt: None,
    };
    apply_status(env, &config.id, &target, update).await
}

/// The outbound message a status is about.
struct Target<'a> {
    conversation_id: &'a ConversationId,
    seq: u64,
    channel: Channel,
    /// The send attempt the status names, when it names one (Twilio's callback URL).
    attempt: Option<u32>,
}

/// Moves the message's delivery as the status says (forward only: see the store).
async fn apply_status(
    env: &Env,
    clinic_id: &str,
    target: &Target<'_>,
    update: &StatusUpdate,
) -> AppResult<()> {
    let Target {
        conversation_id,
        seq,
        channel,
        attempt,
    } = *target;
    let StatusTarget::Message(provider_id) = &update.target else {
        return Ok(());
    };
    let reason = update
        .failure
        .as_ref()
        .map(|failure| describe(channel, failure));
    delivery_marks::mark(
        env,
        &DeliveryUpdate {
            clinic_id,
            conversation_id,
            seq,
            status: delivery_state(update.state),
            provider_message_id: Some(provider_id.as_str()),
            reason: reason.as_deref(),
            now: &time::now_rfc3339(),
            attempt,
            handed_at_ms: None,
        },
    )
    .await?;
    Ok(())
}

/// A delivery status callback: by the message named in the callback URL (sent with the
/// message, so it works even before the send's answer was stored), else by its sid.
pub(super) async fn status(
    req: &Request,
    env: &Env,
    config: &ClinicConfig,
    update: &StatusUpdate,
) -> AppResult<()> {
    let conversation_id = query(req, "conversation").and_then(|raw| ConversationId::parse(&raw));
    let seq = query(req, "seq").and_then(|raw| raw.parse::<u64>().ok());
    let (Some(conversation_id), Some(seq)) = (conversation_id, seq) else {
        // A callback we didn't ask for (e.g. set in Twilio's console): nothing to update.
        return Ok(());
    };
    // A resend's callbacks name its attempt; the first send's name none.
    let attempt = match query(req, "attempt") {
        Some(raw) => match raw.parse::<u32>() {
            Ok(attempt) => attempt,
            Err(_) => return Ok(()),
        },
        None => 1,
    };
    let target = Target {
        conversation_id: &conversation_id,
        seq,
        channel: Channel::Sms,
        attempt: Some(attempt),
    };
    apply_status(env, &config.id, &target, update).await
}
