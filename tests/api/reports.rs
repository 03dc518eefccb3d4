//! Reports against the seeded fixture clinic, whose conversations have known response
//! times (see `REPORT_FIXTURE` in `xtask/src/seed.rs`).

use chrono::{DateTime, Datelike, Timelike, Utc};
use frontdesk_domain::zone::Zone;
use serde_json::Value;

use crate::paths;
use crate::support::*;

fn rows_for<'a>(report: &'a Value, department: &str) -> Vec<&'a Value> {
    report["first_response"]
        .as_array()
        .expect("first_response")
        .iter()
        .filter(|row| row["department"] == department)
        .collect()
}

#[test]
fn seeded_response_times_give_the_expected_medians_and_sla_share() {
    let admin = sign_in("admin@reports.test");
    let reply = get(&format!("{}?weeks=2", paths::reports()), Some(&admin));
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    let report = &reply.body;
    assert_eq!(report["time_zone"], "Europe/Berlin");

    let clinical = rows_for(report, "clinical");
    assert_eq!(clinical.len(), 1, "one week: {clinical:?}");
    assert_eq!(clinical[0]["conversations"], 6);
    assert_eq!(clinical[0]["answered"], 5);
    assert_eq!(clinical[0]["median_minutes"], 10.0);
    assert_eq!(clinical[0]["p90_minutes"], 40.0);
    let front_desk = rows_for(report, "front-desk");
    assert_eq!(front_desk[0]["median_minutes"], 90.0);
    assert_eq!(front_desk[0]["p90_minutes"], 120.0);

    assert_eq!(report["sla"]["due"], 6);
    assert_eq!(report["sla"]["answered_in_time"], 4);
    let share = report["sla"]["share"].as_f64().expect("share");
    assert!((share - 4.0 / 6.0).abs() < 1e-9, "{share}");

    let volume = &report["volume"];
    assert_eq!(volume["conversations"], 8);
    let by_hour: Vec<u64> = serde_json::from_value(volume["by_hour"].clone()).expect("hours");
    assert_eq!(by_hour.len(), 24);
    assert_eq!(by_hour.iter().max(), Some(&8), "all in one local hour");
    let by_weekday: Vec<u64> = serde_json::from_value(volume["by_weekday"].clone()).expect("days");
    assert_eq!(by_weekday.iter().sum::<u64>(), 8);
}

/// The edge reads the clinic's UTC offset from the runtime's `Intl`; here, natively, the
/// domain reads it from chrono-tz. The report's local hour and weekday of the seeded
/// conversations must be the ones chrono-tz gives for their start.
#[test]
fn volume_buckets_use_the_offset_chrono_tz_gives_for_the_clinic_zone() {
    let admin = sign_in("admin@reports.test");
    let inbox = get(paths::staff_inbox(), Some(&admin));
    assert_eq!(inbox.status, 200, "{:?}", inbox.body);
    let started: DateTime<Utc> = inbox.body["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .find_map(|row| row["created_at"].as_str())
        .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
        .expect("a seeded conversation with its start")
        .with_timezone(&Utc);
    let local = started.with_timezone(&Zone::parse("Europe/Berlin").expect("zone"));

    let report = get(&format!("{}?weeks=2", paths::reports()), Some(&admin)).body;
    let by_hour: Vec<u64> =
        serde_json::from_value(report["volume"]["by_hour"].clone()).expect("hours");
    let by_weekday: Vec<u64> =
        serde_json::from_value(report["volume"]["by_weekday"].clone()).expect("days");
    assert_eq!(
        by_hour[local.hour() as usize],
        8,
        "{started} is {local}: {by_hour:?}"
    );
    let weekday = local.weekday().num_days_from_monday() as usize;
    assert_eq!(by_weekday[weekday], 8, "{local}: {by_weekday:?}");
}

#[test]
fn the_csv_export_carries_the_same_figures_and_is_audited() {
    let admin = sign_in("admin@reports.test");
    let reply = get(
        &format!("{}?weeks=2&format=csv", paths::reports()),
        Some(&admin),
    );
    assert_eq!(reply.status, 200);
    assert!(reply
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/csv")));
    assert!(reply
        .header("content-disposition")
        .is_some_and(|d| d.contains("attachment")));
    let csv = reply.body.as_str().expect("csv text");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "metric,department,period,value");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("first_response_median_minutes,clinical,")
                && l.ends_with(",10.00")),
        "{csv}"
    );
    assert!(lines.contains(&"sla_share,all,all,0.67"), "{csv}");

    let log = get(paths::audit_log(), Some(&admin));
    let exported = log.body["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .any(|e| e["action"] == "exported");
    assert!(exported, "the export is in the audit log");
}

