//! The inbox queue's jobs and how they are sent: the bottom of the queue, so the
//! handlers and the conversation object enqueue without importing the consumer
//! (`inbox_queue.rs`), which calls them.

use frontdesk_domain::escalation::{Channel, Notification};
use frontdesk_domain::events::{EventData, EventType};
use frontdesk_protocol::{Department, InviteRequest, Urgency};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use worker::Env;

use crate::error::{AppError, AppResult};
use crate::ids::{ConversationId, StaffId};

/// A queue job: its fields, and `"job"` naming its kind (`snake_case`). Written by serde's
/// internally tagged form, read back by [`Job::from_json`].
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "job", rename_all = "snake_case")]
pub enum Job {
    /// Fold a visitor message into the inbox index.
    IndexVisitorMessage(InboxJob),
    /// Deliver one escalation notification to one channel.
    Notify(NotifyJob),
    /// Send one message to a patient on an external channel (`channel_send`).
    ChannelSend(SendJob),
    /// Fan one event out to the clinic's subscriptions (`events`).
    Event(EventJob),
    /// Attempt one recorded delivery of an event to a subscription (`events`).
    Deliver(DeliverJob),
    /// Make one staff link and email it to its person (`staff_links`).
    StaffLink(StaffLinkJob),
    /// Fetch one media item of a patient's channel message and store it
    /// (`channel_media`).
    ChannelMedia(MediaJob),
    /// Notify a website visitor of a staff reply they have not seen (`continuity`).
    Continuity(ContinuityJob),
}

/// A staff reply on a website conversation whose visitor has a verified address, checked
/// a while after it was sent. Holds no text and no address: both are read when it runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContinuityJob {
    pub clinic_id: String,
    pub conversation_id: String,
    pub seq: u64,
    /// The Frontdesk origin the link opens on (the clinic's public base URL, or the
    /// origin the reply reached).
    pub origin: String,
}

/// A job's kind, the first of its two reads.
#[derive(Deserialize)]
struct Kind {
    job: String,
}

impl Job {
    /// Reads a job as [`Job`]'s `Serialize` wrote it: its kind, then the fields of that
    /// kind's struct from the same text (which skips the `"job"` field as unknown).
    /// Serde's derived reading of an internally tagged enum buffers the fields in its
    /// `Content` tree and had a copy of every job's structs for it: 26 KB of wasm for
    /// `Job` alone (BENCHMARKS.md, "Edge size, round 5").
    pub fn from_json(text: &str) -> serde_json::Result<Job> {
        use serde::de::Error;
        let kind: Kind = serde_json::from_str(text)?;
        Ok(match kind.job.as_str() {
            "index_visitor_message" => Job::IndexVisitorMessage(serde_json::from_str(text)?),
            "notify" => Job::Notify(serde_json::from_str(text)?),
            "channel_send" => Job::ChannelSend(serde_json::from_str(text)?),
            "event" => Job::Event(serde_json::from_str(text)?),
            "deliver" => Job::Deliver(serde_json::from_str(text)?),
            "staff_link" => Job::StaffLink(serde_json::from_str(text)?),
            "channel_media" => Job::ChannelMedia(serde_json::from_str(text)?),
            "continuity" => Job::Continuity(serde_json::from_str(text)?),
            other => {
                return Err(serde_json::Error::unknown_variant(
                    other,
                    &[
                        "index_visitor_message",
                        "notify",
                        "channel_send",
                        "event",
                        "deliver",
                        "staff_link",
                        "channel_media",
                        "continuity",
                    ],
                ))
            }
        })
    }
}

/// One media item of a patient's channel message, to fetch from the provider.
/// Holds the provider's reference (a media id or its API's URL), never text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MediaJob {
    pub clinic_id: String,
    pub conversation_id: String,
    pub channel: frontdesk_protocol::Channel,
    pub provider_message_id: String,
    /// The item's place in its message (0, 1...).
    pub position: u32,
    /// Where the provider keeps it: the media URL on SMS, Messenger and X, the media id
    /// on WhatsApp and WeChat.
    pub reference: String,
}

