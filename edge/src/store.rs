//! Over 600 lines: every D1 area in one file, which issue 15 splits into `store/` by
//! aggregate (new areas such as corrections already live there).
//!
//! The D1 adapter: clinics, staff, sessions, the inbox index and the audit log.
//!
//! SQL lives here and nowhere else; callers get domain and protocol types back.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use frontdesk_domain::staff_tokens::{Invite, TokenKind};
use frontdesk_domain::triage::Triager;
use frontdesk_domain::{identity, reply_time, ClinicConfig};
use frontdesk_protocol::{
    AuditEntry, Channel, ConversationStatus, Department, InboxEntry, Note, SavedReply,
    StaffProfile, StaffRole, Urgency, VisitorIdentity,
};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, D1Result, Env};

use crate::error::{AppError, AppResult};

pub mod channels;
mod corrections;
pub use corrections::{
    correct_triage, correction_facts, corrections_since, record_correction, triage_state,
    CorrectionFactsRow, CorrectionWrite,
};

pub fn db(env: &Env) -> AppResult<D1Database> {
    env.d1("DB")
        .map_err(|e| AppError::internal("d1 binding", e))
}

fn bind(statement: D1PreparedStatement, values: &[JsValue]) -> AppResult<D1PreparedStatement> {
    statement
        .bind(values)
        .map_err(|e| AppError::internal("d1 bind", e))
}

fn s(value: &str) -> JsValue {
    JsValue::from_str(value)
}

fn opt(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

fn n(value: u64) -> JsValue {
    JsValue::from_f64(value as f64)
}

async fn run(statement: D1PreparedStatement, context: &str) -> AppResult<usize> {
    let result = statement
        .run()
        .await
        .map_err(|e| AppError::internal(context, e))?;
    let meta = result.meta().map_err(|e| AppError::internal(context, e))?;
    Ok(meta.and_then(|m| m.changes).unwrap_or(0))
}

async fn all<T: for<'de> Deserialize<'de>>(
    statement: D1PreparedStatement,
    context: &str,
) -> AppResult<Vec<T>> {
    statement
        .all()
        .await
        .and_then(|r| r.results::<T>())
        .map_err(|e| AppError::internal(context, e))
}

async fn first<T: for<'de> Deserialize<'de>>(
    statement: D1PreparedStatement,
    context: &str,
) -> AppResult<Option<T>> {
    statement
        .first::<T>(None)
        .await
        .map_err(|e| AppError::internal(context, e))
}

/// The first row of one statement's result in a batch (`None` for a missing result).
fn first_row<T: for<'de> Deserialize<'de>>(
    result: Option<&D1Result>,
    context: &str,
) -> AppResult<Option<T>> {
    match result {
        Some(result) => Ok(result
            .results::<T>()
            .map_err(|e| AppError::internal(context, e))?
            .into_iter()
            .next()),
        None => Ok(None),
    }
}

// Clinic configs change rarely; a short per-isolate cache saves a D1 read per message.
const CONFIG_TTL_MS: f64 = 30_000.0;

/// A clinic's configuration and its measured first-reply waits.
#[derive(Debug)]
pub struct Clinic {
    pub config: ClinicConfig,
    /// Minutes per department, from the hourly estimate; empty before the first one.
    pub reply_minutes: BTreeMap<Department, u32>,
    /// The clinic's triage rules, compiled once per cached config rather than per message.
    pub triager: Triager,
}

impl Clinic {
    /// The expected first-reply wait of `department`: measured, else its routine SLA.
    pub fn expected_reply_minutes(&self, department: Department) -> u32 {
        self.reply_minutes
            .get(&department)
            .copied()
            .unwrap_or_else(|| {
                reply_time::friendly(self.config.sla_minutes(department, Urgency::Routine))
            })
    }
}

thread_local! {
    static CONFIG_CACHE: RefCell<HashMap<String, (f64, Rc<Clinic>)>> = RefCell::new(HashMap::new());
}

/// A clinic's configuration, or `None` for an unknown clinic.
pub async fn clinic_config(env: &Env, clinic_id: &str) -> AppResult<Option<ClinicConfig>> {
    Ok(clinic(env, clinic_id)
        .await?
        .map(|clinic| clinic.config.clone()))
}

/// A clinic with its reply-time estimates, or `None` for an unknown clinic.
pub async fn clinic(env: &Env, clinic_id: &str) -> AppResult<Option<Rc<Clinic>>> {
    let now = worker::Date::now().as_millis() as f64;
    let cached = CONFIG_CACHE.with(|cache| {
        cache
            .borrow()
            .get(clinic_id)
            .filter(|(fetched, _)| now - fetched < CONFIG_TTL_MS)
            .map(|(_, clinic)| Rc::clone(clinic))
    });
    if cached.is_some() {
        return Ok(cached);
    }
    #[derive(Deserialize)]
    struct Row {
        config: String,
        reply_minutes: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare("SELECT config, reply_minutes FROM clinics WHERE id = ?1"),
        &[s(clinic_id)],
    )?;
    let Some(row) = first::<Row>(statement, "load clinic").await? else {
        return Ok(None);
    };
    let config: ClinicConfig = serde_json::from_str(&row.config)
        .map_err(|e| AppError::internal("clinic config json", e))?;
    // A malformed estimate only costs the measured figure; the SLA stands in.
    let reply_minutes = row
        .reply_minutes
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    let clinic = Rc::new(Clinic {
        triager: Triager::new(&config.triage),
        config,
        reply_minutes,
    });
    CONFIG_CACHE.with(|cache| {
        cache
            .borrow_mut()
            .insert(clinic_id.to_owned(), (now, Rc::clone(&clinic)))
    });
    Ok(Some(clinic))
}

/// Stores a clinic's fresh reply-time estimates.
pub async fn set_reply_minutes(
    env: &Env,
    clinic_id: &str,
    minutes: &BTreeMap<Department, u32>,
) -> AppResult<()> {
    let json = serde_json::to_string(minutes).map_err(|e| AppError::internal("estimates", e))?;
    let statement = bind(
        db(env)?.prepare("UPDATE clinics SET reply_minutes = ?2 WHERE id = ?1"),
        &[s(clinic_id), s(&json)],
    )?;
    run(statement, "store reply estimates").await?;
    // This isolate sees the new figures at once; others within the cache's TTL.
    CONFIG_CACHE.with(|cache| cache.borrow_mut().remove(clinic_id));
    Ok(())
}

/// Every clinic's configuration, for the retention sweep.
pub async fn all_clinics(env: &Env) -> AppResult<Vec<ClinicConfig>> {
    #[derive(Deserialize)]
    struct Row {
        config: String,
    }
    let statement = db(env)?.prepare("SELECT config FROM clinics ORDER BY id");
    let rows = all::<Row>(statement, "list clinics").await?;
    rows.into_iter()
        .map(|row| {
            serde_json::from_str(&row.config)
                .map_err(|e| AppError::internal("clinic config json", e))
        })
        .collect()
}

/// Ids of a clinic's conversations started before `cutoff` (RFC 3339): only these can
/// hold messages older than it.
pub async fn conversations_started_before(
    env: &Env,
    clinic_id: &str,
    cutoff: &str,
    limit: u32,
) -> AppResult<Vec<String>> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id FROM conversations WHERE clinic_id = ?1 AND created_at < ?2 \
             ORDER BY created_at LIMIT ?3",
        ),
        &[s(clinic_id), s(cutoff), n(u64::from(limit))],
    )?;
    Ok(all::<Row>(statement, "old conversations")
        .await?
        .into_iter()
        .map(|row| row.id)
        .collect())
}

