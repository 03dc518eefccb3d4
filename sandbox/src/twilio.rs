//! Twilio Programmable Messaging, as the sandbox plays it: the Messages API's answer, the
//! inbound webhook and status callbacks, each signed with `X-Twilio-Signature`.
//!
//! The signature is written here independently of `frontdesk-domain`'s verifier, so the
//! API tests cross-check one against the other.

use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha1::Sha1;

/// Twilio's request signature: base64 HMAC-SHA1, keyed with the auth token, of the full
/// URL followed by every POST parameter's name and value, sorted by name.
pub fn signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut data = url.to_owned();
    for (name, value) in sorted {
        data.push_str(name);
        data.push_str(value);
    }
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(auth_token.as_bytes()) else {
        unreachable!("HMAC takes a key of any length")
    };
    mac.update(data.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Form-encodes parameters in order.
pub fn form(params: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish()
}

/// Decodes a form body.
pub fn parse_form(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

pub fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

/// Whether the `Authorization` header is HTTP Basic with the account SID and auth token.
pub fn authorised(header: Option<&str>, account_sid: &str, auth_token: &str) -> bool {
    let expected =
        base64::engine::general_purpose::STANDARD.encode(format!("{account_sid}:{auth_token}"));
    header
        .and_then(|h| h.strip_prefix("Basic "))
        .is_some_and(|given| given.trim() == expected)
}

/// Twilio's error body (the REST API's documented shape).
pub fn error(status: u16, code: u32, message: &str) -> Value {
    json!({
        "code": code,
        "message": message,
        "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
        "status": status,
    })
}

/// Segments, as Twilio counts them: GSM-7 160 (153 per part), else UCS-2 70 (67).
fn segments(body: &str) -> usize {
    const GSM: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€\x0c";
    let gsm = body.chars().all(|c| GSM.contains(c));
    let units = if gsm {
        body.chars()
            .map(|c| if "^{}\\[~]|€\x0c".contains(c) { 2 } else { 1 })
            .sum()
    } else {
        body.encode_utf16().count()
    };
    let (single, part) = if gsm { (160, 153) } else { (70, 67) };
    if units <= single {
        1
    } else {
        units.div_ceil(part)
    }
}

/// The Messages API's `201 Created` answer for a message it accepted.
pub fn message_resource(account_sid: &str, sid: &str, params: &[(String, String)]) -> Value {
    let now = httpdate::fmt_http_date(std::time::SystemTime::now()).replace(" GMT", " +0000");
    let body = param(params, "Body").unwrap_or_default();
    json!({
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": now,
        "date_sent": null,
        "date_updated": now,
        "direction": "outbound-api",
        "error_code": null,
        "error_message": null,
        "from": param(params, "From"),
        "messaging_service_sid": param(params, "MessagingServiceSid"),
        "num_media": "0",
        "num_segments": segments(body).to_string(),
        "price": null,
        "price_unit": null,
        "sid": sid,
        "status": "queued",
        "subresource_uris": {
            "media": format!("/2010-04-01/Accounts/{account_sid}/Messages/{sid}/Media.json")
        },
        "to": param(params, "To"),
        "uri": format!("/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json"),
    })
}

fn pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The parameters of an incoming SMS webhook.
pub fn inbound_params(
    account_sid: &str,
    message_sid: &str,
    from: &str,
    to: &str,
    body: &str,
) -> Vec<(String, String)> {
    pairs(&[
        ("ToCountry", "US"),
        ("SmsMessageSid", message_sid),
        ("NumMedia", "0"),
        ("SmsSid", message_sid),
        ("SmsStatus", "received"),
        ("Body", body),
        ("To", to),
        ("NumSegments", &segments(body).to_string()),
        ("MessageSid", message_sid),
        ("AccountSid", account_sid),
        ("From", from),
        ("ApiVersion", "2010-04-01"),
    ])
}

/// The parameters of a status callback.
pub fn status_params(
    account_sid: &str,
    message_sid: &str,
    from: &str,
    to: &str,
    status: &str,
) -> Vec<(String, String)> {
    pairs(&[
        ("SmsSid", message_sid),
        ("SmsStatus", status),
        ("MessageStatus", status),
        ("To", to),
        ("MessageSid", message_sid),
        ("AccountSid", account_sid),
        ("From", from),
        ("ApiVersion", "2010-04-01"),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Twilio's documented example ("Validating signatures from Twilio").
    #[test]
    fn signs_twilios_documented_example() {
        let params: Vec<(String, String)> = [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        assert_eq!(
            signature(
                "12345",
                "https://mycompany.com/myapp.php?foo=1&bar=2",
                &params
            ),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
    }

    #[test]
    fn counts_segments_like_twilio() {
        assert_eq!(segments(&"a".repeat(160)), 1);
        assert_eq!(segments(&"a".repeat(161)), 2);
        assert_eq!(segments(&"é".repeat(160)), 1);
        assert_eq!(segments(&"ł".repeat(70)), 1);
        assert_eq!(segments(&"ł".repeat(71)), 2);
    }

    #[test]
    fn basic_auth_needs_sid_and_token() {
        let header = "Basic QUMxOnRva2Vu"; // AC1:token
        assert!(authorised(Some(header), "AC1", "token"));
        assert!(!authorised(Some(header), "AC1", "other"));
        assert!(!authorised(None, "AC1", "token"));
    }
}
