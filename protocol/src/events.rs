//! Event subscriptions (`/v1/admin/event-subscriptions`): the admin calls and their answers.

use serde::{Deserialize, Serialize};

/// `POST /v1/admin/event-subscriptions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateSubscriptionRequest {
    /// `https://` (`http://` only to a loopback host, for development).
    pub url: String,
    /// Event types, e.g. `message.created`.
    pub events: Vec<String>,
    /// Whether payloads carry message text (only to an https URL).
    #[serde(default)]
    pub include_text: bool,
}

/// One subscription; `secret` only in the answer that created it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: String,
    pub url: String,
    pub events: Vec<String>,
    pub include_text: bool,
    pub created_at: String,
    pub created_by: String,
    /// The `whsec_…` signing secret, shown once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

/// `GET /v1/admin/event-subscriptions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionsResponse {
    pub subscriptions: Vec<Subscription>,
}

/// `DELETE /v1/admin/event-subscriptions/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedSubscription {
    pub id: String,
    pub deleted: bool,
}

/// One delivery of one event to one subscription: its `webhook-id` and how it went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDelivery {
    pub id: String,
    pub event: String,
    pub occurred_at: String,
    pub attempts: u32,
    pub last_status: Option<u16>,
    pub last_error: Option<String>,
    pub last_attempt_at: Option<String>,
    pub delivered_at: Option<String>,
}

/// `GET /v1/admin/event-subscriptions/{id}/deliveries`, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveriesResponse {
    pub deliveries: Vec<EventDelivery>,
}

/// `POST /v1/admin/event-subscriptions/{id}/deliveries/{delivery}/redeliver`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redelivery {
    pub id: String,
    pub queued: bool,
}
