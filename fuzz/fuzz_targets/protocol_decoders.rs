//! Fuzzes the wire decoders: any bytes into every request and event type, then the
//! message-text rules on whatever text decodes. Nothing may panic.
#![no_main]

use frontdesk_domain::text::{self, MessageText};
use frontdesk_protocol::{
    CreateConversationRequest, LiveEvent, SendMessageRequest, StaffLoginRequest,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = serde_json::from_slice::<serde_json::Value>(data);
    let _ = serde_json::from_slice::<CreateConversationRequest>(data);
    let _ = serde_json::from_slice::<StaffLoginRequest>(data);
    let _ = serde_json::from_slice::<LiveEvent>(data);
    if let Ok(request) = serde_json::from_slice::<SendMessageRequest>(data) {
        let _ = text::is_uuid(&request.client_msg_id);
        if let Ok(parsed) = MessageText::parse(request.text) {
            let _ = text::preview(parsed.as_str(), 140);
        }
    }
});
