//! Calls to our own Durable Objects on the message path, made on the raw stub.
//!
//! `worker::Stub::fetch_with_request` wraps the reply in a `worker::Response` whose
//! `text()` reads the body through a stream reader, and `worker::Request::new_with_init`
//! reads the new request's method, URL, headers and `cf` back into Rust. In the ingest
//! profile those two cost about 1 ms of CPU per visitor message. Here one JS function
//! builds the request, awaits the answer and its text, and hands back one string.
//!
//! The one other way to call an object is a WebSocket upgrade (`conversation_do::live`,
//! `inbox_do::live`): its 101 answer carries the socket, which a text reply can't, so it
//! goes through `Stub::fetch_with_request` and hands the `worker::Response` on.

use wasm_bindgen::JsValue;
use worker::wasm_bindgen_futures::JsFuture;

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
/// and reads the whole answer, in one JS call (`js::call_object`). `what` names the
/// call in errors.
pub async fn send(
    stub: worker::Stub,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
    what: &'static str,
) -> AppResult<Reply> {
    let failed = |e: JsValue| AppError::internal(what, format!("{e:?}"));
    let headers = if headers.is_empty() {
        String::new()
    } else {
        // Inserted one by one: `collect()` into the (BTreeMap) map sorts its input with
        // another copy of the standard sort (`frontdesk_domain::sorting`).
        let mut map = serde_json::Map::new();
        for (name, value) in headers {
            map.insert((*name).to_owned(), (*value).into());
        }
        serde_json::Value::Object(map).to_string()
    };
    let object: worker::worker_sys::DurableObject = stub.into_rpc();
    let promise = crate::js::call_object(&object, method, url, &headers, body.map(str::to_owned));
    let answer = crate::trace::timed("object", what, JsFuture::from(promise))
        .await
        .map_err(failed)?;
    parse_answer(&answer.as_string().unwrap_or_default())
        .ok_or_else(|| AppError::internal(what, "malformed object answer"))
}

/// Reads `"<status> <Retry-After>\n<body>"`, as `js::call_object` resolves.
fn parse_answer(answer: &str) -> Option<Reply> {
    let (head, body) = answer.split_once('\n')?;
    let (status, retry_after) = head.split_once(' ')?;
    Some(Reply {
        status: status.parse().ok()?,
        retry_after: (!retry_after.is_empty()).then(|| retry_after.to_owned()),
        body: body.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_status_retry_after_and_a_body_with_newlines() {
        let reply = parse_answer("429 7\n{\"a\":\n1}").unwrap();
        assert_eq!(reply.status, 429);
        assert_eq!(reply.retry_after.as_deref(), Some("7"));
        assert_eq!(reply.body, "{\"a\":\n1}");
        let reply = parse_answer("201 \n").unwrap();
        assert_eq!(
            (reply.status, reply.retry_after, reply.body.as_str()),
            (201, None, "")
        );
        assert!(parse_answer("garbage").is_none());
    }
}
