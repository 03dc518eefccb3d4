//! The D1 adapter, one module per aggregate; this file holds what they share: the
//! binding, value conversion, running statements and batches, and decoding rows.
//!
//! SQL lives under `store/` and nowhere else; callers get domain and protocol types back.
//! A row that can't be decoded is an error, never a quiet default: an unreadable urgency
//! must not become `Routine`.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, D1Result, Env};

use crate::error::{AppError, AppResult};

pub mod api_keys;
pub mod attachments;
pub mod audit;
pub mod channel_media;
pub mod channels;
pub mod clinics;
pub mod corrections;
pub mod cors;
pub mod details;
pub mod events;
pub mod inbox;
pub mod notice_links;
pub mod reports;
pub mod retention;
pub mod staff;
pub mod surveys;
pub mod templates;
pub mod treatments;
pub mod verification;

/// The D1 implementation of the domain's store traits (`frontdesk_domain::stores`: the
/// inbox's claims and replies, sessions, the audit log), whose rules the SQL carries.
#[derive(Clone, Copy)]
pub struct D1<'a>(pub &'a Env);

fn db(env: &Env) -> AppResult<D1Database> {
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
    let result = crate::trace::timed("d1", context, statement.run())
        .await
        .map_err(|e| AppError::internal(context, e))?;
    let meta = result.meta().map_err(|e| AppError::internal(context, e))?;
    Ok(meta.and_then(|m| m.changes).unwrap_or(0))
}

async fn all<T: for<'de> Deserialize<'de>>(
    statement: D1PreparedStatement,
    context: &str,
) -> AppResult<Vec<T>> {
    all_result(statement, context)
        .await?
        .results::<T>()
        .map_err(|e| AppError::internal(context, e))
}

/// D1's result of one statement, before its rows are decoded. The call and the wait stay
/// out of `all::<T>`'s per-row-type futures, as `first_row_js` does for `first::<T>`
/// (BENCHMARKS.md, "Edge size, round 8").
async fn all_result(statement: D1PreparedStatement, context: &str) -> AppResult<D1Result> {
    crate::trace::timed("d1", context, statement.all())
        .await
        .map_err(|e| AppError::internal(context, e))
}

/// The first row, read as `T` the way `D1PreparedStatement::first::<T>` reads it.
async fn first<T: for<'de> Deserialize<'de>>(
    statement: D1PreparedStatement,
    context: &str,
) -> AppResult<Option<T>> {
    let Some(JsRow(row)) = first_row_js(statement, context).await? else {
        return Ok(None);
    };
    serde_wasm_bindgen::from_value(row)
        .map_err(|e| AppError::internal(context, worker::Error::from(e)))
}

/// D1's first row as its JS object (`None` for null, no row). `first::<T>`'s future, with
/// the call and the wait in it, was instantiated per row type: 31 copies, 41 KB of
/// cargo's output and 6 KB gzip of the shipped edge; now only the decoding is, and a row
/// that does not decode logs the same `worker::Error` (BENCHMARKS.md, "Edge size, round 7").
async fn first_row_js(statement: D1PreparedStatement, context: &str) -> AppResult<Option<JsRow>> {
    crate::trace::timed("d1", context, statement.first::<JsRow>(None))
        .await
        .map_err(|e| AppError::internal(context, e))
}

/// A row passed through serde_wasm_bindgen untouched (its `preserve`), to decode later.
struct JsRow(JsValue);

impl<'de> Deserialize<'de> for JsRow {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde_wasm_bindgen::preserve::deserialize(deserializer).map(JsRow)
    }
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

/// Runs `statements` as one D1 batch: one round trip, and one transaction, so either all
/// of them take effect or none does.
async fn batch(
    db: &D1Database,
    statements: Vec<D1PreparedStatement>,
    context: &str,
) -> AppResult<Vec<D1Result>> {
    crate::trace::timed("d1", context, db.batch(statements))
        .await
        .map_err(|e| AppError::internal(context, e))
}

/// A stored value read back through `parse`; a value this version can't read is an
/// error naming the column (never the value, which may be patient data).
fn decode<T>(raw: &str, parse: impl FnOnce(&str) -> Option<T>, column: &str) -> AppResult<T> {
    parse(raw).ok_or_else(|| AppError::internal("d1 row", format!("unreadable {column}")))
}

/// A stored JSON column read back; unreadable JSON is an error naming the column.
fn decode_json<T: for<'de> Deserialize<'de>>(raw: &str, column: &str) -> AppResult<T> {
    serde_json::from_str(raw)
        .map_err(|e| AppError::internal("d1 row", format!("unreadable {column}: {e}")))
}