/// Deletes a conversation's inbox row and its survey results (its messages live in its
/// Durable Object).
pub async fn delete_conversation(env: &Env, conversation_id: &str) -> AppResult<()> {
    for table in ["surveys", "notes"] {
        let statement = bind(
            db(env)?.prepare(format!("DELETE FROM {table} WHERE conversation_id = ?1")),
            &[s(conversation_id)],
        )?;
        run(statement, "delete conversation details").await?;
    }
    let statement = bind(
        db(env)?.prepare("DELETE FROM conversations WHERE id = ?1"),
        &[s(conversation_id)],
    )?;
    run(statement, "delete conversation").await?;
    channels::forget_conversation(env, conversation_id).await?;
    corrections::forget_conversation(env, conversation_id).await
}

/// Creates the inbox row of a new conversation; it shows in the inbox after the first message.
pub async fn insert_conversation(
    env: &Env,
    id: &str,
    clinic_id: &str,
    created_at: &str,
    page_url: Option<&str>,
    language: Option<&str>,
    visitor: &VisitorIdentity,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO conversations (id, clinic_id, created_at, page_url, language, \
               visitor_name, visitor_email, visitor_phone, visitor_phone_key) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
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
        ],
    )?;
    run(statement, "insert conversation").await?;
    Ok(())
}

/// Replaces the visitor's identity on a conversation of the clinic; false when unknown.
pub async fn set_visitor(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    visitor: &VisitorIdentity,
) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE conversations SET visitor_name = ?3, visitor_email = ?4, \
               visitor_phone = ?5, visitor_phone_key = ?6 \
             WHERE id = ?1 AND clinic_id = ?2",
        ),
        &[
            s(conversation_id),
            s(clinic_id),
            opt(visitor.name.as_deref()),
            opt(visitor.email.as_deref()),
            opt(visitor.phone.as_deref()),
            opt(visitor.phone.as_deref().map(identity::phone_key).as_deref()),
        ],
    )?;
    Ok(run(statement, "set visitor").await? > 0)
}

/// Replaces a conversation's labels; false when the clinic has no such conversation.
pub async fn set_labels(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    labels: &[String],
) -> AppResult<bool> {
    let json = serde_json::to_string(labels).map_err(|e| AppError::internal("labels", e))?;
    let statement = bind(
        db(env)?.prepare("UPDATE conversations SET labels = ?3 WHERE id = ?1 AND clinic_id = ?2"),
        &[s(conversation_id), s(clinic_id), s(&json)],
    )?;
    Ok(run(statement, "set labels").await? > 0)
}

/// The clinic's other conversations with the same visitor email or phone, newest first.
pub async fn visitor_history(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    visitor: &VisitorIdentity,
) -> AppResult<Vec<InboxEntry>> {
    let email = visitor.email.as_deref();
    let phone_key = visitor.phone.as_deref().map(identity::phone_key);
    if email.is_none() && phone_key.is_none() {
        return Ok(Vec::new());
    }
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {CONVERSATION_COLUMNS} FROM conversations \
             WHERE clinic_id = ?1 AND id != ?2 \
               AND ((?3 IS NOT NULL AND visitor_email = ?3) OR (?4 IS NOT NULL AND visitor_phone_key = ?4)) \
             ORDER BY created_at DESC LIMIT 20"
        )),
        &[s(clinic_id), s(conversation_id), opt(email), opt(phone_key.as_deref())],
    )?;
    Ok(all::<ConversationRow>(statement, "visitor history")
        .await?
        .into_iter()
        .map(ConversationRow::into_entry)
        .collect())
}

/// Adds a private note to a conversation.
pub async fn add_note(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    staff: &StaffProfile,
    author_name: &str,
    text: &str,
    now: &str,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO notes (clinic_id, conversation_id, staff_id, author_name, text, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        ),
        &[
            s(clinic_id),
            s(conversation_id),
            s(&staff.id),
            s(author_name),
            s(text),
            s(now),
        ],
    )?;
    run(statement, "add note").await?;
    Ok(())
}

