//! Long on purpose: opening hours and their time-zone arithmetic are one concept; most of the file is tests across zones and DST.
//!
//! Over 600 lines, mostly table tests for overnight spans, holidays and time zones.
//!
//! Office hours: is the clinic (or one department) open at a given instant, and when
//! does it open next. Weekly hours in the clinic's time zone, holidays, overnight spans.
//!
//! A span belongs to the day it opens on: `days = ["fri"], open = "22:00", close = "06:00"`
//! runs from Friday 22:00 to Saturday 06:00. A holiday closes its whole local date,
//! including the part of an overnight span that started the evening before.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use serde::{Deserialize, Serialize};

use crate::zone::Zone;

/// Opening times shared by a set of weekdays, in the clinic's local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    /// Three-letter English day names: `mon` … `sun`.
    pub days: Vec<String>,
    /// `HH:MM`, local time.
    pub open: String,
    /// `HH:MM`, local time. Before `open` means the span runs overnight into the next day;
    /// `24:00` means midnight at the end of the day.
    pub close: String,
}

impl WeeklyHours {
    pub(crate) fn validate(&self) -> Result<(), String> {
        for day in &self.days {
            parse_weekday(day).ok_or_else(|| format!("unknown day {day:?}"))?;
        }
        let open = parse_time(&self.open).ok_or_else(|| format!("bad time {:?}", self.open))?;
        let close = parse_close(&self.close).ok_or_else(|| format!("bad time {:?}", self.close))?;
        if open == close && self.close != "24:00" {
            return Err(format!(
                "{} to {} is empty; use 00:00 to 23:59 for a whole day",
                self.open, self.close
            ));
        }
        Ok(())
    }

    fn covers(&self, weekday: Weekday) -> bool {
        self.days.iter().any(|d| parse_weekday(d) == Some(weekday))
    }

    fn span(&self) -> Option<(NaiveTime, NaiveTime)> {
        Some((parse_time(&self.open)?, parse_close(&self.close)?))
    }
}

/// Checks a holiday list: `YYYY-MM-DD` dates.
pub(crate) fn validate_holidays(holidays: &[String]) -> Result<(), String> {
    for day in holidays {
        parse_date(day).ok_or_else(|| format!("holiday {day:?} must be YYYY-MM-DD"))?;
    }
    Ok(())
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
    crate::clock_text::parse_time(raw)
}

/// A closing time; `24:00` is the midnight that ends the day (an overnight span to 00:00).
fn parse_close(raw: &str) -> Option<NaiveTime> {
    if raw == "24:00" {
        return Some(NaiveTime::MIN);
    }
    parse_time(raw)
}

fn parse_date(raw: &str) -> Option<NaiveDate> {
    crate::clock_text::parse_date(raw)
}

/// When a clinic or department answers: weekly hours and closed dates in one time zone.
#[derive(Debug, Clone, Copy)]
pub struct Schedule<'a> {
    pub hours: &'a [WeeklyHours],
    /// Closed local dates, `YYYY-MM-DD`.
    pub holidays: &'a [String],
    pub tz: Zone<'a>,
}

impl<'a> Schedule<'a> {
    fn is_holiday(&self, date: NaiveDate) -> bool {
        self.holidays.iter().any(|h| parse_date(h) == Some(date))
    }

