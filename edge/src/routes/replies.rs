//! A staff reply (a person's, or the practice software's through `integrations`): the
//! body read, the channel's rules checked, files linked, the message appended by the
//! conversation object, then the channel send, the event, the inbox row and its audit
//! entry, and the consoles told.

use frontdesk_domain::channels::TemplateMessage;
use frontdesk_domain::saved_reply::first_name;
use frontdesk_domain::text;
use frontdesk_protocol::{
    Author, Channel, SendMessageRequest, StaffProfile, StaffReplyResponse, WhatsappTemplate,
};
use serde::Deserialize;
use worker::{Env, Response};

use super::staff::{
    audit_conversation, claimed_by_another, outside_your_teams, visible_conversation,
};
use crate::auth;
use crate::body;
use crate::conversation_do::{self, AppendRequest};
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::incoming::Request;
use crate::reply_grants;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::inbox::{Claim, StaffReply};
use crate::store::{self, D1};
use crate::{channel_send, events, inbox_do};
use frontdesk_domain::stores::inbox::{InboxStore, CLAIMED_BY_REPLYING};

/// The staff send call's body: the web's, and on a WhatsApp conversation optionally the
/// approved template the message goes out as (`text` is what the thread shows).
#[derive(Deserialize)]
struct StaffSendRequest {
    #[serde(flatten)]
    message: SendMessageRequest,
    #[serde(default)]
    whatsapp_template: Option<WhatsappTemplate>,
}

pub async fn reply(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let conversation_id = super::conversation_id(raw_id)?;
    let (token_hash, via) = auth::session_token_hash(req)?;
    // A grant: the store confirmed this session and its ownership seconds ago, in this
    // isolate (see `reply_grants`). Otherwise one D1 query answers both.
    let granted = reply_grants::get(&token_hash, raw_id);
    let from_store = granted.is_none();
    // With a grant the owner is the caller and the endpoint is read by `store_reply`;
    // from the store, the session's query brought both (`Facts::Read`).
    let (staff, facts) = match granted {
        Some(staff) => (staff, Facts::Granted),
        None => {
            let (staff, facts) =
                auth::staff_with_reply_facts(env, &token_hash, &conversation_id).await?;
            let facts = facts.ok_or_else(AppError::unknown_conversation)?;
            (staff, Facts::Read(facts))
        }
    };
    auth::check_same_origin(req, via)?;
    let StaffSendRequest {
        message: request,
        whatsapp_template,
    } = body::read_json(req).await?;
    let super::ValidSend {
        client_msg_id,
        text: message_text,
        attachment_ids,
    } = super::validate_send(request)?;
    // One person answers a patient: replying claims an unowned conversation, and a
    // colleague's conversation is theirs to answer.
    let claimed = match &facts {
        Facts::Granted => false,
        Facts::Read(read) => match read.assigned_to.as_deref() {
            Some(owner) if owner == staff.id => false,
            // Another team's conversation is refused as such, before saying it has an owner.
            Some(_) => {
                visible_conversation(env, &staff, raw_id).await?;
                return Err(claimed_by_another());
            }
            None => {
                if !auth::scope(env, &staff)
                    .await?
                    .may_open(read.routed(), None)
                {
                    return Err(outside_your_teams());
                }
                let (clinic, staff_id) = store::staff::staff_ids(&staff)?;
                match store::inbox::claim(env, &clinic, &conversation_id, &staff_id).await? {
                    Claim::Taken => true,
                    Claim::OwnedBy(_) => return Err(claimed_by_another()),
                    Claim::Unknown => return Err(AppError::unknown_conversation()),
                }
            }
        },
    };
    // Only a confirmation from the store starts a grant; using one never extends it.
    if from_store {
        reply_grants::grant(&token_hash, raw_id, &staff);
    }
    let endpoint = match facts {
        Facts::Granted => None,
        Facts::Read(read) => Some(read.endpoint),
    };
    let stored = store_reply(
        env,
        &staff,
        &conversation_id,
        endpoint,
        ReplyContent {
            client_msg_id,
            text: message_text,
            attachment_ids,
            template: whatsapp_template.map(TemplateMessage::from),
        },
    )
    .await;
    // The claim's event and audit entry follow the append, so the patient sees the reply
    // one D1 write and one queue send sooner. They are recorded whether or not the reply
    // was stored (a refused or failed one too), because the claim stands either way: the
    // entry in the new reply's own D1 batch (`record_staff_reply`), else on its own.
    let claim_with_reply = claimed && matches!(&stored, Ok((reply, _)) if reply.created);
    if claimed {
        if !claim_with_reply {
            audit_claim(env, &staff, raw_id).await?;
        }
        events::assigned(env, &staff.clinic_id, raw_id, Some(&staff.id)).await;
    }
    let (stored, channel_to) = stored?;
    let answer = deliver_reply(
        req,
        env,
        &staff,
        &conversation_id,
        stored,
        channel_to.as_ref(),
        claim_with_reply,
    )
    .await;
    // A failure before or in the batch left the claim unaudited (after the batch nothing
    // fails), and a resend by the new owner claims nothing: audit it now.
    if claim_with_reply && answer.is_err() {
        audit_claim(env, &staff, raw_id).await?;
    }
    answer
}

