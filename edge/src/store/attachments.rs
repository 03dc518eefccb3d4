//! Attachment rows: who uploaded which file to which conversation, and which message
//! carries it. The bytes are in R2 (`crate::attachment_bucket`).

use frontdesk_domain::ids::ConversationId;
use frontdesk_protocol::Attachment;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::Env;

use super::{all, bind, db, first, n, opt, run, s};
use crate::error::AppResult;

/// Which side of a conversation uploaded a file; only that side can send it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Visitor,
    Staff,
}

impl Side {
    fn as_str(self) -> &'static str {
        match self {
            Side::Visitor => "visitor",
            Side::Staff => "staff",
        }
    }
}

/// A stored upload.
#[derive(Debug, Clone)]
pub struct NewAttachment<'a> {
    pub id: &'a str,
    pub clinic_id: &'a str,
    pub conversation_id: &'a str,
    pub side: Side,
    pub staff_id: Option<&'a str>,
    pub content_type: &'a str,
    pub size: u64,
    pub object_key: &'a str,
}

pub async fn insert(env: &Env, row: &NewAttachment<'_>) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO attachments (id, clinic_id, conversation_id, uploaded_by, staff_id, \
             content_type, size, object_key, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        ),
        &[
            s(row.id),
            s(row.clinic_id),
            s(row.conversation_id),
            s(row.side.as_str()),
            opt(row.staff_id),
            s(row.content_type),
            n(row.size),
            s(row.object_key),
            s(&crate::time::now_rfc3339()),
        ],
    )?;
    run(statement, "insert attachment").await?;
    Ok(())
}

#[derive(Deserialize)]
struct AttachmentRow {
    id: String,
    content_type: String,
    size: f64,
}

impl AttachmentRow {
    fn into_attachment(self) -> Attachment {
        Attachment {
            id: self.id,
            content_type: self.content_type,
            size: self.size as u64,
        }
    }
}

/// Links `ids` to the message `client_msg_id`, all or none: one conditional update that
/// takes effect only if every id is this conversation's, uploaded by `side`, and free or
/// already this message's (a retry). Returns the attachments in the order asked, or
/// `None` when any is not.
pub async fn link(
    env: &Env,
    conversation_id: &ConversationId,
    side: Side,
    client_msg_id: &str,
    ids: &[String],
) -> AppResult<Option<Vec<Attachment>>> {
    let ids_json = serde_json::to_string(ids).unwrap_or_default();
    let condition = "id IN (SELECT value FROM json_each(?1)) AND conversation_id = ?2 \
                     AND uploaded_by = ?3 AND (client_msg_id IS NULL OR client_msg_id = ?4)";
    let statement = bind(
        db(env)?.prepare(format!(
            "UPDATE attachments SET client_msg_id = ?4 WHERE {condition} \
             AND (SELECT COUNT(*) FROM attachments WHERE {condition}) = ?5 \
             RETURNING id, content_type, size"
        )),
        &[
            s(&ids_json),
            s(conversation_id.as_str()),
            s(side.as_str()),
            s(client_msg_id),
            JsValue::from_f64(ids.len() as f64),
        ],
    )?;
    let rows = all::<AttachmentRow>(statement, "link attachments").await?;
    if rows.len() != ids.len() {
        return Ok(None);
    }
    let mut linked: Vec<Attachment> = rows
        .into_iter()
        .map(AttachmentRow::into_attachment)
        .collect();
    frontdesk_domain::sorting::sort_by_key(&mut linked, |a| ids.iter().position(|id| *id == a.id));
    Ok(Some(linked))
}

/// Who may see a conversation's attachment.
#[derive(Debug, Clone)]
pub struct Stored {
    /// Sent with a message (an unsent upload is visible to its uploader's side only).
    pub sent: bool,
    pub side: Side,
}

pub async fn find(
    env: &Env,
    conversation_id: &ConversationId,
    attachment_id: &str,
) -> AppResult<Option<Stored>> {
    #[derive(Deserialize)]
    struct Row {
        client_msg_id: Option<String>,
        uploaded_by: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT client_msg_id, uploaded_by FROM attachments \
             WHERE id = ?1 AND conversation_id = ?2",
        ),
        &[s(attachment_id), s(conversation_id.as_str())],
    )?;
    Ok(first::<Row>(statement, "attachment")
        .await?
        .map(|row| Stored {
            sent: row.client_msg_id.is_some(),
            side: if row.uploaded_by == Side::Staff.as_str() {
                Side::Staff
            } else {
                Side::Visitor
            },
        }))
}

/// The object keys of a conversation's attachments uploaded before `cutoff` (RFC 3339),
/// for the retention sweep.
pub async fn keys_before(
    env: &Env,
    conversation_id: &ConversationId,
    cutoff: &str,
) -> AppResult<Vec<String>> {
    #[derive(Deserialize)]
    struct Row {
        object_key: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT object_key FROM attachments WHERE conversation_id = ?1 AND created_at < ?2",
        ),
        &[s(conversation_id.as_str()), s(cutoff)],
    )?;
    Ok(all::<Row>(statement, "old attachments")
        .await?
        .into_iter()
        .map(|row| row.object_key)
        .collect())
}

/// Forgets a conversation's attachment rows uploaded before `cutoff`, once their
/// objects are gone.
pub async fn delete_before(
    env: &Env,
    conversation_id: &ConversationId,
    cutoff: &str,
) -> AppResult<usize> {
    let statement = bind(
        db(env)?.prepare("DELETE FROM attachments WHERE conversation_id = ?1 AND created_at < ?2"),
        &[s(conversation_id.as_str()), s(cutoff)],
    )?;
    run(statement, "delete old attachments").await
}
