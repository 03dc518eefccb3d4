//! Pure time helpers: RFC 3339 parsing and the short age and SLA texts the inbox shows.
//!
//! Time always comes in as a value (milliseconds since the Unix epoch), so these run in native tests.

/// Milliseconds since the Unix epoch for an RFC 3339 timestamp, or `None` when it is malformed.
pub fn parse_rfc3339_ms(raw: &str) -> Option<i64> {
    let bytes = raw.trim().as_bytes();
    if bytes.len() < 20 {
        return None;
    }
    let year = digits(bytes, 0, 4)?;
    let month = digits(bytes, 5, 2)?;
    let day = digits(bytes, 8, 2)?;
    let hour = digits(bytes, 11, 2)?;
    let minute = digits(bytes, 14, 2)?;
    let second = digits(bytes, 17, 2)?;
    if bytes[4] != b'-' || bytes[7] != b'-' || bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    if !matches!(bytes[10], b'T' | b't' | b' ') {
        return None;
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    // A leap second (60) is accepted and counted like 59.
    if second > 60 {
        return None;
    }

    let mut index = 19;
    let mut millis = 0i64;
    if bytes.get(index) == Some(&b'.') {
        index += 1;
        let start = index;
        while index < bytes.len() && bytes[index].is_ascii_digit() {
            // Only the first three fraction digits matter at millisecond precision.
            if index - start < 3 {
                millis = millis * 10 + i64::from(bytes[index] - b'0');
            }
            index += 1;
        }
        let fraction_len = index - start;
        if fraction_len == 0 {
            return None;
        }
        for _ in fraction_len..3 {
            millis *= 10;
        }
    }

    let offset_minutes = match bytes.get(index)? {
        b'Z' | b'z' if index + 1 == bytes.len() => 0,
        sign @ (b'+' | b'-') if index + 6 == bytes.len() && bytes[index + 3] == b':' => {
            let offset_hours = digits(bytes, index + 1, 2)?;
            let offset_mins = digits(bytes, index + 4, 2)?;
            let total = offset_hours * 60 + offset_mins;
            if *sign == b'+' {
                total
            } else {
                -total
            }
        }
        _ => return None,
    };

    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second.min(59) - offset_minutes * 60;
    Some(seconds * 1_000 + millis)
}

fn digits(bytes: &[u8], start: usize, len: usize) -> Option<i64> {
    let slice = bytes.get(start..start + len)?;
    slice.iter().try_fold(0i64, |acc, byte| {
        byte.is_ascii_digit()
            .then(|| acc * 10 + i64::from(byte - b'0'))
    })
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// How long ago something happened, e.g. "just now", "12 min ago", "3 h ago", "2 d ago".
pub fn relative_age(now_ms: i64, then_ms: i64) -> String {
    let seconds = (now_ms - then_ms).max(0) / 1_000;
    if seconds < 45 {
        "just now".to_string()
    } else if seconds < 3_600 {
        format!("{} min ago", (seconds / 60).max(1))
    } else if seconds < 86_400 {
        format!("{} h ago", seconds / 3_600)
    } else {
        format!("{} d ago", seconds / 86_400)
    }
}

/// How close a reply deadline is, for colouring the countdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlaLevel {
    /// Comfortably ahead.
    Ok,
    /// Less than five minutes left.
    Soon,
    /// The deadline has passed.
    Overdue,
}

impl SlaLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            SlaLevel::Ok => "ok",
            SlaLevel::Soon => "soon",
            SlaLevel::Overdue => "overdue",
        }
    }
}

/// The countdown text for a reply deadline and how urgent it looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaCountdown {
    pub text: String,
    pub level: SlaLevel,
}

