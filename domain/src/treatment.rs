//! Treatment events from the clinic's practice software: "this patient had this done at
//! this time", which schedules the after-treatment survey at the clinic's survey delay
//! (`[surveys]`, the same delay as after a resolved conversation). What is checked here:
//! the caller's event id (its idempotency key), the procedure's text (checked, never
//! stored: the survey doesn't need it) and a plausible time.

use chrono::{DateTime, Duration, Utc};

use crate::survey::SurveySettings;

/// Longest event id, in characters.
pub const MAX_EVENT_ID_CHARS: usize = 100;

/// Longest procedure text, in characters.
pub const MAX_PROCEDURE_CHARS: usize = 200;

/// How far back a treatment may be reported: an older one would survey a patient about
/// a visit they hardly remember.
pub const MAX_AGE_DAYS: i64 = 60;

/// Clock skew allowed for a treatment time slightly ahead of ours.
const FUTURE_SLACK_MINUTES: i64 = 10;

/// Why an event was refused; each becomes a 422 with the code of [`TreatmentError::code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TreatmentError {
    #[error("'event_id' must be 1 to {MAX_EVENT_ID_CHARS} characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'.")]
    EventId,
    #[error("'procedure' must be 1 to {MAX_PROCEDURE_CHARS} printable characters.")]
    Procedure,
    #[error("'performed_at' must be an RFC 3339 time, e.g. 2026-11-25T10:00:00Z.")]
    PerformedAt,
    #[error("'performed_at' is in the future; report a treatment once it is done.")]
    InFuture,
    #[error("'performed_at' is more than {MAX_AGE_DAYS} days ago; no survey is sent for it.")]
    TooOld,
}

impl TreatmentError {
    pub fn code(&self) -> &'static str {
        match self {
            TreatmentError::EventId => "invalid_event_id",
            TreatmentError::Procedure => "invalid_procedure",
            TreatmentError::PerformedAt => "invalid_performed_at",
            TreatmentError::InFuture => "performed_in_future",
            TreatmentError::TooOld => "performed_too_long_ago",
        }
    }
}

/// A checked event: its id and when the treatment was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Treatment {
    pub event_id: String,
    pub performed_at: DateTime<Utc>,
}

/// An event id as the practice software may give it (treatments and appointments alike):
/// 1 to [`MAX_EVENT_ID_CHARS`] of `A-Z a-z 0-9 . _ : -`.
pub fn valid_event_id(event_id: &str) -> bool {
    (1..=MAX_EVENT_ID_CHARS).contains(&event_id.len())
        && event_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'))
}

/// Checks an event as sent, against `now`.
pub fn check(
    event_id: &str,
    procedure: &str,
    performed_at: &str,
    now: DateTime<Utc>,
) -> Result<Treatment, TreatmentError> {
    if !valid_event_id(event_id) {
        return Err(TreatmentError::EventId);
    }
    let procedure = procedure.trim();
    let count = procedure.chars().count();
    if count == 0 || count > MAX_PROCEDURE_CHARS || procedure.chars().any(char::is_control) {
        return Err(TreatmentError::Procedure);
    }
    let performed_at = DateTime::parse_from_rfc3339(performed_at)
        .map_err(|_| TreatmentError::PerformedAt)?
        .with_timezone(&Utc);
    if performed_at > now + Duration::minutes(FUTURE_SLACK_MINUTES) {
        return Err(TreatmentError::InFuture);
    }
    if performed_at < now - Duration::days(MAX_AGE_DAYS) {
        return Err(TreatmentError::TooOld);
    }
    Ok(Treatment {
        event_id: event_id.to_owned(),
        performed_at,
    })
}

/// When the treatment's survey is due: the clinic's survey delay after it; `None` when
/// the clinic sends no surveys on its own.
pub fn survey_due(settings: &SurveySettings, treatment: &Treatment) -> Option<DateTime<Utc>> {
    settings.delay().map(|delay| treatment.performed_at + delay)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_treatment_is_surveyed_after_the_clinics_delay() {
        let treatment = check(
            "pms-4711:visit-9",
            "Wisdom tooth extraction",
            "2026-11-25T09:30:00+01:00",
            now(),
        )
        .unwrap();
        assert_eq!(treatment.event_id, "pms-4711:visit-9");
        assert_eq!(
            treatment.performed_at.to_rfc3339(),
            "2026-11-25T08:30:00+00:00"
        );
        let days = SurveySettings {
            after_resolved_days: Some(3),
            after_resolved_seconds: None,
        };
        assert_eq!(
            survey_due(&days, &treatment).unwrap().to_rfc3339(),
            "2026-11-28T08:30:00+00:00"
        );
        // Test servers count seconds instead.
        let seconds = SurveySettings {
            after_resolved_days: Some(3),
            after_resolved_seconds: Some(3),
        };
        assert_eq!(
            survey_due(&seconds, &treatment).unwrap().to_rfc3339(),
            "2026-11-25T08:30:03+00:00"
        );
        assert_eq!(survey_due(&SurveySettings::default(), &treatment), None);
    }

    #[test]
    fn bad_events_are_refused_with_their_reason() {
        let ok = ("visit-1", "Filling", "2026-11-25T11:00:00Z");
        assert!(check(ok.0, ok.1, ok.2, now()).is_ok());
        let long_id = "x".repeat(MAX_EVENT_ID_CHARS + 1);
        let long_procedure = "é".repeat(MAX_PROCEDURE_CHARS + 1);
        for (event_id, procedure, at, error) in [
            ("", ok.1, ok.2, TreatmentError::EventId),
            ("visit 1", ok.1, ok.2, TreatmentError::EventId),
            ("visité", ok.1, ok.2, TreatmentError::EventId),
            (long_id.as_str(), ok.1, ok.2, TreatmentError::EventId),
            (ok.0, "  ", ok.2, TreatmentError::Procedure),
            (ok.0, "a\u{0}b", ok.2, TreatmentError::Procedure),
            (
                ok.0,
                long_procedure.as_str(),
                ok.2,
                TreatmentError::Procedure,
            ),
            (ok.0, ok.1, "yesterday", TreatmentError::PerformedAt),
            (ok.0, ok.1, "2026-11-25", TreatmentError::PerformedAt),
            (ok.0, ok.1, "2026-11-25T12:11:00Z", TreatmentError::InFuture),
            (ok.0, ok.1, "2026-09-25T11:59:00Z", TreatmentError::TooOld),
        ] {
            assert_eq!(
                check(event_id, procedure, at, now()),
                Err(error.clone()),
                "{at}"
            );
            assert!(error.code().starts_with("invalid_") || error.code().starts_with("performed_"));
        }
        // The edges: a few minutes of clock skew, and exactly the oldest day.
        assert!(check(ok.0, ok.1, "2026-11-25T12:09:00Z", now()).is_ok());
        assert!(check(ok.0, ok.1, "2026-09-26T12:00:00Z", now()).is_ok());
        // The longest id and procedure pass.
        let id = "a".repeat(MAX_EVENT_ID_CHARS);
        let procedure = "é".repeat(MAX_PROCEDURE_CHARS);
        assert!(check(&id, &procedure, ok.2, now()).is_ok());
    }
}
