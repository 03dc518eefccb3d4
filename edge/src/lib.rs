//! Frontdesk's edge worker: wires the Workers events to their modules.
//!
//! HTTP goes to `http`, queue batches to `inbox_queue`; each Durable Object lives in
//! its own `*_do.rs` file.

mod auth;
mod body;
mod conversation_do;
mod cors;
mod do_call;
mod error;
mod http;
mod ids;
mod inbox_do;
mod inbox_queue;
mod incoming;
mod live_socket;
mod rate_limit_do;
mod reply_estimates;
mod retention;
mod routes;
mod store;
mod survey_schedule;
mod time;

use worker::{
    event, web_sys, Context, Env, MessageBatch, Response, Result, ScheduleContext, ScheduledEvent,
};

#[event(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[event(fetch)]
async fn fetch(req: web_sys::Request, env: Env, _ctx: Context) -> Result<Response> {
    Ok(http::handle(incoming::Request::new(req), &env).await)
}

#[event(queue)]
async fn queue(batch: MessageBatch<inbox_queue::Job>, env: Env, _ctx: Context) -> Result<()> {
    inbox_queue::consume(batch, &env).await
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