/// A conversation's notes, oldest first.
pub async fn notes(env: &Env, clinic_id: &str, conversation_id: &str) -> AppResult<Vec<Note>> {
    #[derive(Deserialize)]
    struct Row {
        id: f64,
        author_name: String,
        text: String,
        created_at: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, author_name, text, created_at FROM notes \
             WHERE conversation_id = ?1 AND clinic_id = ?2 ORDER BY id LIMIT 500",
        ),
        &[s(conversation_id), s(clinic_id)],
    )?;
    Ok(all::<Row>(statement, "notes")
        .await?
        .into_iter()
        .map(|row| Note {
            id: row.id as u64,
            author_name: row.author_name,
            text: row.text,
            created_at: row.created_at,
        })
        .collect())
}

#[derive(Deserialize)]
struct ConversationRow {
    id: String,
    channel: String,
    address: Option<String>,
    status: String,
    urgency: String,
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
    labels: Option<String>,
}

impl ConversationRow {
    fn into_entry(self) -> InboxEntry {
        InboxEntry {
            conversation_id: self.id,
            channel: Channel::parse(&self.channel).unwrap_or_default(),
            address: self.address,
            urgency: Urgency::parse(&self.urgency).unwrap_or(Urgency::Routine),
            department: Department::parse(&self.department).unwrap_or(Department::FrontDesk),
            status: ConversationStatus::parse(&self.status).unwrap_or(ConversationStatus::Open),
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
            },
            labels: self
                .labels
                .and_then(|json| serde_json::from_str(&json).ok())
                .unwrap_or_default(),
        }
    }
}

const CONVERSATION_COLUMNS: &str =
    "id, channel, address, status, urgency, department, triage_reason, created_at, \
     page_url, last_seq, last_message_at, last_message_preview, sla_deadline, assigned_to, \
     visitor_name, visitor_email, visitor_phone, labels";

/// One conversation of a clinic, as an inbox entry.
pub async fn conversation(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
) -> AppResult<Option<InboxEntry>> {
    let statement = conversation_statement(&db(env)?, clinic_id, conversation_id)?;
    Ok(first::<ConversationRow>(statement, "load conversation")
        .await?
        .map(ConversationRow::into_entry))
}

fn conversation_statement(
    db: &D1Database,
    clinic_id: &str,
    conversation_id: &str,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(format!(
            "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?1 AND clinic_id = ?2"
        )),
        &[s(conversation_id), s(clinic_id)],
    )
}

/// Inbox filters; `None` means any.
#[derive(Debug, Default)]
pub struct InboxFilter {
    pub department: Option<Department>,
    pub urgency: Option<Urgency>,
    pub status: Option<ConversationStatus>,
    /// Only these departments (the caller's teams); empty means every department.
    pub teams: Vec<Department>,
    /// Conversations with this label.
    pub label: Option<String>,
    /// Lowercase text found in the visitor's name, email or phone.
    pub search: Option<String>,
}

/// `%` and `_` match anything in LIKE; a search means them literally.
fn escape_like(raw: &str) -> String {
    raw.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Conversations with at least one visitor message, most urgent then oldest first.
/// Without a status filter, resolved conversations are left out.
pub async fn inbox(env: &Env, clinic_id: &str, filter: &InboxFilter) -> AppResult<Vec<InboxEntry>> {
    let mut sql = format!(
        "SELECT {CONVERSATION_COLUMNS} FROM conversations \
         WHERE clinic_id = ?1 AND last_visitor_seq > 0"
    );
    let mut values = vec![s(clinic_id)];
    if let Some(department) = filter.department {
        values.push(s(department.as_str()));
        sql.push_str(&format!(" AND department = ?{}", values.len()));
    }
    if let Some(urgency) = filter.urgency {
        values.push(s(urgency.as_str()));
        sql.push_str(&format!(" AND urgency = ?{}", values.len()));
    }
    if !filter.teams.is_empty() {
        let mut places = Vec::new();
        for team in &filter.teams {
            values.push(s(team.as_str()));
            places.push(format!("?{}", values.len()));
        }
        sql.push_str(&format!(" AND department IN ({})", places.join(", ")));
    }
    if let Some(label) = &filter.label {
        // Labels are stored as a JSON array of plain words, so the quoted form is exact.
        values.push(s(&format!("%{}%", serde_json::Value::from(label.as_str()))));
        sql.push_str(&format!(" AND labels LIKE ?{}", values.len()));
    }
    match (&filter.search, filter.status) {
        // A search looks through every status: it is how staff find a past patient.
        (Some(search), status) => {
            let digits = identity::phone_key(search);
            values.push(s(&format!("%{}%", escape_like(search))));
            let text = values.len();
            sql.push_str(&format!(
                " AND (LOWER(COALESCE(visitor_name, '')) LIKE ?{text} ESCAPE '\\' \
                 OR COALESCE(visitor_email, '') LIKE ?{text} ESCAPE '\\'"
            ));
            if digits.len() >= 3 {
                values.push(s(&format!("%{digits}%")));
                sql.push_str(&format!(
                    " OR COALESCE(visitor_phone_key, '') LIKE ?{}",
                    values.len()
                ));
            }
            sql.push(')');
            if let Some(status) = status {
                values.push(s(status.as_str()));
                sql.push_str(&format!(" AND status = ?{}", values.len()));
            }
        }
        (None, Some(status)) => {
            values.push(s(status.as_str()));
            sql.push_str(&format!(" AND status = ?{}", values.len()));
        }
        (None, None) => sql.push_str(" AND status != 'resolved'"),
    }
    sql.push_str(" ORDER BY urgency_rank ASC, created_at ASC, id ASC LIMIT 200");
    let statement = bind(db(env)?.prepare(sql), &values)?;
    Ok(all::<ConversationRow>(statement, "inbox")
        .await?
        .into_iter()
        .map(ConversationRow::into_entry)
        .collect())
}

/// What the queue consumer learnt from one visitor message.
#[derive(Debug)]
pub struct VisitorMessageIndex<'a> {
    pub conversation_id: &'a str,
    pub seq: u64,
    pub sent_at: &'a str,
    pub urgency: Urgency,
    pub department: Department,
    pub reason: &'a str,
    pub preview: &'a str,
    /// The first-reply deadline this message alone would set.
    pub sla_deadline: &'a str,
    /// The bot answered it from the clinic's knowledge: nobody needs to reply.
    pub bot_answered: bool,
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
    changed: &[(&str, &str)],
) -> AppResult<Vec<Option<InboxEntry>>> {
    let db = db(env)?;
    let mut statements = Vec::with_capacity(indexes.len() + changed.len());
    for index in indexes {
        statements.push(visitor_message_statement(&db, index)?);
    }
    for (clinic_id, conversation_id) in changed {
        statements.push(conversation_statement(&db, clinic_id, conversation_id)?);
    }
    let results = db
        .batch(statements)
        .await
        .map_err(|e| AppError::internal("index visitor messages", e))?;
    results
        .iter()
        .skip(indexes.len())
        .map(|result| {
            let row: Option<ConversationRow> = first_row(Some(result), "index visitor messages")?;
            Ok(row.map(ConversationRow::into_entry))
        })
        .collect()
}

