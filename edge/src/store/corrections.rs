//! D1 for triage corrections: the conversation's triage as it stands, the conditional
//! re-triage of its inbox row, the correction rows, and what reports and exports read.

use frontdesk_domain::ids::ConversationId;
use frontdesk_protocol::{
    CorrectionDirection, Department, InboxEntry, TriageChange, TriageCorrection, Urgency,
};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, Env};

use super::audit::{audit_statement, AuditAction};
use super::inbox::{conversation_statement, ConversationRow};
use super::{all, batch, bind, db, decode, first, first_row, n, opt, run, s};
use crate::error::AppResult;

/// A conversation's triage as its inbox row holds it.
#[derive(Debug)]
pub struct TriageState {
    pub urgency: Urgency,
    pub department: Department,
    pub triage_reason: Option<String>,
    /// The visitor message that set the urgency, and triage's language guess for it.
    pub triage_seq: Option<u64>,
    pub triage_language: Option<String>,
    /// Whether any visitor message was triaged yet.
    pub triaged: bool,
    pub answered: bool,
    pub sla_deadline: Option<String>,
}

/// The triage of one of `clinic_id`'s conversations, or `None`.
pub async fn triage_state(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Option<TriageState>> {
    #[derive(Deserialize)]
    struct Row {
        urgency: String,
        department: String,
        triage_reason: Option<String>,
        triage_seq: Option<f64>,
        triage_language: Option<String>,
        last_visitor_seq: f64,
        first_response_at: Option<String>,
        sla_deadline: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT urgency, department, triage_reason, triage_seq, triage_language, \
               last_visitor_seq, first_response_at, sla_deadline \
             FROM conversations WHERE id = ?1 AND clinic_id = ?2",
        ),
        &[s(conversation_id.as_str()), s(clinic_id)],
    )?;
    let Some(row) = first::<Row>(statement, "triage state").await? else {
        return Ok(None);
    };
    Ok(Some(TriageState {
        urgency: decode(&row.urgency, Urgency::parse, "urgency")?,
        department: decode(&row.department, Department::parse, "department")?,
        triage_reason: row.triage_reason,
        triage_seq: row.triage_seq.map(|seq| seq as u64),
        triage_language: row.triage_language,
        triaged: row.last_visitor_seq > 0.0,
        answered: row.first_response_at.is_some(),
        sla_deadline: row.sla_deadline,
    }))
}

/// Moves the inbox row from the correction's old urgency and department to its new
/// ones, only if it still holds the old ones (a concurrent change wins; the caller
/// answers 409). `sla_deadline` replaces the row's deadline.
pub async fn correct_triage(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    change: &TriageChange,
    sla_deadline: Option<&str>,
) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE conversations SET urgency = ?5, urgency_rank = ?6, department = ?7, \
               sla_deadline = ?8 \
             WHERE id = ?1 AND clinic_id = ?2 AND urgency = ?3 AND department = ?4",
        ),
        &[
            s(conversation_id.as_str()),
            s(clinic_id),
            s(change.from_urgency.as_str()),
            s(change.from_department.as_str()),
            s(change.to_urgency.as_str()),
            n(u64::from(change.to_urgency.rank())),
            s(change.to_department.as_str()),
            opt(sla_deadline),
        ],
    )?;
    Ok(run(statement, "correct triage").await? > 0)
}

/// One correction to store.
pub struct CorrectionWrite<'a> {
    pub clinic_id: &'a str,
    pub conversation_id: &'a ConversationId,
    pub correction: &'a TriageCorrection,
    pub message_seq: Option<u64>,
    /// The audit detail: old and new urgency and department, no text.
    pub audit_detail: &'a str,
}

