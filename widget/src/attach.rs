//! Files the visitor sends: what the picker offers, what is refused before any upload, how
//! the edge's refusals read, and the files waiting in the page's memory.
//!
//! A file goes through the outbox like text (queued offline, retried, sent once under its
//! message's `client_msg_id`); the bytes themselves stay in memory (`lazy.js`), because a
//! page can't put a 10 MB photo in `localStorage`, so a reload drops a file that was not
//! sent yet. The upload and the signed-link request are JavaScript fetched on first use
//! (`lazy/attach.js`): they kept 6 KB brotli out of the panel.
//! The edge decides what a file is from its bytes; the picker's filter only helps.

use frontdesk_domain::attachment::MAX_ATTACHMENT_BYTES;
use wasm_bindgen::prelude::*;

use crate::i18n::{fill, Strings};

/// The picker's filter: the edge's allowlist (JPEG, PNG, WebP, HEIC, PDF).
pub const ACCEPT: &str = "image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf";

/// Whether a file is over the edge's limit, so it is refused without uploading it.
pub fn too_big(size: f64) -> bool {
    size > MAX_ATTACHMENT_BYTES as f64
}

/// The limit as the visitor reads it.
pub fn too_big_text(strings: &Strings) -> String {
    fill(
        strings.file_too_big,
        &[&(MAX_ATTACHMENT_BYTES / (1024 * 1024)).to_string()],
    )
}

/// The visitor's words for the edge's refusal of a file (its JSON error `code`); `None`
/// for anything else.
pub fn refusal_text(code: &str, strings: &Strings) -> Option<String> {
    match code {
        "attachment_too_large" => Some(too_big_text(strings)),
        "unsupported_attachment_type"
        | "disguised_attachment"
        | "malformed_attachment"
        | "empty_attachment" => Some(strings.file_refused.to_owned()),
        _ => None,
    }
}

/// Whether a stored file opens as a photo (the rest are documents).
pub fn is_photo(content_type: &str) -> bool {
    content_type.starts_with("image/")
}

// The files themselves, and the code that uploads and opens them (fetched on first use).
#[wasm_bindgen(module = "/src/lazy.js")]
extern "C" {
    /// Holds a picked file for its message until [`discard`].
    pub fn keep(client_msg_id: &str, file: web_sys::File);
    /// Stops the file's upload if one runs, and forgets the file.
    pub fn discard(client_msg_id: &str);
    /// Forgets every held file.
    pub fn discard_all();
    /// A new conversation: the held files are uploaded again.
    pub fn restart();
    /// Uploads the message's file unless an earlier attempt did: the attachment id, or
    /// null when the file was cancelled (read with `api::settle`).
    pub fn upload(
        base: &str,
        conversation_id: &str,
        client_msg_id: &str,
        token: &str,
    ) -> js_sys::Promise;
    /// Asks for a file's signed link and opens it in a new tab: true once opened.
    pub fn open(
        base: &str,
        conversation_id: &str,
        attachment_id: &str,
        token: &str,
    ) -> js_sys::Promise;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{DE, EN};

    #[test]
    fn the_limit_is_the_edges() {
        assert!(!too_big(10.0 * 1024.0 * 1024.0));
        assert!(too_big(10.0 * 1024.0 * 1024.0 + 1.0));
        assert_eq!(
            too_big_text(&EN),
            "This file is too big: the limit is 10 MB."
        );
    }

    #[test]
    fn the_edges_refusals_read_as_the_visitors_words() {
        assert_eq!(
            refusal_text("attachment_too_large", &DE).as_deref(),
            Some("Diese Datei ist zu groß: höchstens 10 MB.")
        );
        for code in [
            "unsupported_attachment_type",
            "disguised_attachment",
            "malformed_attachment",
            "empty_attachment",
        ] {
            assert_eq!(refusal_text(code, &EN).as_deref(), Some(EN.file_refused));
        }
        assert_eq!(refusal_text("empty_text", &EN), None);
        assert!(is_photo("image/heic"));
        assert!(!is_photo("application/pdf"));
    }
}
