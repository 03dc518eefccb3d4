//! Long on purpose: the Twilio adapter (signature, form parse, send, statuses, media) is one provider; over half is tests from its documented examples.
//!
//! Over 600 lines with its tests (the code is under 300): the documented payloads and
//! signature examples are inlined next to what they check.
//!
//! SMS through Twilio Programmable Messaging: the `X-Twilio-Signature` check, the
//! form-encoded incoming-message and status-callback webhooks, the Messages API call.
//!
//! Docs: <https://www.twilio.com/docs/usage/webhooks/webhooks-security> (signature),
//! <https://www.twilio.com/docs/messaging/guides/webhook-request> (incoming message),
//! <https://www.twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks>
//! (status callbacks), <https://www.twilio.com/docs/messaging/api/message-resource> (send).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use super::signature::{hmac_sha1, matches};
use super::{
    http_failure, join_url, Channel, ChannelAdapter, DeliveryState, FailureReason, HttpMethod,
    InboundEvent, InboundMessage, OutboundContent, OutboundRequest, ParseError, PatientAddress,
    PhoneNumber, Platform, ProviderFailure, ProviderMessageId, Secret, SendError, SendReceipt,
    StatusTarget, StatusUpdate, TextLimit, VerifyError, WebhookRequest,
};
use crate::channel_media::{InboundMedia, MediaSource, MAX_TWILIO_MEDIA};

/// The header Twilio signs webhooks in.
pub const SIGNATURE_HEADER: &str = "X-Twilio-Signature";

/// The Messages API accepts bodies up to 1,600 characters.
pub const MAX_BODY_CHARS: usize = 1_600;

/// One clinic's Twilio account.
#[derive(Debug, Clone)]
pub struct Twilio {
    /// `https://api.twilio.com` in production, the provider sandbox in dev.
    pub api_base: String,
    pub account_sid: String,
    pub auth_token: Secret,
    /// The clinic's number messages go out from.
    pub from: PhoneNumber,
    /// Where Twilio posts delivery statuses, when set.
    pub status_callback: Option<String>,
}

/// The `X-Twilio-Signature` for a POST to `url` with these form parameters: base64
/// HMAC-SHA1, keyed with the auth token, of the full URL followed by every parameter's name
/// and value, sorted by name.
pub fn signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    STANDARD.encode(digest(auth_token, url, params))
}

fn digest(auth_token: &str, url: &str, params: &[(String, String)]) -> Vec<u8> {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    crate::sorting::sort(&mut sorted);
    let mut parts: Vec<&[u8]> = Vec::with_capacity(1 + 2 * sorted.len());
    parts.push(url.as_bytes());
    for (name, value) in sorted {
        parts.push(name.as_bytes());
        parts.push(value.as_bytes());
    }
    hmac_sha1(auth_token.as_bytes(), &parts)
}

/// The URL with its scheme's default port added, or removed if it is there: Twilio may
/// sign either form, and its own SDKs accept both. `None` for another port.
fn default_port_toggled(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once(':') {
        Some((host, explicit)) if explicit == port => Some(format!("{scheme}://{host}{path}")),
        Some(_) => None,
        None => Some(format!("{scheme}://{authority}:{port}{path}")),
    }
}

