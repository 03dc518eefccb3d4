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
mod tests;
