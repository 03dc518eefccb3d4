//! What WhatsApp and Messenger share as Meta platforms: the GET verification handshake,
//! the `X-Hub-Signature-256` check, the Graph API call and its error shape.
//!
//! Docs: <https://developers.facebook.com/docs/graph-api/webhooks/getting-started>
//! (handshake and signature), <https://developers.facebook.com/docs/graph-api/guides/error-handling>.

pub mod messenger;
pub mod whatsapp;

use serde::Deserialize;

use super::signature::{hmac_sha256, matches, verify_sha256_header, DigestText};
use super::{
    http_failure, join_url, FailureReason, HandshakeReply, HttpMethod, OutboundRequest,
    ProviderFailure, ProviderMessageId, Secret, SendReceipt, VerifyError, WebhookRequest,
};

/// The header Meta signs webhook bodies in.
pub const SIGNATURE_HEADER: &str = "X-Hub-Signature-256";

/// The Graph API version the adapters call.
pub const DEFAULT_API_VERSION: &str = "v21.0";

/// The Meta app that receives one clinic's webhooks.
#[derive(Debug, Clone)]
pub struct MetaApp {
    /// Keys the body signature.
    pub app_secret: Secret,
    /// The clinic's own string, echoed back in the handshake.
    pub verify_token: Secret,
}

/// Where and as whom the clinic calls the Graph API.
#[derive(Debug, Clone)]
pub struct GraphApi {
    /// `https://graph.facebook.com` in production, the provider sandbox in dev.
    pub base: String,
    /// `v21.0`, ...
    pub version: String,
    /// The system-user (WhatsApp) or page (Messenger) access token.
    pub access_token: Secret,
}

impl MetaApp {
    /// The handshake: `hub.mode=subscribe` with the right `hub.verify_token` gets
    /// `hub.challenge` back as plain text.
    pub fn handshake(&self, request: &WebhookRequest<'_>) -> Result<HandshakeReply, VerifyError> {
        let mode = request
            .query("hub.mode")
            .ok_or(VerifyError::MissingParameter("hub.mode"))?;
        let token = request
            .query("hub.verify_token")
            .ok_or(VerifyError::MissingParameter("hub.verify_token"))?;
        let challenge = request
            .query("hub.challenge")
            .ok_or(VerifyError::MissingParameter("hub.challenge"))?;
        matches(token.as_bytes(), self.verify_token.expose().as_bytes())
            .map_err(|_| VerifyError::WrongVerifyToken)?;
        if mode != "subscribe" {
            return Err(VerifyError::MissingParameter("hub.mode"));
        }
        Ok(HandshakeReply {
            content_type: "text/plain",
            body: challenge.into_owned(),
        })
    }

    /// `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the app
    /// secret>`.
    pub fn verify(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
        verify_sha256_header(
            request,
            SIGNATURE_HEADER,
            self.app_secret.expose(),
            DigestText::Hex,
        )
    }
}

/// The signature header value Meta would send for `body` (for the sandbox and tests).
pub fn signature(app_secret: &str, body: &[u8]) -> String {
    format!(
        "sha256={}",
        hex::encode(hmac_sha256(app_secret.as_bytes(), body))
    )
}

impl GraphApi {
    /// A JSON POST to `path` under the versioned Graph base, token in the header (never in
    /// the URL, where logs keep it).
    pub(crate) fn post(&self, path: &str, body: &serde_json::Value) -> OutboundRequest {
        OutboundRequest {
            method: HttpMethod::Post,
            url: join_url(&self.base, &format!("{}/{}", self.version, path)),
            headers: vec![
                (
                    "Authorization".to_string(),
                    format!("Bearer {}", self.access_token.expose()),
                ),
                ("Content-Type".to_string(), "application/json".to_string()),
            ],
            body: body.to_string(),
        }
    }
}

/// The Graph API's error body: `{"error": {"message", "type", "code", "error_subcode"}}`.
#[derive(Debug, Deserialize)]
struct GraphErrorBody {
    error: GraphError,
}

#[derive(Debug, Deserialize)]
struct GraphError {
    code: Option<i64>,
    error_subcode: Option<i64>,
    message: Option<String>,
}

/// A failure's code as `code` or `code:subcode` (Messenger's window refusal is `10:2018278`).
fn graph_code(code: i64, subcode: Option<i64>) -> String {
    match subcode {
        Some(subcode) => format!("{code}:{subcode}"),
        None => code.to_string(),
    }
}

/// Reads a send response: success bodies go to `read_id`; errors to their typed reason.
fn read_graph_response(
    status: u16,
    body: &[u8],
    read_id: impl Fn(&serde_json::Value) -> Option<String>,
    reason: impl Fn(&str) -> FailureReason,
) -> Result<SendReceipt, ProviderFailure> {
    if (200..300).contains(&status) {
        let id = serde_json::from_slice::<serde_json::Value>(body)
            .ok()
            .and_then(|json| read_id(&json));
        return Ok(SendReceipt {
            provider_message_id: id.map(ProviderMessageId),
        });
    }
    match serde_json::from_slice::<GraphErrorBody>(body) {
        Ok(GraphErrorBody {
            error:
                GraphError {
                    code: Some(code),
                    error_subcode,
                    message,
                },
        }) => {
            let code = graph_code(code, error_subcode);
            Err(ProviderFailure {
                reason: reason(&code),
                code,
                message,
            })
        }
        _ => Err(http_failure(status)),
    }
}

