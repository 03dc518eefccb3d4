//! WeChat's access token for the customer-service message API: fetched from
//! `POST /cgi-bin/stable_token` (the domain builds the call and reads the answer) and
//! cached until shortly before it expires.
//!
//! Where it is cached, and why there: in this isolate's memory, keyed by the API base
//! and AppID, never in D1 or KV. The token is a credential, so it is kept nowhere at
//! rest. The stable-token endpoint hands every caller the same token until it expires
//! (unlike `/cgi-bin/token`, where each fetch invalidates the one before), so isolates
//! that each fetch their own never cut each other off; an isolate that starts cold costs
//! one fetch, well inside the endpoint's per-day allowance. When WeChat refuses a cached
//! token anyway (40001, 42001: revoked, or the AppSecret was reset), the sender fetches
//! with `force_refresh` and tries once more.

use std::cell::RefCell;
use std::collections::HashMap;

use frontdesk_domain::channel_config::WechatChannel;
use frontdesk_domain::channels::wechat::{self, AccessToken};
use frontdesk_domain::channels::{FailureReason, ProviderFailure, Secret};

use crate::time;

thread_local! {
    /// `api_base app_id` → the current token. Workers isolates are single-threaded.
    static CACHE: RefCell<HashMap<String, AccessToken>> = RefCell::new(HashMap::new());
}

fn key(config: &WechatChannel) -> String {
    format!("{} {}", config.api_base, config.app_id)
}

/// A usable access token: the cached one while fresh (unless `refresh`, after WeChat
/// refused it), else a new one from the API.
pub async fn access_token(
    config: &WechatChannel,
    app_secret: &Secret,
    refresh: bool,
) -> Result<Secret, ProviderFailure> {
    let now_ms = time::now().timestamp_millis();
    if !refresh {
        let cached = CACHE.with(|cache| {
            cache
                .borrow()
                .get(&key(config))
                .filter(|token| token.is_fresh(now_ms))
                .map(|token| token.value.clone())
        });
        if let Some(token) = cached {
            return Ok(token);
        }
    }
    let request =
        wechat::access_token_request(&config.api_base, &config.app_id, app_secret, refresh);
    let (status, body) = crate::provider_call::call(&request)
        .await
        .map_err(|error| ProviderFailure {
            code: "network".into(),
            reason: FailureReason::Other,
            message: Some(error),
        })?;
    let token = wechat::read_access_token(status, &body, now_ms)?;
    let value = token.value.clone();
    CACHE.with(|cache| cache.borrow_mut().insert(key(config), token));
    Ok(value)
}
