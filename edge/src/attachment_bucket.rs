//! The R2 bucket of attachments. Keys are `clinics/<clinic>/conversations/<id>/<attachment>`,
//! so a conversation's files are one prefix, which erasure deletes whole.
//!
//! Called through `js.rs` rather than the `worker` crate's R2 wrapper: its builders and
//! object types cost 5.6 KB more gzip in the edge wasm, which sits just under its 1 MiB
//! check (BENCHMARKS.md, "Attachments").

use wasm_bindgen::JsValue;
use worker::wasm_bindgen_futures::JsFuture;
use worker::Env;

use crate::error::{AppError, AppResult};

fn bucket(env: &Env) -> AppResult<JsValue> {
    js_sys::Reflect::get(env, &JsValue::from_str("ATTACHMENTS"))
        .ok()
        .filter(|bucket| !bucket.is_undefined())
        .ok_or_else(|| AppError::internal("r2 binding", "ATTACHMENTS is not bound"))
}

fn failed(context: &'static str) -> impl Fn(JsValue) -> AppError {
    move |error| AppError::internal(context, format!("{error:?}"))
}

/// The prefix of one conversation's objects.
pub fn conversation_prefix(clinic_id: &str, conversation_id: &str) -> String {
    format!("clinics/{clinic_id}/conversations/{conversation_id}/")
}

/// The key of one attachment.
pub fn object_key(clinic_id: &str, conversation_id: &str, attachment_id: &str) -> String {
    format!(
        "{}{attachment_id}",
        conversation_prefix(clinic_id, conversation_id)
    )
}

pub async fn put(env: &Env, key: &str, bytes: &[u8]) -> AppResult<()> {
    let promise = crate::js::r2_put(&bucket(env)?, key, bytes).map_err(failed("r2 put"))?;
    JsFuture::from(promise).await.map_err(failed("r2 put"))?;
    Ok(())
}

/// The object's bytes, or `None` when it is gone (erased, swept).
pub async fn get(env: &Env, key: &str) -> AppResult<Option<Vec<u8>>> {
    let value = JsFuture::from(crate::js::r2_get(&bucket(env)?, key))
        .await
        .map_err(failed("r2 get"))?;
    if value.is_null() {
        return Ok(None);
    }
    Ok(Some(js_sys::Uint8Array::from(value).to_vec()))
}

/// Deletes these objects.
pub async fn delete(env: &Env, keys: &[String]) -> AppResult<()> {
    let keys = serde_json::to_string(keys).map_err(|e| AppError::internal("r2 keys", e))?;
    JsFuture::from(crate::js::r2_delete(&bucket(env)?, &keys))
        .await
        .map_err(failed("r2 delete"))?;
    Ok(())
}

/// Deletes every object under a conversation's prefix.
pub async fn delete_conversation(
    env: &Env,
    clinic_id: &str,
    conversation_id: &str,
) -> AppResult<()> {
    let prefix = conversation_prefix(clinic_id, conversation_id);
    JsFuture::from(crate::js::r2_delete_prefix(&bucket(env)?, &prefix))
        .await
        .map_err(failed("r2 delete"))?;
    Ok(())
}