/// Stores the correction, audits it and reads the inbox row back, in one D1 batch.
pub async fn record_correction(
    env: &Env,
    write: &CorrectionWrite<'_>,
) -> AppResult<Option<InboxEntry>> {
    let db = db(env)?;
    let correction = write.correction;
    let change = &correction.change;
    let insert = bind(
        db.prepare(
            "INSERT INTO triage_corrections (clinic_id, conversation_id, message_seq, \
               from_urgency, to_urgency, from_department, to_department, direction, language, \
               triage_reason, reason, staff_id, corrected_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        ),
        &[
            s(write.clinic_id),
            s(write.conversation_id.as_str()),
            write.message_seq.map_or(JsValue::NULL, n),
            s(change.from_urgency.as_str()),
            s(change.to_urgency.as_str()),
            s(change.from_department.as_str()),
            s(change.to_department.as_str()),
            s(change.direction.as_str()),
            opt(correction.language.as_deref()),
            opt(correction.triage_reason.as_deref()),
            s(&correction.reason),
            s(&correction.staff_id),
            s(&correction.corrected_at),
        ],
    )?;
    let statements = vec![
        insert,
        audit_statement(
            &db,
            write.clinic_id,
            &correction.staff_id,
            AuditAction::TriageCorrected,
            Some(write.conversation_id.as_str()),
            Some(write.audit_detail),
        )?,
        conversation_statement(&db, write.clinic_id, write.conversation_id)?,
    ];
    let results = batch(&db, statements, "record correction").await?;
    let row: Option<ConversationRow> = first_row(results.last(), "record correction")?;
    row.map(ConversationRow::into_entry).transpose()
}

/// What the reports need of one correction.
#[derive(Debug, Deserialize)]
pub struct CorrectionFactsRow {
    pub conversation_id: ConversationId,
    pub language: Option<String>,
    pub direction: String,
    pub corrected_at: String,
}

/// A clinic's corrections made since `since` (RFC 3339), for the reports.
pub async fn correction_facts(
    env: &Env,
    clinic_id: &str,
    since: &str,
) -> AppResult<Vec<CorrectionFactsRow>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT conversation_id, language, direction, corrected_at FROM triage_corrections \
             WHERE clinic_id = ?1 AND corrected_at >= ?2 LIMIT 50000",
        ),
        &[s(clinic_id), s(since)],
    )?;
    all(statement, "correction facts").await
}

/// One stored correction, for the export (which drops the ids).
#[derive(Debug, Deserialize)]
pub struct CorrectionRow {
    pub conversation_id: ConversationId,
    pub message_seq: Option<f64>,
    pub from_urgency: String,
    pub to_urgency: String,
    pub from_department: String,
    pub to_department: String,
    pub direction: String,
    pub language: Option<String>,
    pub triage_reason: Option<String>,
    pub reason: String,
    pub corrected_at: String,
}

impl CorrectionRow {
    /// The stored change; `None` for values this version doesn't know.
    pub fn change(&self) -> Option<TriageChange> {
        Some(TriageChange {
            from_urgency: Urgency::parse(&self.from_urgency)?,
            to_urgency: Urgency::parse(&self.to_urgency)?,
            from_department: Department::parse(&self.from_department)?,
            to_department: Department::parse(&self.to_department)?,
            direction: CorrectionDirection::parse(&self.direction)?,
        })
    }
}

/// A clinic's corrections made since `since`, oldest first, at most `limit`.
pub async fn corrections_since(
    env: &Env,
    clinic_id: &str,
    since: &str,
    limit: u32,
) -> AppResult<Vec<CorrectionRow>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT conversation_id, message_seq, from_urgency, to_urgency, from_department, \
               to_department, direction, language, triage_reason, reason, corrected_at \
             FROM triage_corrections WHERE clinic_id = ?1 AND corrected_at >= ?2 \
             ORDER BY id LIMIT ?3",
        ),
        &[s(clinic_id), s(since), n(u64::from(limit))],
    )?;
    all(statement, "corrections").await
}

/// An erased or expired conversation keeps its corrections' counts for the reports,
/// but loses the staff reasons and the link to its message.
pub(super) fn forget_statement(
    db: &D1Database,
    conversation_id: &ConversationId,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(
            "UPDATE triage_corrections SET reason = '', message_seq = NULL \
             WHERE conversation_id = ?1",
        ),
        &[s(conversation_id.as_str())],
    )
}
