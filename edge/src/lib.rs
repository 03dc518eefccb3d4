//! Frontdesk's edge worker: wires the Workers events to their modules.
//!
//! HTTP goes to `http`, queue batches to `inbox_queue`; each Durable Object lives in
//! its own `*_do.rs` file.

mod auth;
mod body;
mod conversation_do;
mod cors;
mod error;
mod http;
mod ids;
mod inbox_do;
mod inbox_queue;
mod live_socket;
mod rate_limit_do;
mod retention;
mod routes;
mod store;
mod time;

use worker::{
    event, Context, Env, MessageBatch, Request, Response, Result, ScheduleContext, ScheduledEvent,
};

#[event(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> Result<Response> {
    Ok(http::handle(req, &env).await)
}

#[event(queue)]
async fn queue(batch: MessageBatch<inbox_queue::Job>, env: Env, _ctx: Context) -> Result<()> {
    inbox_queue::consume(batch, &env).await
}

/// The cron trigger (`[triggers] crons` in wrangler.toml): the daily retention sweep.
#[event(scheduled)]
async fn scheduled(_event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    if let Err(error) = retention::sweep(&env).await {
        // The next run retries; the error itself was logged where it happened.
        worker::console_error!("retention sweep stopped: {}", error.code);
    }
}