#[test]
fn reports_are_for_admins_and_check_their_parameters() {
    for email in ["frontdesk@demo.test", "clinician@demo.test"] {
        let staff = sign_in(email);
        let refused = get(paths::reports(), Some(&staff));
        assert_eq!(refused.status, 403, "{email}");
        assert_eq!(refused.error_code(), "admins_only");
    }
    assert_eq!(get(paths::reports(), None).status, 401);
    let admin = sign_in("admin@demo.test");
    for (query, code) in [
        ("weeks=0", "invalid_weeks"),
        ("weeks=53", "invalid_weeks"),
        ("weeks=many", "invalid_weeks"),
        ("format=xlsx", "invalid_format"),
    ] {
        let bad = get(&format!("{}?{query}", paths::reports()), Some(&admin));
        assert_eq!(bad.status, 422, "{query}");
        assert_eq!(bad.error_code(), code, "{query}");
    }
    assert_eq!(get(paths::reports(), Some(&admin)).status, 200);
}

/// The rows of `report["by_channel"]`, with their sums checked against the clinic-wide
/// figures of the same report: every conversation is on exactly one channel.
fn channel_rows(report: &Value) -> Vec<Value> {
    let rows = report["by_channel"].as_array().expect("by_channel").clone();
    let sum = |field: &str| -> u64 { rows.iter().filter_map(|r| r[field].as_u64()).sum() };
    assert_eq!(
        Some(sum("conversations")),
        report["volume"]["conversations"].as_u64()
    );
    assert_eq!(Some(sum("sla_due")), report["sla"]["due"].as_u64());
    assert_eq!(
        Some(sum("sla_answered_in_time")),
        report["sla"]["answered_in_time"].as_u64()
    );
    for row in &rows {
        let triaged: u64 = ["emergency", "urgent", "routine"]
            .iter()
            .filter_map(|u| row[*u].as_u64())
            .sum();
        assert_eq!(Some(triaged), row["conversations"].as_u64(), "{row}");
    }
    rows
}

#[test]
fn the_report_splits_volume_first_response_and_triage_by_channel() {
    // The fixture clinic's conversations are all on the website, with known times.
    let admin = sign_in("admin@reports.test");
    let report = get(&format!("{}?weeks=2", paths::reports()), Some(&admin)).body;
    let rows = channel_rows(&report);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["channel"], "web");
    let answered: u64 = report["first_response"]
        .as_array()
        .expect("first_response")
        .iter()
        .filter_map(|r| r["answered"].as_u64())
        .sum();
    assert_eq!(rows[0]["answered"].as_u64(), Some(answered));

    // A Messenger patient with an emergency, answered by staff, lands in Messenger's row.
    let staff = sign_in("admin@demo.test");
    let messenger_row = |report: &Value| {
        channel_rows(report)
            .into_iter()
            .find(|r| r["channel"] == "messenger")
            .unwrap_or_else(
                || serde_json::json!({"conversations": 0, "emergency": 0, "answered": 0}),
            )
    };
    let before = messenger_row(&get(&format!("{}?weeks=1", paths::reports()), Some(&staff)).body);
    let psid = format!(
        "7{}",
        uuid()
            .chars()
            .filter(char::is_ascii_digit)
            .chain(std::iter::repeat('5'))
            .take(10)
            .collect::<String>()
    );
    let text = format!("I have crushing chest pain and can't breathe {}", canary());
    let (_, status) = crate::channels_whatsapp::patient_writes_on(
        "messenger",
        &psid,
        &text,
        serde_json::json!({}),
    );
    assert_eq!(status, 200);
    let row = crate::channels_sms::row_of(&staff, &psid);
    assert_eq!(row["urgency"], "emergency");
    let id = row["conversation_id"].as_str().expect("id");
    let reply = crate::channels_sms::staff_reply(&staff, id, "Call the emergency number now.");
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let after = eventually("the answered Messenger emergency in the report", || {
        let row = messenger_row(&get(&format!("{}?weeks=1", paths::reports()), Some(&staff)).body);
        (row["answered"].as_u64() > before["answered"].as_u64()).then_some(row)
    });
    let grew =
        |field: &str| after[field].as_u64().unwrap_or(0) > before[field].as_u64().unwrap_or(0);
    assert!(
        grew("conversations") && grew("emergency"),
        "{before} → {after}"
    );
    assert!(after["median_minutes"].is_number(), "{after}");
}