/// The audit entry of a claim made by replying, written on its own.
async fn audit_claim(env: &Env, staff: &StaffProfile, raw_id: &str) -> AppResult<()> {
    audit_conversation(
        env,
        staff,
        AuditAction::Assigned,
        raw_id,
        Some(CLAIMED_BY_REPLYING),
    )
    .await
}

/// What the reply path knows about the conversation before it stores.
enum Facts {
    /// A grant (`reply_grants`): the caller owns it; the endpoint is still to be read.
    Granted,
    /// Read with the session, in one query.
    Read(store::staff::ReplyFacts),
}

/// A validated staff reply, before it is stored.
struct ReplyContent {
    client_msg_id: String,
    text: text::MessageText,
    attachment_ids: Vec<String>,
    template: Option<TemplateMessage>,
}

/// Checks a staff reply against its channel's rules (with `endpoint` when already read),
/// links its files and appends it; the stored message and where the channel sends it.
async fn store_reply(
    env: &Env,
    staff: &StaffProfile,
    conversation_id: &ConversationId,
    endpoint: Option<store::channels::Endpoint>,
    content: ReplyContent,
) -> AppResult<(
    conversation_do::AppendResponse,
    Option<channel_send::ChannelReply>,
)> {
    let ReplyContent {
        client_msg_id,
        text: message_text,
        attachment_ids,
        template,
    } = content;
    let channel_to = match endpoint {
        Some(endpoint) => {
            channel_send::check_reply_to(
                env,
                &staff.clinic_id,
                Some(endpoint),
                message_text.as_str(),
                template,
            )
            .await?
        }
        None => {
            channel_send::check_staff_reply(
                env,
                &staff.clinic_id,
                conversation_id,
                message_text.as_str(),
                template,
            )
            .await?
        }
    };
    let attachments = super::attachments::link_reply(
        env,
        conversation_id,
        (&client_msg_id, message_text.as_str()),
        &attachment_ids,
        channel_to.as_ref().map(|to| to.to.channel()),
    )
    .await?;
    let stored = conversation_do::append(
        env,
        conversation_id,
        &AppendRequest {
            author: Author::Staff,
            client_msg_id: Some(client_msg_id),
            text: message_text.into_inner(),
            author_name: Some(first_name(&staff.name)),
            auto_replies: Vec::new(),
            escalation: None,
            rate_limit: None,
            attachments,
        },
    )
    .await?;
    Ok((stored, channel_to))
}

/// What follows a stored staff reply (a person's or the practice software's): the
/// channel send (queued on a resend too: the outbound record is keyed by `seq`, so a
/// send that failed before it was queued is queued now, and none twice), then for a new
/// message its event, the inbox row with the `replied` audit entry (and the claim's, when
/// `claimed`: the reply made its author the owner), and the consoles.
pub(super) async fn deliver_reply(
    req: &Request,
    env: &Env,
    staff: &StaffProfile,
    conversation_id: &ConversationId,
    stored: conversation_do::AppendResponse,
    channel_to: Option<&channel_send::ChannelReply>,
    claimed: bool,
) -> AppResult<Response> {
    after_reply_stored(
        req,
        env,
        staff,
        conversation_id,
        &stored,
        channel_to,
        claimed,
    )
    .await?;
    let status = if stored.created { 201 } else { 200 };
    Ok(json_response(
        status,
        &StaffReplyResponse {
            message: stored.message,
        },
    ))
}

/// [`deliver_reply`] without the answer, for calls that answer with more
/// (`routes::outreach`).
pub(super) async fn after_reply_stored(
    req: &Request,
    env: &Env,
    staff: &StaffProfile,
    conversation_id: &ConversationId,
    stored: &conversation_do::AppendResponse,
    channel_to: Option<&channel_send::ChannelReply>,
    claimed: bool,
) -> AppResult<()> {
    let raw_id = conversation_id.as_str();
    if let Some(to) = channel_to {
        let seq = stored.message.seq;
        channel_send::after_staff_reply(req, env, &staff.clinic_id, conversation_id, seq, to)
            .await?;
    }
    if stored.created {
        events::staff_message(env, &staff.clinic_id, raw_id, stored.message.seq).await;
        let (clinic, staff_id) = store::staff::staff_ids(staff)?;
        let entry = D1(env)
            .record_staff_reply(&StaffReply {
                clinic: &clinic,
                staff: &staff_id,
                conversation: conversation_id,
                seq: stored.message.seq,
                sent_at: &stored.message.sent_at,
                preview: &text::preview(&stored.message.text, 140),
                claimed,
            })
            .await?;
        // Best effort, as in `publish`.
        if let Some(entry) = entry {
            if entry.channel == Channel::Web {
                crate::continuity::after_staff_reply(
                    req,
                    env,
                    &staff.clinic_id,
                    &entry,
                    stored.message.seq,
                )
                .await;
            }
            let _ = inbox_do::publish(env, &staff.clinic_id, entry).await;
        }
    }
    Ok(())
}
