//! API integration suite: talks HTTP and WebSocket to a running local workerd.
//!
//! `cargo xtask test` starts `wrangler dev` and sets `FRONTDESK_BASE_URL`.

mod accounts;
mod errors;
mod escalation;
mod openapi;
mod rate_limits;
mod reports;
mod roles;
mod safety;
mod security;
mod staff;
mod support;
mod visitor;
mod workflow;
