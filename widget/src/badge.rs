//! The unread badge on the loader's launcher. The launcher lives in the same shadow root
//! as the panel, so the panel draws the count (`data-unread`, shown by a CSS `::after`)
//! and extends the button's accessible name; the loader stays within its size budget.

use leptos::prelude::*;
use web_sys::{Element, ShadowRoot};

use crate::chat::Chat;

/// The badge text: the count, or "9+" when it would not fit.
pub fn badge_text(count: u32) -> String {
    if count > 9 {
        "9+".to_owned()
    } else {
        count.to_string()
    }
}

/// Keeps the launcher's badge and label in step with `chat.unread`.
pub fn follow(chat: Chat, root: &ShadowRoot) {
    let Some(launcher) = root.query_selector(".fd-launcher").ok().flatten() else {
        return;
    };
    // The label the loader gave (the clinic's launcher text), before any count.
    let plain = launcher.get_attribute("aria-label").unwrap_or_default();
    Effect::new(move |_| {
        let count = chat.unread.get();
        let strings = chat.strings();
        show(&launcher, &plain, count, &strings.unread(count));
    });
}

/// Draws `count` on the launcher: no badge at zero, else the count and a label that says it.
pub fn show(launcher: &Element, plain: &str, count: u32, unread: &str) {
    if count == 0 {
        _ = launcher.remove_attribute("data-unread");
        _ = launcher.set_attribute("aria-label", plain);
    } else {
        _ = launcher.set_attribute("data-unread", &badge_text(count));
        _ = launcher.set_attribute("aria-label", &format!("{plain} ({unread})"));
    }
}
