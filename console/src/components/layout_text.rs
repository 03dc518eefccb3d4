//! The words the layout added (the details toggle, the phone's way back to the inbox, the
//! keyboard help), now read from the string table (`i18n`).

use crate::i18n::Strings;

/// The keyboard help's keys (as written on the keyboard) and what they do.
pub fn keys(t: &'static Strings) -> [(&'static str, &'static str); 9] {
    [
        ("j", t.key_next),
        ("k", t.key_previous),
        ("Enter", t.key_open),
        ("r", t.key_reply),
        ("Ctrl+Enter", t.key_send),
        ("a", t.key_claim),
        ("e", t.key_resolve),
        ("/", t.search_visitors),
        ("?", t.key_help),
    ]
}
