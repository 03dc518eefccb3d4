//! The inbox queue's consumer: every accepted visitor message and every escalation
//! notification passes through here (the jobs and their sending are in `jobs.rs`).
//!
//! It keeps the D1 inbox index current and tells consoles, and delivers
//! escalation notifications to their channels as signed JSON POSTs, retried with a
//! growing delay. Applying an index job twice changes nothing.

use frontdesk_protocol::InboxEntry;
use worker::{Env, MessageBatch, MessageExt, QueueRetryOptionsBuilder, RawMessage};

use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::jobs::{backoff_seconds, EventJob, InboxJob, Job, NotifyJob};
use crate::store;
use crate::store::inbox::{VisitorMessage, VisitorMessageIndex};

/// POSTs one notification, signed with its clinic's secret (Standard Webhooks; the
/// `webhook-id` is the notification's id, the same on every retry); any answer but 2xx
/// is an error, so the job retries.
async fn deliver(env: &Env, job: &NotifyJob) -> AppResult<()> {
    let clinic_id = &job.notification.clinic_id;
    let name = store::clinics::clinic_config(env, clinic_id)
        .await?
        .and_then(|config| config.escalation.signing_secret)
        .ok_or_else(|| AppError::internal("notification", "no signing secret"))?;
    let secret = crate::webhook_post::secret(env, &name)?;
    let body = job.notification.body_for(&job.channel);
    let extra = [("X-Frontdesk-Event", "escalation")];
    match crate::webhook_post::post(
        &job.channel.url,
        &secret,
        &job.notification.id,
        body,
        &extra,
    )
    .await
    {
        Ok(status) if (200..300).contains(&status) => Ok(()),
        Ok(status) => Err(AppError::internal(
            "notification delivery",
            format!("status {status}"),
        )),
        Err(error) => Err(AppError::internal("notification delivery", error)),
    }
}

/// A queue message and its job, read from the body's JSON text (`Job::from_json`) rather
/// than field by field from the JS object (`MessageBatch::messages`).
struct JobMessage {
    raw: RawMessage,
    job: Job,
}

impl JobMessage {
    fn read(raw: RawMessage) -> worker::Result<JobMessage> {
        let text = js_sys::JSON::stringify(&raw.body())?
            .as_string()
            .unwrap_or_default();
        let job = Job::from_json(&text)?;
        Ok(JobMessage { raw, job })
    }

    fn body(&self) -> &Job {
        &self.job
    }
}

/// `ack`, `retry` and the rest, on the raw message.
impl std::ops::Deref for JobMessage {
    type Target = RawMessage;

    fn deref(&self) -> &RawMessage {
        &self.raw
    }
}

/// Seconds since the queue first received the message.
fn age_seconds(message: &JobMessage) -> f64 {
    ((js_sys::Date::now() - message.timestamp().as_millis() as f64) / 1000.0).max(0.0)
}

fn retry_in(message: &JobMessage, delay: u32) {
    message.retry_with_options(
        &QueueRetryOptionsBuilder::new()
            .with_delay_seconds(delay)
            .build(),
    );
}

/// Folds every index job of a batch into D1 in one round trip, then tells each changed
/// conversation's clinic inbox once. Returns the conversations whose inbox event failed
/// (their jobs are retried; applying them again changes nothing), or an error when the
/// D1 batch failed (every index job is retried).
async fn apply_all(env: &Env, jobs: &[&InboxJob]) -> AppResult<Vec<ConversationId>> {
    let indexes: Vec<VisitorMessageIndex<'_>> = jobs
        .iter()
        .map(|job| VisitorMessageIndex {
            conversation_id: &job.conversation_id,
            message: VisitorMessage {
                seq: job.seq,
                sent_at: &job.sent_at,
                urgency: job.urgency,
                department: job.department,
                reason: &job.reason,
                preview: &job.preview,
                sla_deadline: &job.sla_deadline,
                bot_answered: job.bot_answered,
            },
            language: job.language.as_deref(),
        })
        .collect();
    let mut changed: Vec<(&str, &ConversationId)> = Vec::new();
    for job in jobs {
        let key = (job.clinic_id.as_str(), &job.conversation_id);
        if !changed.contains(&key) {
            changed.push(key);
        }
    }
    let entries = store::inbox::apply_visitor_messages(env, &indexes, &changed).await?;
    // One hub call per clinic for the batch's changed rows: a batch of 50 messages made
    // 50 calls to the clinic's one hub before session 20.
    let mut by_clinic: Vec<ClinicEvents<'_>> = Vec::new();
    for ((clinic_id, conversation_id), entry) in changed.iter().zip(entries) {
        let Some(entry) = entry else { continue };
        match by_clinic
            .iter_mut()
            .find(|events| events.clinic_id == *clinic_id)
        {
            Some(events) => events.add(conversation_id, entry),
            None => {
                let mut events = ClinicEvents::new(clinic_id);
                events.add(conversation_id, entry);
                by_clinic.push(events);
            }
        }
    }
    let mut failed = Vec::new();
    for events in by_clinic {
        if let Err(error) =
            crate::inbox_do::publish_all(env, events.clinic_id, &events.entries).await
        {
            // Every conversation the call carried is retried: indexing again changes
            // nothing, and a console shown a row twice shows the same row.
            worker::console_error!("inbox event failed ({}), retrying", error.code);
            failed.extend(events.conversations.into_iter().cloned());
        }
    }
    Ok(failed)
}

/// A clinic's changed inbox rows in one queue batch, and the conversations they are.
struct ClinicEvents<'a> {
    clinic_id: &'a str,
    conversations: Vec<&'a ConversationId>,
    entries: Vec<InboxEntry>,
}

