//! The practice software's appointment-booked event (`POST /v1/integrations/appointments`)
//! and the WhatsApp template a message may go out as (staff replies take it too).

use serde::{Deserialize, Serialize};

use crate::Channel;

/// An approved WhatsApp template: what WhatsApp allows outside its 24-hour window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatsappTemplate {
    pub name: String,
    /// The template's language code, e.g. `en_US`.
    pub language: String,
    /// Values of the body's `{{1}}`, `{{2}}`... in order.
    #[serde(default)]
    pub parameters: Vec<String>,
}

/// One of the clinic's approved WhatsApp templates (`[[channels.whatsapp.templates]]`),
/// as created and approved in WhatsApp Manager: what staff may pick in the reply box when
/// the 24-hour window has closed. The body is the approved text with its `{{1}}`, `{{2}}`...
/// parameters, so the console can show what the patient will read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovedTemplate {
    pub name: String,
    /// The template's language code, e.g. `en_US`.
    pub language: String,
    /// The approved body text, e.g. "Hello, {{1}} has news for you: please reply."
    pub body: String,
}

/// `POST /v1/integrations/appointments`: a reminder to the patient at `phone`, in their
/// conversation on `channel`, written from the clinic's saved reply `template`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppointmentEventRequest {
    /// The caller's own id of this event: sending it again stores and sends nothing new.
    pub event_id: String,
    /// `sms` or `whatsapp`.
    pub channel: Channel,
    /// E.164, e.g. `+493055501420`.
    pub phone: String,
    /// RFC 3339: when the appointment is (`{{appointment.time}}` in the template).
    pub starts_at: String,
    /// The shortcut of the clinic's saved reply the reminder is written from.
    pub template: String,
    /// On WhatsApp: the approved template it goes out as (needed outside the window).
    #[serde(default)]
    pub whatsapp_template: Option<WhatsappTemplate>,
}
