//! A conversation's details for staff: the visitor's identity, labels, private notes,
//! the visitor's other conversations, and the language the widget reported.

use frontdesk_domain::identity;
use frontdesk_domain::ids::ConversationId;
use frontdesk_domain::verified_identity::{Known, LinkKeys};
use frontdesk_protocol::{InboxEntry, Note, StaffProfile, VerificationMethod};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::Env;

use super::inbox::{ConversationRow, CONVERSATION_COLUMNS};
use super::{all, bind, db, first, opt, run, s};
use crate::error::{AppError, AppResult};

/// Replaces the visitor's identity, and how each field is known, on a conversation of
/// the clinic; false when unknown.
pub async fn set_visitor(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    known: &Known,
) -> AppResult<bool> {
    let (visitor, proofs) = (&known.visitor, &known.proofs);
    let method = |proof: Option<VerificationMethod>| proof.map_or(JsValue::NULL, |m| s(m.as_str()));
    let statement = bind(
        db(env)?.prepare(
            "UPDATE conversations SET visitor_name = ?3, visitor_email = ?4, \
               visitor_phone = ?5, visitor_phone_key = ?6, visitor_name_verified = ?7, \
               visitor_email_verified = ?8, visitor_phone_verified = ?9, \
               visitor_user_id = ?10, visitor_user_id_verified = ?11 \
             WHERE id = ?1 AND clinic_id = ?2",
        ),
        &[
            s(conversation_id.as_str()),
            s(clinic_id),
            opt(visitor.name.as_deref()),
            opt(visitor.email.as_deref()),
            opt(visitor.phone.as_deref()),
            opt(visitor.phone.as_deref().map(identity::phone_key).as_deref()),
            method(proofs.name),
            method(proofs.email),
            method(proofs.phone),
            opt(visitor.user_id.as_deref()),
            method(proofs.user_id),
        ],
    )?;
    Ok(run(statement, "set visitor").await? > 0)
}

/// Replaces a conversation's labels; false when the clinic has no such conversation.
pub async fn set_labels(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    labels: &[String],
) -> AppResult<bool> {
    let json = serde_json::to_string(labels).map_err(|e| AppError::internal("labels", e))?;
    let statement = bind(
        db(env)?.prepare("UPDATE conversations SET labels = ?3 WHERE id = ?1 AND clinic_id = ?2"),
        &[s(conversation_id.as_str()), s(clinic_id), s(&json)],
    )?;
    Ok(run(statement, "set labels").await? > 0)
}

/// The clinic's other conversations whose email, phone or portal user id matches one of `keys` and is
/// verified there too, newest first. Stated identities never link (see
/// `domain::verified_identity`).
pub async fn visitor_history(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
    keys: &LinkKeys,
) -> AppResult<Vec<InboxEntry>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {CONVERSATION_COLUMNS} FROM conversations \
             WHERE clinic_id = ?1 AND id != ?2 \
               AND ((?3 IS NOT NULL AND visitor_email = ?3 AND visitor_email_verified IS NOT NULL) \
                 OR (?4 IS NOT NULL AND visitor_phone_key = ?4 AND visitor_phone_verified IS NOT NULL) \
                 OR (?5 IS NOT NULL AND visitor_user_id = ?5 AND visitor_user_id_verified IS NOT NULL)) \
             ORDER BY created_at DESC LIMIT 20"
        )),
        &[
            s(clinic_id),
            s(conversation_id.as_str()),
            opt(keys.email.as_deref()),
            opt(keys.phone_key.as_deref()),
            opt(keys.user_id.as_deref()),
        ],
    )?;
    all::<ConversationRow>(statement, "visitor history")
        .await?
        .into_iter()
        .map(ConversationRow::into_entry)
        .collect()
}

/// Adds a private note to a conversation.
pub async fn add_note(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
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
            s(conversation_id.as_str()),
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
pub async fn notes(
    env: &Env,
    clinic_id: &str,
    conversation_id: &ConversationId,
) -> AppResult<Vec<Note>> {
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
        &[s(conversation_id.as_str()), s(clinic_id)],
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

/// The language the widget reported for a conversation, if any.
pub async fn conversation_language(
    env: &Env,
    conversation_id: &ConversationId,
) -> AppResult<Option<String>> {
    #[derive(Deserialize)]
    struct Row {
        language: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare("SELECT language FROM conversations WHERE id = ?1"),
        &[s(conversation_id.as_str())],
    )?;
    Ok(first::<Row>(statement, "conversation language")
        .await?
        .and_then(|row| row.language))
}
