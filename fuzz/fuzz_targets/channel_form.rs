//! Fuzzes the form-encoded channel webhooks (Twilio SMS): any body gives events or a typed
//! error, never a panic, and an unsigned or wrongly signed body never verifies.
#![no_main]

use frontdesk_domain::channels::twilio::{self, Twilio};
use frontdesk_domain::channels::{ChannelAdapter, HttpMethod, PhoneNumber, Secret, WebhookRequest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = twilio::parse_webhook(data);
    let Ok(from) = PhoneNumber::parse("+15550100100") else {
        return;
    };
    let adapter = Twilio {
        api_base: "http://127.0.0.1:8790".into(),
        account_sid: "AC1".into(),
        auth_token: Secret::new("dev-twilio-auth-token"),
        from,
        status_callback: None,
    };
    let url = "http://127.0.0.1:8787/v1/channels/demo/twilio";
    let forged = vec![("X-Twilio-Signature".to_string(), String::from_utf8_lossy(data).into_owned())];
    for headers in [&[][..], &forged[..]] {
        let request = WebhookRequest { method: HttpMethod::Post, url, headers, body: data };
        assert!(adapter.receive(&request).is_err());
    }
});
