//! Runtime calls made in one JavaScript function instead of many wasm↔JS crossings.
//!
//! Every value that crosses the boundary costs a call: building a `Request` field by
//! field, passing SQL bindings one by one, reading a row back property by property.
//! On the message path those crossings, not our own code, were most of the CPU (see
//! BENCHMARKS.md). So the few hot runtime calls take and give JSON text: one string in,
//! one string out, parsed on each side by a native JSON parser.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use worker::web_sys;

#[wasm_bindgen(inline_js = r#"
export async function call_object(stub, method, url, headers, body) {
  const init = { method };
  if (headers) init.headers = JSON.parse(headers);
  if (body !== undefined) init.body = body;
  const response = await stub.fetch(url, init);
  const text = await response.text();
  return `${response.status} ${response.headers.get('Retry-After') ?? ''}\n${text}`;
}

export function respond(status, body, headers) {
  return new Response(body, { status, headers });
}

function exec(sql, query, args) {
  return args ? sql.exec(query, ...JSON.parse(args)) : sql.exec(query);
}

export function sql_rows(sql, query, args) {
  return JSON.stringify(exec(sql, query, args).toArray());
}

export function sql_run(sql, query, args) {
  const cursor = exec(sql, query, args);
  cursor.toArray(); // runs every statement to the end, so the count is complete
  return cursor.rowsWritten;
}

export function queue_send(queue, job, delaySeconds) {
  return queue.send(JSON.parse(job), delaySeconds ? { delaySeconds } : undefined);
}

export function r2_put(bucket, key, bytes) {
  // A copy: the view into wasm memory may move before R2 has read it.
  return bucket.put(key, bytes.slice());
}

export async function r2_get(bucket, key) {
  const object = await bucket.get(key);
  return object ? new Uint8Array(await object.arrayBuffer()) : null;
}

export async function r2_delete(bucket, keys) {
  const list = JSON.parse(keys);
  for (let i = 0; i < list.length; i += 1000) await bucket.delete(list.slice(i, i + 1000));
}

export async function r2_delete_prefix(bucket, prefix) {
  let deleted = 0;
  for (;;) {
    const listed = await bucket.list({ prefix });
    const keys = listed.objects.map((object) => object.key);
    if (keys.length) await bucket.delete(keys);
    deleted += keys.length;
    if (!listed.truncated || !keys.length) return deleted;
  }
}
"#)]
extern "C" {
    /// `stub.fetch(url, {method, headers, body})`, read whole: resolves to
    /// `"<status> <Retry-After>\n<body>"`. `headers` is a JSON object or empty.
    pub fn call_object(
        stub: &JsValue,
        method: &str,
        url: &str,
        headers: &str,
        body: Option<String>,
    ) -> js_sys::Promise;

    /// `new Response(body, {status, headers})`.
    #[wasm_bindgen(catch)]
    pub fn respond(
        status: u16,
        body: &str,
        headers: &web_sys::Headers,
    ) -> Result<web_sys::Response, JsValue>;

    /// The rows of `sql.exec(query, ...args)` as a JSON array; `args` is a JSON array or empty.
    #[wasm_bindgen(catch)]
    pub fn sql_rows(sql: &JsValue, query: &str, args: &str) -> Result<String, JsValue>;

    /// Runs `sql.exec(query, ...args)` and returns how many rows it wrote.
    #[wasm_bindgen(catch)]
    pub fn sql_run(sql: &JsValue, query: &str, args: &str) -> Result<f64, JsValue>;

    /// `queue.send(JSON.parse(job))`, delivered after `delay_seconds` when not 0.
    #[wasm_bindgen(catch)]
    pub fn queue_send(
        queue: &JsValue,
        job: &str,
        delay_seconds: u32,
    ) -> Result<js_sys::Promise, JsValue>;

    /// `bucket.put(key, copy of bytes)`.
    #[wasm_bindgen(catch)]
    pub fn r2_put(bucket: &JsValue, key: &str, bytes: &[u8]) -> Result<js_sys::Promise, JsValue>;

    /// Resolves to the object's bytes (`Uint8Array`), or `null` when there is none.
    pub fn r2_get(bucket: &JsValue, key: &str) -> js_sys::Promise;

    /// Deletes the keys of a JSON array, 1,000 a call (R2's limit).
    pub fn r2_delete(bucket: &JsValue, keys: &str) -> js_sys::Promise;

    /// Deletes every object under `prefix`; resolves to how many.
    pub fn r2_delete_prefix(bucket: &JsValue, prefix: &str) -> js_sys::Promise;
}
