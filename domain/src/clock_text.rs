//! Dates and times of day as text (`2026-11-26`, `08:00`), read and written without
//! chrono's `strftime` machinery: its format-string parser and formatter were about 20 KB
//! of the edge's wasm, reached only by these few fixed formats (BENCHMARKS.md, "Edge size,
//! round 3"). Reading accepts exactly what `parse_from_str` with `%H:%M` and `%Y-%m-%d`
//! accepted (a test compares them), so saved clinic hours read as before.

use chrono::{NaiveDate, NaiveTime, Timelike};

/// `%H:%M`: hour and minute, each one or two digits, each optionally preceded by
/// whitespace (as chrono reads numbers).
pub fn parse_time(raw: &str) -> Option<NaiveTime> {
    let (hour, rest) = unsigned(raw, 2)?;
    let (minute, rest) = unsigned(rest.strip_prefix(':')?, 2)?;
    if !rest.is_empty() {
        return None;
    }
    NaiveTime::from_hms_opt(u32::try_from(hour).ok()?, u32::try_from(minute).ok()?, 0)
}

/// `%Y-%m-%d`: a year of up to four digits, or of any length after an explicit sign, then
/// month and day of one or two digits.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let (year, rest) = year(raw)?;
    let (month, rest) = unsigned(rest.strip_prefix('-')?, 2)?;
    let (day, rest) = unsigned(rest.strip_prefix('-')?, 2)?;
    if !rest.is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
}

/// `2026-11-26`: `NaiveDate`'s own `Display`, which is ISO 8601 for years 0 to 9999.
pub fn date_text(date: NaiveDate) -> String {
    date.to_string()
}

/// `2026-11-26 08:00`: the local date and time of day, to the minute.
pub fn date_time_text(date: NaiveDate, time: NaiveTime) -> String {
    format!("{date} {:02}:{:02}", time.hour(), time.minute())
}

/// Whitespace, then 1 to `max` ASCII digits; the value and the rest.
fn unsigned(raw: &str, max: usize) -> Option<(i64, &str)> {
    let raw = raw.trim_start();
    let digits = raw.bytes().take(max).take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    Some((raw[..digits].parse().ok()?, &raw[digits..]))
}

/// chrono's signed `%Y`: with a sign, any number of digits; without, up to four.
fn year(raw: &str) -> Option<(i64, &str)> {
    let raw = raw.trim_start();
    let digits = |rest: &str| {
        let count = rest.bytes().take_while(u8::is_ascii_digit).count();
        (count > 0).then_some(count)
    };
    if let Some(rest) = raw.strip_prefix('-') {
        let count = digits(rest)?;
        let value: i64 = rest[..count].parse().ok()?;
        Some((-value, &rest[count..]))
    } else if let Some(rest) = raw.strip_prefix('+') {
        let count = digits(rest)?;
        Some((rest[..count].parse().ok()?, &rest[count..]))
    } else {
        unsigned(raw, 4)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, Duration};

    use super::*;

    /// Every input, odd ones included, reads as chrono's `parse_from_str` reads it.
    #[test]
    fn times_and_dates_read_as_chrono_reads_them() {
        let times = [
            "08:00",
            "8:00",
            "8:5",
            "23:59",
            "24:00",
            "00:00",
            " 08:00",
            "08: 30",
            "08:00 ",
            "08 :00",
            "080:00",
            "08:000",
            "08:60",
            "25:00",
            "-1:00",
            "+1:00",
            "08",
            "08:",
            ":30",
            "",
            " ",
            "0８:00",
            "08:00:00",
            "\t9:\n7",
            "\u{a0}9:07",
            "99:99",
            "1:1",
        ];
        for raw in times {
            assert_eq!(
                parse_time(raw),
                NaiveTime::parse_from_str(raw, "%H:%M").ok(),
                "{raw:?}"
            );
        }
        let dates = [
            "2026-12-25",
            "2026-1-5",
            " 2026-12-25",
            "2026- 12- 25",
            "2026-12-25 ",
            "2026-02-29",
            "2028-02-29",
            "2026-13-01",
            "2026-12-32",
            "2026-00-10",
            "26-12-25",
            "0-1-1",
            "20261-12-25",
            "+20261-12-25",
            "+2026-12-25",
            "-2026-12-25",
            "-0001-01-01",
            "+-2026-12-25",
            "- 2026-12-25",
            "+99999999999-01-01",
            "+999999999999999999999-01-01",
            "2026/12/25",
            "2026-12",
            "2026-12-",
            "",
            "２026-12-25",
            "2026-012-25",
            "2026-12-025",
        ];
        for raw in dates {
            assert_eq!(
                parse_date(raw),
                NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok(),
                "{raw:?}"
            );
        }
    }

    /// Writing matches chrono's `format` with the same patterns over the years clinics use.
    #[test]
    fn dates_and_times_are_written_as_chrono_formats_them() {
        let mut date = NaiveDate::from_ymd_opt(1999, 12, 25).expect("date");
        while date.year() < 2101 {
            assert_eq!(date_text(date), date.format("%Y-%m-%d").to_string());
            date += Duration::days(37);
        }
        let date = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
        for (hour, minute) in [(0, 0), (8, 5), (12, 30), (23, 59)] {
            let time = NaiveTime::from_hms_opt(hour, minute, 7).expect("time");
            assert_eq!(
                date_time_text(date, time),
                date.and_time(time).format("%Y-%m-%d %H:%M").to_string()
            );
        }
    }
}