/// Folds a visitor message into the inbox row. Idempotent: a message at or below the
/// row's `last_visitor_seq` changes nothing, so queue redelivery is harmless.
/// Urgency only ever rises; a new visitor message reopens a resolved conversation.
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
               last_message_at = CASE WHEN last_message_at IS NULL OR ?8 > last_message_at THEN ?8 ELSE last_message_at END, \
               last_message_preview = ?9, \
               first_visitor_at = COALESCE(first_visitor_at, ?8), \
               bot_answers = bot_answers + ?10, \
               resolved_at = NULL, \
               status = CASE WHEN ?10 = 1 AND (last_visitor_seq = 0 OR status != 'open') \
                 THEN 'pending' ELSE 'open' END \
             WHERE id = ?1 AND last_visitor_seq < ?2",
        ),
        &[
            s(index.conversation_id),
            n(index.seq),
            s(index.urgency.as_str()),
            n(u64::from(index.urgency.rank())),
            s(index.department.as_str()),
            s(index.reason),
            s(index.sla_deadline),
            s(index.sent_at),
            s(index.preview),
            n(u64::from(index.bot_answered)),
            opt(index.language),
        ],
    )
}

/// A stored staff reply, for the inbox index and the audit log.
pub struct StaffReply<'a> {
    pub clinic_id: &'a str,
    pub staff_id: &'a str,
    pub conversation_id: &'a str,
    pub seq: u64,
    pub sent_at: &'a str,
    pub preview: &'a str,
}

/// Indexes a staff reply, audits it and reads the updated inbox entry back, in one D1
/// round trip (a batch runs as one transaction) instead of three.
pub async fn record_staff_reply(
    env: &Env,
    reply: &StaffReply<'_>,
) -> AppResult<Option<InboxEntry>> {
    let db = db(env)?;
    let statements = vec![
        staff_reply_statement(&db, reply)?,
        audit_statement(
            &db,
            reply.clinic_id,
            reply.staff_id,
            "replied",
            Some(reply.conversation_id),
            None,
        )?,
        conversation_statement(&db, reply.clinic_id, reply.conversation_id)?,
    ];
    let results = db
        .batch(statements)
        .await
        .map_err(|e| AppError::internal("record staff reply", e))?;
    let row: Option<ConversationRow> = first_row(results.last(), "record staff reply")?;
    Ok(row.map(ConversationRow::into_entry))
}

/// Records a staff reply on the inbox row: the first one stops the SLA clock.
fn staff_reply_statement(
    db: &D1Database,
    reply: &StaffReply<'_>,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(
            "UPDATE conversations SET \
               first_response_at = COALESCE(first_response_at, ?3), \
               last_seq = MAX(last_seq, ?2), \
               last_message_at = ?3, \
               last_message_preview = ?4, \
               status = CASE WHEN status = 'open' THEN 'pending' ELSE status END \
             WHERE id = ?1",
        ),
        &[
            s(reply.conversation_id),
            n(reply.seq),
            s(reply.sent_at),
            s(reply.preview),
        ],
    )
}

/// The result of a claim attempt.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    Taken,
    OwnedBy(String),
    Unknown,
}

/// Makes `staff_id` the owner unless somebody else already is.
pub async fn claim(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    staff_id: &str,
) -> AppResult<Claim> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE conversations SET assigned_to = ?3 \
             WHERE id = ?1 AND clinic_id = ?2 AND (assigned_to IS NULL OR assigned_to = ?3)",
        ),
        &[s(conversation_id), s(clinic_id), s(staff_id)],
    )?;
    if run(statement, "claim").await? > 0 {
        return Ok(Claim::Taken);
    }
    Ok(match conversation(env, clinic_id, conversation_id).await? {
        Some(entry) => Claim::OwnedBy(entry.assigned_to.unwrap_or_default()),
        None => Claim::Unknown,
    })
}

