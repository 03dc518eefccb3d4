//! Postmark's Email API: `POST /email` with the server token in
//! `X-Postmark-Server-Token`, a JSON message (`From`, `To`, `Subject`, `TextBody`,
//! `MessageStream`, `Tag`), answered `200` with `{ To, SubmittedAt, MessageID,
//! ErrorCode: 0, Message: "OK" }`, or an error status with `{ ErrorCode, Message }`
//! (Postmark's "Sending email with API" and "API overview: error codes").

use serde::Deserialize;
use serde_json::json;

use super::{EmailMessage, EmailProvider};
use crate::channels::{
    FailureReason, HttpMethod, OutboundRequest, ProviderFailure, ProviderMessageId, Secret,
    SendReceipt,
};

/// One clinic's Postmark server.
#[derive(Debug, Clone)]
pub struct Postmark {
    /// `https://api.postmarkapp.com`, or the provider sandbox's base in dev.
    pub api_base: String,
    pub server_token: Secret,
    /// `Name <address>` or the bare address.
    pub from: String,
    pub message_stream: String,
}

impl Postmark {
    /// The `From` value: the name quoted (Postmark asks punctuation in names to be
    /// quoted), then the address.
    pub fn sender(name: Option<&str>, address: &str) -> String {
        match name {
            Some(name) => format!("\"{name}\" <{address}>"),
            None => address.to_owned(),
        }
    }
}

/// Postmark's answer body, success or error: every field optional, so an unexpected
/// shape is still read as far as it goes.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Answer {
    #[serde(rename = "MessageID")]
    message_id: Option<String>,
    error_code: Option<i64>,
    message: Option<String>,
}

impl EmailProvider for Postmark {
    fn send_request(&self, message: &EmailMessage) -> OutboundRequest {
        let body = json!({
            "From": self.from,
            "To": message.to.as_str(),
            "Subject": message.subject,
            "TextBody": message.text,
            "Tag": message.tag,
            "MessageStream": self.message_stream,
            // Links in these emails are one-time secrets: no tracking redirect may see
            // them, and no pixel reports when a patient opened a code.
            "TrackOpens": false,
            "TrackLinks": "None",
        });
        OutboundRequest {
            method: HttpMethod::Post,
            url: format!("{}/email", self.api_base.trim_end_matches('/')),
            headers: vec![
                ("Accept".into(), "application/json".into()),
                ("Content-Type".into(), "application/json".into()),
                (
                    "X-Postmark-Server-Token".into(),
                    self.server_token.expose().to_owned(),
                ),
            ],
            body: body.to_string(),
        }
    }

    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure> {
        let answer: Option<Answer> = serde_json::from_slice(body).ok();
        let error_code = answer.as_ref().and_then(|a| a.error_code).unwrap_or(-1);
        if status == 200 && error_code == 0 {
            if let Some(id) = answer.as_ref().and_then(|a| a.message_id.clone()) {
                return Ok(SendReceipt {
                    provider_message_id: Some(ProviderMessageId(id)),
                });
            }
        }
        Err(ProviderFailure {
            code: if error_code >= 0 {
                format!("postmark_{error_code}")
            } else {
                format!("http_{status}")
            },
            reason: reason(status, error_code),
            message: answer.and_then(|a| a.message),
        })
    }
}

