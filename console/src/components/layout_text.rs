//! The words the layout added (the details toggle, the phone's way back to the inbox), kept together so the string table can take them in one move.

/// The button that shows or hides the details panel (visitor, labels, notes, history).
pub const DETAILS_TOGGLE: &str = "Details";
/// The thread's way back to the inbox on a phone, where only one of them shows.
pub const BACK_TO_INBOX: &str = "‹ Inbox";
/// Its name for screen readers, without the arrow.
pub const BACK_TO_INBOX_LABEL: &str = "Back to the inbox";