/// Sets a conversation's status, and when it was resolved (the survey clock). Returns
/// false when the clinic has no such conversation.
pub async fn set_status(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    status: ConversationStatus,
    now: &str,
) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE conversations SET status = ?3, \
               resolved_at = CASE WHEN ?3 = 'resolved' THEN COALESCE(resolved_at, ?4) ELSE NULL END \
             WHERE id = ?1 AND clinic_id = ?2",
        ),
        &[s(conversation_id), s(clinic_id), s(status.as_str()), s(now)],
    )?;
    Ok(run(statement, "set status").await? > 0)
}

/// Gives a conversation to `staff_id`, or to nobody. Returns false when the clinic has no
/// such conversation; the caller checks that the staff member belongs to the clinic.
pub async fn assign(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
    staff_id: Option<&str>,
) -> AppResult<bool> {
    let owner = staff_id.map_or(JsValue::NULL, s);
    let statement = bind(
        db(env)?
            .prepare("UPDATE conversations SET assigned_to = ?3 WHERE id = ?1 AND clinic_id = ?2"),
        &[s(conversation_id), s(clinic_id), owner],
    )?;
    Ok(run(statement, "assign").await? > 0)
}

/// Whether `staff_id` is a staff member of `clinic_id`.
pub async fn is_clinic_staff(env: &Env, clinic_id: &str, staff_id: &str) -> AppResult<bool> {
    #[derive(Deserialize)]
    struct Row {
        found: f64,
    }
    let statement = bind(
        db(env)?.prepare("SELECT COUNT(*) AS found FROM staff WHERE id = ?1 AND clinic_id = ?2"),
        &[s(staff_id), s(clinic_id)],
    )?;
    Ok(first::<Row>(statement, "clinic staff")
        .await?
        .is_some_and(|row| row.found > 0.0))
}

/// What the reports need of each conversation a visitor wrote in since `since`.
pub async fn report_facts(
    env: &Env,
    clinic_id: &str,
    since: &str,
) -> AppResult<Vec<ReportFactsRow>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT department, urgency, COALESCE(first_visitor_at, created_at) AS started_at, \
               first_response_at, sla_deadline, bot_answers, triage_language \
             FROM conversations \
             WHERE clinic_id = ?1 AND last_visitor_seq > 0 \
               AND COALESCE(first_visitor_at, created_at) >= ?2 \
             LIMIT 50000",
        ),
        &[s(clinic_id), s(since)],
    )?;
    all(statement, "report facts").await
}

/// One conversation's report facts as D1 stores them.
#[derive(Debug, Deserialize)]
pub struct ReportFactsRow {
    pub department: String,
    pub urgency: String,
    pub started_at: String,
    pub first_response_at: Option<String>,
    pub sla_deadline: Option<String>,
    #[serde(default)]
    pub bot_answers: f64,
    #[serde(default)]
    pub triage_language: Option<String>,
}

#[derive(Deserialize)]
struct StaffRow {
    id: String,
    clinic_id: String,
    email: String,
    name: String,
    role: String,
    departments: String,
}

impl StaffRow {
    fn into_profile(self) -> StaffProfile {
        StaffProfile {
            id: self.id,
            clinic_id: self.clinic_id,
            email: self.email,
            name: self.name,
            role: StaffRole::parse(&self.role).unwrap_or(StaffRole::FrontDesk),
            departments: serde_json::from_str(&self.departments).unwrap_or_default(),
        }
    }
}

/// A staff member and their password hash, looked up by email for sign-in.
pub async fn staff_by_email(env: &Env, email: &str) -> AppResult<Option<(StaffProfile, String)>> {
    #[derive(Deserialize)]
    struct Row {
        #[serde(flatten)]
        staff: StaffRow,
        password_hash: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, clinic_id, email, name, role, departments, password_hash \
             FROM staff WHERE email = ?1 COLLATE NOCASE",
        ),
        &[s(email)],
    )?;
    Ok(first::<Row>(statement, "staff by email")
        .await?
        .map(|row| (row.staff.into_profile(), row.password_hash)))
}

pub async fn create_session(
    env: &Env,
    token_hash: &str,
    staff_id: &str,
    created_at: &str,
    expires_at: &str,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) \
             VALUES (?1, ?2, ?3, ?4)",
        ),
        &[s(token_hash), s(staff_id), s(created_at), s(expires_at)],
    )?;
    run(statement, "create session").await?;
    Ok(())
}

/// The staff columns a session lookup returns (as `StaffRow`).
const STAFF_COLUMNS: &str = "s.id, s.clinic_id, s.email, s.name, s.role, s.departments";

/// A session (`t`) and its staff member (`s`).
const SESSION_JOIN: &str = "FROM staff_sessions AS t JOIN staff AS s ON s.id = t.staff_id";

/// The session's token hash is `?1` and it is live at time `?2`.
const SESSION_LIVE: &str = "t.token_hash = ?1 AND t.expires_at > ?2 AND t.revoked_at IS NULL";

/// The staff member behind a live session, or `None` when unknown, expired or revoked.
pub async fn session_staff(
    env: &Env,
    token_hash: &str,
    now: &str,
) -> AppResult<Option<StaffProfile>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {STAFF_COLUMNS} {SESSION_JOIN} WHERE {SESSION_LIVE}"
        )),
        &[s(token_hash), s(now)],
    )?;
    Ok(first::<StaffRow>(statement, "session lookup")
        .await?
        .map(StaffRow::into_profile))
}

