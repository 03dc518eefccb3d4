//! Inbound channel media (MMS, WhatsApp, Messenger, WeChat, X), the edge's side: the webhook queues one job
//! per media item (`jobs::MediaJob::for_message`, on every delivery, so a lost enqueue
//! heals with the provider's retry), and the queue consumer fetches it from the
//! provider with the clinic's credentials (`deliver`), never on the webhook's request
//! path, which providers retry when it is slow.
//!
//! Each item ends as one visitor message of its own in the conversation, as a widget
//! upload does: the file (checked and cleaned by `attachment::inspect`, stored in R2 and
//! linked like an upload, so staff see it with a signed, audited link), or, when it
//! can't be, a mark saying why. A provider that doesn't answer is tried again by the
//! queue until `GIVE_UP_AFTER_SECONDS`, then marked: never a silent loss. Items are
//! recorded when done (`store::channel_media`), so a redelivered webhook or a repeated
//! job fetches nothing again; the message's `client_msg_id` and the attachment's id
//! derive from the provider's message id and the item's place, so a job interrupted
//! after storing adds nothing twice either.

use frontdesk_domain::attachment::Accepted;
use frontdesk_domain::channel_media::{self as media, MediaFailure, TwilioAccount};
use frontdesk_domain::channels::oauth1::Once;
use frontdesk_domain::channels::OutboundRequest;
use frontdesk_domain::text::MessageText;
use frontdesk_protocol::{Attachment, Channel, Urgency};
use sha2::{Digest, Sha256};
use worker::Env;

use crate::channel_send::{self, Outcome};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::jobs::{backoff_seconds, MediaJob};
use crate::routes::visitor::{self, Inbound};
use crate::store::attachments::{NewAttachment, Side};
use crate::store::channel_media::Item;
use crate::{attachment_bucket, store};

/// How long a fetch is retried before the item is marked (the queue's retries double
/// from 2 s, like a channel send's).
const GIVE_UP_AFTER_SECONDS: f64 = 480.0;

/// Fetches, stores and shows one item; `age_seconds` is how long the job has been trying.
pub async fn deliver(env: &Env, job: &MediaJob, age_seconds: f64) -> AppResult<Outcome> {
    let item = Item {
        clinic_id: &job.clinic_id,
        channel: job.channel,
        provider_message_id: &job.provider_message_id,
        position: job.position,
    };
    if store::channel_media::done(env, &item).await? {
        return Ok(Outcome::Done);
    }
    let Some(clinic) = store::clinics::clinic(env, &job.clinic_id).await? else {
        return Ok(Outcome::Done);
    };
    // Erased (or never indexed) since the webhook: nothing to add it to.
    let conversation = match ConversationId::parse(&job.conversation_id) {
        Some(id) => id,
        None => return Ok(Outcome::Done),
    };
    if store::inbox::conversation(env, &job.clinic_id, &conversation)
        .await?
        .is_none()
    {
        return Ok(Outcome::Done);
    }
    let attachment_id = attachment_id(job);
    let stored = store::attachments::find(env, &conversation, &attachment_id).await?;
    let outcome = if stored.is_some() {
        // Stored by an earlier try that stopped before its message: not fetched again.
        Ok(())
    } else {
        match fetch(env, &clinic.config, job).await {
            Ok(accepted) => store_file(env, job, &attachment_id, accepted).await,
            Err(failure) => Err(failure),
        }
    };
    let client_msg_id = crate::routes::channels::client_msg_id(
        job.channel,
        &format!("{}#media{}", job.provider_message_id, job.position),
    );
    let (text, attachments, code) = match outcome {
        Ok(()) => {
            let linked = store::attachments::link(
                env,
                &conversation,
                Side::Visitor,
                &client_msg_id,
                std::slice::from_ref(&attachment_id),
            )
            .await?
            .ok_or_else(|| AppError::internal("channel media", "stored file not linkable"))?;
            (String::new(), linked, "stored")
        }
        Err(failure) if failure.retryable() && age_seconds < GIVE_UP_AFTER_SECONDS => {
            worker::console_error!("channel media fetch failed ({}), retrying", failure.code());
            return Ok(Outcome::RetryIn(backoff_seconds(age_seconds)));
        }
        Err(failure) => {
            worker::console_error!("channel media not stored ({})", failure.code());
            (failure.mark(job.channel), Vec::new(), failure.code())
        }
    };
    append(
        env,
        &clinic,
        &conversation,
        client_msg_id,
        text,
        attachments,
    )
    .await?;
    store::channel_media::record(env, &item, &conversation, code).await?;
    Ok(Outcome::Done)
}

/// The item as a visitor message: the file with no caption (the message's own text, if
/// any, came on its own), or the mark. No automatic reply: the message's text got it.
async fn append(
    env: &Env,
    clinic: &store::clinics::Clinic,
    conversation: &ConversationId,
    client_msg_id: String,
    text: String,
    attachments: Vec<Attachment>,
) -> AppResult<()> {
    let text = MessageText::caption(text)
        .map_err(|_| AppError::internal("channel media", "mark is not storable text"))?;
    let inbound = Inbound {
        // The item's text is the product's own words (an empty caption, or a mark saying
        // why the file could not be stored), never the patient's, whose text came and was
        // triaged as its own message: triaging the mark let the learned opinion read
        // "over the 10 MB limit" as an emergency and send the patient the safety reply.
        urgency: Urgency::Routine,
        symptoms: false,
        reason: "routine: a file from the patient's channel (the text around it is triaged \
                 as its own message)"
            .to_owned(),
        bot_may_answer: false,
        country: Some(clinic.config.country.clone()),
        attachments,
        ..Inbound::chat(clinic, client_msg_id, text)
    };
    visitor::accept(None, env, clinic, conversation, inbound).await?;
    Ok(())
}

