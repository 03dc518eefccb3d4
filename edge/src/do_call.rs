//! Calls to our own Durable Objects on the message path, made on the raw stub.
//!
//! `worker::Stub::fetch_with_request` wraps the reply in a `worker::Response` whose
//! `text()` reads the body through a stream reader, and `worker::Request::new_with_init`
//! reads the new request's method, URL, headers and `cf` back into Rust. In the ingest
//! profile those two cost about 1 ms of CPU per visitor message; one JS `text()` promise
//! and a request built in place cost a fraction of that.

use wasm_bindgen::{JsCast, JsValue};
use worker::wasm_bindgen_futures::JsFuture;
use worker::web_sys;

use crate::error::{AppError, AppResult};

/// A Durable Object's answer: its status, one header we may need, and the body text.
pub struct Reply {
    pub status: u16,
    pub retry_after: Option<String>,
    pub body: String,
}

impl Reply {
    /// The body as JSON; `what` names the call in the error.
    pub fn json<T: for<'de> serde::Deserialize<'de>>(&self, what: &'static str) -> AppResult<T> {
        serde_json::from_str(&self.body).map_err(|e| AppError::internal(what, e))
    }
}

/// Sends `method url` with `headers` and an optional body to the object behind `stub`,
/// and reads the whole answer. `what` names the call in errors.
pub async fn send(
    stub: worker::Stub,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
    what: &'static str,
) -> AppResult<Reply> {
    let failed = |e: JsValue| AppError::internal(what, format!("{e:?}"));
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if !headers.is_empty() {
        let set = web_sys::Headers::new().map_err(failed)?;
        for (name, value) in headers {
            set.set(name, value).map_err(failed)?;
        }
        init.set_headers(&set);
    }
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(failed)?;
    let object: worker::worker_sys::DurableObject = stub.into_rpc();
    let promise = object.fetch_with_request(&request).map_err(failed)?;
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .and_then(|value| value.dyn_into())
        .map_err(failed)?;
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(Reply {
        status: response.status(),
        retry_after: response.headers().get("Retry-After").ok().flatten(),
        body: text.as_string().unwrap_or_default(),
    })
}
