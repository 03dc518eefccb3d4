//! Fuzzes the XML channel webhooks (WeChat): any body gives events or a typed error, never
//! a panic, and a message read from it always names a valid OpenID.
#![no_main]

use frontdesk_domain::channels::wechat;
use frontdesk_domain::channels::{InboundEvent, PatientAddress};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(events) = wechat::parse_webhook(data) {
        assert!(events.len() <= 1);
        for event in events {
            if let InboundEvent::Message(message) = event {
                assert!(matches!(message.from, PatientAddress::Wechat(_)));
            }
        }
    }
    // The signature is a pure function of its three strings, in any order.
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\n');
    let (a, b, c) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    assert_eq!(wechat::signature(a, b, c), wechat::signature(c, a, b));
});
