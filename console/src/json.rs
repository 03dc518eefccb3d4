//! JSON through the browser: the API's answers, live frames and the stored session are
//! parsed by `JSON.parse` and read into the protocol's types by serde-wasm-bindgen;
//! requests are written by `JSON.stringify`. No JSON codec ships in the console's wasm:
//! serde_json's parser and its per-type code were 18 KB brotli (BENCHMARKS.md, "Console
//! size, round 3"). A missing or wrong field is `None`, as serde would refuse it.

use serde::{de::DeserializeOwned, Serialize};

/// `text` read as a `T`; `None` unless it is JSON of that shape.
pub fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
    let value = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// `value` as JSON text, with `null` for `None` and objects for maps, as serde_json wrote.
pub fn write(value: &impl Serialize) -> Option<String> {
    let value = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}