/// R2 first, then the row, as an upload does: a row never points at nothing.
async fn store_file(
    env: &Env,
    job: &MediaJob,
    attachment_id: &str,
    accepted: Accepted,
) -> Result<(), MediaFailure> {
    let key = attachment_bucket::object_key(&job.clinic_id, &job.conversation_id, attachment_id);
    let row = NewAttachment {
        id: attachment_id,
        clinic_id: &job.clinic_id,
        conversation_id: &job.conversation_id,
        side: Side::Visitor,
        staff_id: None,
        content_type: accepted.kind.media_type(),
        size: accepted.bytes.len() as u64,
        object_key: &key,
    };
    let stored = async {
        attachment_bucket::put(env, &key, &accepted.bytes).await?;
        store::attachments::insert(env, &row).await
    };
    // Our own storage failing is worth a retry, like a provider that doesn't answer.
    stored.await.map_err(|error: AppError| {
        worker::console_error!("channel media storage failed ({})", error.code);
        MediaFailure::Unavailable
    })
}

/// The attachment's id: the same for every try of the item, in `ids::attachment_id`'s
/// shape.
fn attachment_id(job: &MediaJob) -> String {
    let digest = Sha256::digest(format!(
        "channel-media:{}:{}:{}:{}",
        job.clinic_id,
        job.channel.as_str(),
        job.provider_message_id,
        job.position
    ));
    format!("a_{}", hex::encode(&digest[..16]))
}

/// The provider's documented download of the item, as the domain describes it.
async fn fetch(
    env: &Env,
    config: &frontdesk_domain::ClinicConfig,
    job: &MediaJob,
) -> Result<Accepted, MediaFailure> {
    let not_configured = |_| MediaFailure::Credentials;
    let reference = job.reference.as_str();
    let request = match job.channel {
        Channel::Sms => {
            let sms = config.channels.sms.as_ref().ok_or(MediaFailure::Gone)?;
            let twilio = channel_send::twilio(env, sms, None).map_err(not_configured)?;
            let account = TwilioAccount {
                api_base: &twilio.api_base,
                account_sid: &twilio.account_sid,
                auth_token: &twilio.auth_token,
            };
            media::twilio_download(account, reference)?
        }
        Channel::Whatsapp => {
            let whatsapp = config
                .channels
                .whatsapp
                .as_ref()
                .ok_or(MediaFailure::Gone)?;
            let whatsapp = channel_send::whatsapp(env, whatsapp).map_err(not_configured)?;
            let lookup = media::whatsapp_lookup(&whatsapp.graph, reference)?;
            let (status, body) = get(&lookup).await?;
            let location = media::read_whatsapp_lookup(status, &body)?;
            media::whatsapp_download(&whatsapp.graph, &location)
        }
        Channel::Messenger => {
            let messenger = config
                .channels
                .messenger
                .as_ref()
                .ok_or(MediaFailure::Gone)?;
            let messenger = channel_send::messenger(env, messenger).map_err(not_configured)?;
            media::messenger_download(&messenger.graph, reference)?
        }
        Channel::Wechat => {
            let wechat = config.channels.wechat.as_ref().ok_or(MediaFailure::Gone)?;
            let app_secret = channel_send::secret(env, &wechat.app_secret_secret, "WeChat")
                .map_err(not_configured)?;
            // A refused token (revoked, or the AppSecret reset) is fetched anew once, as a
            // send does.
            let mut answer = Err(MediaFailure::Credentials);
            for refresh in [false, true] {
                let token = crate::wechat_token::access_token(wechat, &app_secret, refresh)
                    .await
                    .map_err(|_| MediaFailure::Credentials)?;
                let request = media::wechat_download(&wechat.api_base, &token, reference)?;
                let (status, bytes) = get(&request).await?;
                answer = media::read_wechat_download(status, &bytes);
                if !matches!(answer, Err(MediaFailure::Credentials)) {
                    break;
                }
            }
            return answer;
        }
        Channel::X => {
            let x = config.channels.x.as_ref().ok_or(MediaFailure::Gone)?;
            let credentials = channel_send::x_oauth1(env, x).map_err(not_configured)?;
            let nonce = crate::ids::nonce().map_err(|_| MediaFailure::Unavailable)?;
            let once = Once {
                nonce: &nonce,
                timestamp: crate::time::now().timestamp(),
            };
            media::x_download(&x.api_base, &credentials, reference, once)?
        }
        Channel::Web => return Err(MediaFailure::UntrustedUrl),
    };
    let (status, bytes) = get(&request).await?;
    media::read_download(status, &bytes)
}

/// Makes the GET the domain described (`provider_call`); a call that could not be made
/// is worth another try. Sizes: WhatsApp's lookup declares the file's, refused before
/// downloading; Twilio keeps MMS media under 5 MB; `read_download` counts in any case.
async fn get(request: &OutboundRequest) -> Result<(u16, Vec<u8>), MediaFailure> {
    crate::provider_call::call(request)
        .await
        .map_err(|_| MediaFailure::Unavailable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_items_attachment_id_is_stable_and_upload_shaped() {
        let job = |position| MediaJob {
            clinic_id: "demo".into(),
            conversation_id: "c".into(),
            channel: Channel::Whatsapp,
            provider_message_id: "wamid.1".into(),
            position,
            reference: "1".into(),
        };
        let id = attachment_id(&job(0));
        assert_eq!(id, attachment_id(&job(0)));
        assert_ne!(id, attachment_id(&job(1)));
        assert!(crate::ids::is_attachment_id(&id), "{id}");
    }
}
