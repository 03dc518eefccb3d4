//! The HTTP call to a provider's API, as the domain's adapter described it
//! (`OutboundRequest`): shared by the sender, WeChat's access-token fetch and the
//! channel media downloads (`channel_media`).

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
        .with_headers(headers);
    // A GET may carry no body, not even an empty one (fetch refuses it).
    if request.method != frontdesk_domain::channels::HttpMethod::Get {
        init.with_body(Some(JsValue::from_str(&request.body)));
    }
    let outgoing =
        worker::Request::new_with_init(&request.url, &init).map_err(|e| e.to_string())?;
    let mut response = Fetch::Request(outgoing)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let body = response.bytes().await.unwrap_or_default();
    Ok((response.status_code(), body))
}

/// Makes the provider call and reads its answer with `read` (the adapter's
/// `read_send_response`); a call that could not be made is a retryable `network` failure.
pub async fn send_and_read<T>(
    request: &frontdesk_domain::channels::OutboundRequest,
    read: impl FnOnce(u16, &[u8]) -> Result<T, frontdesk_domain::channels::ProviderFailure>,
) -> Result<T, frontdesk_domain::channels::ProviderFailure> {
    match call(request).await {
        Ok((status, body)) => read(status, &body),
        Err(_) => Err(frontdesk_domain::channels::ProviderFailure {
            code: "network".into(),
            reason: frontdesk_domain::channels::FailureReason::Other,
            message: None,
        }),
    }
}
