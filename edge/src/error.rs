//! The edge's one error type: a status, a stable code and a message for the client.
//!
//! Platform failures are logged (without request data) and answered with a generic 500/503.

use frontdesk_protocol::ApiError;
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

impl From<worker::Error> for AppError {
    fn from(error: worker::Error) -> Self {
        AppError::internal("platform", error)
    }
}