    /// Whether someone answers at `now`.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        let local = now.with_timezone(&self.tz).naive_local();
        let (date, time) = (local.date(), local.time());
        if self.is_holiday(date) {
            return false;
        }
        let yesterday = date - Duration::days(1);
        self.hours.iter().any(|h| {
            let Some((open, close)) = h.span() else {
                return false;
            };
            if open < close {
                h.covers(date.weekday()) && open <= time && time < close
            } else {
                // Overnight: the evening part today, or the morning part of yesterday's span.
                (h.covers(date.weekday()) && open <= time)
                    || (h.covers(yesterday.weekday())
                        && !self.is_holiday(yesterday)
                        && time < close)
            }
        })
    }

    /// The next instant it opens, strictly after `now`; `None` when it is open now or
    /// never opens within a year.
    pub fn next_opening(&self, now: DateTime<Utc>) -> Option<DateTime<Zone<'a>>> {
        if self.is_open(now) {
            return None;
        }
        let local_now = now.with_timezone(&self.tz);
        // A year covers any run of holidays a real clinic lists.
        (0..=366)
            .filter_map(|offset| {
                let date = local_now.date_naive() + Duration::days(offset);
                if self.is_holiday(date) {
                    return None;
                }
                self.hours
                    .iter()
                    .filter(|h| h.covers(date.weekday()))
                    .filter_map(|h| h.span())
                    .map(|(open, _)| self.first_instant_at_or_after(date.and_time(open)))
                    .filter(|opening| *opening > local_now)
                    .min()
            })
            .next()
    }

    /// The first instant whose local time is at or after `local`: `local` itself, the
    /// earlier of two on a fall-back day, or the end of the gap on a spring-forward day.
    fn first_instant_at_or_after(&self, local: NaiveDateTime) -> DateTime<Zone<'a>> {
        if let Some(instant) = self.tz.from_local_datetime(&local).earliest() {
            return instant;
        }
        // Inside a gap: binary-search the transition between two valid instants.
        let mut before = self.valid_near(local, -1).with_timezone(&Utc);
        let mut after = self.valid_near(local, 1).with_timezone(&Utc);
        while after - before > Duration::seconds(1) {
            let middle = before + (after - before) / 2;
            if middle.with_timezone(&self.tz).naive_local() >= local {
                after = middle;
            } else {
                before = middle;
            }
        }
        after.with_timezone(&self.tz)
    }

    fn valid_near(&self, local: NaiveDateTime, direction: i64) -> DateTime<Zone<'a>> {
        (1..=48)
            .find_map(|hours| {
                self.tz
                    .from_local_datetime(&(local + Duration::minutes(30 * hours * direction)))
                    .earliest()
            })
            .unwrap_or_else(|| Utc.from_utc_datetime(&local).with_timezone(&self.tz))
    }
}

/// Whether the clinic is open at `now` (weekly hours only, no holidays).
pub fn is_open(hours: &[WeeklyHours], tz: Zone<'_>, now: DateTime<Utc>) -> bool {
    Schedule {
        hours,
        holidays: &[],
        tz,
    }
    .is_open(now)
}

/// The next instant the clinic opens (weekly hours only, no holidays).
pub fn next_opening<'a>(
    hours: &'a [WeeklyHours],
    tz: Zone<'a>,
    now: DateTime<Utc>,
) -> Option<DateTime<Zone<'a>>> {
    Schedule {
        hours,
        holidays: &[],
        tz,
    }
    .next_opening(now)
}

/// The bot's after-hours reply to a routine message: closed now, a human answers at
/// `opening` (local time of the clinic). `None` opening: no hours are published.
pub fn after_hours_reply(language: &str, opening: Option<DateTime<Zone<'_>>>) -> String {
    let when = opening.map(|at| opening_text(language, at));
    match (language, when) {
        ("es", Some(when)) => format!(
            "Ahora estamos cerrados. Una persona de nuestro equipo le responderá aquí cuando \
             abramos: {when} (hora local de la clínica)."
        ),
        ("fr", Some(when)) => format!(
            "Nous sommes fermés pour le moment. Un membre de notre équipe vous répondra ici à \
             l'ouverture : {when} (heure locale de la clinique)."
        ),
        ("de", Some(when)) => format!(
            "Wir haben gerade geschlossen. Jemand aus unserem Team antwortet Ihnen hier, sobald \
             wir öffnen: {when} (Ortszeit der Praxis)."
        ),
        (_, Some(when)) => format!(
            "We're closed right now. A member of our team will answer here when we open: \
             {when} (clinic local time)."
        ),
        ("es", None) => "Ahora estamos cerrados. Le responderemos aquí lo antes posible.".into(),
        ("fr", None) => {
            "Nous sommes fermés pour le moment. Nous vous répondrons ici dès que possible.".into()
        }
        ("de", None) => {
            "Wir haben gerade geschlossen. Wir antworten Ihnen hier so bald wie möglich.".into()
        }
        _ => "We're closed right now. We will answer here as soon as we can.".into(),
    }
}

/// An opening as the clinic's replies name it: weekday and local date and time
/// ("Thursday 2026-11-26 08:00").
pub fn opening_text(language: &str, at: DateTime<Zone<'_>>) -> String {
    let day = weekday_name(language, at.weekday());
    let local = at.naive_local();
    format!(
        "{day} {}",
        crate::clock_text::date_time_text(local.date(), local.time())
    )
}

/// Three-letter (or two in German) day abbreviations, Monday first.
pub(crate) fn weekday_abbreviation(language: &str, weekday: Weekday) -> &'static str {
    let names: [&str; 7] = match language {
        "es" => ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        "fr" => ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
        "de" => ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        _ => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    };
    names[weekday.num_days_from_monday() as usize]
}

