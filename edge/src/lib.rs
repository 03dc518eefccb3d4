//! Frontdesk's edge worker: wires the Workers events to their modules.
//!
//! HTTP goes to `http`, queue batches to `inbox_queue`; each Durable Object lives in
//! its own `*_do.rs` file.

mod api_key_auth;
mod attachment_bucket;
mod attachment_links;
mod auth;
mod body;
mod channel_media;
mod channel_send;
mod continuity;
mod conversation_do;
mod cors;
mod delivery_marks;
mod do_call;
mod error;
mod events;
mod http;
mod ids;
mod inbox_do;
mod inbox_queue;
mod incoming;
mod intl_zones;
mod jobs;
mod js;
mod live_socket;
mod mail;
mod notice_links;
mod object_sql;
mod params;
mod provider_call;
mod rate_limit_do;
mod reply_estimates;
mod reply_grants;
mod response;
mod retention;
mod routes;
mod staff_links;
mod store;
mod survey_schedule;
mod time;
mod to_visitor;
mod trace;
mod webhook_post;
mod wechat_safe;
mod wechat_token;

use worker::{
    event, web_sys, Context, Env, MessageBatch, Response, ResponseBody, Result, ScheduleContext,
    ScheduledEvent,
};

#[event(start)]
fn start() {
    console_error_panic_hook::set_once();
    frontdesk_domain::zone::install(&intl_zones::IntlZones);
}

#[event(fetch)]
async fn fetch(req: web_sys::Request, env: Env, _ctx: Context) -> Result<web_sys::Response> {
    Ok(into_runtime(
        http::handle(incoming::Request::new(req), &env).await,
    ))
}

/// Hands a response to the runtime. A text body goes in one JS call (`js::respond`);
/// `worker`'s own conversion copies it into a `Uint8Array` and builds the init object
/// field by field. Anything else (WebSocket upgrades, streams) takes that conversion.
fn into_runtime(response: Response) -> web_sys::Response {
    text_response(&response).unwrap_or_else(|| response.into())
}

/// The response built in one JS call, when its body is text and it is no upgrade.
fn text_response(response: &Response) -> Option<web_sys::Response> {
    let ResponseBody::Body(bytes) = response.body() else {
        return None;
    };
    if response.status_code() == 101 {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    js::respond(response.status_code(), text, &response.headers().0).ok()
}

#[event(queue)]
async fn queue(batch: MessageBatch<jobs::Job>, env: Env, _ctx: Context) -> Result<()> {
    trace::init(&env);
    let started = trace::now();
    let size = batch.raw_iter().count();
    let consumed = inbox_queue::consume(batch, &env).await;
    trace::since("batch", &size.to_string(), started);
    consumed
}

/// The daily retention sweep's cron (`[triggers] crons` in wrangler.toml).
const RETENTION_CRON: &str = "30 3 * * *";

/// The cron triggers: the daily retention sweep; hourly, the reply-time estimate and the
/// scheduled after-treatment surveys.
#[event(scheduled)]
async fn scheduled(event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    // The next run retries; errors were logged where they happened.
    // Locally the test trigger may pass the expression URL-encoded (`30+3+*+*+*`).
    if event.cron().replace('+', " ") == RETENTION_CRON {
        if let Err(error) = retention::sweep(&env).await {
            worker::console_error!("retention sweep stopped: {}", error.code);
        }
    } else {
        if let Err(error) = reply_estimates::refresh(&env).await {
            worker::console_error!("reply estimates stopped: {}", error.code);
        }
        if let Err(error) = survey_schedule::send_due(&env).await {
            worker::console_error!("survey round stopped: {}", error.code);
        }
    }
}
