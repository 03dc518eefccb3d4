//! A Durable Object's SQLite storage, queried with JSON in and out.
//!
//! `worker::SqlStorage::exec` pushes each binding across the wasm↔JS boundary on its
//! own and reads rows back property by property. Here a statement is one call
//! (`js::sql_rows`, `js::sql_run`): the bindings go over as one JSON array, the rows
//! come back as one JSON string.

use serde::de::DeserializeOwned;
use serde_json::Value;
use wasm_bindgen::JsValue;
use worker::{Error, Result, State};

/// The storage's `sql` handle, looked up once per object instance.
pub struct Sql(JsValue);

impl Sql {
    pub fn of(state: &State) -> Sql {
        Sql(state.storage().sql().as_ref().clone())
    }

    /// Every row `query` returns, with `args` bound to its `?` placeholders in order.
    pub fn rows<T: DeserializeOwned>(&self, query: &str, args: &[Value]) -> Result<Vec<T>> {
        let text = crate::js::sql_rows(&self.0, query, &encode(args)).map_err(Error::from)?;
        serde_json::from_str(&text).map_err(|e| Error::RustError(format!("reading rows: {e}")))
    }

    /// The first row `query` returns, if any.
    pub fn first<T: DeserializeOwned>(&self, query: &str, args: &[Value]) -> Result<Option<T>> {
        Ok(self.rows(query, args)?.into_iter().next())
    }

    /// Runs `query` (several statements may be separated by `;` when `args` is empty)
    /// and returns how many rows it wrote.
    pub fn run(&self, query: &str, args: &[Value]) -> Result<usize> {
        let written = crate::js::sql_run(&self.0, query, &encode(args)).map_err(Error::from)?;
        Ok(written as usize)
    }
}

/// The bindings as one JSON array; empty when there are none.
fn encode(args: &[Value]) -> String {
    if args.is_empty() {
        String::new()
    } else {
        Value::from(args).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bindings_go_as_one_json_array_with_nulls_and_integers() {
        assert_eq!(encode(&[]), "");
        let none: Option<&str> = None;
        assert_eq!(
            encode(&[json!(7_i64), json!("a \"b\""), json!(none)]),
            r#"[7,"a \"b\"",null]"#
        );
    }
}
