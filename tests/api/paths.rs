//! Every request path the API suite calls, one function per route of the edge's `ROUTES`
//! table, so no test spells a `/v1/…` path by hand (a tidy test in `xtask` checks that).
//!
//! Segments are `&str` on purpose: tests that forge an id (`not-an-id`, another clinic's
//! conversation) still name the route they aim at here. Query strings go through
//! [`with_query`], which percent-encodes the values.

/// `path` with `pairs` as its query string (values percent-encoded); `path` unchanged when
/// there are none.
pub fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    if pairs.is_empty() {
        return path.to_owned();
    }
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    format!("{path}?{query}")
}

/// A path under `/v1/` that is no route, for the unknown-route error.
pub const NO_SUCH_ROUTE: &str = "/v1/nothing-here";

/// wrangler dev's hook that runs the worker's `scheduled` handler (`?cron=…`).
pub const SCHEDULED: &str = "/__scheduled";

// The visitor API.

pub const fn health() -> &'static str {
    "/v1/health"
}

pub fn widget_config(clinic: &str) -> String {
    format!("/v1/clinics/{clinic}/widget-config")
}

pub fn clinic_conversations(clinic: &str) -> String {
    format!("/v1/clinics/{clinic}/conversations")
}

pub fn conversation_messages(id: &str) -> String {
    format!("/v1/conversations/{id}/messages")
}

pub fn conversation_live(id: &str) -> String {
    format!("/v1/conversations/{id}/live")
}

pub fn conversation_attachments(id: &str) -> String {
    format!("/v1/conversations/{id}/attachments")
}

pub fn conversation_attachment(id: &str, attachment: &str) -> String {
    format!("/v1/conversations/{id}/attachments/{attachment}")
}

pub fn conversation_survey(id: &str, survey: &str) -> String {
    format!("/v1/conversations/{id}/surveys/{survey}")
}

pub fn conversation_visitor(id: &str) -> String {
    format!("/v1/conversations/{id}/visitor")
}

/// `channel` is `sms` or `email`.
pub fn verification(id: &str, channel: &str) -> String {
    format!("/v1/conversations/{id}/verification/{channel}")
}

/// `channel` is `sms` or `email`.
pub fn verification_check(id: &str, channel: &str) -> String {
    format!("/v1/conversations/{id}/verification/{channel}/check")
}

// Staff sessions and profile.

pub const fn staff_sessions() -> &'static str {
    "/v1/staff/sessions"
}

pub const fn current_session() -> &'static str {
    "/v1/staff/sessions/current"
}

pub const fn staff_me() -> &'static str {
    "/v1/staff/me"
}

pub const fn staff_language() -> &'static str {
    "/v1/staff/me/language"
}

pub const fn invite_accept() -> &'static str {
    "/v1/staff/invites/accept"
}

pub const fn password_reset_accept() -> &'static str {
    "/v1/staff/password-resets/accept"
}

// The staff inbox and threads.

pub const fn staff_inbox() -> &'static str {
    "/v1/staff/inbox"
}

pub const fn staff_search() -> &'static str {
    "/v1/staff/search"
}

pub const fn staff_live() -> &'static str {
    "/v1/staff/live"
}

pub const fn staff_conversations() -> &'static str {
    "/v1/staff/conversations"
}

pub const fn staff_outreach() -> &'static str {
    "/v1/staff/outreach"
}

pub const fn staff_templates() -> &'static str {
    "/v1/staff/templates"
}

/// `/v1/staff/conversations/{id}/{call}`, for the calls below and tests that walk them all.
pub fn staff_conversation_call(id: &str, call: &str) -> String {
    format!("/v1/staff/conversations/{id}/{call}")
}

pub fn staff_messages(id: &str) -> String {
    staff_conversation_call(id, "messages")
}

pub fn staff_message_resend(id: &str, seq: impl std::fmt::Display) -> String {
    format!("/v1/staff/conversations/{id}/messages/{seq}/resend")
}

pub fn staff_fhir(id: &str) -> String {
    staff_conversation_call(id, "fhir")
}