/// What a refusal means, from the HTTP status and Postmark's `ErrorCode`.
fn reason(status: u16, error_code: i64) -> FailureReason {
    match (status, error_code) {
        // Bad or missing server token; the sender signature is missing or unconfirmed; the
        // account may not send (pending, suspended): the clinic's setup, so tell an admin.
        (401, _) | (_, 10 | 400 | 401 | 405 | 412 | 413) => FailureReason::Credentials,
        // The recipient hard-bounced or complained before: Postmark won't send to it.
        (_, 406) => FailureReason::Undeliverable,
        // An invalid request, most often an illegal address.
        (_, 300) => FailureReason::InvalidRecipient,
        (429, _) | (_, 429) => FailureReason::RateLimited,
        _ => FailureReason::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::email::EmailAddress;

    fn postmark() -> Postmark {
        Postmark {
            api_base: "https://api.postmarkapp.com".into(),
            server_token: Secret::new("server token"),
            from: "sender@example.com".into(),
            message_stream: "outbound".into(),
        }
    }

    fn message() -> EmailMessage {
        EmailMessage {
            to: EmailAddress::parse("receiver@example.com").expect("address"),
            subject: "Postmark test".into(),
            text: "Hello dear Postmark user.".into(),
            tag: "test",
        }
    }

    /// Postmark's documented curl example ("Sending email with API"), text part.
    #[test]
    fn builds_the_documented_request() {
        let request = postmark().send_request(&message());
        assert_eq!(request.method, HttpMethod::Post);
        assert_eq!(request.url, "https://api.postmarkapp.com/email");
        assert_eq!(request.header("accept"), Some("application/json"));
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_eq!(
            request.header("x-postmark-server-token"),
            Some("server token")
        );
        let body: serde_json::Value = serde_json::from_str(&request.body).expect("json");
        assert_eq!(body["From"], "sender@example.com");
        assert_eq!(body["To"], "receiver@example.com");
        assert_eq!(body["Subject"], "Postmark test");
        assert_eq!(body["TextBody"], "Hello dear Postmark user.");
        assert_eq!(body["MessageStream"], "outbound");
        assert_eq!(body["Tag"], "test");
        assert_eq!(body["TrackOpens"], false);
        assert_eq!(body["TrackLinks"], "None");
        assert!(body.get("HtmlBody").is_none());
    }

    #[test]
    fn quotes_the_senders_name() {
        assert_eq!(
            Postmark::sender(Some("Lakeside Clinic"), "no-reply@lakeside.example"),
            "\"Lakeside Clinic\" <no-reply@lakeside.example>"
        );
        assert_eq!(
            Postmark::sender(None, "no-reply@lakeside.example"),
            "no-reply@lakeside.example"
        );
    }

    /// The documented success answer.
    #[test]
    fn reads_the_documented_success() {
        let body = br#"{
          "To": "receiver@example.com",
          "SubmittedAt": "2014-02-17T07:25:01.4178645-05:00",
          "MessageID": "0a129aee-e1cd-480d-b08d-4f48548ff48d",
          "ErrorCode": 0,
          "Message": "OK"
        }"#;
        let receipt = postmark().read_send_response(200, body).expect("sent");
        assert_eq!(
            receipt.provider_message_id,
            Some(ProviderMessageId(
                "0a129aee-e1cd-480d-b08d-4f48548ff48d".into()
            ))
        );
    }

    /// Documented errors: a 422 with its `ErrorCode`, the 401 of a bad token, the 429 of
    /// the rate limit, a 500 without a body.
    #[test]
    fn reads_the_documented_errors() {
        let cases: [(u16, &[u8], &str, FailureReason); 6] = [
            (
                422,
                br#"{"ErrorCode":300,"Message":"Invalid 'To' address: 'x'."}"#,
                "postmark_300",
                FailureReason::InvalidRecipient,
            ),
            (
                422,
                br#"{"ErrorCode":406,"Message":"You tried to send to a recipient that has been marked as inactive."}"#,
                "postmark_406",
                FailureReason::Undeliverable,
            ),
            (
                422,
                br#"{"ErrorCode":400,"Message":"The 'From' address you supplied is not a Sender Signature on your account."}"#,
                "postmark_400",
                FailureReason::Credentials,
            ),
            (
                401,
                br#"{"ErrorCode":10,"Message":"No Account or Server API tokens were supplied in the HTTP headers."}"#,
                "postmark_10",
                FailureReason::Credentials,
            ),
            (
                429,
                br#"{"ErrorCode":429,"Message":"Rate limit exceeded."}"#,
                "postmark_429",
                FailureReason::RateLimited,
            ),
            (500, b"", "http_500", FailureReason::Other),
        ];
        for (status, body, code, reason) in cases {
            let failure = postmark()
                .read_send_response(status, body)
                .expect_err("refused");
            assert_eq!((failure.code.as_str(), failure.reason), (code, reason));
            assert!(!failure.reason.retryable() || status >= 429);
        }
        // A 200 that is not Postmark's success shape is not taken as sent.
        assert!(postmark().read_send_response(200, b"{}").is_err());
        assert!(postmark()
            .read_send_response(200, br#"{"ErrorCode":0,"Message":"OK"}"#)
            .is_err());
    }
}
