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

export function queue_send(queue, job) {
  return queue.send(JSON.parse(job));
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

    /// `queue.send(JSON.parse(job))`.
    #[wasm_bindgen(catch)]
    pub fn queue_send(queue: &JsValue, job: &str) -> Result<js_sys::Promise, JsValue>;
}
