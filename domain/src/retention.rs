//! Data retention: how long a clinic keeps conversations before the daily sweep deletes them.

use chrono::{DateTime, Duration, Utc};

/// A year: long enough for follow-up questions, short enough not to hoard health data.
pub const DEFAULT_DAYS: u32 = 365;
/// Ten years: the longest medical-record duty we know of; longer is a typo.
pub const MAX_DAYS: u32 = 3650;

/// How long messages are kept, from the time they were sent: a clinic's
/// `retention_days` (and, on test servers, `retention_seconds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Messages older than this many days are deleted (1 to 3650).
    pub days: u32,
    /// The same in seconds, for test servers only; overrides `days`.
    pub seconds: Option<u32>,
}

/// The serde default of `retention_days`.
pub fn default_days() -> u32 {
    DEFAULT_DAYS
}

impl Default for Retention {
    fn default() -> Retention {
        Retention {
            days: DEFAULT_DAYS,
            seconds: None,
        }
    }
}

impl Retention {
    pub fn validate(&self) -> Result<(), String> {
        if !(1..=MAX_DAYS).contains(&self.days) {
            return Err(format!(
                "retention_days must be 1 to {MAX_DAYS}, not {}",
                self.days
            ));
        }
        if self.seconds == Some(0) {
            return Err("retention_seconds must be at least 1".into());
        }
        Ok(())
    }

    /// How long a message is kept.
    pub fn period(&self) -> Duration {
        match self.seconds {
            Some(seconds) => Duration::seconds(i64::from(seconds)),
            None => Duration::days(i64::from(self.days)),
        }
    }

    /// Messages sent before this instant are due for deletion at `now`.
    pub fn cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now - self.period()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, 3, 0, 0).unwrap()
    }

    #[test]
    fn the_default_keeps_a_year() {
        let retention = Retention::default();
        assert_eq!(retention.validate(), Ok(()));
        assert_eq!(
            retention.cutoff(now()),
            Utc.with_ymd_and_hms(2025, 11, 26, 3, 0, 0).unwrap()
        );
    }

    #[test]
    fn seconds_override_days_for_test_servers() {
        let retention = Retention {
            days: 30,
            seconds: Some(5),
        };
        assert_eq!(retention.cutoff(now()), now() - Duration::seconds(5));
    }

    #[test]
    fn out_of_range_periods_are_refused() {
        for days in [0, MAX_DAYS + 1] {
            let retention = Retention {
                days,
                seconds: None,
            };
            assert!(retention.validate().is_err(), "{days} days");
        }
        let zero_seconds = Retention {
            days: 1,
            seconds: Some(0),
        };
        assert!(zero_seconds.validate().is_err());
        assert!(days(MAX_DAYS).validate().is_ok());
    }

    fn days(days: u32) -> Retention {
        Retention {
            days,
            seconds: None,
        }
    }
}
