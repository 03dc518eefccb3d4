//! API integration suite: talks HTTP and WebSocket to a running local workerd.
//!
//! `cargo xtask test` starts `wrangler dev` and sets `FRONTDESK_BASE_URL`.

mod accounts;
mod api_keys;
mod attachments;
mod author_keys;
mod channels_messenger;
mod channels_resend;
mod channels_sms;
mod channels_wechat;
mod channels_whatsapp;
mod channels_x;
mod corrections;
mod details;
mod errors;
mod escalation;
mod event_subscriptions;
mod inbox_order;
mod instant_answers;
mod live_limits;
mod live_presence;
mod openapi;
mod phone_verification;
mod portal_identity;
mod rate_limits;
mod read_audit;
mod reports;
mod retention;
mod roles;
mod safety;
mod security;
mod session_expiry;
mod session_sockets;
mod sign_in_race;
mod staff;
mod staff_lifecycle;
mod support;
mod surveys;
mod team;
mod team_access;
mod templates;
mod url_privacy;
mod verified_identity;
mod visitor;
mod workflow;