impl WeeklyHours {
    /// The days as written, in week order (unknown names dropped).
    pub(crate) fn weekdays(&self) -> Vec<Weekday> {
        let mut days: Vec<Weekday> = self.days.iter().filter_map(|d| parse_weekday(d)).collect();
        crate::sorting::sort_by_key(&mut days, |d| d.num_days_from_monday());
        days.dedup();
        days
    }
}

/// Closed dates from `from` (inclusive) for `days` days, in order.
pub(crate) fn holidays_within(holidays: &[String], from: NaiveDate, days: i64) -> Vec<NaiveDate> {
    let mut found: Vec<NaiveDate> = holidays
        .iter()
        .filter_map(|h| parse_date(h))
        .filter(|date| *date >= from && *date < from + Duration::days(days))
        .collect();
    crate::sorting::sort(&mut found);
    found
}

fn weekday_name(language: &str, weekday: Weekday) -> &'static str {
    let names: [&str; 7] = match language {
        "es" => [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ],
        "fr" => [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        "de" => [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ],
        _ => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
    };
    names[weekday.num_days_from_monday() as usize]
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
        let berlin = Zone::parse("Europe/Berlin").unwrap();
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
        let tz = Zone::parse("UTC").unwrap();
        assert!(!is_open(&[], tz, utc("2026-11-25T09:00:00Z")));
        assert_eq!(next_opening(&[], tz, utc("2026-11-25T09:00:00Z")), None);
    }

    fn span(days: &[&str], open: &str, close: &str) -> WeeklyHours {
        WeeklyHours {
            days: days.iter().map(|d| d.to_string()).collect(),
            open: open.into(),
            close: close.into(),
        }
    }

    /// (hours, holidays, time zone, now UTC, open?, next opening local)
    type Case = (
        Vec<WeeklyHours>,
        Vec<&'static str>,
        &'static str,
        &'static str,
        bool,
        Option<&'static str>,
    );

    #[test]
    fn schedule_table_time_zones_dst_holidays_overnight() {
        let weekdays = || weekdays_8_to_18();
        let night = || {
            vec![span(
                &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                "22:00",
                "06:00",
            )]
        };
        let cases: Vec<Case> = vec![
            // Time zones: 10:00 UTC is 05:00 in New York (closed), 19:00 in Tokyo (closed).
            (
                weekdays(),
                vec![],
                "America/New_York",
                "2026-11-25T10:00:00Z",
                false,
                Some("2026-11-25T08:00:00-05:00"),
            ),
            (
                weekdays(),
                vec![],
                "Asia/Tokyo",
                "2026-11-25T10:00:00Z",
                false,
                Some("2026-11-26T08:00:00+09:00"),
            ),
            (
                weekdays(),
                vec![],
                "Asia/Tokyo",
                "2026-11-25T00:00:00Z",
                true,
                None,
            ),
            // DST in Berlin: Sunday 2026-03-29 clocks go 02:00 -> 03:00. Monday opens at
            // 08:00 CEST (06:00 UTC), not 07:00 UTC.
            (
                weekdays(),
                vec![],
                "Europe/Berlin",
                "2026-03-29T12:00:00Z",
                false,
                Some("2026-03-30T08:00:00+02:00"),
            ),
            (
                weekdays(),
                vec![],
                "Europe/Berlin",
                "2026-03-30T06:30:00Z",
                true,
                None,
            ),
            // Fall back: Sunday 2026-10-25 03:00 -> 02:00; Monday 08:00 is CET again.
            (
                weekdays(),
                vec![],
                "Europe/Berlin",
                "2026-10-25T12:00:00Z",
                false,
                Some("2026-10-26T08:00:00+01:00"),
            ),
            // US DST day: Sunday 2026-03-08; Monday 08:00 EDT.
            (
                weekdays(),
                vec![],
                "America/New_York",
                "2026-03-08T20:00:00Z",
                false,
                Some("2026-03-09T08:00:00-04:00"),
            ),
            // An opening inside the spring-forward gap (02:30) opens at the gap's end.
            (
                vec![span(&["sun"], "02:30", "05:00")],
                vec![],
                "Europe/Berlin",
                "2026-03-29T00:30:00Z",
                false,
                Some("2026-03-29T03:00:00+02:00"),
            ),
            // Overnight on the DST night: 22:00 CET to 06:00 CEST is open at 04:30 UTC.
            (
                night(),
                vec![],
                "Europe/Berlin",
                "2026-03-29T03:30:00Z",
                true,
                None,
            ),
            (
                night(),
                vec![],
                "Europe/Berlin",
                "2026-03-29T04:30:00Z",
                false,
                Some("2026-03-29T22:00:00+02:00"),
            ),
            // Overnight: Friday-only 22:00-06:00 is open Saturday 03:00, closed Sunday 03:00.
            (
                vec![span(&["fri"], "22:00", "06:00")],
                vec![],
                "UTC",
                "2026-11-28T03:00:00Z",
                true,
                None,
            ),
            (
                vec![span(&["fri"], "22:00", "06:00")],
                vec![],
                "UTC",
                "2026-11-29T03:00:00Z",
                false,
                Some("2026-12-04T22:00:00+00:00"),
            ),
            (
                vec![span(&["fri"], "22:00", "06:00")],
                vec![],
                "UTC",
                "2026-11-27T21:59:00Z",
                false,
                Some("2026-11-27T22:00:00+00:00"),
            ),
            // 24:00 closes at midnight; 00:00 to 24:00 every day is always open.
            (
                vec![span(&["wed"], "08:00", "24:00")],
                vec![],
                "UTC",
                "2026-11-25T23:59:00Z",
                true,
                None,
            ),
            (
                vec![span(&["wed"], "08:00", "24:00")],
                vec![],
                "UTC",
                "2026-11-26T00:00:00Z",
                false,
                Some("2026-12-02T08:00:00+00:00"),
            ),
            (
                vec![span(
                    &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                    "00:00",
                    "24:00",
                )],
                vec![],
                "UTC",
                "2026-11-26T00:00:00Z",
                true,
                None,
            ),
            // Holidays: closed all day on Christmas (a Friday), opens Saturday 09:00.
            (
                weekdays(),
                vec!["2026-12-25"],
                "Europe/Berlin",
                "2026-12-25T10:00:00Z",
                false,
                Some("2026-12-26T09:00:00+01:00"),
            ),
            // The evening before a holiday: the next opening skips it.
            (
                weekdays(),
                vec!["2026-12-25"],
                "Europe/Berlin",
                "2026-12-24T18:00:00Z",
                false,
                Some("2026-12-26T09:00:00+01:00"),
            ),
            // A run of holidays skips to the first working day.
            (
                weekdays(),
                vec!["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-28"],
                "Europe/Berlin",
                "2026-12-23T20:00:00Z",
                false,
                Some("2026-12-29T08:00:00+01:00"),
            ),
            // A holiday cuts off the morning part of the night before.
            (
                night(),
                vec!["2026-12-25"],
                "UTC",
                "2026-12-25T03:00:00Z",
                false,
                Some("2026-12-26T22:00:00+00:00"),
            ),
            // ...and the night starting on a holiday doesn't run into the next morning.
            (
                night(),
                vec!["2026-12-25"],
                "UTC",
                "2026-12-26T03:00:00Z",
                false,
                Some("2026-12-26T22:00:00+00:00"),
            ),
        ];
        for (hours, holidays, tz, now, open, next) in cases {
            let holidays: Vec<String> = holidays.into_iter().map(String::from).collect();
            let schedule = Schedule {
                hours: &hours,
                holidays: &holidays,
                tz: Zone::parse(tz).unwrap(),
            };
            assert_eq!(schedule.is_open(utc(now)), open, "{tz} {now}");
            assert_eq!(
                schedule.next_opening(utc(now)).map(|t| t.to_rfc3339()),
                next.map(String::from),
                "{tz} {now}"
            );
        }
    }

    #[test]
    fn after_hours_reply_names_the_next_opening_in_each_language() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let opening = berlin.with_ymd_and_hms(2026, 11, 26, 8, 0, 0).single();
        let cases = [
            ("en", "Thursday 2026-11-26 08:00"),
            ("es", "jueves 2026-11-26 08:00"),
            ("fr", "jeudi 2026-11-26 08:00"),
            ("de", "Donnerstag 2026-11-26 08:00"),
            ("xx", "Thursday 2026-11-26 08:00"),
        ];
        for (language, expected) in cases {
            let reply = after_hours_reply(language, opening);
            assert!(reply.contains(expected), "{language}: {reply}");
        }
        assert!(after_hours_reply("en", None).contains("as soon as we can"));
    }

    #[test]
    fn bad_hours_are_refused() {
        let mut hours = weekdays_8_to_18().remove(0);
        hours.close = "08:00".into();
        assert!(hours.validate().is_err());
        hours.close = "07:00".into();
        assert!(hours.validate().is_ok(), "overnight spans are allowed");
        assert!(validate_holidays(&["2026-12-25".into()]).is_ok());
        assert!(validate_holidays(&["25.12.2026".into()]).is_err());
        hours.close = "25:00".into();
        assert!(hours.validate().is_err());
        hours.close = "18:00".into();
        hours.days.push("funday".into());
        assert!(hours.validate().is_err());
    }
}
