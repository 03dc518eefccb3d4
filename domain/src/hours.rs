//! Office hours: is the clinic open at a given instant, and when does it open next.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Opening times shared by a set of weekdays, in the clinic's local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    /// Three-letter English day names: `mon` … `sun`.
    pub days: Vec<String>,
    /// `HH:MM`, local time.
    pub open: String,
    /// `HH:MM`, local time; after `open`.
    pub close: String,
}

impl WeeklyHours {
    pub(crate) fn validate(&self) -> Result<(), String> {
        for day in &self.days {
            parse_weekday(day).ok_or_else(|| format!("unknown day {day:?}"))?;
        }
        let open = parse_time(&self.open).ok_or_else(|| format!("bad time {:?}", self.open))?;
        let close = parse_time(&self.close).ok_or_else(|| format!("bad time {:?}", self.close))?;
        if open >= close {
            return Err(format!("{} must be before {}", self.open, self.close));
        }
        Ok(())
    }

    fn covers(&self, weekday: Weekday) -> bool {
        self.days.iter().any(|d| parse_weekday(d) == Some(weekday))
    }

    fn span(&self) -> Option<(NaiveTime, NaiveTime)> {
        Some((parse_time(&self.open)?, parse_time(&self.close)?))
    }
}

fn parse_weekday(raw: &str) -> Option<Weekday> {
    Some(match raw.to_ascii_lowercase().as_str() {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn parse_time(raw: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(raw, "%H:%M").ok()
}

/// Whether the clinic is open at `now`.
pub fn is_open(hours: &[WeeklyHours], tz: Tz, now: DateTime<Utc>) -> bool {
    let local = now.with_timezone(&tz);
    let time = local.time();
    hours.iter().any(|h| {
        h.covers(local.weekday())
            && h.span()
                .is_some_and(|(open, close)| open <= time && time < close)
    })
}

/// The next instant the clinic opens, strictly after `now`; `None` when it is open
/// now or has no hours at all.
pub fn next_opening(hours: &[WeeklyHours], tz: Tz, now: DateTime<Utc>) -> Option<DateTime<Tz>> {
    if is_open(hours, tz, now) {
        return None;
    }
    let local_now = now.with_timezone(&tz);
    // Eight days always reach the same weekday again.
    (0..8)
        .filter_map(|offset| {
            let date = local_now.date_naive() + Duration::days(offset);
            hours
                .iter()
                .filter(|h| h.covers(date.weekday()))
                .filter_map(|h| h.span())
                .filter_map(|(open, _)| tz.from_local_datetime(&date.and_time(open)).earliest())
                .filter(|opening| *opening > local_now)
                .min()
        })
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekdays_8_to_18() -> Vec<WeeklyHours> {
        vec![
            WeeklyHours {
                days: ["mon", "tue", "wed", "thu", "fri"]
                    .map(String::from)
                    .to_vec(),
                open: "08:00".into(),
                close: "18:00".into(),
            },
            WeeklyHours {
                days: vec!["sat".into()],
                open: "09:00".into(),
                close: "13:00".into(),
            },
        ]
    }

    fn utc(raw: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(raw)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn open_and_next_opening_table() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let hours = weekdays_8_to_18();
        // (now UTC, open?, next opening local)
        let cases = [
            // Wed 2026-11-25 10:00 Berlin (UTC+1).
            ("2026-11-25T09:00:00Z", true, None),
            // Wed 19:00 Berlin: opens Thu 08:00.
            (
                "2026-11-25T18:00:00Z",
                false,
                Some("2026-11-26T08:00:00+01:00"),
            ),
            // Fri 18:30 Berlin: opens Sat 09:00.
            (
                "2026-11-27T17:30:00Z",
                false,
                Some("2026-11-28T09:00:00+01:00"),
            ),
            // Sat 13:00 Berlin exactly: closed (close is exclusive), opens Mon 08:00.
            (
                "2026-11-28T12:00:00Z",
                false,
                Some("2026-11-30T08:00:00+01:00"),
            ),
            // Mon 07:59 Berlin: opens the same day.
            (
                "2026-11-30T06:59:00Z",
                false,
                Some("2026-11-30T08:00:00+01:00"),
            ),
            // Summer time: Mon 2026-06-01 07:30 Berlin (UTC+2) is closed.
            (
                "2026-06-01T05:30:00Z",
                false,
                Some("2026-06-01T08:00:00+02:00"),
            ),
        ];
        for (now, open, next) in cases {
            assert_eq!(is_open(&hours, berlin, utc(now)), open, "{now}");
            assert_eq!(
                next_opening(&hours, berlin, utc(now)).map(|t| t.to_rfc3339()),
                next.map(String::from),
                "{now}"
            );
        }
    }

    #[test]
    fn no_hours_means_never_open() {
        let tz: Tz = "UTC".parse().unwrap();
        assert!(!is_open(&[], tz, utc("2026-11-25T09:00:00Z")));
        assert_eq!(next_opening(&[], tz, utc("2026-11-25T09:00:00Z")), None);
    }

    #[test]
    fn bad_hours_are_refused() {
        let mut hours = weekdays_8_to_18().remove(0);
        hours.close = "07:00".into();
        assert!(hours.validate().is_err());
        hours.close = "25:00".into();
        assert!(hours.validate().is_err());
        hours.close = "18:00".into();
        hours.days.push("funday".into());
        assert!(hours.validate().is_err());
    }
}
