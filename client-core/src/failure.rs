//! Why a call to the API failed, one type for both clients: no answer at all, or the
//! server's JSON error (`{"error": {"code", "message"}}`, CONTRACT.md) with its status
//! and `Retry-After`. Each client reads the body its own way (the widget through the
//! browser's JSON, the console through serde) and builds the failure here.

use std::time::Duration;

/// The code of an answer the client could not read (an HTML error page from a proxy, a
/// truncated body).
pub const INVALID_RESPONSE: &str = "invalid_response";

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiFailure {
    /// No answer at all: offline, DNS, CORS, or the server is down.
    #[error("Can't reach the server. Check the connection and try again.")]
    Network,
    /// The server answered with an error body, or with a body the client can't read
    /// (code [`INVALID_RESPONSE`]).
    #[error("{message}")]
    Api {
        status: u16,
        code: String,
        message: String,
        /// From `Retry-After` (429 and 503 answers).
        retry_after: Option<Duration>,
    },
}

impl ApiFailure {
    /// A non-2xx answer: the server's code and message when the body had both, else
    /// an unreadable answer with its status.
    pub fn answered(
        status: u16,
        code: Option<String>,
        message: Option<String>,
        retry_after: Option<Duration>,
    ) -> ApiFailure {
        match (code, message) {
            (Some(code), Some(message)) => ApiFailure::Api {
                status,
                code,
                message,
                retry_after,
            },
            _ => ApiFailure::unreadable(status, retry_after),
        }
    }

    /// An answer the client could not read.
    pub fn unreadable(status: u16, retry_after: Option<Duration>) -> ApiFailure {
        ApiFailure::Api {
            status,
            code: INVALID_RESPONSE.to_owned(),
            message: format!(
                "The server sent an answer we couldn't read (HTTP {status}). Try again in a moment."
            ),
            retry_after,
        }
    }

    /// Worth retrying later with the same request: no answer, rate limits, server trouble.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiFailure::Network => true,
            ApiFailure::Api { status, .. } => *status == 429 || *status >= 500,
        }
    }

    /// The session is missing or expired: staff must sign in again.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, ApiFailure::Api { status: 401, .. })
    }

    /// A visitor's stored conversation is gone or its token no longer works.
    pub fn is_session_lost(&self) -> bool {
        matches!(
            self,
            ApiFailure::Api {
                status: 401 | 404,
                ..
            }
        )
    }

    /// The machine-readable code, when the server answered.
    pub fn code(&self) -> Option<&str> {
        match self {
            ApiFailure::Network => None,
            ApiFailure::Api { code, .. } => Some(code),
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiFailure::Network => None,
            ApiFailure::Api { status, .. } => Some(*status),
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiFailure::Api { retry_after, .. } => *retry_after,
            ApiFailure::Network => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_become_typed_failures() {
        let refused = ApiFailure::answered(
            409,
            Some("already_claimed".into()),
            Some("Sam already owns this conversation.".into()),
            None,
        );
        assert_eq!(refused.code(), Some("already_claimed"));
        assert_eq!(refused.status(), Some(409));
        assert_eq!(refused.to_string(), "Sam already owns this conversation.");
        assert!(!refused.is_unauthorized() && !refused.is_transient());

        // A proxy's HTML page: the status stays, the code says it was unreadable.
        let html = ApiFailure::answered(502, None, Some("Bad gateway".into()), None);
        assert_eq!(html.code(), Some(INVALID_RESPONSE));
        assert!(html.to_string().contains("502"), "{html}");
        assert!(html.is_transient());

        let limited = ApiFailure::answered(
            429,
            Some("rate_limited".into()),
            Some("Slow down.".into()),
            Some(Duration::from_secs(7)),
        );
        assert!(limited.is_transient());
        assert_eq!(limited.retry_after(), Some(Duration::from_secs(7)));
    }

    #[test]
    fn which_failures_end_a_session_or_are_worth_retrying() {
        let status =
            |status| ApiFailure::answered(status, Some("c".into()), Some("m".into()), None);
        let table = [
            // (status, transient, unauthorized, session lost)
            (400, false, false, false),
            (401, false, true, true),
            (403, false, false, false),
            (404, false, false, true),
            (409, false, false, false),
            (429, true, false, false),
            (500, true, false, false),
            (503, true, false, false),
        ];
        for (code, transient, unauthorized, lost) in table {
            let failure = status(code);
            assert_eq!(failure.is_transient(), transient, "{code}");
            assert_eq!(failure.is_unauthorized(), unauthorized, "{code}");
            assert_eq!(failure.is_session_lost(), lost, "{code}");
        }
        assert!(ApiFailure::Network.is_transient());
        assert!(!ApiFailure::Network.is_unauthorized());
        assert_eq!(ApiFailure::Network.code(), None);
    }
}
