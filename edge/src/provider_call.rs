//! The HTTP call to a provider's API, as the domain's adapter described it
//! (`OutboundRequest`): shared by the sender and WeChat's access-token fetch.

use wasm_bindgen::JsValue;
use worker::{Fetch, Headers, Method, RequestInit};

/// Makes the provider call; returns its status and body, or why it could not be made.
/// The URL may carry a credential (WeChat's access token): never log it.
pub async fn call(
    request: &frontdesk_domain::channels::OutboundRequest,
) -> Result<(u16, Vec<u8>), String> {
    let headers = Headers::new();
    for (name, value) in &request.headers {
        headers.set(name, value).map_err(|e| e.to_string())?;
    }
    let mut init = RequestInit::new();
    init.with_method(Method::from(request.method.as_str().to_owned()))
        .with_headers(headers)
        .with_body(Some(JsValue::from_str(&request.body)));
    let outgoing =
        worker::Request::new_with_init(&request.url, &init).map_err(|e| e.to_string())?;
    let mut response = Fetch::Request(outgoing)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let body = response.bytes().await.unwrap_or_default();
    Ok((response.status_code(), body))
}
