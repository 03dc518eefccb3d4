//! The inbox queue: every accepted visitor message passes through here.
//!
//! The consumer keeps the D1 inbox index current and tells consoles; later it is where
//! notifications and webhooks hang. Applying a job twice changes nothing.

use frontdesk_protocol::{Department, Urgency};
use serde::{Deserialize, Serialize};
use worker::{Env, MessageBatch, MessageExt};

use crate::error::AppResult;
use crate::store::{self, VisitorMessageIndex};

/// One visitor message, as the inbox needs to know it. Holds a preview, never the full text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InboxJob {
    pub clinic_id: String,
    pub conversation_id: String,
    pub seq: u64,
    pub sent_at: String,
    pub urgency: Urgency,
    pub department: Department,
    pub reason: String,
    pub preview: String,
    pub sla_deadline: String,
}

/// Sends a job; the message is already stored, so a failure here is retried by the
/// client's resend (which enqueues again) rather than lost.
pub async fn enqueue(env: &Env, job: &InboxJob) -> AppResult<()> {
    env.queue("INBOX_QUEUE")?.send(job).await?;
    Ok(())
}

async fn apply(env: &Env, job: &InboxJob) -> AppResult<()> {
    store::apply_visitor_message(
        env,
        &VisitorMessageIndex {
            conversation_id: &job.conversation_id,
            seq: job.seq,
            sent_at: &job.sent_at,
            urgency: job.urgency,
            department: job.department,
            reason: &job.reason,
            preview: &job.preview,
            sla_deadline: &job.sla_deadline,
        },
    )
    .await?;
    if let Some(entry) = store::conversation(env, &job.clinic_id, &job.conversation_id).await? {
        crate::inbox_do::publish(env, &job.clinic_id, entry).await?;
    }
    Ok(())
}

/// Applies each job; a failed one is retried on its own, the rest are acknowledged.
pub async fn consume(batch: MessageBatch<InboxJob>, env: &Env) -> worker::Result<()> {
    for message in batch.messages()? {
        match apply(env, message.body()).await {
            Ok(()) => message.ack(),
            Err(error) => {
                worker::console_error!("inbox job failed ({}), retrying", error.code);
                message.retry();
            }
        }
    }
    Ok(())
}
