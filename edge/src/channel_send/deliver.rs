//! The queue consumer's send job: one queued message read back, its content made (text,
//! a notice, a template, links to files), sent, and its delivery state moved; every way
//! out leaves it `sent`, or `failed` with a reason staff can read.

use frontdesk_domain::channel_media_out::{self, Carriage, OutboundFile};
use frontdesk_domain::channels::failure_words::describe;
use frontdesk_domain::channels::wechat;
use frontdesk_domain::channels::{OutboundContent, PatientAddress};
use frontdesk_domain::notice_link::{self, Outgoing as Carried};
use frontdesk_domain::survey::INVITATION_PREFIX;
use frontdesk_domain::survey_channel;
use frontdesk_protocol::{Author, Channel, DeliveryStatus};
use worker::Env;

use super::outgoing::{Outgoing, Unsent};
use super::queue::read_template;
use crate::error::AppResult;
use crate::ids::ConversationId;
use crate::jobs::{self, SendJob};
use crate::store::channels::{self as channel_store, DeliveryUpdate};
use crate::{conversation_do, delivery_marks, notice_links, store, time};

/// What the consumer does with a send job.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Sent, failed for good, or nothing to do: acknowledge.
    Done,
    /// The provider may take it later: retry after this many seconds.
    RetryIn(u32),
}

/// Retrying longer than this would outlast the queue's 10 retries (delays double from
/// 2 s, so the 10th comes after about 8.5 min): the message is failed visibly instead.
const GIVE_UP_AFTER_SECONDS: f64 = 480.0;

