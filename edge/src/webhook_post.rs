//! One signed webhook POST by the Standard Webhooks scheme (`domain::webhook`): the
//! escalation notifications go out through here, through the same HTTP call as the
//! providers' APIs (`provider_call`).

use frontdesk_domain::channels::{HttpMethod, OutboundRequest};
use frontdesk_domain::webhook::WebhookSecret;

use crate::error::{AppError, AppResult};

/// POSTs `body` to `url` with `webhook-id` `id`, this attempt's timestamp and its
/// signature, and `extra` headers (e.g. the event type). Returns the receiver's status,
/// or why no answer came.
pub async fn post(
    url: &str,
    secret: &WebhookSecret,
    id: &str,
    body: String,
    extra: &[(&str, &str)],
) -> Result<u16, String> {
    let timestamp = crate::time::now().timestamp();
    let mut headers = vec![("Content-Type".to_owned(), "application/json".to_owned())];
    for (name, value) in secret.headers(id, timestamp, body.as_bytes()) {
        headers.push((name.to_owned(), value));
    }
    for (name, value) in extra {
        headers.push(((*name).to_owned(), (*value).to_owned()));
    }
    let request = OutboundRequest {
        method: HttpMethod::Post,
        url: url.to_owned(),
        headers,
        body,
    };
    crate::provider_call::call(&request)
        .await
        .map(|(status, _)| status)
}

/// A signing secret from the Workers secret `name` (a `whsec_…` value).
pub fn secret(env: &worker::Env, name: &str) -> AppResult<WebhookSecret> {
    let text = env
        .secret(name)
        .map_err(|e| AppError::internal("webhook secret missing", e))?
        .to_string();
    WebhookSecret::parse(&text).map_err(|e| AppError::internal("webhook secret", e))
}