/// Graph errors common to both platforms.
/// <https://developers.facebook.com/docs/graph-api/guides/error-handling>
fn common_failure_reason(code: &str) -> FailureReason {
    let main = code.split(':').next().unwrap_or(code);
    match main {
        // Access token expired or invalid; permission missing.
        "190" | "102" | "10" | "200" => FailureReason::Credentials,
        // Application or user request limit reached.
        "4" | "17" | "32" | "613" | "80006" => FailureReason::RateLimited,
        _ => FailureReason::Other,
    }
}

/// Seconds since the epoch as Meta writes them (WhatsApp: a string of digits) to ms.
fn seconds_to_ms(seconds: &str) -> Option<i64> {
    seconds.parse::<i64>().ok()?.checked_mul(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> MetaApp {
        MetaApp {
            app_secret: Secret::new("dev-meta-app-secret"),
            verify_token: Secret::new("dev-meta-verify-token"),
        }
    }

    fn get(url: &str) -> Result<HandshakeReply, VerifyError> {
        app().handshake(&WebhookRequest {
            method: HttpMethod::Get,
            url,
            headers: &[],
            body: b"",
        })
    }

    #[test]
    fn handshake_echoes_the_challenge_only_for_the_right_token() {
        // The documented example: https://developers.facebook.com/docs/graph-api/webhooks/getting-started
        let base = "https://clinic.example/v1/channels/demo/whatsapp";
        let reply = get(&format!(
            "{base}?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=dev-meta-verify-token"
        ))
        .unwrap();
        assert_eq!(reply.body, "1158201444");
        assert_eq!(reply.content_type, "text/plain");
        let cases = [
            (
                "?hub.mode=subscribe&hub.challenge=1&hub.verify_token=meatyhamhock",
                VerifyError::WrongVerifyToken,
            ),
            (
                "?hub.mode=subscribe&hub.challenge=1&hub.verify_token=",
                VerifyError::WrongVerifyToken,
            ),
            (
                "?hub.mode=subscribe&hub.challenge=1",
                VerifyError::MissingParameter("hub.verify_token"),
            ),
            (
                "?hub.mode=subscribe&hub.verify_token=dev-meta-verify-token",
                VerifyError::MissingParameter("hub.challenge"),
            ),
            (
                "?hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=dev-meta-verify-token",
                VerifyError::MissingParameter("hub.mode"),
            ),
            ("", VerifyError::MissingParameter("hub.mode")),
        ];
        for (query, expected) in cases {
            assert_eq!(get(&format!("{base}{query}")), Err(expected), "{query}");
        }
    }

    #[test]
    fn body_signature_is_checked_over_the_raw_bytes() {
        let body = br#"{"object":"whatsapp_business_account","entry":[]}"#;
        let good = signature("dev-meta-app-secret", body);
        // Known value: HMAC-SHA256 hex, as `openssl dgst -sha256 -hmac` prints it.
        assert_eq!(good.len(), "sha256=".len() + 64);
        let verify = |headers: &[(String, String)], body: &[u8]| {
            app().verify(&WebhookRequest {
                method: HttpMethod::Post,
                url: "https://clinic.example/",
                headers,
                body,
            })
        };
        let header = |value: &str| vec![("x-hub-signature-256".to_string(), value.to_string())];
        assert_eq!(verify(&header(&good), body), Ok(()));
        let spaced = br#"{"object": "whatsapp_business_account","entry":[]}"#;
        assert_eq!(
            verify(&header(&good), spaced),
            Err(VerifyError::SignatureMismatch)
        );
        let other_secret = signature("another-app-secret", body);
        assert_eq!(
            verify(&header(&other_secret), body),
            Err(VerifyError::SignatureMismatch)
        );
        assert_eq!(
            verify(&header(&good[7..]), body),
            Err(VerifyError::MalformedSignature)
        );
        assert_eq!(
            verify(&header("sha256=zz"), body),
            Err(VerifyError::MalformedSignature)
        );
        assert_eq!(
            verify(&header("sha1=abcd"), body),
            Err(VerifyError::MalformedSignature)
        );
        assert_eq!(verify(&[], body), Err(VerifyError::MissingSignature));
    }

    #[test]
    fn signature_matches_an_independent_hmac() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the
        // well-known value from Wikipedia's HMAC article.
        assert_eq!(
            signature("key", b"The quick brown fox jumps over the lazy dog"),
            "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
    }

    #[test]
    fn graph_errors_carry_code_and_subcode() {
        let body = br#"{"error":{"message":"(#10) This message is sent outside of allowed window.","type":"OAuthException","code":10,"error_subcode":2018278,"fbtrace_id":"A1"}}"#;
        let failure = read_graph_response(
            400,
            body,
            |_| None,
            |code| {
                assert_eq!(code, "10:2018278");
                FailureReason::OutsideWindow
            },
        )
        .unwrap_err();
        assert_eq!(failure.code, "10:2018278");
        assert_eq!(failure.reason, FailureReason::OutsideWindow);
        assert!(failure
            .message
            .unwrap()
            .contains("outside of allowed window"));
        let unreadable =
            read_graph_response(502, b"<html>", |_| None, common_failure_reason).unwrap_err();
        assert_eq!(unreadable.code, "http_502");
        assert_eq!(common_failure_reason("190"), FailureReason::Credentials);
        assert_eq!(common_failure_reason("613"), FailureReason::RateLimited);
    }
}
