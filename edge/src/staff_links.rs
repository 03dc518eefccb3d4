//! One-time staff links (invitations, password resets) go by email to the person they
//! are for, never to the admin who asked: the admin's call queues a [`StaffLinkJob`] and
//! the queue consumer makes the link and emails it. The job holds no token: the link's
//! secret is made where it is sent, so it exists only in the recipient's mailbox (and as
//! its hash in D1), never in a queue message or an API response.

use frontdesk_domain::email::{notices, EmailAddress};
use frontdesk_domain::staff_tokens::{self, TokenKind, INVITE_DAYS, RESET_HOURS};
use frontdesk_protocol::InviteRequest;

use worker::Env;

use crate::error::{AppError, AppResult};
use crate::ids::StaffId;
use crate::store::{self, staff::NewToken};
use crate::{auth, ids, mail, time};

pub use crate::jobs::{LinkKind, StaffLinkJob};

impl LinkKind {
    fn token_kind(self) -> TokenKind {
        match self {
            LinkKind::Invite => TokenKind::Invite,
            LinkKind::Reset => TokenKind::Reset,
        }
    }
}

/// What the consumer does with the job.
pub enum Outcome {
    Done,
    Retry,
}

/// Makes the job's link and emails it. A refusal the provider won't change its mind about
/// (a wrong address, the clinic's credentials) ends the job with its code in the log;
/// anything else is retried by the queue.
pub async fn deliver(env: &Env, job: &StaffLinkJob) -> AppResult<Outcome> {
    let Some(clinic) = store::clinics::clinic(env, &job.clinic_id).await? else {
        return Ok(Outcome::Done);
    };
    let config = &clinic.config;
    let email = mail::channel(config)?;
    let provider = mail::postmark(env, config, email)?;
    let kind = job.kind.token_kind();
    let invite = job
        .invite
        .as_ref()
        .map(staff_tokens::check_invite)
        .transpose()
        .map_err(|message| AppError::internal("staff link invite", message))?;
    let address = match (&invite, &job.staff_id) {
        (Some(invite), _) => invite.email.clone(),
        (None, Some(staff_id)) => match store::staff::staff_by_id(env, staff_id).await? {
            Some(member) if member.clinic_id == job.clinic_id => member.email,
            // The account went away meanwhile: nothing to send.
            _ => return Ok(Outcome::Done),
        },
        (None, None) => return Ok(Outcome::Done),
    };
    let Some(to) = EmailAddress::parse(&address) else {
        worker::console_error!("staff link: the account's email is not an address");
        return Ok(Outcome::Done);
    };
    let secret = ids::session_token()?;
    store::staff::insert_token(
        env,
        &auth::hash_session_token(&secret),
        kind,
        &NewToken {
            clinic_id: &job.clinic_id,
            staff_id: job.staff_id.as_ref(),
            invite: invite.as_ref(),
            created_by: &job.created_by,
        },
        &time::now_rfc3339(),
        &job.expires_at,
    )
    .await?;
    let link = format!("{}{}", job.console_base, kind.console_path(&secret));
    let message = match job.kind {
        LinkKind::Invite => notices::invite(to, &config.name, &link, INVITE_DAYS),
        LinkKind::Reset => notices::password_reset(to, &config.name, &link, RESET_HOURS),
    };
    match mail::send(&provider, &message).await {
        Ok(()) => Ok(Outcome::Done),
        Err(failure) => {
            // The code only: the provider's message may quote the address.
            worker::console_error!("staff link email failed: {}", failure.code);
            Ok(if failure.reason.retryable() {
                Outcome::Retry
            } else {
                Outcome::Done
            })
        }
    }
}

/// Queues `job` once the clinic can email, and answers what the admin may know: that the
/// link was sent, to whom by role, and until when.
pub async fn queue(
    req: &crate::incoming::Request,
    env: &Env,
    kind: LinkKind,
    staff_id: Option<&StaffId>,
    invite: Option<InviteRequest>,
    created_by: &frontdesk_protocol::StaffProfile,
) -> AppResult<frontdesk_protocol::LinkSent> {
    let clinic = store::clinics::clinic(env, &created_by.clinic_id)
        .await?
        .ok_or_else(|| AppError::internal("staff link", "the admin's clinic is unknown"))?;
    let config = &clinic.config;
    // Refused before anything is queued: without email the link could reach no one.
    mail::channel(config)?;
    let console_base = match &config.channels.public_base_url {
        Some(base) => base.clone(),
        None => req
            .url()
            .map_err(|e| AppError::internal("request url", e))?
            .origin()
            .ascii_serialization(),
    };
    let expires_at = time::rfc3339(kind.token_kind().expires_at(time::now()));
    let job = StaffLinkJob {
        clinic_id: created_by.clinic_id.clone(),
        kind,
        staff_id: staff_id.cloned(),
        invite,
        created_by: created_by.id.clone(),
        console_base,
        expires_at: expires_at.clone(),
    };
    crate::jobs::enqueue(env, &crate::jobs::Job::StaffLink(job)).await?;
    Ok(frontdesk_protocol::LinkSent {
        sent_by: frontdesk_protocol::LinkDelivery::Email,
        sent_to: match kind {
            LinkKind::Invite => frontdesk_protocol::LinkRecipient::Invitee,
            LinkKind::Reset => frontdesk_protocol::LinkRecipient::AccountHolder,
        },
        expires_at,
    })
}
