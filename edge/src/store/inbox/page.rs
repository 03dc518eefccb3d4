//! The inbox a page at a time: its filters (department, urgency, status, the caller's
//! teams, a label, a search through the visitor's name, email and phone) and the keyset
//! cursor `(urgency_rank, created_at, id) > (?, ?, ?)`, one row more than the page to
//! know whether another follows.

use frontdesk_domain::identity;
use frontdesk_domain::inbox_page::PageRequest;
use frontdesk_protocol::{ConversationStatus, Department, InboxEntry, Urgency};
use worker::Env;

use super::super::{all, bind, db, n, s};
use super::{ConversationRow, CONVERSATION_COLUMNS};
use crate::error::AppResult;

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

/// One page of conversations with at least one message (a visitor's, or the first one of
/// a conversation staff started: `last_seq` counts both), most urgent then oldest first,
/// and the cursor of the next page (`domain::inbox_page`). Without a status filter,
/// resolved conversations are left out.
pub async fn list(
    env: &Env,
    clinic_id: &str,
    filter: &InboxFilter,
    page: &PageRequest,
) -> AppResult<(Vec<InboxEntry>, Option<String>)> {
    let mut sql = format!(
        "SELECT {CONVERSATION_COLUMNS} FROM conversations \
         WHERE clinic_id = ?1 AND last_seq > 0"
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
            // `instr`, not LIKE: D1 refuses LIKE patterns over 50 bytes, and a search term
            // (up to 100 characters) needs no wildcard escaping this way.
            let digits = identity::phone_search_key(search);
            values.push(s(search));
            let text = values.len();
            sql.push_str(&format!(
                " AND (instr(LOWER(COALESCE(visitor_name, '')), ?{text}) > 0 \
                 OR instr(LOWER(COALESCE(visitor_email, '')), ?{text}) > 0"
            ));
            if let Some(digits) = digits {
                values.push(s(&digits));
                sql.push_str(&format!(
                    " OR instr(COALESCE(visitor_phone_key, ''), ?{}) > 0",
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
    if let Some(after) = &page.after {
        // A row value compares like the ORDER BY below (SQLite 3.15+), so the page starts
        // just after the cursor's row.
        values.push(n(u64::from(after.rank)));
        values.push(s(&after.created_at));
        values.push(s(&after.conversation_id));
        let last = values.len();
        sql.push_str(&format!(
            " AND (urgency_rank, created_at, id) > (?{}, ?{}, ?{last})",
            last - 2,
            last - 1
        ));
    }
    values.push(n(u64::from(page.fetch())));
    sql.push_str(&format!(
        " ORDER BY urgency_rank ASC, created_at ASC, id ASC LIMIT ?{}",
        values.len()
    ));
    let statement = bind(db(env)?.prepare(sql), &values)?;
    let rows = all::<ConversationRow>(statement, "inbox").await?;
    let (rows, next) = page.split(rows, ConversationRow::cursor);
    let entries = rows
        .into_iter()
        .map(ConversationRow::into_entry)
        .collect::<AppResult<_>>()?;
    Ok((entries, next))
}
