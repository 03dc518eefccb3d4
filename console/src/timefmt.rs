//! Pure time helpers: RFC 3339 timestamps (through chrono) and the short age and SLA
//! texts the inbox shows.
//!
//! Time always comes in as a value (milliseconds since the Unix epoch) and the words as a
//! table (`i18n`), so these run in native tests.

use crate::i18n::{fill, Strings};

/// Milliseconds since the Unix epoch for an RFC 3339 timestamp, or `None` when it is
/// malformed. chrono's parser (already in the tree through the domain) replaced a
/// hand-written one of 80 lines; it also refuses impossible dates (`02-30`).
pub fn parse_rfc3339_ms(raw: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(raw.trim())
        .ok()
        .map(|at| at.timestamp_millis())
}

/// How long ago something happened, e.g. "just now", "12 min ago", "3 h ago", "2 d ago".
pub fn relative_age(t: &Strings, now_ms: i64, then_ms: i64) -> String {
    let seconds = (now_ms - then_ms).max(0) / 1_000;
    let (template, count) = if seconds < 45 {
        return t.just_now.to_string();
    } else if seconds < 3_600 {
        (t.minutes_ago, (seconds / 60).max(1))
    } else if seconds < 86_400 {
        (t.hours_ago, seconds / 3_600)
    } else {
        (t.days_ago, seconds / 86_400)
    };
    fill(template, &[&count.to_string()])
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
pub fn sla_countdown(t: &Strings, now_ms: i64, deadline_ms: i64) -> SlaCountdown {
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
            text: fill(t.due_in, &[&span(t, seconds)]),
            level,
        }
    } else {
        let seconds = -remaining_ms / 1_000;
        SlaCountdown {
            text: fill(t.overdue, &[&span(t, seconds)]),
            level: SlaLevel::Overdue,
        }
    }
}

pub(crate) fn span(t: &Strings, seconds: i64) -> String {
    if seconds < 3_600 {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    } else if seconds < 86_400 {
        let minutes = format!("{:02}", (seconds % 3_600) / 60);
        fill(t.span_hours, &[&(seconds / 3_600).to_string(), &minutes])
    } else {
        let hours = ((seconds % 86_400) / 3_600).to_string();
        fill(t.span_days, &[&(seconds / 86_400).to_string(), &hours])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, EN};

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
            ("2026-02-30T10:00:00Z", None),
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
            assert_eq!(relative_age(&EN, now, now - ago_ms), expected, "{ago_ms}");
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
            let countdown = sla_countdown(&EN, now, now + remaining_ms);
            assert_eq!(countdown.text, text, "{remaining_ms}");
            assert_eq!(countdown.level, level, "{remaining_ms}");
        }
    }

    #[test]
    fn ages_and_countdowns_read_in_the_staff_members_language() {
        let now = 1_000_000_000;
        let german = Strings::of(Lang::De);
        assert_eq!(relative_age(german, now, now - 3 * 60_000), "vor 3 Min.");
        assert_eq!(
            sla_countdown(german, now, now + 2 * 3_600_000 + 5 * 60_000).text,
            "fällig in 2 Std. 05 Min."
        );
        let spanish = Strings::of(Lang::Es);
        assert_eq!(
            sla_countdown(spanish, now, now - 42_000).text,
            "vencida hace 0:42"
        );
        assert_eq!(
            relative_age(Strings::of(Lang::Fr), now, now - 2 * 86_400_000),
            "il y a 2 j"
        );
    }
}
