//! Event subscriptions (`/v1/admin/event-subscriptions`): admins subscribe URLs to the
//! clinic's events, read each subscription's delivery log and redeliver one. The rules
//! are the domain's (`events::validate`); delivery is `crate::events`.

use frontdesk_domain::events::{self, EventType, SubscriptionError, SubscriptionRequest};
use frontdesk_protocol::{
    CreateSubscriptionRequest, DeletedSubscription, DeliveriesResponse, Redelivery, StaffProfile,
    Subscription, SubscriptionsResponse,
};
use worker::{Env, Response};

use super::admin::admin;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::{self, events::StoredSubscription};
use crate::{auth, body, ids, time};

const WHAT: &str = "manage event subscriptions";

/// `GET /v1/admin/event-subscriptions`: without their secrets.
pub async fn list(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _) = admin(req, env, WHAT).await?;
    let subscriptions = store::events::subscriptions(env, &staff.clinic_id)
        .await?
        .into_iter()
        .map(|stored| stored.subscription)
        .collect();
    Ok(json_response(200, &SubscriptionsResponse { subscriptions }))
}

/// `POST /v1/admin/event-subscriptions`: answers with the signing secret, once.
pub async fn create(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (staff, via) = admin(req, env, WHAT).await?;
    auth::check_same_origin(req, via)?;
    let request: CreateSubscriptionRequest = body::read_json(req).await?;
    let mut kinds = Vec::with_capacity(request.events.len());
    for name in &request.events {
        let kind = EventType::parse(name).ok_or_else(|| {
            AppError::invalid(
                "unknown_event",
                format!(
                    "Events are {}.",
                    EventType::ALL.map(EventType::as_str).join(", ")
                ),
            )
        })?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    events::validate(&SubscriptionRequest {
        url: &request.url,
        events: &kinds,
        include_text: request.include_text,
    })
    .map_err(refusal)?;
    let secret = ids::webhook_secret()?.to_text();
    let stored = StoredSubscription {
        subscription: Subscription {
            id: ids::subscription_id()?,
            url: request.url,
            events: kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            include_text: request.include_text,
            created_at: time::now_rfc3339(),
            created_by: staff.id.clone(),
            secret: None,
        },
        secret,
    };
    if !store::events::insert_subscription(
        env,
        &staff.clinic_id,
        &stored,
        events::MAX_SUBSCRIPTIONS,
    )
    .await?
    {
        return Err(AppError::new(
            409,
            "too_many_subscriptions",
            format!(
                "A clinic may hold {} subscriptions; delete one first.",
                events::MAX_SUBSCRIPTIONS
            ),
        ));
    }
    audit(
        env,
        &staff,
        AuditAction::SubscriptionCreated,
        &stored.subscription.id,
    )
    .await?;
    Ok(json_response(
        201,
        &Subscription {
            secret: Some(stored.secret),
            ..stored.subscription
        },
    ))
}

/// `DELETE /v1/admin/event-subscriptions/{id}`: with its delivery log.
pub async fn delete(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, via) = admin(req, env, WHAT).await?;
    auth::check_same_origin(req, via)?;
    let id = known(env, &staff, raw_id).await?.subscription.id;
    store::events::delete_subscription(env, &staff.clinic_id, &id).await?;
    audit(env, &staff, AuditAction::SubscriptionDeleted, &id).await?;
    Ok(json_response(
        200,
        &DeletedSubscription { id, deleted: true },
    ))
}

/// `GET /v1/admin/event-subscriptions/{id}/deliveries`: the latest 100, newest first.
pub async fn deliveries(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _) = admin(req, env, WHAT).await?;
    let id = known(env, &staff, raw_id).await?.subscription.id;
    let deliveries = store::events::deliveries(env, &staff.clinic_id, &id).await?;
    Ok(json_response(200, &DeliveriesResponse { deliveries }))
}

/// `POST /v1/admin/event-subscriptions/{id}/deliveries/{delivery}/redeliver`: one more
/// attempt under the same `webhook-id`, whether or not the earlier ones succeeded.
pub async fn redeliver(
    req: &Request,
    env: &Env,
    raw_id: &str,
    delivery_id: &str,
) -> AppResult<Response> {
    let (staff, via) = admin(req, env, WHAT).await?;
    auth::check_same_origin(req, via)?;
    let id = known(env, &staff, raw_id).await?.subscription.id;
    let unknown = || AppError::unknown_delivery("This subscription has no such delivery.");
    if delivery_id.len() > 200 {
        return Err(unknown());
    }
    let stored = store::events::delivery(env, &staff.clinic_id, delivery_id)
        .await?
        .filter(|stored| stored.subscription_id == id)
        .ok_or_else(unknown)?;
    crate::events::queue_delivery(env, &staff.clinic_id, stored.delivery.id.clone()).await?;
    audit(env, &staff, AuditAction::Redelivered, &stored.delivery.id).await?;
    Ok(json_response(
        202,
        &Redelivery {
            id: stored.delivery.id,
            queued: true,
        },
    ))
}

/// The clinic's subscription with this id, or 404 (an id of a shape this service never
/// makes is refused before storage is touched).
async fn known(env: &Env, staff: &StaffProfile, raw_id: &str) -> AppResult<StoredSubscription> {
    let unknown = || AppError::not_found("unknown_subscription", "No subscription has this id.");
    if !ids::is_subscription_id(raw_id) {
        return Err(unknown());
    }
    store::events::subscription(env, &staff.clinic_id, raw_id)
        .await?
        .ok_or_else(unknown)
}

fn refusal(error: SubscriptionError) -> AppError {
    let code = match error {
        SubscriptionError::Url(_) | SubscriptionError::UrlTooLong => "invalid_url",
        SubscriptionError::NoEvents => "no_events",
        SubscriptionError::TextNeedsHttps => "text_needs_https",
    };
    AppError::invalid(code, error.to_string())
}

/// Subscription changes are admin actions, audited by id (the URL may name a system).
async fn audit(env: &Env, staff: &StaffProfile, action: AuditAction, id: &str) -> AppResult<()> {
    store::audit::record(env, &staff.clinic_id, &staff.id, action, None, Some(id)).await
}
