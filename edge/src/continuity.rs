//! Continuity after the visitor leaves (issue 20; the rules are `domain::continuity`): a
//! staff reply on a website conversation whose visitor verified a phone or an email
//! queues a check for later; when it runs and the conversation object says the visitor
//! has not seen the reply (no page open, not read, no notice yet this burst), a notice
//! goes to that address with a link that asks for a fresh code before it opens
//! (`routes::notice`). The job carries no text and no address; the link's secret exists
//! only in the provider call and as its hash in D1.

use frontdesk_domain::continuity;
use frontdesk_domain::notice_link::LinkKind;
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::InboxEntry;
use worker::Env;

use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::jobs::{self, ContinuityJob, Job};
use crate::to_visitor::{self, Address, Sent};
use crate::{channel_send, conversation_do, notice_links, store};

/// Where the clinic's notice for this conversation would go now, if anywhere.
fn address_of(config: &ClinicConfig, entry: &InboxEntry) -> Option<Address> {
    let (channel, raw) = continuity::address(
        entry.channel,
        &entry.visitor,
        &entry.verified,
        config.channels.sms.is_some(),
        config.channels.email.is_some(),
    )?;
    Address::stored(channel, raw)
}

/// After a new staff reply (`entry`: the conversation's row with it): queues the check,
/// when the visitor has an address to notify. Best effort: the reply stands either way.
pub async fn after_staff_reply(
    req: &Request,
    env: &Env,
    clinic_id: &str,
    entry: &InboxEntry,
    seq: u64,
) {
    let queued = async {
        let config = store::clinics::clinic_config(env, clinic_id)
            .await?
            .ok_or_else(AppError::unknown_clinic)?;
        let delay = config.verification.continuity_seconds;
        if delay == 0 || address_of(&config, entry).is_none() {
            return Ok(());
        }
        let origin = channel_send::Callback::for_request(req, &config)?;
        let job = Job::Continuity(ContinuityJob {
            clinic_id: clinic_id.to_owned(),
            conversation_id: entry.conversation_id.clone(),
            seq,
            origin: origin.base().to_owned(),
        });
        jobs::enqueue_after(env, &job, delay).await
    };
    let outcome: AppResult<()> = queued.await;
    if let Err(error) = outcome {
        worker::console_error!("continuity check not queued ({})", error.code);
    }
}

/// Runs a check: sends the notice when the object says so. At most once: the object
/// records the notice before it is sent, so a failed send is logged (its code only) and
/// not retried, and a redelivered job sends nothing.
pub async fn deliver(env: &Env, job: &ContinuityJob) -> AppResult<()> {
    let Some(config) = store::clinics::clinic_config(env, &job.clinic_id).await? else {
        return Ok(());
    };
    // A malformed id names no stored conversation: nothing to notice.
    let Some(conversation_id) = ConversationId::parse(&job.conversation_id) else {
        return Ok(());
    };
    let Some(entry) = store::inbox::conversation(env, &job.clinic_id, &conversation_id).await?
    else {
        return Ok(());
    };
    let Some(address) = address_of(&config, &entry) else {
        return Ok(());
    };
    if !conversation_do::continuity(env, &conversation_id, job.seq).await? {
        return Ok(());
    }
    let kind = LinkKind::Code(match address {
        Address::Phone(_) => frontdesk_domain::one_time_code::CodeChannel::Sms,
        Address::Email(_) => frontdesk_domain::one_time_code::CodeChannel::Email,
    });
    let for_message = notice_links::ForMessage {
        clinic_id: &job.clinic_id,
        conversation_id: &job.conversation_id,
        seq: job.seq,
        status_callback: "",
        link_seconds: config.channels.notice_link_seconds,
    };
    let token = notice_links::make(env, &for_message, kind).await?;
    let link = token.link(&job.origin);
    if let Err(failure) = to_visitor::send(env, &config, &address, Sent::Notice(&link)).await? {
        worker::console_error!("continuity notice failed: {}", failure.code);
    }
    Ok(())
}
