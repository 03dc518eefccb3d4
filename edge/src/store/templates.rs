//! Saved replies (templates): a clinic's list, one by id, and admin writes.

use frontdesk_protocol::{Department, SavedReply};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::Env;

use super::{all, bind, db, decode, first, opt, run, s};
use crate::error::AppResult;

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
    /// The saved reply; an unreadable department is an error (no department is `NULL`).
    fn into_saved_reply(self) -> AppResult<SavedReply> {
        Ok(SavedReply {
            department: self
                .department
                .as_deref()
                .map(|raw| decode(raw, Department::parse, "template department"))
                .transpose()?,
            id: self.id,
            shortcut: self.shortcut,
            title: self.title,
            body: self.body,
            updated_at: self.updated_at,
            updated_by: self.updated_by,
            rendered: None,
        })
    }
}

const TEMPLATE_COLUMNS: &str = "id, department, shortcut, title, body, updated_at, updated_by";

/// A clinic's saved replies, by shortcut.
pub async fn list(env: &Env, clinic_id: &str) -> AppResult<Vec<SavedReply>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {TEMPLATE_COLUMNS} FROM templates WHERE clinic_id = ?1 ORDER BY shortcut LIMIT 500"
        )),
        &[s(clinic_id)],
    )?;
    all::<TemplateRow>(statement, "templates")
        .await?
        .into_iter()
        .map(TemplateRow::into_saved_reply)
        .collect()
}

/// One saved reply of a clinic.
pub async fn template(env: &Env, clinic_id: &str, id: &str) -> AppResult<Option<SavedReply>> {
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {TEMPLATE_COLUMNS} FROM templates WHERE id = ?1 AND clinic_id = ?2"
        )),
        &[s(id), s(clinic_id)],
    )?;
    first::<TemplateRow>(statement, "template")
        .await?
        .map(TemplateRow::into_saved_reply)
        .transpose()
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