impl<'a> ClinicEvents<'a> {
    fn new(clinic_id: &'a str) -> Self {
        ClinicEvents {
            clinic_id,
            conversations: Vec::new(),
            entries: Vec::new(),
        }
    }

    fn add(&mut self, conversation_id: &'a ConversationId, entry: InboxEntry) {
        self.conversations.push(conversation_id);
        self.entries.push(entry);
    }
}

/// Applies the batch's index jobs together (see [`apply_all`]), then fans out the
/// batch's events together: those of the indexed messages and the queued ones
/// (`events::fan_out_all`, one subscriptions read per clinic); delivers each
/// notification. A failed notification or event is retried on its own with a growing
/// delay; an indexed message whose events failed is retried whole (indexing it again
/// changes nothing, and its deliveries are keyed, so none is recorded twice).
pub async fn consume(batch: MessageBatch<Job>, env: &Env) -> worker::Result<()> {
    // One unreadable job fails the whole batch, which the queue then retries.
    let messages = batch
        .raw_iter()
        .map(JobMessage::read)
        .collect::<worker::Result<Vec<_>>>()?;
    let index_jobs: Vec<&InboxJob> = messages
        .iter()
        .filter_map(|message| match message.body() {
            Job::IndexVisitorMessage(job) => Some(job),
            _ => None,
        })
        .collect();
    let outcome = if index_jobs.is_empty() {
        Ok(Vec::new())
    } else {
        apply_all(env, &index_jobs).await
    };
    // Each message's events, where it has any: an indexed message's two, a queued one.
    let indexed =
        |job: &InboxJob| matches!(&outcome, Ok(failed) if !failed.contains(&job.conversation_id));
    let own_events: Vec<Vec<EventJob>> = messages
        .iter()
        .map(|message| match message.body() {
            Job::IndexVisitorMessage(job) if indexed(job) => {
                crate::events::visitor_message(job).into()
            }
            _ => Vec::new(),
        })
        .collect();
    let mut events: Vec<&EventJob> = Vec::new();
    for (message, own) in messages.iter().zip(&own_events) {
        match message.body() {
            Job::Event(job) => events.push(job),
            _ => events.extend(own),
        }
    }
    let mut fanned = crate::events::fan_out_all(env, &events).await.into_iter();
    for (message, own) in messages.iter().zip(&own_events) {
        match message.body() {
            Job::IndexVisitorMessage(job) => match &outcome {
                Ok(failed) if !failed.contains(&job.conversation_id) => {
                    let results: Vec<_> = fanned.by_ref().take(own.len()).collect();
                    match results.into_iter().find_map(Result::err) {
                        None => message.ack(),
                        Some(error) => {
                            worker::console_error!(
                                "event fan-out failed ({}), retrying",
                                error.code
                            );
                            message.retry();
                        }
                    }
                }
                Ok(_) => message.retry(),
                Err(error) => {
                    worker::console_error!("inbox job failed ({}), retrying", error.code);
                    message.retry();
                }
            },
            Job::Event(_) => match fanned.next() {
                Some(Ok(())) => message.ack(),
                Some(Err(error)) => {
                    worker::console_error!("event fan-out failed ({}), retrying", error.code);
                    retry_in(message, backoff_seconds(age_seconds(message)));
                }
                None => retry_in(message, backoff_seconds(age_seconds(message))),
            },
            Job::Notify(job) => match deliver(env, job).await {
                Ok(()) => message.ack(),
                Err(error) => {
                    let delay = backoff_seconds(age_seconds(message));
                    worker::console_error!(
                        "notification failed ({}), retrying in {delay} s",
                        error.code
                    );
                    retry_in(message, delay);
                }
            },
            Job::Deliver(job) => match crate::events::deliver(env, job, age_seconds(message)).await
            {
                Ok(None) => message.ack(),
                Ok(Some(delay)) => retry_in(message, delay),
                Err(error) => {
                    worker::console_error!("event delivery failed ({}), retrying", error.code);
                    retry_in(message, backoff_seconds(age_seconds(message)));
                }
            },
            Job::StaffLink(job) => match crate::staff_links::deliver(env, job).await {
                Ok(crate::staff_links::Outcome::Done) => message.ack(),
                Ok(crate::staff_links::Outcome::Retry) => {
                    retry_in(message, backoff_seconds(age_seconds(message)))
                }
                Err(error) => {
                    worker::console_error!("staff link failed ({}), retrying", error.code);
                    retry_in(message, backoff_seconds(age_seconds(message)));
                }
            },
            Job::ChannelMedia(job) => {
                let outcome = crate::channel_media::deliver(env, job, age_seconds(message)).await;
                settle(message, outcome, "channel media");
            }
            Job::Continuity(job) => match crate::continuity::deliver(env, job).await {
                Ok(()) => message.ack(),
                Err(error) => {
                    worker::console_error!("continuity check failed ({}), retrying", error.code);
                    retry_in(message, backoff_seconds(age_seconds(message)));
                }
            },
            Job::ChannelSend(job) => {
                let outcome = crate::channel_send::deliver(env, job, age_seconds(message)).await;
                settle(message, outcome, "channel send");
            }
        }
    }
    Ok(())
}

/// Acknowledges or retries a provider job (a channel send, a media fetch) as its
/// outcome says; an error is retried with the growing delay.
fn settle(message: &JobMessage, outcome: AppResult<crate::channel_send::Outcome>, what: &str) {
    match outcome {
        Ok(crate::channel_send::Outcome::Done) => message.ack(),
        Ok(crate::channel_send::Outcome::RetryIn(delay)) => retry_in(message, delay),
        Err(error) => {
            worker::console_error!("{what} failed ({}), retrying", error.code);
            retry_in(message, backoff_seconds(age_seconds(message)));
        }
    }
}