/// The staff member behind a session and, when their clinic has the conversation, who
/// owns it (`Some(None)`: nobody yet). One statement: the reply path needs both before it
/// stores, and a single query is the shortest D1 round trip.
pub async fn session_staff_with_owner(
    env: &Env,
    token_hash: &str,
    now: &str,
    conversation_id: &str,
) -> AppResult<Option<(StaffProfile, Option<Option<String>>)>> {
    #[derive(Deserialize)]
    struct Row {
        #[serde(flatten)]
        staff: StaffRow,
        conversation_id: Option<String>,
        assigned_to: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {STAFF_COLUMNS}, c.id AS conversation_id, c.assigned_to AS assigned_to \
             {SESSION_JOIN} LEFT JOIN conversations AS c ON c.id = ?3 AND c.clinic_id = s.clinic_id \
             WHERE {SESSION_LIVE}"
        )),
        &[s(token_hash), s(now), s(conversation_id)],
    )?;
    let Some(row) = first::<Row>(statement, "session and conversation owner").await? else {
        return Ok(None);
    };
    let owner = row.conversation_id.map(|_| row.assigned_to);
    Ok(Some((row.staff.into_profile(), owner)))
}

/// When the live session with this token hash was created (RFC 3339).
pub async fn session_created_at(
    env: &Env,
    token_hash: &str,
    now: &str,
) -> AppResult<Option<String>> {
    #[derive(Deserialize)]
    struct Row {
        created_at: String,
    }
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT t.created_at {SESSION_JOIN} WHERE {SESSION_LIVE}"
        )),
        &[s(token_hash), s(now)],
    )?;
    Ok(first::<Row>(statement, "session start")
        .await?
        .map(|row| row.created_at))
}

/// Revokes every live session of `staff_id` ("sign out everywhere").
pub async fn revoke_all_sessions(env: &Env, staff_id: &str, now: &str) -> AppResult<usize> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE staff_sessions SET revoked_at = ?2 \
             WHERE staff_id = ?1 AND revoked_at IS NULL AND expires_at > ?2",
        ),
        &[s(staff_id), s(now)],
    )?;
    run(statement, "revoke all sessions").await
}

pub async fn revoke_session(env: &Env, token_hash: &str, now: &str) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare("UPDATE staff_sessions SET revoked_at = ?2 WHERE token_hash = ?1"),
        &[s(token_hash), s(now)],
    )?;
    run(statement, "revoke session").await?;
    Ok(())
}

/// Appends to the audit log. Details never hold message text.
pub async fn audit(
    env: &Env,
    clinic_id: &str,
    actor: &str,
    action: &str,
    conversation_id: Option<&str>,
    detail: Option<&str>,
) -> AppResult<()> {
    let statement = audit_statement(&db(env)?, clinic_id, actor, action, conversation_id, detail)?;
    run(statement, "audit").await?;
    Ok(())
}

fn audit_statement(
    db: &D1Database,
    clinic_id: &str,
    actor: &str,
    action: &str,
    conversation_id: Option<&str>,
    detail: Option<&str>,
) -> AppResult<D1PreparedStatement> {
    bind(
        db.prepare(
            "INSERT INTO audit_log (clinic_id, at, actor, action, conversation_id, detail) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        ),
        &[
            s(clinic_id),
            s(&crate::time::now_rfc3339()),
            s(actor),
            s(action),
            opt(conversation_id),
            opt(detail),
        ],
    )
}

/// The newest audit entries of a clinic.
pub async fn audit_log(env: &Env, clinic_id: &str, limit: u32) -> AppResult<Vec<AuditEntry>> {
    #[derive(Deserialize)]
    struct Row {
        id: f64,
        at: String,
        actor: String,
        action: String,
        conversation_id: Option<String>,
        detail: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, at, actor, action, conversation_id, detail FROM audit_log \
             WHERE clinic_id = ?1 ORDER BY id DESC LIMIT ?2",
        ),
        &[s(clinic_id), n(u64::from(limit))],
    )?;
    Ok(all::<Row>(statement, "audit log")
        .await?
        .into_iter()
        .map(|row| AuditEntry {
            id: row.id as i64,
            at: row.at,
            actor: row.actor,
            action: row.action,
            conversation_id: row.conversation_id,
            detail: row.detail,
        })
        .collect())
}

/// Whether any clinic lists `origin` among its allowed origins (for CORS preflights,
/// which carry no token and so name no clinic).
pub async fn origin_allowed_anywhere(env: &Env, origin: &str) -> AppResult<bool> {
    #[derive(Deserialize)]
    struct Row {
        #[allow(dead_code)]
        found: f64,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT 1 AS found FROM clinics, json_each(clinics.config, '$.allowed_origins') \
             WHERE json_each.value = ?1 LIMIT 1",
        ),
        &[s(origin)],
    )?;
    Ok(first::<Row>(statement, "origin lookup").await?.is_some())
}

/// Records a survey sent into a conversation, and that the conversation has had one.
pub async fn insert_survey(
    env: &Env,
    survey_id: &str,
    clinic_id: &str,
    conversation_id: &str,
    sent_by: Option<&str>,
    now: &str,
) -> AppResult<()> {
    let sent_by = sent_by.map_or(JsValue::NULL, s);
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO surveys (id, clinic_id, conversation_id, sent_at, sent_by) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        ),
        &[
            s(survey_id),
            s(clinic_id),
            s(conversation_id),
            s(now),
            sent_by,
        ],
    )?;
    run(statement, "insert survey").await?;
    let statement = bind(
        db(env)?.prepare(
            "UPDATE conversations SET survey_sent_at = COALESCE(survey_sent_at, ?2) WHERE id = ?1",
        ),
        &[s(conversation_id), s(now)],
    )?;
    run(statement, "mark survey sent").await?;
    Ok(())
}

/// A survey of a conversation as the answer call needs it.
#[derive(Debug, Clone, Copy)]
pub struct SurveyState {
    pub answered: bool,
}

/// The survey `survey_id` of `conversation_id`, if there is one.
pub async fn survey(
    env: &Env,
    survey_id: &str,
    conversation_id: &str,
) -> AppResult<Option<SurveyState>> {
    #[derive(Deserialize)]
    struct Row {
        answered_at: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare("SELECT answered_at FROM surveys WHERE id = ?1 AND conversation_id = ?2"),
        &[s(survey_id), s(conversation_id)],
    )?;
    Ok(first::<Row>(statement, "load survey")
        .await?
        .map(|row| SurveyState {
            answered: row.answered_at.is_some(),
        }))
}

