//! Frontdesk's pure core: everything that decides, nothing that does I/O.
//!
//! Time, randomness and secrets come in as values, so every function here is
//! deterministic and tested natively; the same code runs in the edge worker.

pub mod access;
pub mod api_keys;
pub mod appointment;
pub mod approved_template;
pub mod attachment;
pub mod auto_reply;
pub mod channel_config;
pub mod channel_media;
pub mod channel_media_out;
pub mod channel_report;
pub mod channels;
pub mod clock_text;
pub mod config;
pub mod continuity;
pub mod email;
pub mod escalation;
pub mod events;
pub mod fhir;
pub mod hours;
pub mod identity;
pub mod ids;
pub mod inbox_page;
pub mod knowledge;
pub mod live_limits;
pub mod multipart;
pub mod notice_link;
pub mod one_time_code;
pub mod outreach;
pub mod password;
pub mod portal_identity;
pub mod rate_limit;
pub mod reply_grants;
pub mod reply_time;
pub mod reports;
pub mod retention;
pub mod safety;
pub mod saved_reply;
pub mod sessions;
pub mod sla;
pub mod sorting;
pub mod staff_tokens;
pub mod stores;
pub mod survey;
pub mod survey_channel;
pub mod template;
pub mod text;
pub mod theme;
pub mod treatment;
pub mod triage;
pub mod triage_correction;
pub mod typing;
pub mod verified_identity;
pub mod visitor_token;
pub mod webhook;
pub mod zone;

pub use config::{ClinicConfig, ConfigError};
