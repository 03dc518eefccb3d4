//! API integration suite: talks HTTP and WebSocket to a running local workerd.
//!
//! `cargo xtask test` starts `wrangler dev` and sets `FRONTDESK_BASE_URL`. Tests call the
//! API through `app::TestApp` (typed calls, the protocol crate's types) and name routes
//! through `paths`; `support` holds the older untyped helpers still in use.

mod accounts;
mod api_keys;
mod app;
mod appointments;
mod attachments;
mod author_keys;
mod channel_media;
mod channel_media_out;
mod channel_surveys;
mod channels_live_marks;
mod channels_messenger;
mod channels_notice;
mod channels_resend;
mod channels_sms;
mod channels_wechat;
mod channels_wechat_safe;
mod channels_whatsapp;
mod channels_x;
mod continuity;
mod corrections;
mod details;
mod email_verification;
mod errors;
mod escalation;
mod event_subscriptions;
mod fhir_export;
mod inbox_order;
mod inbox_paging;
mod instant_answers;
mod integrations;
mod live_limits;
mod live_presence;
mod mailbox;
mod openapi;
mod outreach;
mod paths;
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
mod staff_language;
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