/// Stores a survey's answer once; a second answer changes nothing.
pub async fn answer_survey(
    env: &Env,
    survey_id: &str,
    rating: u8,
    problems: bool,
    red_flag: bool,
    now: &str,
) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE surveys SET answered_at = ?2, rating = ?3, problems = ?4, red_flag = ?5 \
             WHERE id = ?1 AND answered_at IS NULL",
        ),
        &[
            s(survey_id),
            s(now),
            n(u64::from(rating)),
            n(u64::from(problems)),
            n(u64::from(red_flag)),
        ],
    )?;
    run(statement, "answer survey").await?;
    Ok(())
}

/// Conversations resolved at or before `cutoff` that never had a survey, with their
/// language: the cron's survey round.
pub async fn resolved_without_survey(
    env: &Env,
    clinic_id: &str,
    cutoff: &str,
    limit: u32,
) -> AppResult<Vec<(String, Option<String>)>> {
    #[derive(Deserialize)]
    struct Row {
        id: String,
        language: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, language FROM conversations \
             WHERE clinic_id = ?1 AND status = 'resolved' AND resolved_at <= ?2 \
               AND survey_sent_at IS NULL AND last_visitor_seq > 0 \
             ORDER BY resolved_at LIMIT ?3",
        ),
        &[s(clinic_id), s(cutoff), n(u64::from(limit))],
    )?;
    let rows = all::<Row>(statement, "surveys due").await?;
    Ok(rows.into_iter().map(|row| (row.id, row.language)).collect())
}

/// One survey as the reports see it.
#[derive(Debug, Deserialize)]
pub struct SurveyFactsRow {
    pub sent_at: String,
    pub rating: Option<f64>,
    pub problems: Option<f64>,
    pub red_flag: f64,
}

/// The clinic's surveys sent since `since`.
pub async fn survey_facts(
    env: &Env,
    clinic_id: &str,
    since: &str,
) -> AppResult<Vec<SurveyFactsRow>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT sent_at, rating, problems, red_flag FROM surveys \
             WHERE clinic_id = ?1 AND sent_at >= ?2 LIMIT 50000",
        ),
        &[s(clinic_id), s(since)],
    )?;
    all(statement, "survey facts").await
}

/// The language the widget reported for a conversation, if any.
pub async fn conversation_language(env: &Env, conversation_id: &str) -> AppResult<Option<String>> {
    #[derive(Deserialize)]
    struct Row {
        language: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare("SELECT language FROM conversations WHERE id = ?1"),
        &[s(conversation_id)],
    )?;
    Ok(first::<Row>(statement, "conversation language")
        .await?
        .and_then(|row| row.language))
}

#[derive(Deserialize)]
struct TemplateRow {
    id: String,
    department: Option<String>,
    shortcut: String,
    title: String,
    body: String,
    updated_at: String,
    updated_by: String,
}

impl TemplateRow {
    fn into_saved_reply(self) -> SavedReply {
        SavedReply {
            id: self.id,
            shortcut: self.shortcut,
            title: self.title,
            body: self.body,
            department: self.department.as_deref().and_then(Department::parse),
            updated_at: self.updated_at,
            updated_by: self.updated_by,
            rendered: None,
        }
    }
}

const TEMPLATE_COLUMNS: &str = "id, department, shortcut, title, body, updated_at, updated_by";

/// A clinic's saved replies, by shortcut.
pub async fn templates(env: &Env, clinic_id: &str) -> AppResult<Vec<SavedReply>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {TEMPLATE_COLUMNS} FROM templates WHERE clinic_id = ?1 ORDER BY shortcut LIMIT 500"
        )),
        &[s(clinic_id)],
    )?;
    Ok(all::<TemplateRow>(statement, "templates")
        .await?
        .into_iter()
        .map(TemplateRow::into_saved_reply)
        .collect())
}

/// One saved reply of a clinic.
pub async fn template(env: &Env, clinic_id: &str, id: &str) -> AppResult<Option<SavedReply>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {TEMPLATE_COLUMNS} FROM templates WHERE id = ?1 AND clinic_id = ?2"
        )),
        &[s(id), s(clinic_id)],
    )?;
    Ok(first::<TemplateRow>(statement, "template")
        .await?
        .map(TemplateRow::into_saved_reply))
}

/// What a template write stores; the caller has validated it.
#[derive(Debug)]
pub struct TemplateWrite<'a> {
    pub clinic_id: &'a str,
    pub id: &'a str,
    pub department: Option<Department>,
    pub shortcut: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub updated_at: &'a str,
    pub updated_by: &'a str,
}

impl TemplateWrite<'_> {
    fn values(&self) -> Vec<JsValue> {
        vec![
            s(self.id),
            s(self.clinic_id),
            opt(self.department.map(Department::as_str)),
            s(self.shortcut),
            s(self.title),
            s(self.body),
            s(self.updated_at),
            s(self.updated_by),
        ]
    }
}

/// Adds a saved reply. Returns false when the clinic already has its shortcut.
pub async fn insert_template(env: &Env, write: &TemplateWrite<'_>) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT OR IGNORE INTO templates \
             (id, clinic_id, department, shortcut, title, body, updated_at, updated_by) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        ),
        &write.values(),
    )?;
    Ok(run(statement, "insert template").await? > 0)
}

