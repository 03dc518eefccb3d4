//! The HTTP call to a provider's API, as the domain's adapter described it
//! (`OutboundRequest`, or an `Upload` whose body is bytes): shared by the sender, WeChat's
//! access-token fetch, the channel media downloads (`channel_media`) and the photo uploads
//! to WeChat and X (`channel_send::media`).

use frontdesk_domain::channels::media_upload::Upload;
use wasm_bindgen::JsValue;
use worker::{Fetch, Headers, Method, RequestInit};

/// Makes the provider call; returns its status and body, or why it could not be made.
/// The URL may carry a credential (WeChat's access token): never log it.
pub async fn call(
    request: &frontdesk_domain::channels::OutboundRequest,
) -> Result<(u16, Vec<u8>), String> {
    // A GET may carry no body, not even an empty one (fetch refuses it).
    let body = (request.method != frontdesk_domain::channels::HttpMethod::Get)
        .then(|| JsValue::from_str(&request.body));
    fetch(
        request.method.as_str(),
        &request.url,
        &request.headers,
        body,
    )
    .await
}

/// Makes an upload (a `POST` of bytes); as [`call`].
pub async fn upload(request: &Upload) -> Result<(u16, Vec<u8>), String> {
    let body = js_sys::Uint8Array::from(request.body.as_slice());
    fetch("POST", &request.url, &request.headers, Some(body.into())).await
}

async fn fetch(
    method: &str,
    url: &str,
    header_pairs: &[(String, String)],
    body: Option<JsValue>,
) -> Result<(u16, Vec<u8>), String> {
    let headers = Headers::new();
    for (name, value) in header_pairs {
        headers.set(name, value).map_err(|e| e.to_string())?;
    }
    let mut init = RequestInit::new();
    init.with_method(Method::from(method.to_owned()))
        .with_headers(headers)
        .with_body(body);
    let outgoing = worker::Request::new_with_init(url, &init).map_err(|e| e.to_string())?;
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
