//! Moving an outbound channel message's delivery, and telling the console at once. Every
//! change goes through here (a send's answer, a provider's status callback, a receipt by
//! watermark), so the staff thread's mark changes live over the conversation socket
//! (`LiveEvent::Delivery`, staff sockets only) instead of being polled.

use frontdesk_domain::channels::receipts;
use frontdesk_domain::channels::{DeliveryState, PatientAddress};
use frontdesk_protocol::{Channel, Delivery};
use worker::Env;

use crate::conversation_do;
use crate::error::AppResult;
use crate::ids::ConversationId;
use crate::store::channels::{self as channel_store, DeliveryUpdate};
use crate::time;

/// Moves the delivery as `update` says (forward only: see the store) and tells the
/// thread's staff sockets its state. Returns whether a row of that message (and attempt)
/// was found.
pub async fn mark(env: &Env, update: &DeliveryUpdate<'_>) -> AppResult<bool> {
    let Some(delivery) = channel_store::update_delivery(env, update).await? else {
        return Ok(false);
    };
    tell(env, update.conversation_id, &delivery).await;
    Ok(true)
}

/// The state is stored before this, and a thread reads every delivery when it opens or
/// its socket reconnects: a frame that can't be passed on costs liveness, never the state.
async fn tell(env: &Env, conversation_id: &ConversationId, delivery: &Delivery) {
    if let Err(error) = conversation_do::delivery(env, conversation_id, delivery).await {
        worker::console_error!("delivery not passed on live ({})", error.code);
    }
}

/// A receipt covering every message sent to `recipient` up to a watermark (Messenger's
/// deliveries and reads): moves the outbound messages of the address's current
/// conversation that `receipts::covered` picks, each on the attempt it was read at.
pub async fn up_to(
    env: &Env,
    clinic_id: &str,
    recipient: &PatientAddress,
    watermark_ms: i64,
    state: DeliveryState,
) -> AppResult<()> {
    let channel: Channel = recipient.channel();
    let Some((conversation_id, _)) =
        channel_store::current_thread(env, clinic_id, channel, recipient.as_str()).await?
    else {
        return Ok(());
    };
    let candidates = channel_store::awaiting_receipt(env, clinic_id, &conversation_id).await?;
    let now = time::now_rfc3339();
    for covered in receipts::covered(&candidates, watermark_ms, state) {
        mark(
            env,
            &DeliveryUpdate {
                clinic_id,
                conversation_id: &conversation_id,
                seq: covered.seq,
                status: state.status(),
                provider_message_id: None,
                reason: None,
                now: &now,
                attempt: Some(covered.attempt),
                handed_at_ms: None,
            },
        )
        .await?;
    }
    Ok(())
}