/// Changes a saved reply. Returns false when the clinic has no such template or
/// another of its templates has the shortcut (the caller tells which).
pub async fn update_template(env: &Env, write: &TemplateWrite<'_>) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare(
            "UPDATE OR IGNORE templates SET department = ?3, shortcut = ?4, title = ?5, \
               body = ?6, updated_at = ?7, updated_by = ?8 \
             WHERE id = ?1 AND clinic_id = ?2",
        ),
        &write.values(),
    )?;
    Ok(run(statement, "update template").await? > 0)
}

/// Deletes a saved reply. Returns false when the clinic has no such template.
pub async fn delete_template(env: &Env, clinic_id: &str, id: &str) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare("DELETE FROM templates WHERE id = ?1 AND clinic_id = ?2"),
        &[s(id), s(clinic_id)],
    )?;
    Ok(run(statement, "delete template").await? > 0)
}

/// A one-time link about to be stored.
pub struct NewToken<'a> {
    pub clinic_id: &'a str,
    /// Whose password a reset link sets.
    pub staff_id: Option<&'a str>,
    /// The account an invitation creates.
    pub invite: Option<&'a Invite>,
    pub created_by: &'a str,
}

/// Stores a one-time link by its token's hash.
pub async fn insert_token(
    env: &Env,
    token_hash: &str,
    kind: TokenKind,
    token: &NewToken<'_>,
    now: &str,
    expires_at: &str,
) -> AppResult<()> {
    let invite = token.invite;
    let departments = invite
        .map(|i| serde_json::to_string(&i.departments))
        .transpose()
        .map_err(|e| AppError::internal("departments", e))?;
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO staff_tokens (token_hash, kind, clinic_id, staff_id, email, name, role, \
               departments, created_by, created_at, expires_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        ),
        &[
            s(token_hash),
            s(kind.as_str()),
            s(token.clinic_id),
            opt(token.staff_id),
            opt(invite.map(|i| i.email.as_str())),
            opt(invite.map(|i| i.name.as_str())),
            opt(invite.map(|i| i.role.as_str())),
            opt(departments.as_deref()),
            s(token.created_by),
            s(now),
            s(expires_at),
        ],
    )?;
    run(statement, "insert token").await?;
    Ok(())
}

/// What a used one-time link was for.
#[derive(Debug)]
pub struct UsedToken {
    pub clinic_id: String,
    pub staff_id: Option<String>,
    pub invite: Option<Invite>,
}

/// Marks a live link of `kind` used, once: a second use, or one after it expired, finds
/// nothing. One conditional update, so two tabs can't both use it.
pub async fn take_token(
    env: &Env,
    token_hash: &str,
    kind: TokenKind,
    now: &str,
) -> AppResult<Option<UsedToken>> {
    #[derive(Deserialize)]
    struct Row {
        clinic_id: String,
        staff_id: Option<String>,
        email: Option<String>,
        name: Option<String>,
        role: Option<String>,
        departments: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(
            "UPDATE staff_tokens SET used_at = ?3 \
             WHERE token_hash = ?1 AND kind = ?2 AND used_at IS NULL AND expires_at > ?3 \
             RETURNING clinic_id, staff_id, email, name, role, departments",
        ),
        &[s(token_hash), s(kind.as_str()), s(now)],
    )?;
    let Some(row) = first::<Row>(statement, "take token").await? else {
        return Ok(None);
    };
    let invite = match (
        row.email,
        row.name,
        row.role.as_deref().and_then(StaffRole::parse),
    ) {
        (Some(email), Some(name), Some(role)) => Some(Invite {
            email,
            name,
            role,
            departments: row
                .departments
                .and_then(|json| serde_json::from_str(&json).ok())
                .unwrap_or_default(),
        }),
        _ => None,
    };
    Ok(Some(UsedToken {
        clinic_id: row.clinic_id,
        staff_id: row.staff_id,
        invite,
    }))
}

/// Creates an invited account; false when the email is already taken.
pub async fn insert_staff(
    env: &Env,
    staff_id: &str,
    clinic_id: &str,
    invite: &Invite,
    password_hash: &str,
    now: &str,
) -> AppResult<bool> {
    let departments = serde_json::to_string(&invite.departments)
        .map_err(|e| AppError::internal("departments", e))?;
    let statement = bind(
        db(env)?.prepare(
            "INSERT OR IGNORE INTO staff (id, clinic_id, email, name, role, departments, \
               password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        ),
        &[
            s(staff_id),
            s(clinic_id),
            s(&invite.email),
            s(&invite.name),
            s(invite.role.as_str()),
            s(&departments),
            s(password_hash),
            s(now),
        ],
    )?;
    Ok(run(statement, "insert staff").await? > 0)
}

/// Replaces a staff member's password hash.
pub async fn set_password(env: &Env, staff_id: &str, password_hash: &str) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare("UPDATE staff SET password_hash = ?2 WHERE id = ?1"),
        &[s(staff_id), s(password_hash)],
    )?;
    run(statement, "set password").await?;
    Ok(())
}

/// The clinic's staff, by name.
pub async fn staff_of_clinic(env: &Env, clinic_id: &str) -> AppResult<Vec<StaffProfile>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, clinic_id, email, name, role, departments FROM staff \
             WHERE clinic_id = ?1 ORDER BY name LIMIT 500",
        ),
        &[s(clinic_id)],
    )?;
    Ok(all::<StaffRow>(statement, "staff of clinic")
        .await?
        .into_iter()
        .map(StaffRow::into_profile)
        .collect())
}

/// One staff member by id.
pub async fn staff_by_id(env: &Env, staff_id: &str) -> AppResult<Option<StaffProfile>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, clinic_id, email, name, role, departments FROM staff WHERE id = ?1",
        ),
        &[s(staff_id)],
    )?;
    Ok(first::<StaffRow>(statement, "staff by id")
        .await?
        .map(StaffRow::into_profile))
}
