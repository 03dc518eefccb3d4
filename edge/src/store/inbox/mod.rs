//! The inbox index: one row per conversation (its triage, status, owner, SLA clock and
//! last message), single-conversation reads, folding visitor messages and staff replies
//! into it, and claims, assignment and status. The inbox a page at a time is `page.rs`.

mod page;

pub use page::{list, InboxFilter};

use frontdesk_domain::identity;
use frontdesk_domain::ids::{ClinicId, ConversationId, StaffId};
use frontdesk_domain::inbox_page::InboxCursor;
use frontdesk_domain::stores::inbox::{self as rules, InboxStore};
pub use frontdesk_domain::stores::inbox::{Claim, StaffReply, VisitorMessage};
use frontdesk_domain::verified_identity::Known;
use frontdesk_protocol::{
    Channel, ConversationStatus, Department, IdentityProofs, InboxEntry, Urgency,
    VerificationMethod, VisitorIdentity,
};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, Env};

use super::audit::audit_statement;
use super::{batch, bind, db, decode, decode_json, first, first_row, n, opt, run, s, D1};
use crate::error::{AppError, AppResult};

/// An inbox row as D1 stores it (`CONVERSATION_COLUMNS`).
#[derive(Deserialize)]
pub(super) struct ConversationRow {
    id: String,
    channel: String,
    address: Option<String>,
    status: String,
    urgency: String,
    /// What the inbox sorts by (`Urgency::rank` of `urgency`).
    urgency_rank: f64,
    department: String,
    triage_reason: Option<String>,
    created_at: String,
    page_url: Option<String>,
    last_seq: f64,
    last_message_at: Option<String>,
    last_message_preview: Option<String>,
    sla_deadline: Option<String>,
    assigned_to: Option<String>,
    visitor_name: Option<String>,
    visitor_email: Option<String>,
    visitor_phone: Option<String>,
    visitor_user_id: Option<String>,
    visitor_user_id_verified: Option<String>,
    visitor_name_verified: Option<String>,
    visitor_email_verified: Option<String>,
    visitor_phone_verified: Option<String>,
    labels: Option<String>,
}

impl ConversationRow {
    /// The row's place in the inbox order, for the next page's cursor: the columns the
    /// listing sorts by, as stored.
    fn cursor(&self) -> InboxCursor {
        InboxCursor {
            rank: self.urgency_rank as u8,
            created_at: self.created_at.clone(),
            conversation_id: self.id.clone(),
        }
    }

    /// The inbox entry; an unreadable urgency, department, status or label list is an
    /// error.
    pub(super) fn into_entry(self) -> AppResult<InboxEntry> {
        Ok(InboxEntry {
            conversation_id: self.id,
            channel: decode(&self.channel, Channel::parse, "channel")?,
            address: self.address,
            urgency: decode(&self.urgency, Urgency::parse, "urgency")?,
            department: decode(&self.department, Department::parse, "department")?,
            status: decode(&self.status, ConversationStatus::parse, "status")?,
            sla_deadline: self.sla_deadline,
            created_at: self.created_at,
            last_message_at: self.last_message_at,
            last_message_preview: self.last_message_preview,
            last_seq: self.last_seq as u64,
            assigned_to: self.assigned_to,
            page_url: self.page_url,
            triage_reason: self.triage_reason,
            visitor: VisitorIdentity {
                name: self.visitor_name,
                email: self.visitor_email,
                phone: self.visitor_phone,
                user_id: self.visitor_user_id,
            },
            verified: IdentityProofs {
                name: proof(self.visitor_name_verified.as_deref())?,
                email: proof(self.visitor_email_verified.as_deref())?,
                phone: proof(self.visitor_phone_verified.as_deref())?,
                user_id: proof(self.visitor_user_id_verified.as_deref())?,
            },
            labels: match self.labels.as_deref() {
                Some(json) => decode_json(json, "labels")?,
                None => Vec::new(),
            },
        })
    }
}

