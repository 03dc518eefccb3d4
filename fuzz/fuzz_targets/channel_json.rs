//! Fuzzes the JSON channel webhooks (WhatsApp, Messenger, X): any body gives events or a
//! typed error, never a panic, and a body signed with another secret never verifies.
#![no_main]

use frontdesk_domain::channels::meta::{self, messenger, whatsapp, MetaApp};
use frontdesk_domain::channels::x;
use frontdesk_domain::channels::{HttpMethod, Secret, VerifyError, WebhookRequest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = [
        whatsapp::parse_webhook(data),
        messenger::parse_webhook(data),
        x::parse_webhook(data, "700800900"),
    ];
    for events in parsed.into_iter().flatten() {
        // Every message the parsers let through names a patient address on its channel.
        for event in events {
            if let frontdesk_domain::channels::InboundEvent::Message(message) = event {
                assert!(!message.from.as_str().is_empty());
            }
        }
    }
    let app = MetaApp {
        app_secret: Secret::new("dev-meta-app-secret"),
        verify_token: Secret::new("dev-meta-verify-token"),
    };
    let forged = vec![("X-Hub-Signature-256".to_string(), meta::signature("another-secret", data))];
    let request = WebhookRequest {
        method: HttpMethod::Post,
        url: "http://127.0.0.1:8787/v1/channels/demo/whatsapp",
        headers: &forged,
        body: data,
    };
    assert_eq!(app.verify(&request), Err(VerifyError::SignatureMismatch));
    // X's signature is base64 where Meta's is hex: the one never passes for the other.
    assert_ne!(x::signature("dev-meta-app-secret", data), meta::signature("dev-meta-app-secret", data));
});
