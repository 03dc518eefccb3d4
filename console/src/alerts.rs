//! Opt-in alerts for urgent conversations: a desktop notification and a short tone.
//!
//! Off until the staff member turns them on (browsers ask for permission then). A
//! notification names the urgency and team only, never what the patient wrote: it may
//! show on a locked screen.

use frontdesk_protocol::InboxEntry;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::components::{department_label, urgency_label};
use crate::i18n::use_strings;

/// Where the choice is remembered, per browser.
const STORAGE_KEY: &str = "frontdesk.console.alerts";

/// Whether alerts are on, shared by the toggle and the inbox socket.
#[derive(Debug, Clone, Copy)]
pub struct Alerts {
    pub enabled: RwSignal<bool>,
}

impl Default for Alerts {
    fn default() -> Self {
        Self::new()
    }
}

impl Alerts {
    /// The staff member's last choice on this browser; off the first time.
    pub fn new() -> Alerts {
        let stored = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .is_some_and(|v| v == "on");
        Alerts {
            enabled: RwSignal::new(stored),
        }
    }

    /// Turns alerts on (asking for notification permission) or off.
    pub fn toggle(self) {
        let on = !self.enabled.get_untracked();
        self.enabled.set(on);
        if let Some(storage) = storage() {
            _ = storage.set_item(STORAGE_KEY, if on { "on" } else { "off" });
        }
        if on && web_sys::Notification::permission() == web_sys::NotificationPermission::Default {
            _ = web_sys::Notification::request_permission();
        }
    }

    /// Alerts about `entry` if alerts are on.
    pub fn announce(self, entry: &InboxEntry) {
        if !self.enabled.get_untracked() {
            return;
        }
        if web_sys::Notification::permission() == web_sys::NotificationPermission::Granted {
            let options = web_sys::NotificationOptions::new();
            options.set_body(&format!(
                "{} · {}",
                urgency_label(entry.urgency),
                department_label(entry.department)
            ));
            // One notification per conversation: an update replaces it.
            options.set_tag(&entry.conversation_id);
            if let Ok(notification) =
                web_sys::Notification::new_with_options(use_strings().alert_title, &options)
            {
                let link = crate::route::hash_for(&entry.conversation_id);
                let open = Closure::<dyn FnMut()>::new(move || {
                    if let Some(window) = web_sys::window() {
                        _ = window.focus();
                        _ = window.location().set_hash(&link);
                    }
                });
                notification.set_onclick(Some(open.as_ref().unchecked_ref()));
                open.forget();
            }
        }
        play_tone();
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A short two-note chime; silently nothing where audio isn't allowed.
fn play_tone() {
    let Ok(context) = web_sys::AudioContext::new() else {
        return;
    };
    let start = context.current_time();
    for (index, frequency) in [880.0_f32, 660.0].into_iter().enumerate() {
        let (Ok(oscillator), Ok(gain)) = (context.create_oscillator(), context.create_gain())
        else {
            return;
        };
        oscillator.frequency().set_value(frequency);
        gain.gain().set_value(0.08);
        let at = start + 0.18 * index as f64;
        _ = oscillator.connect_with_audio_node(&gain);
        _ = gain.connect_with_audio_node(&context.destination());
        _ = oscillator.start_with_when(at);
        _ = oscillator.stop_with_when(at + 0.15);
    }
}