/// A stored verification method; NULL for a field the visitor only stated.
fn proof(raw: Option<&str>) -> AppResult<Option<VerificationMethod>> {
    raw.map(|raw| decode(raw, VerificationMethod::parse, "verification method"))
        .transpose()
}

/// The columns `ConversationRow` reads.
pub(super) const CONVERSATION_COLUMNS: &str =
    "id, channel, address, status, urgency, urgency_rank, department, triage_reason, created_at, \
     page_url, last_seq, last_message_at, last_message_preview, sla_deadline, assigned_to, \
     visitor_name, visitor_email, visitor_phone, visitor_name_verified, \
     visitor_email_verified, visitor_phone_verified, visitor_user_id, \
     visitor_user_id_verified, labels";

/// One conversation of a clinic, as an inbox entry.
pub async fn conversation(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Option<InboxEntry>> {
    let statement = conversation_statement(&db(env)?, clinic_id, conversation_id)?;
    first::<ConversationRow>(statement, "load conversation")
        .await?
        .map(ConversationRow::into_entry)
        .transpose()
}

/// The read behind `conversation`, for writes that read the row back in the same batch.
pub(super) fn conversation_statement(
    db: &D1Database,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(format!(
            "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?1 AND clinic_id = ?2"
        )),
        &[s(conversation_id.as_str()), s(clinic_id)],
    )
}
#[derive(Debug)]
pub struct VisitorMessageIndex<'a> {
    pub conversation_id: &'a ConversationId,
    /// What the fold reads (`stores::inbox::fold_visitor_message` states the rule this
    /// module's SQL implements).
    pub message: VisitorMessage<'a>,
    /// Triage's language guess, kept with the reason of the message that set the urgency.
    pub language: Option<&'a str>,
}

/// Folds visitor messages into their inbox rows, in order, then reads back the row of
/// each `(clinic, conversation)` in `changed`: one D1 round trip (a batch, run as one
/// transaction) for a whole queue batch, instead of two per message. The entries come
/// back in the order of `changed` (`None` for a conversation that is gone).
pub async fn apply_visitor_messages(
    env: &Env,
    indexes: &[VisitorMessageIndex<'_>],
    changed: &[(&str, &ConversationId)],
) -> AppResult<Vec<Option<InboxEntry>>> {
    let db = db(env)?;
    let mut statements = Vec::with_capacity(indexes.len() + changed.len());
    for index in indexes {
        statements.push(visitor_message_statement(&db, index)?);
    }
    for (clinic_id, conversation_id) in changed {
        statements.push(conversation_statement(&db, clinic_id, conversation_id)?);
    }
    let results = batch(&db, statements, "index visitor messages").await?;
    results
        .iter()
        .skip(indexes.len())
        .map(|result| {
            let row: Option<ConversationRow> = first_row(Some(result), "index visitor messages")?;
            row.map(ConversationRow::into_entry).transpose()
        })
        .collect()
}

/// Folds a visitor message into the inbox row. Idempotent: a message at or below the
/// row's `last_visitor_seq` changes nothing, so queue redelivery is harmless.
/// Urgency only ever rises; a new visitor message reopens a resolved conversation.
///
/// The row only moves forward, whoever writes it: staff replies are indexed inline and
/// visitor messages through the queue, so a delayed or retried job can arrive after a
/// later reply. Such a message (its seq at or below the row's `last_seq`) leaves the last
/// message, its preview and the status alone, and it reopens a resolved conversation
/// only when it was sent after the resolution (`resolved_at`). (In SQLite every `SET`
/// expression reads the row as it was before the update.)
fn visitor_message_statement(
    db: &D1Database,
    index: &VisitorMessageIndex<'_>,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(
            "UPDATE conversations SET \
               department = CASE WHEN last_visitor_seq = 0 OR ?4 < urgency_rank THEN ?5 ELSE department END, \
               triage_reason = CASE WHEN last_visitor_seq = 0 OR ?4 < urgency_rank THEN ?6 ELSE triage_reason END, \
               triage_seq = CASE WHEN last_visitor_seq = 0 OR ?4 < urgency_rank THEN ?2 ELSE triage_seq END, \
               triage_language = CASE WHEN last_visitor_seq = 0 OR ?4 < urgency_rank THEN ?11 ELSE triage_language END, \
               urgency = CASE WHEN ?4 < urgency_rank THEN ?3 ELSE urgency END, \
               urgency_rank = MIN(urgency_rank, ?4), \
               sla_deadline = CASE \
                 WHEN first_response_at IS NOT NULL OR ?10 = 1 THEN sla_deadline \
                 WHEN sla_deadline IS NULL OR ?7 < sla_deadline THEN ?7 \
                 ELSE sla_deadline END, \
               last_visitor_seq = ?2, \
               last_seq = MAX(last_seq, ?2), \
               last_message_at = CASE WHEN ?2 > last_seq THEN ?8 ELSE last_message_at END, \
               last_message_preview = CASE WHEN ?2 > last_seq THEN ?9 ELSE last_message_preview END, \
               first_visitor_at = COALESCE(first_visitor_at, ?8), \
               bot_answers = bot_answers + ?10, \
               resolved_at = CASE WHEN ?2 > last_seq AND (resolved_at IS NULL OR ?8 > resolved_at) \
                 THEN NULL ELSE resolved_at END, \
               status = CASE \
                 WHEN ?2 <= last_seq OR (resolved_at IS NOT NULL AND ?8 <= resolved_at) THEN status \
                 WHEN ?10 = 1 AND (last_visitor_seq = 0 OR status != 'open') THEN 'pending' \
                 ELSE 'open' END \
             WHERE id = ?1 AND last_visitor_seq < ?2",
        ),
        &[
            s(index.conversation_id.as_str()),
            n(index.message.seq),
            s(index.message.urgency.as_str()),
            n(u64::from(index.message.urgency.rank())),
            s(index.message.department.as_str()),
            s(index.message.reason),
            s(index.message.sla_deadline),
            s(index.message.sent_at),
            s(index.message.preview),
            n(u64::from(index.message.bot_answered)),
            opt(index.language),
        ],
    )
}

