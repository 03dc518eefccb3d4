//! Appointment-booked events from the clinic's practice software: "this patient, at this
//! phone number, has an appointment at this time", which sends a reminder from one of the
//! clinic's saved replies into the patient's SMS or WhatsApp conversation. What is
//! checked here: the caller's event id (the same rules as a treatment's), the channel
//! (only SMS and WhatsApp send to a phone number), the number (E.164) and the patient's
//! address it makes on that channel, and a plausible appointment time. The reminder's
//! message id comes from the event id, so the same event sent twice stores one message
//! and sends it once. The channel's own rules (opt-out, WhatsApp's window) are checked
//! where every staff reply's are.

use chrono::{DateTime, Duration, Utc};
use frontdesk_protocol::Channel;
use sha2::{Digest, Sha256};

use crate::channels::{PatientAddress, PhoneNumber, WhatsappId};
use crate::hours;
use crate::treatment::valid_event_id;
use crate::zone::Zone;

/// How far ahead an appointment may be: a reminder for one further out is a mistake.
pub const MAX_AHEAD_DAYS: i64 = 400;

/// Why an event was refused; each becomes a 422 with the code of
/// [`AppointmentError::code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppointmentError {
    #[error("'event_id' must be 1 to 100 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'.")]
    EventId,
    #[error("'channel' must be sms or whatsapp: reminders go to a phone number.")]
    Channel,
    #[error("'phone' must be an E.164 number, e.g. +493055501420.")]
    Phone,
    #[error("'starts_at' must be an RFC 3339 time, e.g. 2026-12-08T09:30:00+01:00.")]
    StartsAt,
    #[error("'starts_at' has passed; a reminder is for an appointment still to come.")]
    InPast,
    #[error("'starts_at' is more than {MAX_AHEAD_DAYS} days ahead.")]
    TooFarAhead,
}

impl AppointmentError {
    pub fn code(&self) -> &'static str {
        match self {
            AppointmentError::EventId => "invalid_event_id",
            AppointmentError::Channel => "unsupported_channel",
            AppointmentError::Phone => "invalid_phone",
            AppointmentError::StartsAt => "invalid_starts_at",
            AppointmentError::InPast => "appointment_in_past",
            AppointmentError::TooFarAhead => "appointment_too_far_ahead",
        }
    }
}

/// A checked event: its id, where the reminder goes and when the appointment is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    pub event_id: String,
    pub to: PatientAddress,
    pub starts_at: DateTime<Utc>,
}

/// Checks an event as sent, against `now`.
pub fn check(
    event_id: &str,
    channel: Channel,
    phone: &str,
    starts_at: &str,
    now: DateTime<Utc>,
) -> Result<Appointment, AppointmentError> {
    if !valid_event_id(event_id) {
        return Err(AppointmentError::EventId);
    }
    let to = address_for(channel, phone)?;
    let starts_at = DateTime::parse_from_rfc3339(starts_at)
        .map_err(|_| AppointmentError::StartsAt)?
        .with_timezone(&Utc);
    if starts_at <= now {
        return Err(AppointmentError::InPast);
    }
    if starts_at > now + Duration::days(MAX_AHEAD_DAYS) {
        return Err(AppointmentError::TooFarAhead);
    }
    Ok(Appointment {
        event_id: event_id.to_owned(),
        to,
        starts_at,
    })
}

/// The patient's address for an E.164 `phone` on `channel`: the number itself on SMS,
/// its digits (the `wa_id`) on WhatsApp. Other channels have no phone numbers.
pub fn address_for(channel: Channel, phone: &str) -> Result<PatientAddress, AppointmentError> {
    let phone = PhoneNumber::parse(phone.trim()).map_err(|_| AppointmentError::Phone)?;
    match channel {
        Channel::Sms => Ok(PatientAddress::Sms(phone)),
        Channel::Whatsapp => {
            let digits = phone.as_str().trim_start_matches('+');
            WhatsappId::parse(digits)
                .map(PatientAddress::Whatsapp)
                .map_err(|_| AppointmentError::Phone)
        }
        _ => Err(AppointmentError::Channel),
    }
}

