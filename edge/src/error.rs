//! The edge's one error type: a status, a stable code and a message for the client.
//!
//! Platform failures are logged (without request data) and answered with a generic 500/503.

use frontdesk_protocol::{ApiError, MAX_BODY_BYTES};
use worker::Response;

/// An error on its way to becoming a JSON response.
#[derive(Debug)]
pub struct AppError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
    pub retry_after: Option<u32>,
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        AppError {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(400, code, message)
    }

    pub fn unauthorized(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(401, code, message)
    }

    pub fn forbidden(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(403, code, message)
    }

    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(404, code, message)
    }

    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(422, code, message)
    }

    /// No conversation has this id, or none the caller may see: another clinic's and an
    /// erased conversation look the same as a made-up id.
    pub fn unknown_conversation() -> Self {
        Self::not_found("unknown_conversation", "No conversation has this id.")
    }

    /// A failure of the platform, not of the request: logged, never echoed.
    pub fn internal(context: &str, error: impl std::fmt::Display) -> Self {
        worker::console_error!("internal error in {context}: {error}");
        Self::new(
            503,
            "temporarily_unavailable",
            "The service could not complete the request. Retry shortly.",
        )
        .with_retry_after(2)
    }

    /// The same error with a message for its context.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    pub fn with_retry_after(mut self, seconds: u32) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    pub fn into_response(self) -> Response {
        let body = ApiError::new(self.code, self.message);
        let mut response = crate::response::json_response(self.status, &body);
        if let Some(seconds) = self.retry_after {
            let _ = response
                .headers_mut()
                .set("Retry-After", &seconds.to_string());
        }
        response
    }
}

/// One constructor for each error code that more than one place answers with, so a code
/// is written once (a tidy test in `xtask` refuses a code literal written twice). What
/// varies between the places (the message, and for two codes the status) is an argument.
impl AppError {
    pub fn unknown_clinic() -> Self {
        Self::not_found("unknown_clinic", "No clinic has this id.")
    }

    /// The session is unknown, expired, signed out or its account disabled.
    pub fn session_expired() -> Self {
        Self::unauthorized(
            "session_expired",
            "The session is unknown, expired or signed out. Sign in again.",
        )
    }

    /// `what`: the sentence's verb phrase, "read reports".
    pub fn admins_only(what: &str) -> Self {
        Self::forbidden("admins_only", format!("Only admins can {what}."))
    }

    /// 404 for an id in the path, 422 for one in a request body.
    pub fn unknown_staff(status: u16, message: impl Into<String>) -> Self {
        Self::new(status, "unknown_staff", message)
    }

    /// 403 for a signed link past its time, 410 for a one-time link used or expired.
    pub fn link_expired(status: u16, message: impl Into<String>) -> Self {
        Self::new(status, "link_expired", message)
    }

    pub fn email_taken() -> Self {
        Self::new(
            409,
            "email_taken",
            "Someone already has an account with this email.",
        )
    }

    pub fn unreadable_body() -> Self {
        Self::bad_request("unreadable_body", "The request body could not be read.")
    }

    pub fn body_too_large() -> Self {
        Self::new(
            413,
            "body_too_large",
            format!("The request body is over {MAX_BODY_BYTES} bytes."),
        )
    }

    pub fn malformed_json(message: impl Into<String>) -> Self {
        Self::bad_request("malformed_json", message)
    }

    pub fn invalid_field(message: impl Into<String>) -> Self {
        Self::invalid("invalid_field", message)
    }

    pub fn invalid_filter(message: impl Into<String>) -> Self {
        Self::invalid("invalid_filter", message)
    }

    pub fn invalid_visitor(message: impl Into<String>) -> Self {
        Self::invalid("invalid_visitor", message)
    }

    pub fn invalid_phone(message: impl Into<String>) -> Self {
        Self::invalid("invalid_phone", message)
    }

    pub fn invalid_survey_answer(message: impl Into<String>) -> Self {
        Self::invalid("invalid_survey_answer", message)
    }

    pub fn invalid_webhook(message: impl Into<String>) -> Self {
        Self::bad_request("invalid_webhook", message)
    }

    pub fn channel_not_enabled(message: impl Into<String>) -> Self {
        Self::not_found("channel_not_enabled", message)
    }

    /// A channel's Workers secret is missing: the clinic's setup, not the request.
    pub fn channel_not_configured(message: impl Into<String>) -> Self {
        Self::new(503, "channel_not_configured", message)
    }

    /// The clinic has no email channel configured: nothing can be emailed.
    pub fn email_not_available(message: impl Into<String>) -> Self {
        Self::new(409, "email_not_available", message)
    }

    /// The patient opted out of this channel (SMS STOP): nothing more goes out on it.
    pub fn recipient_opted_out(message: impl Into<String>) -> Self {
        Self::new(409, "recipient_opted_out", message)
    }

    /// No delivery with this id (a channel send's seq, or a subscription's delivery).
    pub fn unknown_delivery(message: impl Into<String>) -> Self {
        Self::not_found("unknown_delivery", message)
    }

    pub fn text_too_long_for_channel(message: impl Into<String>) -> Self {
        Self::invalid("text_too_long_for_channel", message)
    }

    /// No saved reply (template) with this id or shortcut in the clinic.
    /// A code checked before any was sent (for the conversation, or for a notice link).
    pub fn no_code(message: impl Into<String>) -> Self {
        Self::not_found("no_code", message)
    }

    /// A notice link that was already opened with its code: each opens once.
    pub fn notice_link_used() -> Self {
        Self::new(
            410,
            "notice_link_used",
            "This link was already opened with its code. The clinic's next message comes \
             with a new link; or write to the clinic.",
        )
    }

    pub fn unknown_template(message: impl Into<String>) -> Self {
        Self::not_found("unknown_template", message)
    }

    /// A template that cannot be rendered or read (a stored WhatsApp template, a saved
    /// reply's placeholders).
    pub fn invalid_template(message: impl Into<String>) -> Self {
        Self::invalid("invalid_template", message)
    }

    /// Practice software named a patient by a contact that has no conversation here.
    pub fn unknown_patient(message: impl Into<String>) -> Self {
        Self::not_found("unknown_patient", message)
    }
}

impl From<worker::Error> for AppError {
    fn from(error: worker::Error) -> Self {
        AppError::internal("platform", error)
    }
}
