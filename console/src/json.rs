//! JSON through the browser: the API's answers, live frames and the stored session are
//! parsed by `JSON.parse` and read into the protocol's types by the client core's strict
//! readers (`frontdesk_client_core::json`); request bodies and the stored session are
//! written by `JSON.stringify` of the object serde-wasm-bindgen builds from the
//! protocol's request types. No JSON codec and no derived `Deserialize` ship in the
//! console's wasm: 55 KB brotli (BENCHMARKS.md, "Console size, round 3").

use frontdesk_client_core::json::{Decode, JsonValue};
use serde::Serialize;
use wasm_bindgen::JsValue;

/// `value` as JSON text, with `null` for `None` and objects for maps, as serde_json wrote.
pub fn write(value: &impl Serialize) -> Option<String> {
    let value = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}

/// The browser's parsed JSON, read by the client core's strict readers.
pub struct Js(JsValue);

impl JsonValue for Js {
    fn field(&self, key: &str) -> Option<Js> {
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            return None;
        }
        let value = js_sys::Reflect::get(&self.0, &JsValue::from_str(key)).ok()?;
        (!value.is_undefined()).then_some(Js(value))
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }

    fn is_null(&self) -> bool {
        self.0.is_null()
    }

    fn items(&self) -> Option<Vec<Js>> {
        js_sys::Array::is_array(&self.0)
            .then(|| js_sys::Array::from(&self.0).iter().map(Js).collect())
    }
}

/// `text` read as a `T` by its client-core reader; `None` unless it is JSON of that shape.
pub fn decode<T: Decode>(text: &str) -> Option<T> {
    T::decode(&Js(js_sys::JSON::parse(text).ok()?))
}
