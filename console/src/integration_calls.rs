//! Typed calls for the integrations screen (admins): API keys and event subscriptions
//! with their delivery logs. Kept apart from `api.rs`, which is the staff workspace's.

use frontdesk_protocol::{
    ApiKey, ApiKeysResponse, CreateApiKeyRequest, CreateSubscriptionRequest, DeliveriesResponse,
    Redelivery, RevokedApiKey, Subscription, SubscriptionsResponse,
};

use crate::api::{call, encode, encode_component, ApiFailure};

const KEYS: &str = "/v1/admin/api-keys";
const SUBSCRIPTIONS: &str = "/v1/admin/event-subscriptions";

/// `GET /v1/admin/api-keys`: newest first, revoked ones included, never a secret.
pub async fn api_keys(token: &str) -> Result<ApiKeysResponse, ApiFailure> {
    call("GET", KEYS, Some(token), None).await
}

/// `POST /v1/admin/api-keys`: the answer holds the secret, the only time it is shown.
pub async fn create_api_key(
    token: &str,
    request: &CreateApiKeyRequest,
) -> Result<ApiKey, ApiFailure> {
    call("POST", KEYS, Some(token), Some(encode(request)?)).await
}

/// `DELETE /v1/admin/api-keys/{id}`: refused from the next call on.
pub async fn revoke_api_key(token: &str, id: &str) -> Result<RevokedApiKey, ApiFailure> {
    let path = format!("{KEYS}/{}", encode_component(id));
    call("DELETE", &path, Some(token), None).await
}

/// `GET /v1/admin/event-subscriptions`, without their secrets.
pub async fn subscriptions(token: &str) -> Result<SubscriptionsResponse, ApiFailure> {
    call("GET", SUBSCRIPTIONS, Some(token), None).await
}

/// `POST /v1/admin/event-subscriptions`: the answer holds the signing secret, once.
pub async fn subscribe(
    token: &str,
    request: &CreateSubscriptionRequest,
) -> Result<Subscription, ApiFailure> {
    call("POST", SUBSCRIPTIONS, Some(token), Some(encode(request)?)).await
}

/// `GET /v1/admin/event-subscriptions/{id}/deliveries`: the latest, newest first.
pub async fn deliveries(token: &str, id: &str) -> Result<DeliveriesResponse, ApiFailure> {
    let path = format!("{SUBSCRIPTIONS}/{}/deliveries", encode_component(id));
    call("GET", &path, Some(token), None).await
}

/// `POST …/deliveries/{delivery}/redeliver`: one more attempt under the same id.
pub async fn redeliver(token: &str, id: &str, delivery_id: &str) -> Result<Redelivery, ApiFailure> {
    let path = format!(
        "{SUBSCRIPTIONS}/{}/deliveries/{}/redeliver",
        encode_component(id),
        encode_component(delivery_id)
    );
    call("POST", &path, Some(token), None).await
}
