//! The `client_msg_id` a reply is sent under, shared by the free-text reply box and the
//! WhatsApp template picker, so a retry of the same text is stored once by the server.

use leptos::prelude::*;

/// The id for sending `text`: the pending one when this is a retry of the same text, else
/// a new one (`None` when the browser has no `crypto.randomUUID`). Remembered as pending
/// until the caller clears it on success.
pub fn for_text(pending: RwSignal<Option<(String, String)>>, text: &str) -> Option<String> {
    let reused = pending
        .get_untracked()
        .filter(|(_, pending_text)| pending_text == text)
        .map(|(client_msg_id, _)| client_msg_id);
    let client_msg_id = reused.or_else(new)?;
    pending.set(Some((client_msg_id.clone(), text.to_owned())));
    Some(client_msg_id)
}

fn new() -> Option<String> {
    Some(web_sys::window()?.crypto().ok()?.random_uuid())
}