/// Records a staff reply on the inbox row: the first one stops the SLA clock. Like a
/// visitor message, a reply older than the row's last message (two replies indexed out
/// of order) leaves the last message alone, and one older than the last indexed visitor
/// message leaves an open conversation open.
fn staff_reply_statement(
    db: &D1Database,
    reply: &StaffReply<'_>,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(
            "UPDATE conversations SET \
               first_response_at = COALESCE(first_response_at, ?3), \
               last_seq = MAX(last_seq, ?2), \
               last_message_at = CASE WHEN ?2 > last_seq THEN ?3 ELSE last_message_at END, \
               last_message_preview = CASE WHEN ?2 > last_seq THEN ?4 ELSE last_message_preview END, \
               status = CASE WHEN status = 'open' AND ?2 > last_visitor_seq THEN 'pending' ELSE status END \
             WHERE id = ?1",
        ),
        &[
            s(reply.conversation.as_str()),
            n(reply.seq),
            s(reply.sent_at),
            s(reply.preview),
        ],
    )
}

/// Makes `staff` the owner unless somebody else already is (`stores::inbox::claim`).
pub async fn claim(
    env: &Env,
    clinic: &ClinicId,
    conversation: &ConversationId,
    staff: &StaffId,
) -> AppResult<Claim> {
    rules::claim(&D1(env), clinic, conversation, staff).await
}

