//! Table tests for office hours: overnight spans, holidays and time zones.

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
