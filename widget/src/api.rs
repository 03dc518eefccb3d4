//! Typed calls to the Visitor API over `fetch`, with one error enum for the whole widget.

use std::time::Duration;

use frontdesk_protocol::{
    CreateConversationRequest, CreateConversationResponse, MessagesResponse, SendMessageRequest,
    SendMessageResponse, WidgetConfig,
};
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, RequestMode, Response};

use crate::store::Session;
use crate::thread::parse_retry_after;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// No answer at all: offline, DNS, CORS, or the server is down.
    #[error("Can't reach the clinic right now. We'll keep trying.")]
    Network,
    /// The server answered with an error body (or an unreadable one).
    #[error("{message}")]
    Api {
        status: u16,
        code: String,
        message: String,
        /// From `Retry-After` on 429 answers.
        retry_after: Option<Duration>,
    },
}

impl ApiError {
    /// Worth retrying later with the same request: no answer, rate limits, server trouble.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network => true,
            ApiError::Api { status, .. } => *status == 429 || *status >= 500,
        }
    }

    /// The stored conversation is gone or its token no longer works.
    pub fn is_session_lost(&self) -> bool {
        matches!(
            self,
            ApiError::Api {
                status: 401 | 404,
                ..
            }
        )
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiError::Api { retry_after, .. } => *retry_after,
            ApiError::Network => None,
        }
    }
}

/// The Visitor API at one origin.
#[derive(Debug, Clone)]
pub struct Api {
    base: String,
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api {
            base: base.trim_end_matches('/').to_owned(),
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub async fn widget_config(&self, clinic: &str) -> Result<WidgetConfig, ApiError> {
        let url = format!("{}/v1/clinics/{}/widget-config", self.base, encode(clinic));
        call("GET", &url, None, None).await
    }

    pub async fn create_conversation(
        &self,
        clinic: &str,
        body: &CreateConversationRequest,
    ) -> Result<CreateConversationResponse, ApiError> {
        let url = format!("{}/v1/clinics/{}/conversations", self.base, encode(clinic));
        let json = json_text(&js_object(&[
            ("page_url", body.page_url.as_deref().map(JsValue::from_str)),
            ("language", body.language.as_deref().map(JsValue::from_str)),
        ]));
        call("POST", &url, Some(json), None).await
    }

    pub async fn send_message(
        &self,
        session: &Session,
        body: &SendMessageRequest,
    ) -> Result<SendMessageResponse, ApiError> {
        let url = format!(
            "{}/v1/conversations/{}/messages",
            self.base,
            encode(&session.conversation_id)
        );
        call(
            "POST",
            &url,
            Some(json_text(&js_object(&[
                (
                    "client_msg_id",
                    Some(JsValue::from_str(&body.client_msg_id)),
                ),
                ("text", Some(JsValue::from_str(&body.text))),
            ]))),
            Some(&session.visitor_token),
        )
        .await
    }

    pub async fn messages(
        &self,
        session: &Session,
        after: u64,
    ) -> Result<MessagesResponse, ApiError> {
        let url = format!(
            "{}/v1/conversations/{}/messages?after={after}",
            self.base,
            encode(&session.conversation_id)
        );
        call("GET", &url, None, Some(&session.visitor_token)).await
    }
}

/// Percent-encodes one path or query component.
pub fn encode(component: &str) -> String {
    String::from(js_sys::encode_uri_component(component))
}

/// A plain JS object with the given fields; `None` values are left out.
pub fn js_object(fields: &[(&str, Option<JsValue>)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        if let Some(value) = value {
            _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
        }
    }
    object
}

/// The browser's `JSON.stringify`: request bodies and the stored state are encoded in JS,
/// so no JSON serializer ships in the wasm (the panel's size budget).
pub fn json_text(value: &JsValue) -> String {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

fn unreadable(status: u16, retry_after: Option<Duration>) -> ApiError {
    ApiError::Api {
        status,
        code: "invalid_response".into(),
        message: "The clinic's server sent an answer we couldn't read. Please try again.".into(),
        retry_after,
    }
}

async fn call<T: DeserializeOwned>(
    method: &str,
    url: &str,
    body: Option<String>,
    bearer: Option<&str>,
) -> Result<T, ApiError> {
    let response = fetch(method, url, body, bearer)
        .await
        .map_err(|_| ApiError::Network)?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    if response.ok() {
        return serde_json::from_str(&text).map_err(|_| unreadable(status, None));
    }
    let retry_after = response
        .headers()
        .get("Retry-After")
        .ok()
        .flatten()
        .and_then(|raw| parse_retry_after(&raw));
    Err(
        match serde_json::from_str::<frontdesk_protocol::ApiError>(&text) {
            Ok(wire) => ApiError::Api {
                status,
                code: wire.error.code,
                message: wire.error.message,
                retry_after,
            },
            Err(_) => unreadable(status, retry_after),
        },
    )
}

async fn fetch(
    method: &str,
    url: &str,
    body: Option<String>,
    bearer: Option<&str>,
) -> Result<Response, JsValue> {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_mode(RequestMode::Cors);
    if let Some(body) = &body {
        init.set_body(&JsValue::from_str(body));
    }
    let request = Request::new_with_str_and_init(url, &init)?;
    let headers = request.headers();
    headers.set("Accept", "application/json")?;
    if body.is_some() {
        headers.set("Content-Type", "application/json")?;
    }
    if let Some(token) = bearer {
        headers.set("Authorization", &format!("Bearer {token}"))?;
    }
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let response = JsFuture::from(window.fetch_with_request(&request)).await?;
    response.dyn_into::<Response>()
}