pub fn staff_claim(id: &str) -> String {
    staff_conversation_call(id, "claim")
}

pub fn staff_status(id: &str) -> String {
    staff_conversation_call(id, "status")
}

pub fn staff_assign(id: &str) -> String {
    staff_conversation_call(id, "assign")
}

pub fn staff_triage(id: &str) -> String {
    staff_conversation_call(id, "triage")
}

pub fn staff_surveys(id: &str) -> String {
    staff_conversation_call(id, "surveys")
}

pub fn staff_visitor(id: &str) -> String {
    staff_conversation_call(id, "visitor")
}

pub fn staff_labels(id: &str) -> String {
    staff_conversation_call(id, "labels")
}

pub fn staff_notes(id: &str) -> String {
    staff_conversation_call(id, "notes")
}

pub fn staff_history(id: &str) -> String {
    staff_conversation_call(id, "history")
}

pub fn staff_thread_live(id: &str) -> String {
    staff_conversation_call(id, "live")
}

pub fn staff_deliveries(id: &str) -> String {
    staff_conversation_call(id, "deliveries")
}

pub fn staff_attachments(id: &str) -> String {
    staff_conversation_call(id, "attachments")
}

pub fn staff_attachment(id: &str, attachment: &str) -> String {
    format!("/v1/staff/conversations/{id}/attachments/{attachment}")
}

// Administration.

pub const fn audit_log() -> &'static str {
    "/v1/admin/audit-log"
}

pub fn admin_conversation(id: &str) -> String {
    format!("/v1/admin/conversations/{id}")
}

pub const fn reports() -> &'static str {
    "/v1/admin/reports"
}

pub const fn triage_corrections() -> &'static str {
    "/v1/admin/triage-corrections"
}

pub const fn admin_staff() -> &'static str {
    "/v1/admin/staff"
}

pub const fn invites() -> &'static str {
    "/v1/admin/invites"
}

/// `/v1/admin/staff/{id}/{action}`: `password-reset`, `disable`, `enable`, `unlock`.
pub fn admin_staff_action(staff: &str, action: &str) -> String {
    format!("/v1/admin/staff/{staff}/{action}")
}

pub const fn admin_templates() -> &'static str {
    "/v1/admin/templates"
}

pub fn admin_template(id: &str) -> String {
    format!("/v1/admin/templates/{id}")
}

pub const fn event_subscriptions() -> &'static str {
    "/v1/admin/event-subscriptions"
}

pub fn event_subscription(id: &str) -> String {
    format!("/v1/admin/event-subscriptions/{id}")
}

pub fn event_deliveries(id: &str) -> String {
    format!("/v1/admin/event-subscriptions/{id}/deliveries")
}

pub fn event_redeliver(id: &str, delivery: &str) -> String {
    format!("/v1/admin/event-subscriptions/{id}/deliveries/{delivery}/redeliver")
}

pub const fn api_keys() -> &'static str {
    "/v1/admin/api-keys"
}

pub fn api_key(id: &str) -> String {
    format!("/v1/admin/api-keys/{id}")
}

// Integrations, notices and channels.

pub fn integration_messages(id: &str) -> String {
    format!("/v1/integrations/conversations/{id}/messages")
}

pub const fn integration_treatments() -> &'static str {
    "/v1/integrations/treatments"
}

pub const fn integration_appointments() -> &'static str {
    "/v1/integrations/appointments"
}

pub const fn notice_messages() -> &'static str {
    "/v1/notice/messages"
}

pub fn notice_survey(survey: &str) -> String {
    format!("/v1/notice/surveys/{survey}")
}

pub const fn notice_code() -> &'static str {
    "/v1/notice/code"
}

pub const fn notice_code_check() -> &'static str {
    "/v1/notice/code/check"
}

/// A provider's webhook: `provider` is `twilio`, `whatsapp`, `messenger`, `wechat` or `x`.
pub fn channel_webhook(clinic: &str, provider: &str) -> String {
    format!("/v1/channels/{clinic}/{provider}")
}