impl MediaJob {
    /// A job for each media item of `message` that the edge fetches (the others are
    /// counted in the message's text). A done item is skipped by its job, so these are
    /// queued on every delivery of the webhook.
    pub fn for_message(
        clinic_id: &str,
        conversation_id: &str,
        message: &frontdesk_domain::channels::InboundMessage,
    ) -> Vec<Job> {
        message
            .media
            .iter()
            .enumerate()
            .filter_map(|(position, item)| Some((position, item.reference()?)))
            .map(|(position, reference)| {
                Job::ChannelMedia(MediaJob {
                    clinic_id: clinic_id.to_owned(),
                    conversation_id: conversation_id.to_owned(),
                    channel: message.channel(),
                    provider_message_id: message.provider_message_id.as_str().to_owned(),
                    position: u32::try_from(position).unwrap_or(u32::MAX),
                    reference: reference.to_owned(),
                })
            })
            .collect()
    }
}

/// One event of a clinic, before it is fanned out.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventJob {
    pub kind: EventType,
    /// Unique per event and stable if the event is emitted again (a resend, a queue
    /// retry): the deliveries' ids derive from it, so each subscription gets it once.
    pub key: String,
    pub occurred_at: String,
    pub data: EventData,
    /// The message whose text a subscription that may carry text receives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_seq: Option<u64>,
}

/// One recorded delivery to attempt.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeliverJob {
    pub clinic_id: String,
    pub delivery_id: String,
}

/// One outbound message to a patient on an external channel (sent by `channel_send`).
/// Holds no text: the consumer reads it from the conversation object, so message text
/// never sits in the queue.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendJob {
    pub clinic_id: String,
    pub conversation_id: String,
    pub seq: u64,
    /// Where the provider posts this message's statuses.
    pub status_callback: String,
    /// Which send of the message this job makes (1, then one more per resend): a job of
    /// an earlier attempt finds the row moved on and does nothing.
    #[serde(default = "first_attempt")]
    pub attempt: u32,
}

fn first_attempt() -> u32 {
    1
}

/// One notification for one channel. Holds no message text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NotifyJob {
    pub notification: Notification,
    pub channel: Channel,
}

/// One visitor message, as the inbox needs to know it. Holds a preview, never the full text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InboxJob {
    pub clinic_id: String,
    pub conversation_id: ConversationId,
    pub seq: u64,
    pub sent_at: String,
    pub urgency: Urgency,
    pub department: Department,
    pub reason: String,
    pub preview: String,
    pub sla_deadline: String,
    /// The bot answered the message itself (absent in jobs from older versions).
    #[serde(default)]
    pub bot_answered: bool,
    /// Triage's language guess for the message (absent in jobs from older versions).
    #[serde(default)]
    pub language: Option<String>,
}

/// Retry delay that doubles in effect: wait as long as the job has already been failing,
/// at least 2 s and at most 10 min.
pub fn backoff_seconds(age_seconds: f64) -> u32 {
    age_seconds.clamp(2.0, 600.0) as u32
}

/// Sends a job; the message is already stored, so a failure here is retried by the
/// client's resend (which enqueues again) rather than lost. The job crosses into JS as
/// one JSON string (`js::queue_send`), not as an object built field by field.
pub async fn enqueue(env: &Env, job: &Job) -> AppResult<()> {
    enqueue_after(env, job, 0).await
}

/// Sends a job the queue delivers after `delay_seconds` (0: at once).
pub async fn enqueue_after(env: &Env, job: &Job, delay_seconds: u32) -> AppResult<()> {
    let failed = |e: JsValue| AppError::internal("enqueue", format!("{e:?}"));
    let queue = js_sys::Reflect::get(env, &JsValue::from_str("INBOX_QUEUE")).map_err(failed)?;
    let text = serde_json::to_string(job).map_err(|e| AppError::internal("encode job", e))?;
    let sent = crate::js::queue_send(&queue, &text, delay_seconds).map_err(failed)?;
    crate::trace::timed(
        "queue",
        "send",
        worker::wasm_bindgen_futures::JsFuture::from(sent),
    )
    .await
    .map_err(failed)?;
    Ok(())
}

