//! Deleting patient data: the daily retention sweep (cron) and an admin's erase. The
//! sweep also deletes staff sessions that ended and one-time links used or expired.
//!
//! Messages go from the conversation's Durable Object first, then the inbox row, so a
//! failure half way leaves the row and the next sweep or erase finishes the job.

use frontdesk_domain::ClinicConfig;

use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::store::audit::AuditAction;
use crate::store::retention::{Cursor, Due};
use crate::{attachment_bucket, conversation_do, store, time};

/// Conversations read per page; the sweep pages on through a clinic until none are left,
/// so no clinic falls behind however many are due.
const SWEEP_PAGE: u32 = 200;

/// The audit log's actor for the sweep.
pub const SWEEP_ACTOR: &str = "retention-sweep";

/// What one clinic's sweep deleted, and what it could not.
#[derive(Debug, Default)]
struct Swept {
    messages: u64,
    conversations: u64,
    /// Conversations that failed; each is in the log with its error code, and the next
    /// run tries them again.
    skipped: u64,
    /// A page of the listing failed: the rest of the clinic waits for the next run.
    stopped: bool,
    /// Staff sessions that had ended, and one-time links used or expired, deleted.
    sessions: usize,
    links: usize,
}

impl Swept {
    fn is_empty(&self) -> bool {
        self.messages == 0
            && self.conversations == 0
            && self.skipped == 0
            && !self.stopped
            && self.sessions == 0
            && self.links == 0
    }

    /// The audit entry's detail: counts only, no patient data.
    fn detail(&self, cutoff: &str) -> String {
        let mut detail = format!(
            "deleted {} messages older than {cutoff} and {} emptied conversations; \
             {} conversations skipped",
            self.messages, self.conversations, self.skipped
        );
        if self.stopped {
            detail.push_str("; stopped early, the next run goes on");
        }
        detail.push_str(&format!(
            "; purged {} ended sessions and {} used or expired links",
            self.sessions, self.links
        ));
        detail
    }
}

/// Deletes every clinic's messages older than its retention period, and conversations
/// left empty with their inbox rows; records each clinic's totals in its audit log. One
/// clinic's or one conversation's failure never stops the others.
pub async fn sweep(env: &worker::Env) -> AppResult<()> {
    let now = time::now();
    for config in store::clinics::all_clinics(env).await? {
        let cutoff = time::rfc3339(config.retention().cutoff(now));
        let mut swept = sweep_clinic(env, &config, &cutoff).await;
        match store::retention::purge_ended(env, &config.id, &time::rfc3339(now)).await {
            Ok((sessions, links)) => (swept.sessions, swept.links) = (sessions, links),
            Err(error) => worker::console_error!(
                "retention sweep: clinic {} session purge failed ({})",
                config.id,
                error.code
            ),
        }
        if !swept.is_empty() {
            store::audit::record(
                env,
                &config.id,
                SWEEP_ACTOR,
                AuditAction::RetentionPurged,
                None,
                Some(&swept.detail(&cutoff)),
            )
            .await?;
        }
        worker::console_log!(
            "retention sweep: clinic {} deleted {} messages, {} conversations, skipped {}{}",
            config.id,
            swept.messages,
            swept.conversations,
            swept.skipped,
            if swept.stopped { ", stopped early" } else { "" }
        );
    }
    Ok(())
}

/// Sweeps one clinic page by page, in creation order, until no conversation started
/// before `cutoff` is left unvisited.
async fn sweep_clinic(env: &worker::Env, config: &ClinicConfig, cutoff: &str) -> Swept {
    let mut swept = Swept::default();
    let mut after: Option<Cursor> = None;
    loop {
        let page =
            match store::retention::due_page(env, &config.id, cutoff, after.as_ref(), SWEEP_PAGE)
                .await
            {
                Ok(page) => page,
                Err(error) => {
                    worker::console_error!(
                        "retention sweep: clinic {} listing failed ({})",
                        config.id,
                        error.code
                    );
                    swept.stopped = true;
                    return swept;
                }
            };
        for due in &page {
            // Give the isolate back between conversations: a sweep of hundreds would
            // otherwise hold up the requests that arrive meanwhile.
            worker::Delay::from(std::time::Duration::from_millis(1)).await;
            match sweep_conversation(env, &config.id, due, cutoff).await {
                Ok((messages, emptied)) => {
                    swept.messages += messages;
                    swept.conversations += u64::from(emptied);
                }
                Err(error) => {
                    swept.skipped += 1;
                    worker::console_error!(
                        "retention sweep: clinic {} conversation {} skipped ({})",
                        config.id,
                        due.id,
                        error.code
                    );
                }
            }
        }
        if page.len() < SWEEP_PAGE as usize {
            return swept;
        }
        after = page.last().map(Due::cursor);
    }
}

/// Purges one conversation's old messages, and its row when nothing is left: (messages
/// deleted, whether the conversation went).
async fn sweep_conversation(
    env: &worker::Env,
    clinic_id: &str,
    due: &Due,
    cutoff: &str,
) -> AppResult<(u64, bool)> {
    let id = ConversationId::parse(&due.id)
        .ok_or_else(|| AppError::internal("conversation id", "a shape this service never makes"))?;
    let purged = conversation_do::purge_before(env, &id, cutoff).await?;
    // Files go with the messages of their age: objects first, then rows, so a failure
    // leaves rows that the next sweep finds again.
    let keys = store::attachments::keys_before(env, &id, cutoff).await?;
    if !keys.is_empty() {
        attachment_bucket::delete(env, &keys).await?;
        store::attachments::delete_before(env, &id, cutoff).await?;
    }
    if purged.remaining == 0 {
        // An upload no message carried goes with its emptied conversation.
        attachment_bucket::delete_conversation(env, clinic_id, id.as_str()).await?;
        store::retention::delete_conversation(env, &id).await?;
    }
    Ok((purged.deleted, purged.remaining == 0))
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
    store::retention::delete_conversation(env, conversation_id).await?;
    Ok(purged.deleted)
}
