//! The current time, read once per use from the Workers clock.

use chrono::{DateTime, SecondsFormat, Utc};

pub fn now() -> DateTime<Utc> {
    let millis = worker::Date::now().as_millis() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// RFC 3339 in UTC with milliseconds, so stored timestamps sort as text.
pub fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn now_rfc3339() -> String {
    rfc3339(now())
}
