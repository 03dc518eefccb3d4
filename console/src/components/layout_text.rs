//! The words the layout added (the details toggle, the phone's way back to the inbox, the
//! keyboard help), kept together so the string table can take them in one move.

/// The button that shows or hides the details panel (visitor, labels, notes, history).
pub const DETAILS_TOGGLE: &str = "Details";
/// The thread's way back to the inbox on a phone, where only one of them shows.
pub const BACK_TO_INBOX: &str = "‹ Inbox";
/// Its name for screen readers, without the arrow.
pub const BACK_TO_INBOX_LABEL: &str = "Back to the inbox";
/// The keyboard help's title, its keys (as written on the keyboard) and what they do.
pub const KEYS_TITLE: &str = "Keyboard shortcuts";
pub const KEYS: [(&str, &str); 9] = [
    ("j", "Next conversation"),
    ("k", "Previous conversation"),
    ("Enter", "Open the conversation in focus"),
    ("r", "Write a reply"),
    ("Ctrl+Enter", "Send the reply"),
    ("a", "Claim the conversation"),
    ("e", "Resolve the conversation"),
    ("/", "Search visitors"),
    ("?", "Show these keys"),
];
/// Closes the keyboard help (Escape does too).
pub const KEYS_CLOSE: &str = "Close";
