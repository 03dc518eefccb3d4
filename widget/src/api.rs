//! Typed calls to the Visitor API over `fetch`; every failure is the client core's
//! `ApiFailure`.

use frontdesk_client_core::failure::ApiFailure;
use frontdesk_client_core::path::encode_component as encode;
use frontdesk_client_core::retry::parse_retry_after;
use frontdesk_protocol::{
    CreateConversationRequest, CreateConversationResponse, IdentifyRequest, Message,
    MessagesResponse, SendMessageRequest, SurveyAnswerRequest, WidgetConfig,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, RequestMode, Response};

use crate::json::{self, object, Json};
use crate::store::Session;

/// The answer to a sent message: the stored copy and any automatic replies.
#[derive(Debug, Clone)]
pub struct Sent {
    pub message: Message,
    pub auto_replies: Vec<Message>,
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

    pub async fn widget_config(&self, clinic: &str) -> Result<WidgetConfig, ApiFailure> {
        let url = format!("{}/v1/clinics/{}/widget-config", self.base, encode(clinic));
        let body = call("GET", &url, None, None).await?;
        json::widget_config(&body).ok_or_else(|| ApiFailure::unreadable(200, None))
    }

    pub async fn create_conversation(
        &self,
        clinic: &str,
        body: &CreateConversationRequest,
    ) -> Result<CreateConversationResponse, ApiFailure> {
        let url = format!("{}/v1/clinics/{}/conversations", self.base, encode(clinic));
        let request = json::text(&object(&[
            ("page_url", body.page_url.as_deref().map(JsValue::from_str)),
            ("language", body.language.as_deref().map(JsValue::from_str)),
            (
                "visitor",
                body.visitor.as_ref().map(|v| visitor_object(v).into()),
            ),
        ]));
        let created = call("POST", &url, Some(request), None).await?;
        match (
            created.string("conversation_id"),
            created.string("visitor_token"),
        ) {
            (Some(conversation_id), Some(visitor_token)) => Ok(CreateConversationResponse {
                conversation_id,
                visitor_token,
            }),
            _ => Err(ApiFailure::unreadable(201, None)),
        }
    }

    pub async fn send_message(
        &self,
        session: &Session,
        body: &SendMessageRequest,
    ) -> Result<Sent, ApiFailure> {
        let url = format!(
            "{}/v1/conversations/{}/messages",
            self.base,
            encode(&session.conversation_id)
        );
        let attachment_ids = (!body.attachment_ids.is_empty()).then(|| {
            body.attachment_ids
                .iter()
                .map(|id| JsValue::from_str(id))
                .collect::<js_sys::Array>()
                .into()
        });
        let request = json::text(&object(&[
            (
                "client_msg_id",
                Some(JsValue::from_str(&body.client_msg_id)),
            ),
            ("text", Some(JsValue::from_str(&body.text))),
            ("attachment_ids", attachment_ids),
        ]));
        let sent = call("POST", &url, Some(request), Some(&session.visitor_token)).await?;
        read_sent(&sent)
    }

    /// Tells the clinic who the visitor is (`Frontdesk.identify` after the first message).
    pub async fn identify(
        &self,
        session: &Session,
        visitor: &IdentifyRequest,
    ) -> Result<(), ApiFailure> {
        let url = format!(
            "{}/v1/conversations/{}/visitor",
            self.base,
            encode(&session.conversation_id)
        );
        let request = json::text(&visitor_object(visitor));
        call("POST", &url, Some(request), Some(&session.visitor_token)).await?;
        Ok(())
    }

    /// Answers an after-treatment survey; the stored answer comes back as a message.
    pub async fn answer_survey(
        &self,
        session: &Session,
        survey_id: &str,
        answer: &SurveyAnswerRequest,
    ) -> Result<Sent, ApiFailure> {
        let url = format!(
            "{}/v1/conversations/{}/surveys/{}",
            self.base,
            encode(&session.conversation_id),
            encode(survey_id)
        );
        let request = json::text(&object(&[
            ("rating", Some(JsValue::from_f64(answer.rating as f64))),
            ("problems", Some(JsValue::from_bool(answer.problems))),
            ("comment", answer.comment.as_deref().map(JsValue::from_str)),
        ]));
        let sent = call("POST", &url, Some(request), Some(&session.visitor_token)).await?;
        read_sent(&sent)
    }

    pub async fn messages(
        &self,
        session: &Session,
        after: u64,
    ) -> Result<MessagesResponse, ApiFailure> {
        let url = format!(
            "{}/v1/conversations/{}/messages?after={after}",
            self.base,
            encode(&session.conversation_id)
        );
        let page = call("GET", &url, None, Some(&session.visitor_token)).await?;
        Ok(MessagesResponse {
            messages: json::messages(&page, "messages"),
        })
    }
}

fn visitor_object(request: &IdentifyRequest) -> js_sys::Object {
    let visitor = &request.visitor;
    object(&[
        ("name", visitor.name.as_deref().map(JsValue::from_str)),
        ("email", visitor.email.as_deref().map(JsValue::from_str)),
        ("phone", visitor.phone.as_deref().map(JsValue::from_str)),
        ("user_id", visitor.user_id.as_deref().map(JsValue::from_str)),
        (
            "user_hash",
            request.user_hash.as_deref().map(JsValue::from_str),
        ),
    ])
}

/// A stored message and its automatic replies, from a send or survey answer.
fn read_sent(body: &Json) -> Result<Sent, ApiFailure> {
    match body.object("message").as_ref().and_then(json::message) {
        Some(message) => Ok(Sent {
            message,
            auto_replies: json::messages(body, "auto_replies"),
        }),
        None => Err(ApiFailure::unreadable(201, None)),
    }
}

async fn call(
    method: &str,
    url: &str,
    body: Option<String>,
    bearer: Option<&str>,
) -> Result<Json, ApiFailure> {
    let response = fetch(method, url, body, bearer)
        .await
        .map_err(|_| ApiFailure::Network)?;
    read(response).await
}

/// What a promise of the attachment code (`lazy.js`) came to: its value, or the
/// failure a refused request's `Response` reads as (the same reading as every other
/// call's); a rejected promise is a network failure (an aborted upload included).
pub async fn settle(promise: js_sys::Promise) -> Result<JsValue, ApiFailure> {
    let value = JsFuture::from(promise)
        .await
        .map_err(|_| ApiFailure::Network)?;
    match value.dyn_into::<Response>() {
        Ok(response) => Err(read(response)
            .await
            .err()
            .unwrap_or_else(|| ApiFailure::unreadable(200, None))),
        Err(value) => Ok(value),
    }
}

/// A response's JSON body, or the failure it reads as.
async fn read(response: Response) -> Result<Json, ApiFailure> {
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
        return Json::parse(&text).ok_or_else(|| ApiFailure::unreadable(status, None));
    }
    let retry_after = response
        .headers()
        .get("Retry-After")
        .ok()
        .flatten()
        .and_then(|raw| parse_retry_after(&raw));
    let error = Json::parse(&text).and_then(|body| body.object("error"));
    let code = error.as_ref().and_then(|error| error.string("code"));
    let message = error.as_ref().and_then(|error| error.string("message"));
    Err(ApiFailure::answered(status, code, message, retry_after))
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
