//! JSON in and out through the browser: `JSON.parse` plus field lookups to read the API's
//! answers and the stored state, `JSON.stringify` to write. No JSON codec ships in the wasm,
//! which keeps the panel within its size budget. Anything missing or of the wrong type reads
//! as `None`, the way a strict decoder would refuse it.

use std::collections::BTreeMap;

use frontdesk_protocol::{Attachment, Author, Department, Message, Theme, WidgetConfig};
use wasm_bindgen::JsValue;

/// A parsed JSON object.
pub struct Json(JsValue);

impl Json {
    /// Parses `text`; `None` unless it is a JSON object.
    pub fn parse(text: &str) -> Option<Json> {
        js_sys::JSON::parse(text).ok().filter(is_record).map(Json)
    }

    fn get(&self, key: &str) -> JsValue {
        js_sys::Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    pub fn object(&self, key: &str) -> Option<Json> {
        let value = self.get(key);
        is_record(&value).then_some(Json(value))
    }

    pub fn string(&self, key: &str) -> Option<String> {
        self.get(key).as_string()
    }

    fn number(&self, key: &str) -> Option<f64> {
        self.get(key).as_f64()
    }

    /// A whole, non-negative number field, such as a `seq`.
    pub fn count(&self, key: &str) -> Option<u64> {
        self.number(key)
            .filter(|n| *n >= 0.0 && n.fract() == 0.0)
            .map(|n| n as u64)
    }

    pub fn boolean(&self, key: &str) -> Option<bool> {
        self.get(key).as_bool()
    }

    /// The strings of an array field (other items are skipped); empty when absent.
    fn strings(&self, key: &str) -> Vec<String> {
        let value = self.get(key);
        if !js_sys::Array::is_array(&value) {
            return Vec::new();
        }
        js_sys::Array::from(&value)
            .iter()
            .filter_map(|item| item.as_string())
            .collect()
    }

    /// The objects of an array field (other items are skipped); empty when absent.
    pub fn objects(&self, key: &str) -> Vec<Json> {
        let value = self.get(key);
        if !js_sys::Array::is_array(&value) {
            return Vec::new();
        }
        js_sys::Array::from(&value)
            .iter()
            .filter(is_record)
            .map(Json)
            .collect()
    }
}

/// A JSON object, not an array or `null`.
fn is_record(value: &JsValue) -> bool {
    value.is_object() && !js_sys::Array::is_array(value)
}

/// A message object; `None` when a required field is missing.
pub fn message(json: &Json) -> Option<Message> {
    Some(Message {
        id: json.string("id")?,
        seq: json.number("seq").filter(|seq| *seq >= 0.0)? as u64,
        author: Author::parse(&json.string("author")?)?,
        text: json.string("text")?,
        sent_at: json.string("sent_at")?,
        client_msg_id: json.string("client_msg_id"),
        author_name: json.string("author_name"),
        attachments: json
            .objects("attachments")
            .iter()
            .filter_map(attachment)
            .collect(),
    })
}

/// A message's file: id and type (its size is not shown).
fn attachment(json: &Json) -> Option<Attachment> {
    Some(Attachment {
        id: json.string("id")?,
        content_type: json.string("content_type")?,
        size: 0,
    })
}

/// The readable messages of an array field.
pub fn messages(json: &Json, key: &str) -> Vec<Message> {
    json.objects(key).iter().filter_map(message).collect()
}

/// `GET widget-config`.
pub fn widget_config(json: &Json) -> Option<WidgetConfig> {
    let theme = json.object("theme")?;
    Some(WidgetConfig {
        clinic_id: json.string("clinic_id")?,
        clinic_name: json.string("clinic_name")?,
        greeting: json.string("greeting")?,
        theme: Theme {
            brand_color: theme.string("brand_color")?,
            brand_text_color: theme.string("brand_text_color")?,
            position: theme.string("position")?,
            launcher_text: theme.string("launcher_text")?,
        },
        languages: json.strings("languages"),
        open_now: json.get("open_now").as_bool()?,
        next_opening: json.string("next_opening"),
        emergency_number: json.string("emergency_number")?,
        privacy_url: json.string("privacy_url")?,
        reply_minutes: json
            .object("reply_minutes")
            .map(|waits| reply_minutes(&waits))
            .unwrap_or_default(),
    })
}

/// Minutes per department. Inserted one by one: `collect()` into a `BTreeMap` sorts
/// first, and that sort was the only one in the panel (about 1 KB brotli).
fn reply_minutes(waits: &Json) -> BTreeMap<Department, u32> {
    let mut minutes = BTreeMap::new();
    for department in Department::ALL {
        if let Some(wait) = waits.number(department.as_str()).filter(|m| *m > 0.0) {
            minutes.insert(department, wait as u32);
        }
    }
    minutes
}

/// A plain JS object with the given fields; `None` values are left out.
pub fn object(fields: &[(&str, Option<JsValue>)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        if let Some(value) = value {
            _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
        }
    }
    object
}

/// `JSON.stringify`.
pub fn text(value: &JsValue) -> String {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}