/// Under an hour the countdown shows minutes and seconds so staff see it move.
pub fn sla_countdown(now_ms: i64, deadline_ms: i64) -> SlaCountdown {
    let remaining_ms = deadline_ms - now_ms;
    if remaining_ms > 0 {
        // Round up so "due in 0:00" never shows while time is still left.
        let seconds = (remaining_ms + 999) / 1_000;
        let level = if seconds <= 5 * 60 {
            SlaLevel::Soon
        } else {
            SlaLevel::Ok
        };
        SlaCountdown {
            text: format!("due in {}", span(seconds)),
            level,
        }
    } else {
        let seconds = -remaining_ms / 1_000;
        SlaCountdown {
            text: format!("overdue {}", span(seconds)),
            level: SlaLevel::Overdue,
        }
    }
}

fn span(seconds: i64) -> String {
    if seconds < 3_600 {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    } else if seconds < 86_400 {
        format!("{} h {:02} min", seconds / 3_600, (seconds % 3_600) / 60)
    } else {
        format!("{} d {} h", seconds / 86_400, (seconds % 86_400) / 3_600)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339_variants() {
        let cases: &[(&str, Option<i64>)] = &[
            ("1970-01-01T00:00:00Z", Some(0)),
            ("2026-11-25T10:00:00Z", Some(1_795_600_800_000)),
            ("2026-11-25T10:00:00.5Z", Some(1_795_600_800_500)),
            ("2026-11-25T10:00:00.123456Z", Some(1_795_600_800_123)),
            ("2026-11-25T11:00:00+01:00", Some(1_795_600_800_000)),
            ("2026-11-25T05:30:00-04:30", Some(1_795_600_800_000)),
            ("2024-02-29T00:00:00Z", Some(1_709_164_800_000)),
            ("2026-11-25 10:00:00Z", Some(1_795_600_800_000)),
            ("2026-11-25T10:00:00", None),
            ("2026-13-25T10:00:00Z", None),
            ("2026-11-25T10:00:00.Z", None),
            ("2026-11-25T10:00:00Zjunk", None),
            ("yesterday", None),
            ("", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_rfc3339_ms(raw), *expected, "{raw}");
        }
    }

    #[test]
    fn formats_relative_age() {
        let now = 1_000_000_000;
        let cases = [
            (0, "just now"),
            (44_000, "just now"),
            (45_000, "1 min ago"),
            (59 * 60_000, "59 min ago"),
            (3_600_000, "1 h ago"),
            (23 * 3_600_000 + 59 * 60_000, "23 h ago"),
            (2 * 86_400_000, "2 d ago"),
            // A clock that runs behind the server never shows a negative age.
            (-5_000, "just now"),
        ];
        for (ago_ms, expected) in cases {
            assert_eq!(relative_age(now, now - ago_ms), expected, "{ago_ms}");
        }
    }

    #[test]
    fn formats_sla_countdown() {
        let now = 1_000_000_000;
        let cases = [
            (10 * 60_000, "due in 10:00", SlaLevel::Ok),
            (5 * 60_000 + 1_000, "due in 5:01", SlaLevel::Ok),
            (5 * 60_000, "due in 5:00", SlaLevel::Soon),
            (59_500, "due in 1:00", SlaLevel::Soon),
            (1, "due in 0:01", SlaLevel::Soon),
            (0, "overdue 0:00", SlaLevel::Overdue),
            (-42_000, "overdue 0:42", SlaLevel::Overdue),
            (
                -(3_600_000 + 5 * 60_000),
                "overdue 1 h 05 min",
                SlaLevel::Overdue,
            ),
            (
                2 * 3_600_000 + 30 * 60_000,
                "due in 2 h 30 min",
                SlaLevel::Ok,
            ),
            (
                3 * 86_400_000 + 4 * 3_600_000,
                "due in 3 d 4 h",
                SlaLevel::Ok,
            ),
        ];
        for (remaining_ms, text, level) in cases {
            let countdown = sla_countdown(now, now + remaining_ms);
            assert_eq!(countdown.text, text, "{remaining_ms}");
            assert_eq!(countdown.level, level, "{remaining_ms}");
        }
    }
}
