//! Deleting patient data: the daily retention sweep (cron) and an admin's erase.
//!
//! Messages go from the conversation's Durable Object first, then the inbox row, so a
//! failure half way leaves the row and the next sweep or erase finishes the job.

use crate::error::AppResult;
use crate::ids::ConversationId;
use crate::store::audit::AuditAction;
use crate::{attachment_bucket, conversation_do};
use crate::{store, time};

/// Conversations looked at per clinic and sweep; the next day's sweep takes the rest.
const SWEEP_BATCH: u32 = 500;

/// The audit log's actor for the sweep.
pub const SWEEP_ACTOR: &str = "retention-sweep";

/// What one clinic's sweep deleted.
#[derive(Debug, Default)]
struct Swept {
    messages: u64,
    conversations: u64,
}

/// Deletes every clinic's messages older than its retention period, and conversations
/// left empty with their inbox rows; records each clinic's totals in its audit log.
pub async fn sweep(env: &worker::Env) -> AppResult<()> {
    let now = time::now();
    for config in store::clinics::all_clinics(env).await? {
        let cutoff = time::rfc3339(config.retention().cutoff(now));
        let mut swept = Swept::default();
        for id in
            store::retention::conversations_started_before(env, &config.id, &cutoff, SWEEP_BATCH)
                .await?
        {
            let purged = conversation_do::purge_before(env, &id, &cutoff).await?;
            swept.messages += purged.deleted;
            // Files go with the messages of their age: objects first, then rows, so a
            // failure leaves rows that the next sweep finds again.
            let keys = store::attachments::keys_before(env, id.as_str(), &cutoff).await?;
            if !keys.is_empty() {
                attachment_bucket::delete(env, &keys).await?;
                store::attachments::delete_before(env, id.as_str(), &cutoff).await?;
            }
            if purged.remaining == 0 {
                // An upload no message carried goes with its emptied conversation.
                attachment_bucket::delete_conversation(env, &config.id, id.as_str()).await?;
                store::retention::delete_conversation(env, id.as_str()).await?;
                swept.conversations += 1;
            }
        }
        if swept.messages > 0 || swept.conversations > 0 {
            let detail = format!(
                "deleted {} messages older than {cutoff} and {} emptied conversations",
                swept.messages, swept.conversations
            );
            store::audit::record(
                env,
                &config.id,
                SWEEP_ACTOR,
                AuditAction::RetentionPurged,
                None,
                Some(&detail),
            )
            .await?;
        }
        worker::console_log!(
            "retention sweep: clinic {} deleted {} messages, {} conversations",
            config.id,
            swept.messages,
            swept.conversations
        );
    }
    Ok(())
}

/// Erases one conversation: every message, its attachments' objects, its escalation
/// state and its inbox row. Returns how many messages were deleted.
pub async fn erase(
    env: &worker::Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<u64> {
    let purged = conversation_do::erase(env, conversation_id).await?;
    attachment_bucket::delete_conversation(env, clinic_id, conversation_id.as_str()).await?;
    store::retention::delete_conversation(env, conversation_id.as_str()).await?;
    Ok(purged.deleted)
}