/// The reminder's message id (a UUID, as a client's `client_msg_id`): the same for the
/// same clinic and event, so a repeated event finds the message stored the first time.
pub fn reminder_message_id(clinic_id: &str, event_id: &str) -> String {
    let digest = Sha256::digest(format!("appointment\n{clinic_id}\n{event_id}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    // RFC 9562 version 8 (custom), variant 10.
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = hex::encode(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// `{{appointment.time}}`: the appointment in the clinic's local time, as the clinic's
/// next opening is written (`Tuesday 2026-12-08 09:30`).
pub fn time_text(starts_at: DateTime<Utc>, zone: Zone<'_>) -> String {
    hours::opening_text("en", starts_at.with_timezone(&zone))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::is_uuid;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-01T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_phone_number_is_the_patients_address_on_sms_and_whatsapp() {
        let booked = check(
            "pms:appt-77",
            Channel::Sms,
            "+493055501420",
            "2026-12-08T09:30:00+01:00",
            now(),
        )
        .unwrap();
        assert_eq!(booked.to.channel(), Channel::Sms);
        assert_eq!(booked.to.as_str(), "+493055501420");
        assert_eq!(booked.starts_at.to_rfc3339(), "2026-12-08T08:30:00+00:00");
        let whatsapp = address_for(Channel::Whatsapp, " +493055501420 ").unwrap();
        assert_eq!(whatsapp.channel(), Channel::Whatsapp);
        assert_eq!(whatsapp.as_str(), "493055501420");
    }

    #[test]
    fn bad_events_are_refused_with_their_reason() {
        let ok = (
            "appt-1",
            Channel::Sms,
            "+15550100200",
            "2026-12-02T09:00:00Z",
        );
        assert!(check(ok.0, ok.1, ok.2, ok.3, now()).is_ok());
        for (event_id, channel, phone, at, error) in [
            ("", ok.1, ok.2, ok.3, AppointmentError::EventId),
            ("appt 1", ok.1, ok.2, ok.3, AppointmentError::EventId),
            (ok.0, Channel::Web, ok.2, ok.3, AppointmentError::Channel),
            (
                ok.0,
                Channel::Messenger,
                ok.2,
                ok.3,
                AppointmentError::Channel,
            ),
            (ok.0, ok.1, "15550100200", ok.3, AppointmentError::Phone),
            (ok.0, ok.1, "+1 555 0100", ok.3, AppointmentError::Phone),
            (ok.0, Channel::Whatsapp, "", ok.3, AppointmentError::Phone),
            (ok.0, ok.1, ok.2, "tomorrow", AppointmentError::StartsAt),
            (
                ok.0,
                ok.1,
                ok.2,
                "2026-12-01T12:00:00Z",
                AppointmentError::InPast,
            ),
            (
                ok.0,
                ok.1,
                ok.2,
                "2028-02-01T12:00:00Z",
                AppointmentError::TooFarAhead,
            ),
        ] {
            assert_eq!(
                check(event_id, channel, phone, at, now()),
                Err(error.clone()),
                "{event_id} {channel:?} {phone} {at}"
            );
        }
        // Each reason has its own code.
        let codes: std::collections::HashSet<_> = [
            AppointmentError::EventId,
            AppointmentError::Channel,
            AppointmentError::Phone,
            AppointmentError::StartsAt,
            AppointmentError::InPast,
            AppointmentError::TooFarAhead,
        ]
        .iter()
        .map(AppointmentError::code)
        .collect();
        assert_eq!(codes.len(), 6);
    }

    #[test]
    fn one_event_makes_one_message_id_per_clinic() {
        let id = reminder_message_id("demo", "appt-1");
        assert!(is_uuid(&id), "{id}");
        assert_eq!(id, reminder_message_id("demo", "appt-1"));
        assert_ne!(id, reminder_message_id("demo", "appt-2"));
        assert_ne!(id, reminder_message_id("other", "appt-1"));
    }

    #[test]
    fn the_time_reads_in_the_clinics_zone() {
        let at = DateTime::parse_from_rfc3339("2026-12-08T08:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        assert_eq!(time_text(at, berlin), "Tuesday 2026-12-08 09:30");
    }
}