impl EventJob {
    /// An event about a conversation, happening now, keyed by its kind, conversation and
    /// `discriminator` (a `seq`, a step, a time).
    pub fn new(
        kind: EventType,
        discriminator: &str,
        data: EventData,
        text_seq: Option<u64>,
    ) -> EventJob {
        EventJob {
            kind,
            key: format!("{}.{}.{discriminator}", kind.as_str(), data.conversation_id),
            occurred_at: crate::time::now_rfc3339(),
            data,
            text_seq,
        }
    }
}

/// What a staff link does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Invite,
    Reset,
}

/// One staff link to make and email.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StaffLinkJob {
    pub clinic_id: String,
    pub kind: LinkKind,
    /// Whose password a reset sets (a malformed one fails the message's reading).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_id: Option<StaffId>,
    /// The account an invitation creates (checked again when the link is made).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite: Option<InviteRequest>,
    /// The admin who asked.
    pub created_by: String,
    /// The console's origin the link opens (`https://frontdesk.clinic.example`).
    pub console_base: String,
    /// RFC 3339, as the admin was told.
    pub expires_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(job: &Job) -> String {
        let text = serde_json::to_string(job).expect("a job serialises");
        let read = Job::from_json(&text).expect("a written job reads back");
        serde_json::to_string(&read).expect("a job serialises")
    }

    #[test]
    fn jobs_read_back_as_they_were_written() {
        let jobs = [
            Job::Deliver(DeliverJob {
                clinic_id: "demo".into(),
                delivery_id: "d_1".into(),
            }),
            Job::ChannelSend(SendJob {
                clinic_id: "demo".into(),
                conversation_id: "c_1".into(),
                seq: 4,
                status_callback: "https://edge.example/status".into(),
                attempt: 2,
            }),
            Job::StaffLink(StaffLinkJob {
                clinic_id: "demo".into(),
                kind: LinkKind::Reset,
                staff_id: StaffId::parse("s_1"),
                invite: None,
                created_by: "s_admin".into(),
                console_base: "https://console.example".into(),
                expires_at: "2026-12-06T10:00:00Z".into(),
            }),
            // Each kind added to `Job` needs its arm in `from_json`: these two were
            // merged in the same session as the two-pass reading, and the continuity
            // notice's job went unread until its arm was added.
            Job::Continuity(ContinuityJob {
                clinic_id: "demo".into(),
                conversation_id: "c_1".into(),
                seq: 3,
                origin: "https://edge.example".into(),
            }),
            Job::ChannelMedia(MediaJob {
                clinic_id: "demo".into(),
                conversation_id: "c_1".into(),
                channel: frontdesk_protocol::Channel::Whatsapp,
                provider_message_id: "wamid.1".into(),
                position: 0,
                reference: "media-1".into(),
            }),
        ];
        for job in &jobs {
            assert_eq!(round_trip(job), serde_json::to_string(job).unwrap());
        }
    }

    #[test]
    fn a_job_is_read_whatever_its_fields_order_and_defaults_apply() {
        let text = r#"{"seq":4,"clinic_id":"demo","conversation_id":"c_1","status_callback":"u","job":"channel_send"}"#;
        let Ok(Job::ChannelSend(job)) = Job::from_json(text) else {
            panic!("a channel send job");
        };
        assert_eq!((job.seq, job.attempt), (4, 1));
    }

    #[test]
    fn an_unknown_or_missing_kind_or_field_is_an_error() {
        let unknown = Job::from_json(r#"{"job":"teleport","clinic_id":"demo"}"#)
            .expect_err("no such kind")
            .to_string();
        assert!(unknown.contains("unknown variant `teleport`"), "{unknown}");
        assert!(Job::from_json(r#"{"clinic_id":"demo","delivery_id":"d_1"}"#).is_err());
        assert!(Job::from_json(r#"{"job":"deliver","clinic_id":"demo"}"#).is_err());
        assert!(Job::from_json("[]").is_err());
    }
}