/// Decodes a form-encoded body into its parameters, in order.
pub fn form_params(body: &[u8]) -> Result<Vec<(String, String)>, ParseError> {
    std::str::from_utf8(body).map_err(|_| ParseError::NotUtf8)?;
    Ok(form_urlencoded::parse(body)
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect())
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

fn required<'a>(params: &'a [(String, String)], name: &'static str) -> Result<&'a str, ParseError> {
    param(params, name).ok_or(ParseError::MissingField(name))
}

/// Reads an incoming-message or status-callback webhook body. Status callbacks carry
/// `MessageStatus`; an incoming message has none (or `received`).
pub fn parse_webhook(body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
    let params = form_params(body)?;
    let status = param(&params, "MessageStatus").or_else(|| param(&params, "SmsStatus"));
    match status {
        None | Some("received" | "receiving") => {
            parse_message(&params).map(|message| vec![message])
        }
        Some(status) => parse_status(&params, status).map(|update| vec![update]),
    }
}

fn parse_message(params: &[(String, String)]) -> Result<InboundEvent, ParseError> {
    let id = required(params, "MessageSid")?;
    let from = PhoneNumber::parse(required(params, "From")?).map_err(|error| {
        ParseError::InvalidAddress {
            field: "From",
            error,
        }
    })?;
    let to = required(params, "To")?;
    let media = read_media(params)?;
    Ok(InboundEvent::Message(InboundMessage {
        provider_message_id: ProviderMessageId(id.to_string()),
        from: PatientAddress::Sms(from),
        clinic_account: to.to_string(),
        // A media-only MMS has an empty or absent Body.
        text: param(params, "Body").unwrap_or_default().to_string(),
        media,
        // Twilio's incoming-message webhook carries no timestamp.
        sent_at_ms: None,
    }))
}

/// An MMS's media: `NumMedia`, then `MediaUrl{N}` and `MediaContentType{N}` for each
/// (at most Twilio's 10). An item whose URL is missing is kept as not fetched, so staff
/// still see that it came.
fn read_media(params: &[(String, String)]) -> Result<Vec<InboundMedia>, ParseError> {
    let count = match param(params, "NumMedia") {
        None => 0,
        Some(count) => count
            .parse::<usize>()
            .map_err(|_| ParseError::InvalidValue { field: "NumMedia" })?,
    };
    if count > MAX_TWILIO_MEDIA {
        return Err(ParseError::InvalidValue { field: "NumMedia" });
    }
    Ok((0..count)
        .map(|index| InboundMedia {
            source: param(params, &format!("MediaUrl{index}"))
                .map_or(MediaSource::NotFetched, |url| {
                    MediaSource::ProviderUrl(url.to_owned())
                }),
            declared_type: param(params, &format!("MediaContentType{index}")).map(str::to_owned),
        })
        .collect())
}

/// Maps a status callback's `MessageStatus` and `ErrorCode`.
fn parse_status(params: &[(String, String)], status: &str) -> Result<InboundEvent, ParseError> {
    let id = required(params, "MessageSid")?;
    let state = match status {
        "accepted" | "scheduled" | "queued" | "sending" => DeliveryState::Queued,
        "sent" => DeliveryState::Sent,
        "delivered" => DeliveryState::Delivered,
        "read" => DeliveryState::Read,
        "undelivered" | "failed" | "canceled" => DeliveryState::Failed,
        "partially_delivered" => DeliveryState::Sent,
        _ => {
            return Err(ParseError::InvalidValue {
                field: "MessageStatus",
            })
        }
    };
    let failure = param(params, "ErrorCode")
        .filter(|code| !code.is_empty() && *code != "0")
        .map(|code| failure(code, param(params, "ErrorMessage")));
    let failure = match (state, failure) {
        (DeliveryState::Failed, None) => Some(ProviderFailure {
            code: status.to_string(),
            reason: FailureReason::Other,
            message: None,
        }),
        (_, failure) => failure,
    };
    Ok(InboundEvent::Status(StatusUpdate {
        target: StatusTarget::Message(ProviderMessageId(id.to_string())),
        state,
        failure,
        at_ms: None,
    }))
}

/// What a Twilio error code means. <https://www.twilio.com/docs/api/errors>
pub fn failure_reason(code: &str) -> FailureReason {
    match code {
        // Attempt to send to an unsubscribed recipient (the patient texted STOP).
        "21610" => FailureReason::OptedOut,
        // Unreachable handset, message blocked, unknown handset, landline or unreachable carrier.
        "30003" | "30004" | "30005" | "30006" => FailureReason::Undeliverable,
        // Invalid 'To' number; 'To' not a mobile number.
        "21211" | "21614" => FailureReason::InvalidRecipient,
        // Message filtered by the carrier.
        "30007" => FailureReason::ContentRejected,
        // Body over 1,600 characters.
        "21617" => FailureReason::TooLong,
        // Too many requests; queue overflow.
        "20429" | "30001" => FailureReason::RateLimited,
        // Authentication failed; account suspended.
        "20003" | "30002" => FailureReason::Credentials,
        _ => FailureReason::Other,
    }
}

fn failure(code: &str, message: Option<&str>) -> ProviderFailure {
    ProviderFailure {
        code: code.to_string(),
        reason: failure_reason(code),
        message: message
            .filter(|message| !message.is_empty())
            .map(str::to_string),
    }
}

/// SMS through Twilio: 1,600 characters, no window, no templates.
pub const PLATFORM: Platform = Platform {
    channel: Channel::Sms,
    text_limit: TextLimit::Chars(MAX_BODY_CHARS),
    service_window: None,
    templates: false,
};

impl Twilio {
    /// `POST Messages.json` with `Body` (the text, checked by the caller), `To`, `From`
    /// and the status callback; an MMS adds its `MediaUrl`s
    /// (`channel_media_out::twilio_mms`).
    pub fn message_request(&self, to: &PatientAddress, text: &str) -> OutboundRequest {
        let mut body = form_urlencoded::Serializer::new(String::new());
        body.append_pair("To", to.as_str())
            .append_pair("From", self.from.as_str())
            .append_pair("Body", text);
        if let Some(callback) = &self.status_callback {
            body.append_pair("StatusCallback", callback);
        }
        let credentials =
            STANDARD.encode(format!("{}:{}", self.account_sid, self.auth_token.expose()));
        OutboundRequest {
            method: HttpMethod::Post,
            url: join_url(
                &self.api_base,
                &format!("2010-04-01/Accounts/{}/Messages.json", self.account_sid),
            ),
            headers: vec![
                ("Authorization".to_string(), format!("Basic {credentials}")),
                (
                    "Content-Type".to_string(),
                    "application/x-www-form-urlencoded".to_string(),
                ),
            ],
            body: body.finish(),
        }
    }
}

impl ChannelAdapter for Twilio {
    fn platform(&self) -> Platform {
        PLATFORM
    }

    fn verify(&self, request: &WebhookRequest<'_>) -> Result<(), VerifyError> {
        let received = request
            .header(SIGNATURE_HEADER)
            .ok_or(VerifyError::MissingSignature)?;
        let received = STANDARD
            .decode(received.trim())
            .map_err(|_| VerifyError::MalformedSignature)?;
        // An unreadable body can't have been signed by Twilio.
        let params = form_params(request.body).map_err(|_| VerifyError::SignatureMismatch)?;
        let token = self.auth_token.expose();
        matches(&received, &digest(token, request.url, &params)).or_else(|mismatch| {
            match default_port_toggled(request.url) {
                Some(url) => matches(&received, &digest(token, &url, &params)),
                None => Err(mismatch),
            }
        })
    }

    fn parse(&self, body: &[u8]) -> Result<Vec<InboundEvent>, ParseError> {
        parse_webhook(body)
    }

    fn send_request(
        &self,
        to: &PatientAddress,
        content: &OutboundContent,
    ) -> Result<OutboundRequest, SendError> {
        let text = PLATFORM.text(to, content)?;
        Ok(self.message_request(to, text))
    }

    /// A created message answers 201 with its `sid`; an error with `{code, message}`.
    fn read_send_response(&self, status: u16, body: &[u8]) -> Result<SendReceipt, ProviderFailure> {
        let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let field = |name: &str| json.as_ref().and_then(|json| json.get(name));
        if (200..300).contains(&status) {
            let sid = field("sid").and_then(|sid| sid.as_str());
            return Ok(SendReceipt {
                provider_message_id: sid.map(|sid| ProviderMessageId(sid.to_string())),
            });
        }
        match field("code").and_then(|code| code.as_u64()) {
            Some(code) => Err(failure(
                &code.to_string(),
                field("message").and_then(|message| message.as_str()),
            )),
            None => Err(http_failure(status)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn encode(pairs: &[(&str, &str)]) -> String {
        let mut body = form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs {
            body.append_pair(name, value);
        }
        body.finish()
    }

    fn adapter() -> Twilio {
        Twilio {
            api_base: "http://127.0.0.1:8790/".into(),
            account_sid: "AC0000000000000000000000000000001".into(),
            auth_token: Secret::new("dev-twilio-auth-token"),
            from: PhoneNumber::parse("+15550100100").unwrap(),
            status_callback: Some("http://127.0.0.1:8787/v1/channels/demo/twilio".into()),
        }
    }

    // Twilio's documented example, "Validating Signatures from Twilio":
    // https://www.twilio.com/docs/usage/webhooks/webhooks-security
    const DOC_URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
    const DOC_PARAMS: [(&str, &str); 5] = [
        ("CallSid", "CA1234567890ABCDE"),
        ("Caller", "+12349013030"),
        ("Digits", "1234"),
        ("From", "+12349013030"),
        ("To", "+18005551212"),
    ];

    #[test]
    fn signature_matches_twilios_documented_example() {
        assert_eq!(
            signature("12345", DOC_URL, &owned(&DOC_PARAMS)),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
        // Order of the parameters in the body doesn't matter: they are sorted.
        let mut reversed = owned(&DOC_PARAMS);
        reversed.reverse();
        assert_eq!(
            signature("12345", DOC_URL, &reversed),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
    }

    type Headers<'a> = &'a [(String, String)];

    fn request<'a>(
        url: &'a str,
        headers: &'a [(String, String)],
        body: &'a [u8],
    ) -> WebhookRequest<'a> {
        WebhookRequest {
            method: HttpMethod::Post,
            url,
            headers,
            body,
        }
    }

    #[test]
    fn verify_accepts_the_documented_request_and_refuses_any_change() {
        let twilio = Twilio {
            auth_token: Secret::new("12345"),
            ..adapter()
        };
        let body = encode(&DOC_PARAMS);
        let signed = owned(&[("x-twilio-signature", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]);
        assert_eq!(
            twilio.verify(&request(DOC_URL, &signed, body.as_bytes())),
            Ok(())
        );

        let tampered = body.replace("1234&", "1235&");
        let other_url = "https://mycompany.com/myapp.php?foo=1&bar=3";
        let wrong = owned(&[(SIGNATURE_HEADER, "1/KCTR6DLpKmkAf8muzZqo1nDgQ=")]);
        let garbage = owned(&[(SIGNATURE_HEADER, "not base64!")]);
        let cases: [(&str, Headers, &[u8], VerifyError); 5] = [
            (
                DOC_URL,
                &signed,
                tampered.as_bytes(),
                VerifyError::SignatureMismatch,
            ),
            (
                other_url,
                &signed,
                body.as_bytes(),
                VerifyError::SignatureMismatch,
            ),
            (
                DOC_URL,
                &wrong,
                body.as_bytes(),
                VerifyError::SignatureMismatch,
            ),
            (
                DOC_URL,
                &garbage,
                body.as_bytes(),
                VerifyError::MalformedSignature,
            ),
            (DOC_URL, &[], body.as_bytes(), VerifyError::MissingSignature),
        ];
        for (url, headers, body, expected) in cases {
            assert_eq!(
                twilio.verify(&request(url, headers, body)),
                Err(expected.clone()),
                "{expected:?}"
            );
        }
        // Another clinic's token never verifies.
        assert_eq!(
            adapter().verify(&request(DOC_URL, &signed, body.as_bytes())),
            Err(VerifyError::SignatureMismatch)
        );
    }

    #[test]
    fn verify_accepts_the_url_with_or_without_its_default_port() {
        let twilio = Twilio {
            auth_token: Secret::new("12345"),
            ..adapter()
        };
        let body = encode(&DOC_PARAMS);
        let params = owned(&DOC_PARAMS);
        let with_port = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
        let cases = [
            (with_port, DOC_URL, true),
            (DOC_URL, with_port, true),
            ("http://127.0.0.1/sms", "http://127.0.0.1:80/sms", true),
            (
                "http://127.0.0.1:8787/sms",
                "http://127.0.0.1:8787/sms",
                true,
            ),
            (
                "https://mycompany.com:8443/myapp.php",
                "https://mycompany.com/myapp.php",
                false,
            ),
            (
                "https://mycompany.com:443/myapp.php",
                "https://mycompany.com:8443/myapp.php",
                false,
            ),
        ];
        for (signed_url, request_url, valid) in cases {
            let headers = owned(&[(SIGNATURE_HEADER, &signature("12345", signed_url, &params))]);
            let verdict = twilio.verify(&request(request_url, &headers, body.as_bytes()));
            assert_eq!(
                verdict.is_ok(),
                valid,
                "signed {signed_url}, called {request_url}"
            );
        }
    }

    #[test]
    fn receive_verifies_before_reading() {
        let twilio = adapter();
        let url = "http://127.0.0.1:8787/v1/channels/demo/twilio";
        let body = encode(&[
            ("MessageSid", "SM1"),
            ("From", "+15550100200"),
            ("To", "+15550100100"),
            ("Body", "hi"),
        ]);
        let headers = owned(&[(
            SIGNATURE_HEADER,
            &signature(
                "dev-twilio-auth-token",
                url,
                &form_params(body.as_bytes()).unwrap(),
            ),
        )]);
        assert_eq!(
            twilio
                .receive(&request(url, &headers, body.as_bytes()))
                .unwrap()
                .len(),
            1
        );
        // Unsigned garbage is refused as a signature failure, never parsed.
        assert_eq!(
            twilio.receive(&request(url, &[], b"\xff\xfe")),
            Err(super::super::WebhookError::Verify(
                VerifyError::MissingSignature
            ))
        );
    }

    #[test]
    fn parses_an_incoming_message_with_twilios_parameters() {
        // The incoming-message parameters of
        // https://www.twilio.com/docs/messaging/guides/webhook-request
        let body = encode(&[
            ("ToCountry", "US"),
            ("ToState", "CA"),
            ("SmsMessageSid", "SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c"),
            ("NumMedia", "2"),
            ("MediaContentType0", "image/jpeg"),
            (
                "MediaUrl0",
                "https://api.twilio.com/2010-04-01/Accounts/AC0000000000000000000000000000001/Messages/SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c/Media/ME0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            ),
            ("MediaContentType1", "application/pdf"),
            ("ToCity", ""),
            ("FromZip", "03049"),
            ("SmsSid", "SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c"),
            ("FromState", "NH"),
            ("SmsStatus", "received"),
            ("FromCity", "NASHUA"),
            ("Body", "My chest hurts & I feel dizzy"),
            ("FromCountry", "US"),
            ("To", "+15550100100"),
            ("ToZip", ""),
            ("NumSegments", "1"),
            ("MessageSid", "SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c"),
            ("AccountSid", "AC0000000000000000000000000000001"),
            ("From", "+15550100200"),
            ("ApiVersion", "2010-04-01"),
        ]);
        let events = parse_webhook(body.as_bytes()).unwrap();
        assert_eq!(
            events,
            vec![InboundEvent::Message(InboundMessage {
                provider_message_id: ProviderMessageId("SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c".into()),
                from: PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap()),
                clinic_account: "+15550100100".into(),
                text: "My chest hurts & I feel dizzy".into(),
                media: vec![
                    InboundMedia {
                        source: MediaSource::ProviderUrl("https://api.twilio.com/2010-04-01/Accounts/AC0000000000000000000000000000001/Messages/SM3a9d5e2b7c1f4a6e8d0b2c4e6f8a0b1c/Media/ME0a1b2c3d4e5f60718293a4b5c6d7e8f9".into()),
                        declared_type: Some("image/jpeg".into()),
                    },
                    // Its MediaUrl1 is missing: kept, not fetched.
                    InboundMedia {
                        source: MediaSource::NotFetched,
                        declared_type: Some("application/pdf".into()),
                    },
                ],
                sent_at_ms: None,
            })]
        );
    }

    #[test]
    fn damaged_bodies_never_panic() {
        let body = encode(&[
            ("MessageSid", "SM1"),
            ("From", "+15550100200"),
            ("To", "+15550100100"),
            ("Body", "Chest pain"),
            ("NumMedia", "0"),
        ]);
        crate::channels::parse_survives_damage(body.as_bytes(), parse_webhook);
    }

    #[test]
    fn maps_status_callbacks_to_delivery_states() {
        let cases = [
            ("queued", None, DeliveryState::Queued, None),
            ("sending", None, DeliveryState::Queued, None),
            ("sent", None, DeliveryState::Sent, None),
            ("delivered", None, DeliveryState::Delivered, None),
            ("read", None, DeliveryState::Read, None),
            (
                "undelivered",
                Some("30003"),
                DeliveryState::Failed,
                Some(FailureReason::Undeliverable),
            ),
            (
                "failed",
                Some("21610"),
                DeliveryState::Failed,
                Some(FailureReason::OptedOut),
            ),
            (
                "failed",
                Some("30006"),
                DeliveryState::Failed,
                Some(FailureReason::Undeliverable),
            ),
            (
                "failed",
                None,
                DeliveryState::Failed,
                Some(FailureReason::Other),
            ),
        ];
        for (status, code, state, reason) in cases {
            let mut pairs = vec![
                ("SmsSid", "SM1"),
                ("SmsStatus", status),
                ("MessageStatus", status),
                ("To", "+15550100200"),
                ("MessageSid", "SM1"),
                ("AccountSid", "AC1"),
                ("From", "+15550100100"),
                ("ApiVersion", "2010-04-01"),
            ];
            if let Some(code) = code {
                pairs.push(("ErrorCode", code));
            }
            let events = parse_webhook(encode(&pairs).as_bytes()).unwrap();
            let [InboundEvent::Status(update)] = events.as_slice() else {
                panic!("{status}: {events:?}")
            };
            assert_eq!(
                update.target,
                StatusTarget::Message(ProviderMessageId("SM1".into()))
            );
            assert_eq!(update.state, state, "{status}");
            assert_eq!(
                update.failure.as_ref().map(|failure| failure.reason),
                reason,
                "{status}"
            );
            if let (Some(code), Some(failure)) = (code, &update.failure) {
                assert_eq!(failure.code, code);
            }
        }
    }

    #[test]
    fn malformed_webhooks_get_typed_errors() {
        let cases: [(&[u8], ParseError); 6] = [
            (b"\xff\xfe", ParseError::NotUtf8),
            (
                b"From=%2B15550100200&To=%2B15550100100&Body=hi",
                ParseError::MissingField("MessageSid"),
            ),
            (
                b"MessageSid=SM1&To=%2B15550100100",
                ParseError::MissingField("From"),
            ),
            (
                b"MessageSid=SM1&From=%2B15550100200",
                ParseError::MissingField("To"),
            ),
            (
                b"MessageSid=SM1&From=5550100&To=%2B15550100100",
                ParseError::InvalidAddress {
                    field: "From",
                    error: crate::channels::AddressError::NotE164,
                },
            ),
            (
                b"MessageSid=SM1&From=%2B15550100200&To=x&NumMedia=-1",
                ParseError::InvalidValue { field: "NumMedia" },
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(parse_webhook(body), Err(expected.clone()), "{expected:?}");
        }
        assert_eq!(
            parse_webhook(b"MessageSid=SM1&MessageStatus=exploded"),
            Err(ParseError::InvalidValue {
                field: "MessageStatus"
            })
        );
    }

    #[test]
    fn builds_the_messages_api_request() {
        let to = PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap());
        let request = adapter()
            .send_request(
                &to,
                &OutboundContent::Text("Call 911 now & stay calm".into()),
            )
            .unwrap();
        assert_eq!(request.method, HttpMethod::Post);
        assert_eq!(
            request.url,
            "http://127.0.0.1:8790/2010-04-01/Accounts/AC0000000000000000000000000000001/Messages.json"
        );
        let basic = STANDARD.encode("AC0000000000000000000000000000001:dev-twilio-auth-token");
        assert_eq!(
            request.header("authorization"),
            Some(format!("Basic {basic}").as_str())
        );
        assert_eq!(
            request.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(
            request.body,
            "To=%2B15550100200&From=%2B15550100100&Body=Call+911+now+%26+stay+calm\
             &StatusCallback=http%3A%2F%2F127.0.0.1%3A8787%2Fv1%2Fchannels%2Fdemo%2Ftwilio"
        );
        assert_eq!(
            form_params(request.body.as_bytes()).unwrap()[2],
            ("Body".to_string(), "Call 911 now & stay calm".to_string())
        );
    }

    #[test]
    fn refuses_what_twilio_would_refuse() {
        let twilio = adapter();
        let sms = PatientAddress::Sms(PhoneNumber::parse("+15550100200").unwrap());
        let x = PatientAddress::X(crate::channels::XUserId::parse("42").unwrap());
        let text = |n: usize| OutboundContent::Text("a".repeat(n));
        assert!(twilio.send_request(&sms, &text(MAX_BODY_CHARS)).is_ok());
        assert_eq!(
            twilio
                .send_request(&sms, &text(MAX_BODY_CHARS + 1))
                .unwrap_err()
                .code(),
            "text_too_long"
        );
        assert_eq!(
            twilio.send_request(&sms, &text(0)),
            Err(SendError::EmptyText)
        );
        assert_eq!(
            twilio.send_request(&x, &text(5)),
            Err(SendError::WrongChannel {
                adapter: Channel::Sms,
                recipient: Channel::X
            })
        );
        let template = OutboundContent::Template(crate::channels::TemplateMessage {
            name: "t".into(),
            language: "en".into(),
            body_parameters: vec![],
        });
        assert_eq!(
            twilio.send_request(&sms, &template),
            Err(SendError::TemplateNotSupported)
        );
    }

    #[test]
    fn reads_send_responses() {
        let twilio = adapter();
        let created = br#"{"sid": "SM9f3c", "status": "queued", "body": "hi"}"#;
        assert_eq!(
            twilio
                .read_send_response(201, created)
                .unwrap()
                .provider_message_id,
            Some(ProviderMessageId("SM9f3c".into()))
        );
        let refused = br#"{"code": 21610, "message": "Attempt to send to unsubscribed recipient", "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}"#;
        let failure = twilio.read_send_response(400, refused).unwrap_err();
        assert_eq!(failure.reason, FailureReason::OptedOut);
        assert_eq!(failure.code, "21610");
        assert_eq!(
            failure.message.as_deref(),
            Some("Attempt to send to unsubscribed recipient")
        );
        assert_eq!(
            twilio.read_send_response(401, b"").unwrap_err().reason,
            FailureReason::Credentials
        );
        assert_eq!(
            twilio
                .read_send_response(503, b"<html>")
                .unwrap_err()
                .reason,
            FailureReason::Other
        );
    }
}
