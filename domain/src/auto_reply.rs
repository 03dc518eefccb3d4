//! Which automatic reply a visitor message gets, the moment it arrives.
//!
//! Emergencies get safety instructions and urgent messages an acknowledgement, at any
//! hour; routine messages get an after-hours note naming the next opening of their
//! department, and nothing while it is open.

use chrono::{DateTime, Utc};
use frontdesk_protocol::{Department, Urgency};

use crate::{hours, safety, ClinicConfig};

/// An automatic reply and whether it is sent once per conversation while the text is
/// the same (the after-hours note repeats nothing until the next opening changes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoReplyText {
    pub text: String,
    pub once: bool,
}

/// The triaged message an automatic reply answers.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    pub urgency: Urgency,
    pub department: Department,
    /// The triage's language guess: `en`, `es`, `fr`, `de`.
    pub language: &'a str,
    /// For the visitor's country, else the clinic's.
    pub emergency_number: &'a str,
}

/// The reply to send right after `incoming`, if any.
pub fn auto_reply(
    config: &ClinicConfig,
    incoming: Incoming<'_>,
    now: DateTime<Utc>,
) -> Option<AutoReplyText> {
    if let Some(text) = safety::instant_reply(
        incoming.urgency,
        incoming.language,
        incoming.emergency_number,
        &config.phone,
    ) {
        return Some(AutoReplyText { text, once: false });
    }
    // A config with a bad time zone fails validation before it is stored; stay quiet.
    let schedule = config.department_schedule(incoming.department).ok()?;
    if schedule.is_open(now) {
        return None;
    }
    Some(AutoReplyText {
        text: hours::after_hours_reply(incoming.language, schedule.next_opening(now)),
        once: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::demo;

    #[test]
    fn auto_reply_table() {
        let config = demo();
        // (now UTC, urgency, department, language, reply holds, once)
        let cases = [
            // Wednesday 2026-11-25 10:00 Berlin: open.
            (
                "2026-11-25T09:00:00Z",
                Urgency::Routine,
                Department::FrontDesk,
                "en",
                None,
                false,
            ),
            (
                "2026-11-25T09:00:00Z",
                Urgency::Emergency,
                Department::Clinical,
                "en",
                Some("Call 112 now"),
                false,
            ),
            (
                "2026-11-25T09:00:00Z",
                Urgency::Urgent,
                Department::Clinical,
                "de",
                Some("benachrichtigt"),
                false,
            ),
            // Wednesday 20:00 Berlin: closed; routine waits for Thursday 08:00.
            (
                "2026-11-25T19:00:00Z",
                Urgency::Routine,
                Department::Billing,
                "en",
                Some("Thursday 2026-11-26 08:00"),
                true,
            ),
            (
                "2026-11-25T19:00:00Z",
                Urgency::Routine,
                Department::Billing,
                "fr",
                Some("jeudi 2026-11-26 08:00"),
                true,
            ),
            // ...but urgent and emergency are never held until the morning.
            (
                "2026-11-25T19:00:00Z",
                Urgency::Urgent,
                Department::Clinical,
                "en",
                Some("clinician has been alerted"),
                false,
            ),
            (
                "2026-11-25T19:00:00Z",
                Urgency::Emergency,
                Department::Clinical,
                "es",
                Some("Llame ahora al 112"),
                false,
            ),
            // Wednesday 17:00 Berlin: the clinic is open but appointments closed at 16:00.
            (
                "2026-11-25T16:00:00Z",
                Urgency::Routine,
                Department::Appointments,
                "en",
                Some("Thursday 2026-11-26 08:00"),
                true,
            ),
            (
                "2026-11-25T16:00:00Z",
                Urgency::Routine,
                Department::FrontDesk,
                "en",
                None,
                false,
            ),
            // Christmas Eve, Thursday 10:00: 24th to 26th are holidays, so Monday 08:00.
            (
                "2026-12-24T09:00:00Z",
                Urgency::Routine,
                Department::FrontDesk,
                "en",
                Some("Monday 2026-12-28 08:00"),
                true,
            ),
        ];
        for (now, urgency, department, language, holds, once) in cases {
            let at = DateTime::parse_from_rfc3339(now)
                .unwrap()
                .with_timezone(&Utc);
            let incoming = Incoming {
                urgency,
                department,
                language,
                emergency_number: "112",
            };
            let reply = auto_reply(&config, incoming, at);
            match holds {
                None => assert_eq!(reply, None, "{now} {urgency:?} {department:?}"),
                Some(phrase) => {
                    let reply = reply.unwrap_or_else(|| panic!("{now} {urgency:?} gets a reply"));
                    assert!(reply.text.contains(phrase), "{now}: {}", reply.text);
                    assert_eq!(reply.once, once, "{now} {urgency:?}");
                }
            }
        }
    }
}
