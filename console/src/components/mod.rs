//! The console's screens and the small display helpers they share.

pub mod accept_link;
pub mod api_keys;
pub mod attachments;
pub mod client_msg_id;
pub mod delivery;
pub mod details;
pub mod inbox;
pub mod integrations;
pub mod key_help;
pub mod language_picker;
pub mod layout_text;
pub mod new_conversation;
pub mod one_time_secret;
pub mod reply_hint;
pub mod reports;
pub mod sign_in;
pub mod subscriptions;
pub mod team;
pub mod template_picker;
pub mod templates;
pub mod thread;
pub mod triage_correction;
pub mod whatsapp_template;

use frontdesk_protocol::{Channel, ConversationStatus, Department, StaffRole, Urgency};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::i18n::{current, use_strings};

pub fn role_label(role: StaffRole) -> &'static str {
    use_strings().role(role)
}

pub fn department_label(department: Department) -> &'static str {
    use_strings().department(department)
}

pub fn urgency_label(urgency: Urgency) -> &'static str {
    use_strings().urgency(urgency)
}

pub fn status_label(status: ConversationStatus) -> &'static str {
    use_strings().status(status)
}

/// A channel's name; the others are product names and read the same in every language.
pub fn channel_label(channel: Channel) -> &'static str {
    match channel {
        Channel::Web => use_strings().channel_web,
        Channel::Sms => "SMS",
        Channel::Whatsapp => "WhatsApp",
        Channel::Messenger => "Messenger",
        Channel::Wechat => "WeChat",
        Channel::X => "X",
    }
}

/// The channel's short mark, in a pill that names the channel in full for screen readers
/// and on hover.
fn channel_mark(channel: Channel) -> &'static str {
    match channel {
        Channel::Web => "Web",
        Channel::Sms => "SMS",
        Channel::Whatsapp => "WA",
        Channel::Messenger => "FB",
        Channel::Wechat => "WC",
        Channel::X => "X",
    }
}

/// Where a channel conversation happens and the patient's address there (phone number,
/// WhatsApp id, page-scoped id, OpenID, X user id); nothing on the website.
#[component]
pub fn ChannelTag(
    channel: Channel,
    address: Option<String>,
    testid: &'static str,
) -> impl IntoView {
    (channel != Channel::Web).then(|| {
        view! {
            <span class="channel-tag" data-testid=testid data-channel=channel.as_str()>
                <span
                    class=format!("channel-mark channel-{}", channel.as_str())
                    role="img"
                    aria-label=channel_label(channel)
                    title=channel_label(channel)
                >
                    {channel_mark(channel)}
                </span>
                {address.map(|address| view! { <span class="channel-address">{address}</span> })}
            </span>
        }
    })
}

/// The coloured urgency pill; the word is always shown so colour is never the only cue.
#[component]
pub fn UrgencyBadge(urgency: Urgency) -> impl IntoView {
    view! {
        <span class=format!("badge badge-{}", urgency.as_str()) data-testid="urgency-badge">
            {urgency_label(urgency)}
        </span>
    }
}

thread_local! {
    /// The clinic's IANA time zone, from the session (`StaffSession::time_zone`): staff
    /// read times as the clinic lives them, wherever their device thinks it is.
    static CLINIC_ZONE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Shows dates and times in `zone` from now on (`None`: the device's own zone).
pub fn set_clinic_zone(zone: Option<String>) {
    CLINIC_ZONE.with(|current| *current.borrow_mut() = zone);
}

/// Intl options for a date in the clinic's zone, plus `extra` (name, value) pairs.
fn date_options(extra: &[(&str, &str)]) -> JsValue {
    let options = js_sys::Object::new();
    let set = |name: &str, value: &str| {
        _ = js_sys::Reflect::set(
            &options,
            &JsValue::from_str(name),
            &JsValue::from_str(value),
        );
    };
    CLINIC_ZONE.with(|zone| {
        if let Some(zone) = zone.borrow().as_deref() {
            set("timeZone", zone);
        }
    });
    for (name, value) in extra {
        set(name, value);
    }
    options.into()
}

/// The clinic's wall-clock time ("14:05") for a timestamp in milliseconds.
pub fn local_time(ms: i64) -> String {
    js_sys::Date::new(&JsValue::from_f64(ms as f64))
        .to_locale_time_string_with_options(
            current().code(),
            &date_options(&[
                ("hour", "2-digit"),
                ("minute", "2-digit"),
                ("hourCycle", "h23"),
            ]),
        )
        .as_string()
        .unwrap_or_default()
}

/// Date and time in the clinic's zone as the staff member's language writes them (Intl
/// through `toLocaleString`), for tooltips and lists.
pub fn local_date_time(ms: i64) -> String {
    js_sys::Date::new(&JsValue::from_f64(ms as f64))
        .to_locale_string(current().code(), &date_options(&[]))
        .as_string()
        .unwrap_or_default()
}
