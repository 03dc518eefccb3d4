//! Reports against the seeded fixture clinic, whose conversations have known response
//! times (see `REPORT_FIXTURE` in `xtask/src/seed.rs`).

use chrono::{DateTime, Datelike, Timelike, Utc};
use frontdesk_domain::zone::Zone;
use frontdesk_protocol::{
    Channel, ChannelReportRow, ClinicReport, Department, FirstResponseRow, Urgency,
};

use crate::app::{says, Outcome, TestApp};
use crate::support::*;

fn rows_for(report: &ClinicReport, department: Department) -> Vec<&FirstResponseRow> {
    report
        .first_response
        .iter()
        .filter(|row| row.department == department)
        .collect()
}

/// The report over the last `weeks` weeks, as `session` reads it.
fn report_of(app: &TestApp, session: &str, weeks: &str) -> ClinicReport {
    app.report(Some(session), &[("weeks", weeks)])
        .answered(200)
        .body
}

#[test]
fn seeded_response_times_give_the_expected_medians_and_sla_share() {
    let app = TestApp::new();
    let admin = sign_in("admin@reports.test");
    let report = report_of(&app, &admin, "2");
    assert_eq!(report.time_zone, "Europe/Berlin");

    let clinical = rows_for(&report, Department::Clinical);
    assert_eq!(clinical.len(), 1, "one week: {clinical:?}");
    assert_eq!(clinical[0].conversations, 6);
    assert_eq!(clinical[0].answered, 5);
    assert_eq!(clinical[0].median_minutes, Some(10.0));
    assert_eq!(clinical[0].p90_minutes, Some(40.0));
    let front_desk = rows_for(&report, Department::FrontDesk);
    assert_eq!(front_desk[0].median_minutes, Some(90.0));
    assert_eq!(front_desk[0].p90_minutes, Some(120.0));

    assert_eq!(report.sla.due, 6);
    assert_eq!(report.sla.answered_in_time, 4);
    let share = report.sla.share.expect("share");
    assert!((share - 4.0 / 6.0).abs() < 1e-9, "{share}");

    let volume = &report.volume;
    assert_eq!(volume.conversations, 8);
    assert_eq!(volume.by_hour.len(), 24);
    assert_eq!(
        volume.by_hour.iter().max(),
        Some(&8),
        "all in one local hour"
    );
    assert_eq!(volume.by_weekday.iter().sum::<u32>(), 8);
}

/// The edge reads the clinic's UTC offset from the runtime's `Intl`; here, natively, the
/// domain reads it from chrono-tz. The report's local hour and weekday of the seeded
/// conversations must be the ones chrono-tz gives for their start.
#[test]
fn volume_buckets_use_the_offset_chrono_tz_gives_for_the_clinic_zone() {
    let app = TestApp::new();
    let admin = sign_in("admin@reports.test");
    let inbox = app.inbox(&admin, &[]).answered(200).body;
    let started: DateTime<Utc> = inbox
        .conversations
        .iter()
        .find_map(|row| DateTime::parse_from_rfc3339(&row.created_at).ok())
        .expect("a seeded conversation with its start")
        .with_timezone(&Utc);
    let local = started.with_timezone(&Zone::parse("Europe/Berlin").expect("zone"));

    let volume = report_of(&app, &admin, "2").volume;
    let (by_hour, by_weekday) = (volume.by_hour, volume.by_weekday);
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
    let app = TestApp::new();
    let admin = sign_in("admin@reports.test");
    let reply = app.report_csv(&admin, &[("weeks", "2")]);
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

    let log = app.audit_log(&admin).answered(200).body;
    let exported = log.entries.iter().any(|e| e.action == "exported");
    assert!(exported, "the export is in the audit log");
}

#[test]
fn reports_are_for_admins_and_check_their_parameters() {
    let app = TestApp::new();
    for email in ["frontdesk@demo.test", "clinician@demo.test"] {
        let staff = sign_in(email);
        let refused = app.report(Some(&staff), &[]).refused(403);
        assert_eq!(refused.code, "admins_only", "{email}");
    }
    app.report(None, &[]).refused(401);
    let admin = sign_in("admin@demo.test");
    for (query, code) in [
        (("weeks", "0"), "invalid_weeks"),
        (("weeks", "53"), "invalid_weeks"),
        (("weeks", "many"), "invalid_weeks"),
        (("format", "xlsx"), "invalid_format"),
    ] {
        let bad = app.report(Some(&admin), &[query]).refused(422);
        assert_eq!(bad.code, code, "{query:?}");
    }
    app.report(Some(&admin), &[]).answered(200);
}

/// The rows of `report.by_channel`, with their sums checked against the clinic-wide
/// figures of the same report: every conversation is on exactly one channel.
fn channel_rows(report: &ClinicReport) -> Vec<ChannelReportRow> {
    let rows = report.by_channel.clone();
    let sum = |field: fn(&ChannelReportRow) -> u32| -> u32 { rows.iter().map(field).sum() };
    assert_eq!(sum(|r| r.conversations), report.volume.conversations);
    assert_eq!(sum(|r| r.sla_due), report.sla.due);
    assert_eq!(sum(|r| r.sla_answered_in_time), report.sla.answered_in_time);
    for row in &rows {
        let triaged = row.emergency + row.urgent + row.routine;
        assert_eq!(triaged, row.conversations, "{row:?}");
    }
    rows
}

/// A channel's report row with nothing counted, for a channel the report has no row for.
fn empty_row(channel: Channel) -> ChannelReportRow {
    ChannelReportRow {
        channel,
        conversations: 0,
        answered: 0,
        median_minutes: None,
        p90_minutes: None,
        emergency: 0,
        urgent: 0,
        routine: 0,
        sla_due: 0,
        sla_answered_in_time: 0,
    }
}

#[test]
fn the_report_splits_volume_first_response_and_triage_by_channel() {
    let app = TestApp::new();
    // The fixture clinic's conversations are all on the website, with known times.
    let admin = sign_in("admin@reports.test");
    let report = report_of(&app, &admin, "2");
    let rows = channel_rows(&report);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].channel, Channel::Web);
    let answered: u32 = report.first_response.iter().map(|r| r.answered).sum();
    assert_eq!(rows[0].answered, answered);

    // A Messenger patient with an emergency, answered by staff, lands in Messenger's row.
    let staff = sign_in("admin@demo.test");
    let messenger_row = |report: &ClinicReport| {
        channel_rows(report)
            .into_iter()
            .find(|r| r.channel == Channel::Messenger)
            .unwrap_or_else(|| empty_row(Channel::Messenger))
    };
    let before = messenger_row(&report_of(&app, &staff, "1"));
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
    assert_eq!(row["urgency"], Urgency::Emergency.as_str());
    let id = row["conversation_id"].as_str().expect("id");
    app.staff_reply(&staff, id, &says("Call the emergency number now."))
        .answered(201);
    let after = eventually("the answered Messenger emergency in the report", || {
        let row = messenger_row(&report_of(&app, &staff, "1"));
        (row.answered > before.answered).then_some(row)
    });
    assert!(
        after.conversations > before.conversations && after.emergency > before.emergency,
        "{before:?} → {after:?}"
    );
    assert!(after.median_minutes.is_some(), "{after:?}");
}