/// Sends one queued message; `age_seconds` is how long the job has been trying.
pub async fn deliver(env: &Env, job: &SendJob, age_seconds: f64) -> AppResult<Outcome> {
    // A malformed id names no stored message: nothing to send.
    let Some(conversation_id) = ConversationId::parse(&job.conversation_id) else {
        return Ok(Outcome::Done);
    };
    let Some(row) = channel_store::outbound(env, &conversation_id, job.seq).await? else {
        return Ok(Outcome::Done);
    };
    // Accepted before (a redelivered job), or a job of an attempt a resend replaced:
    // never send twice.
    if row.status != DeliveryStatus::Queued
        || row.provider_message_id.is_some()
        || row.attempt != job.attempt
    {
        return Ok(Outcome::Done);
    }
    // When the call the provider accepted started: Messenger's receipts by watermark
    // cover the message from then (`domain::channels::receipts`).
    let handed_at_ms = std::cell::Cell::new(None::<i64>);
    let mark = |status: DeliveryStatus, provider_id: Option<String>, reason: Option<String>| {
        let job = job.clone();
        let conversation_id = conversation_id.clone();
        let handed_at_ms = handed_at_ms.get();
        async move {
            delivery_marks::mark(
                env,
                &DeliveryUpdate {
                    clinic_id: &job.clinic_id,
                    conversation_id: &conversation_id,
                    seq: job.seq,
                    status,
                    provider_message_id: provider_id.as_deref(),
                    reason: reason.as_deref(),
                    now: &time::now_rfc3339(),
                    attempt: Some(job.attempt),
                    handed_at_ms,
                },
            )
            .await
        }
    };
    let fail = |reason: &str| mark(DeliveryStatus::Failed, None, Some(reason.to_owned()));
    let clinic = store::clinics::clinic(env, &row.clinic_id).await?;
    let (channels, clinic_name) = clinic
        .map(|c| (c.config.channels.clone(), c.config.name.clone()))
        .unwrap_or_default();
    let endpoint = channel_store::endpoint(env, &row.clinic_id, &conversation_id).await?;
    if endpoint.is_some_and(|e| e.opted_out) {
        fail("opted_out: the patient texted STOP; START lets messages through again").await?;
        return Ok(Outcome::Done);
    }
    // Where a link to the conversation's page goes out (a notice, a survey), it is made
    // now, as it is sent.
    let for_message = notice_links::ForMessage {
        clinic_id: &row.clinic_id,
        conversation_id: &job.conversation_id,
        seq: job.seq,
        status_callback: &job.status_callback,
        link_seconds: channels.notice_link_seconds,
    };
    // A staff reply's files, when its text goes as text (`media`).
    let mut attachments = Vec::new();
    let mut content = match &row.template {
        Some(template) => match read_template(template) {
            Some((mut template, with_link)) => {
                if with_link {
                    template
                        .body_parameters
                        .push(notice_links::link(env, &for_message).await?);
                }
                OutboundContent::Template(template)
            }
            None => {
                fail("the stored template can't be read").await?;
                return Ok(Outcome::Done);
            }
        },
        None => {
            let message =
                conversation_do::messages(env, &conversation_id, job.seq.saturating_sub(1))
                    .await?
                    .into_iter()
                    .find(|m| m.seq == job.seq);
            let Some(message) = message else {
                fail("message_erased: the message no longer exists").await?;
                return Ok(Outcome::Done);
            };
            let survey = message.author == Author::System
                && message
                    .client_msg_id
                    .as_deref()
                    .is_some_and(|id| id.starts_with(INVITATION_PREFIX));
            let carried =
                notice_link::outgoing(channels.content_of(row.channel), message.author, survey);
            OutboundContent::Text(match carried {
                Carried::Text => {
                    attachments = message.attachments;
                    message.text
                }
                Carried::Notice => {
                    let link = notice_links::link(env, &for_message).await?;
                    notice_link::notice_text(&clinic_name, &link)
                }
                Carried::TextWithLink => {
                    let link = notice_links::link(env, &for_message).await?;
                    survey_channel::text_with_link(&message.text, &link)
                }
            })
        }
    };
    let to = match PatientAddress::parse(row.channel, &row.address) {
        Some(Ok(address)) => address,
        _ => {
            fail("invalid_recipient: the stored address is not valid on this channel").await?;
            return Ok(Outcome::Done);
        }
    };
    // Files the provider can't take go as links in the text; the rest by its media API.
    let (linked, files): (Vec<_>, Vec<_>) =
        super::media::files(env, &for_message, row.channel, &attachments)?
            .into_iter()
            .partition(|(carriage, _)| *carriage == Carriage::Linked);
    if let (false, OutboundContent::Text(text)) = (linked.is_empty(), &mut content) {
        let links: Vec<String> = linked.into_iter().map(|(_, file)| file.url).collect();
        *text = channel_media_out::text_with_links(text, &links);
    }
    let files: Vec<OutboundFile> = files.into_iter().map(|(_, file)| file).collect();
    let outgoing = Outgoing {
        channels: &channels,
        channel: row.channel,
        conversation: (&row.clinic_id, &job.conversation_id),
        status_callback: &job.status_callback,
        to: &to,
        content: &content,
        files: &files,
    };
    let mut started_ms = time::now().timestamp_millis();
    let mut answer = outgoing.send(env, false).await;
    // WeChat refused the cached access token (revoked, or the AppSecret was reset): one
    // more try with a freshly fetched one.
    if row.channel == Channel::Wechat
        && matches!(&answer, Err(Unsent::Provider(failure)) if wechat::token_refused(&failure.code))
    {
        started_ms = time::now().timestamp_millis();
        answer = outgoing.send(env, true).await;
    }
    match answer {
        Ok(receipt) => {
            // Twilio and WhatsApp report `sent` themselves. On Messenger, WeChat and X the
            // API's acceptance is the send (WeChat gives no id and no statuses at all), and
            // `sent` also keeps a redelivered job from sending it again.
            let status = match row.channel {
                Channel::Sms | Channel::Whatsapp => DeliveryStatus::Queued,
                _ => DeliveryStatus::Sent,
            };
            let id = receipt.provider_message_id.map(|id| id.0);
            handed_at_ms.set(Some(started_ms));
            mark(status, id, None).await?;
            Ok(Outcome::Done)
        }
        Err(Unsent::Refused(reason)) => {
            fail(&reason).await?;
            Ok(Outcome::Done)
        }
        Err(Unsent::Provider(failure))
            if failure.reason.retryable() && age_seconds < GIVE_UP_AFTER_SECONDS =>
        {
            let reason = format!("retrying: {}", describe(row.channel, &failure));
            mark(DeliveryStatus::Queued, None, Some(reason)).await?;
            Ok(Outcome::RetryIn(jobs::backoff_seconds(age_seconds)))
        }
        Err(Unsent::Provider(failure)) => {
            fail(&describe(row.channel, &failure)).await?;
            Ok(Outcome::Done)
        }
    }
}