impl InboxStore for D1<'_> {
    type Error = AppError;
    type Entry = InboxEntry;

    async fn take_if_unowned(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
        staff: &StaffId,
    ) -> AppResult<bool> {
        let statement = bind(
            db(self.0)?.prepare(
                "UPDATE conversations SET assigned_to = ?3 \
                 WHERE id = ?1 AND clinic_id = ?2 AND (assigned_to IS NULL OR assigned_to = ?3)",
            ),
            &[
                s(conversation.as_str()),
                s(clinic.as_str()),
                s(staff.as_str()),
            ],
        )?;
        Ok(run(statement, "claim").await? > 0)
    }

    async fn owner(
        &self,
        clinic: &ClinicId,
        conversation: &ConversationId,
    ) -> AppResult<Option<Option<StaffId>>> {
        #[derive(Deserialize)]
        struct Row {
            assigned_to: Option<String>,
        }
        let statement = bind(
            db(self.0)?
                .prepare("SELECT assigned_to FROM conversations WHERE id = ?1 AND clinic_id = ?2"),
            &[s(conversation.as_str()), s(clinic.as_str())],
        )?;
        first::<Row>(statement, "conversation owner")
            .await?
            .map(|row| {
                row.assigned_to
                    .map(|raw| decode(&raw, StaffId::parse, "assigned_to"))
                    .transpose()
            })
            .transpose()
    }

    /// Indexes a staff reply, audits it and reads the updated inbox entry back, in one D1
    /// round trip (a batch runs as one transaction) instead of three.
    async fn record_staff_reply(&self, reply: &StaffReply<'_>) -> AppResult<Option<InboxEntry>> {
        let db = db(self.0)?;
        let mut statements = vec![staff_reply_statement(&db, reply)?];
        for audit in rules::reply_audits(reply) {
            statements.push(audit_statement(
                &db,
                audit.clinic.as_str(),
                &audit.actor,
                audit.action,
                audit.conversation.as_ref().map(|id| id.as_str()),
                audit.detail.as_deref(),
            )?);
        }
        statements.push(conversation_statement(
            &db,
            reply.clinic.as_str(),
            reply.conversation,
        )?);
        let results = batch(&db, statements, "record staff reply").await?;
        let row: Option<ConversationRow> = first_row(results.last(), "record staff reply")?;
        row.map(ConversationRow::into_entry).transpose()
    }
}

/// Sets a conversation's status, and when it was resolved (the survey clock). Returns
/// false when the clinic has no such conversation.
pub async fn set_status(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    status: ConversationStatus,
    now: &str,
) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE conversations SET status = ?3, \
               resolved_at = CASE WHEN ?3 = 'resolved' THEN COALESCE(resolved_at, ?4) ELSE NULL END \
             WHERE id = ?1 AND clinic_id = ?2",
        ),
        &[s(conversation_id.as_str()), s(clinic_id), s(status.as_str()), s(now)],
    )?;
    Ok(run(statement, "set status").await? > 0)
}

/// Gives a conversation to `staff_id`, or to nobody. Returns false when the clinic has no
/// such conversation; the caller checks that the staff member belongs to the clinic.
pub async fn assign(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    staff_id: Option<&StaffId>,
) -> AppResult<bool> {
    let owner = staff_id.map_or(JsValue::NULL, |id| s(id.as_str()));
    let statement = bind(
        db(env)?
            .prepare("UPDATE conversations SET assigned_to = ?3 WHERE id = ?1 AND clinic_id = ?2"),
        &[s(conversation_id.as_str()), s(clinic_id), owner],
    )?;
    Ok(run(statement, "assign").await? > 0)
}

/// Creates the inbox row of a new conversation, with the identity the widget passed
/// (a signed portal `user_id` verified); it shows in the inbox after the first message.
pub async fn insert_conversation(
    env: &Env,
    id: &str,
    clinic_id: &str,
    created_at: &str,
    page_url: Option<&str>,
    language: Option<&str>,
    known: &Known,
) -> AppResult<()> {
    let visitor = &known.visitor;
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO conversations (id, clinic_id, created_at, page_url, language, \
               visitor_name, visitor_email, visitor_phone, visitor_phone_key, \
               visitor_user_id, visitor_user_id_verified) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        ),
        &[
            s(id),
            s(clinic_id),
            s(created_at),
            opt(page_url),
            opt(language),
            opt(visitor.name.as_deref()),
            opt(visitor.email.as_deref()),
            opt(visitor.phone.as_deref()),
            opt(visitor.phone.as_deref().map(identity::phone_key).as_deref()),
            opt(visitor.user_id.as_deref()),
            opt(known.proofs.user_id.map(VerificationMethod::as_str)),
        ],
    )?;
    run(statement, "insert conversation").await?;
    Ok(())
}
