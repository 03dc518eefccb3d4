//! Tests for the report sections and their CSV.

use super::*;
use crate::config::tests::{at, demo};

fn fact(
    department: Department,
    urgency: Urgency,
    started: &str,
    answered_after_minutes: Option<i64>,
) -> ConversationFacts {
    let started_at = at(started);
    ConversationFacts {
        channel: Channel::Web,
        department,
        urgency,
        started_at,
        first_response_at: answered_after_minutes.map(|m| started_at + Duration::minutes(m)),
        sla_deadline: None,
        answered_by_bot: false,
        language: None,
    }
}

const MONDAY_10_BERLIN: &str = "2026-11-16T09:00:00Z";

/// Urgent clinical messages one Monday morning: four answered after 5, 10, 20 and 40
/// minutes, one never.
fn urgent_clinical_monday() -> Vec<ConversationFacts> {
    let mut facts: Vec<ConversationFacts> = [5, 10, 20, 40]
        .map(|m| {
            fact(
                Department::Clinical,
                Urgency::Urgent,
                MONDAY_10_BERLIN,
                Some(m),
            )
        })
        .to_vec();
    facts.push(fact(
        Department::Clinical,
        Urgency::Urgent,
        MONDAY_10_BERLIN,
        None,
    ));
    facts
}

/// The demo clinic's report over `[from, to)` at `now`.
fn report(facts: &[ConversationFacts], from: &str, to: &str, now: &str) -> ClinicReport {
    build(&demo(), facts, &[], &[], at(from), at(to), at(now))
}

#[test]
fn medians_and_p90_follow_the_table() {
    let cases: [(&[f64], Option<f64>, Option<f64>); 5] = [
        (&[], None, None),
        (&[7.0], Some(7.0), Some(7.0)),
        (&[1.0, 2.0, 3.0], Some(2.0), Some(3.0)),
        (&[5.0, 10.0, 20.0, 40.0], Some(15.0), Some(40.0)),
        (
            &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
            Some(5.5),
            Some(9.0),
        ),
    ];
    for (values, want_median, want_p90) in cases {
        assert_eq!(median(values), want_median, "{values:?}");
        assert_eq!(nearest_rank(values, 0.9), want_p90, "{values:?}");
    }
}

#[test]
fn first_response_times_per_department_and_week() {
    let mut facts = urgent_clinical_monday();
    facts.push(fact(
        Department::FrontDesk,
        Urgency::Routine,
        MONDAY_10_BERLIN,
        Some(60),
    ));
    facts.push(fact(
        Department::FrontDesk,
        Urgency::Routine,
        MONDAY_10_BERLIN,
        Some(120),
    ));
    // The next local week starts at midnight Berlin time, 23:00 UTC on Sunday.
    facts.push(fact(
        Department::FrontDesk,
        Urgency::Routine,
        "2026-11-22T23:30:00Z",
        Some(3),
    ));
    let report = report(
        &facts,
        "2026-11-01T00:00:00Z",
        "2026-12-01T00:00:00Z",
        "2026-11-25T00:00:00Z",
    );
    type Row<'a> = (&'a str, &'a str, u32, u32, Option<f64>, Option<f64>);
    let rows: Vec<Row> = report
        .first_response
        .iter()
        .map(|r| {
            (
                r.department.as_str(),
                r.week_start.as_str(),
                r.conversations,
                r.answered,
                r.median_minutes,
                r.p90_minutes,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("clinical", "2026-11-16", 5, 4, Some(15.0), Some(40.0)),
            ("front-desk", "2026-11-16", 2, 2, Some(90.0), Some(120.0)),
            ("front-desk", "2026-11-23", 1, 1, Some(3.0), Some(3.0)),
        ]
    );
    assert_eq!(report.time_zone, "Europe/Berlin");
}

#[test]
fn sla_counts_answers_by_the_deadline_and_overdue_silence() {
    // Clinical urgent is due in 30 minutes, emergency in 5.
    let mut facts = urgent_clinical_monday();
    facts.push(fact(
        Department::Clinical,
        Urgency::Emergency,
        MONDAY_10_BERLIN,
        Some(4),
    ));
    // Started a minute before `now` and unanswered: not due yet, so not counted.
    facts.push(fact(
        Department::Clinical,
        Urgency::Urgent,
        "2026-11-24T23:59:00Z",
        None,
    ));
    facts.push(fact(
        Department::FrontDesk,
        Urgency::Routine,
        MONDAY_10_BERLIN,
        Some(500),
    ));
    let now = at("2026-11-25T00:00:00Z");
    let report = build(
        &demo(),
        &facts,
        &[],
        &[],
        at("2026-11-01T00:00:00Z"),
        now,
        now,
    );
    assert_eq!((report.sla.due, report.sla.answered_in_time), (6, 4));
    assert_eq!(report.sla.share, Some(4.0 / 6.0));
    let levels: Vec<(Urgency, u32, u32)> = report
        .sla
        .by_urgency
        .iter()
        .map(|l| (l.urgency, l.due, l.answered_in_time))
        .collect();
    assert_eq!(
        levels,
        vec![(Urgency::Emergency, 1, 1), (Urgency::Urgent, 5, 3)]
    );
}

#[test]
fn volume_is_counted_in_local_time_with_the_after_hours_share() {
    let facts = [
        // Monday 10:00 Berlin: open.
        fact(
            Department::FrontDesk,
            Urgency::Routine,
            MONDAY_10_BERLIN,
            None,
        ),
        // Monday 19:30 Berlin: closed (weekdays end at 18:00).
        fact(
            Department::FrontDesk,
            Urgency::Routine,
            "2026-11-16T18:30:00Z",
            None,
        ),
        // Sunday 11:00 Berlin: closed all day.
        fact(
            Department::Clinical,
            Urgency::Routine,
            "2026-11-22T10:00:00Z",
            None,
        ),
        // Saturday 10:00 in summer time (UTC+2): open.
        fact(
            Department::FrontDesk,
            Urgency::Routine,
            "2026-06-06T08:00:00Z",
            None,
        ),
    ];
    let report = report(
        &facts,
        "2026-01-01T00:00:00Z",
        "2027-01-01T00:00:00Z",
        "2026-12-01T00:00:00Z",
    );
    let volume = &report.volume;
    assert_eq!(volume.conversations, 4);
    assert_eq!(
        (volume.by_hour[10], volume.by_hour[19], volume.by_hour[11]),
        (2, 1, 1)
    );
    assert_eq!(volume.by_hour.iter().sum::<u32>(), 4);
    assert_eq!(volume.by_weekday, vec![2, 0, 0, 0, 0, 1, 1]);
    assert_eq!(volume.after_hours, 2);
    assert_eq!(volume.after_hours_share, Some(0.5));
}

#[test]
fn the_window_leaves_out_other_conversations() {
    let facts = [
        fact(
            Department::FrontDesk,
            Urgency::Routine,
            "2026-10-31T23:59:59Z",
            Some(1),
        ),
        fact(
            Department::FrontDesk,
            Urgency::Routine,
            "2026-11-01T00:00:00Z",
            Some(1),
        ),
    ];
    let report = report(
        &facts,
        "2026-11-01T00:00:00Z",
        "2026-12-01T00:00:00Z",
        "2026-12-01T00:00:00Z",
    );
    assert_eq!(report.volume.conversations, 1);
}

#[test]
fn survey_ratings_and_bot_deflection() {
    let survey = |rating: Option<u8>, problems: bool, red_flag: bool| SurveyFacts {
        sent_at: at(MONDAY_10_BERLIN),
        rating,
        problems,
        red_flag,
    };
    let surveys = [
        survey(Some(5), false, false),
        survey(Some(4), false, false),
        survey(Some(2), true, true),
        survey(None, false, false),
        // Outside the period.
        SurveyFacts {
            sent_at: at("2026-10-01T09:00:00Z"),
            ..survey(Some(1), true, false)
        },
    ];
    let bot_answered = |staff_reply: Option<i64>| ConversationFacts {
        answered_by_bot: true,
        ..fact(
            Department::FrontDesk,
            Urgency::Routine,
            MONDAY_10_BERLIN,
            staff_reply,
        )
    };
    // The bot answered and nobody else had to (deflected); then staff did too (not).
    let mut facts = vec![bot_answered(None), bot_answered(Some(30))];
    facts.push(fact(
        Department::Billing,
        Urgency::Routine,
        MONDAY_10_BERLIN,
        Some(10),
    ));
    facts.push(fact(
        Department::Billing,
        Urgency::Routine,
        MONDAY_10_BERLIN,
        None,
    ));
    let report = build(
        &demo(),
        &facts,
        &surveys,
        &[],
        at("2026-11-16T00:00:00Z"),
        at("2026-11-23T00:00:00Z"),
        at("2026-11-20T00:00:00Z"),
    );
    let s = &report.surveys;
    assert_eq!((s.sent, s.answered), (4, 3));
    assert_eq!(s.response_share, Some(0.75));
    assert_eq!(s.average_rating, Some(11.0 / 3.0));
    assert_eq!(s.ratings, vec![0, 1, 0, 1, 1]);
    assert_eq!((s.problems, s.red_flags), (1, 1));
    let d = &report.deflection;
    assert_eq!((d.conversations, d.answered_by_bot, d.deflected), (4, 2, 1));
    assert_eq!(d.share, Some(0.25));
    let csv = to_csv(&report);
    assert!(
        csv.contains("survey_average_rating,all,all,3.67\n"),
        "{csv}"
    );
    assert!(csv.contains("survey_ratings,all,5,1\n"), "{csv}");
    assert!(csv.contains("bot_deflection_share,all,all,0.25\n"), "{csv}");
}

#[test]
fn csv_has_one_figure_a_row() {
    let facts = [fact(
        Department::Clinical,
        Urgency::Urgent,
        MONDAY_10_BERLIN,
        Some(12),
    )];
    let report = report(
        &facts,
        "2026-11-01T00:00:00Z",
        "2026-12-01T00:00:00Z",
        "2026-12-01T00:00:00Z",
    );
    let csv = to_csv(&report);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "metric,department,period,value");
    assert!(lines.contains(&"first_response_median_minutes,clinical,2026-11-16,12.00"));
    assert!(lines.contains(&"sla_share,all,all,1.00"));
    assert!(lines.contains(&"conversations_by_hour,all,10,1"));
    assert!(lines.contains(&"conversations_by_weekday,all,mon,1"));
    assert!(lines.iter().all(|l| l.split(',').count() == 4), "{csv}");
}

#[test]
fn corrections_are_counted_up_and_down_per_language() {
    let in_language = |language: Option<&'static str>| ConversationFacts {
        language,
        ..fact(
            Department::FrontDesk,
            Urgency::Routine,
            MONDAY_10_BERLIN,
            None,
        )
    };
    // Four English conversations, two German, one with no recorded language.
    let mut facts = vec![in_language(Some("en")); 4];
    facts.extend([in_language(Some("de")), in_language(Some("de"))]);
    facts.push(in_language(None));
    let correction = |id: &str, language, direction, at_time: &str| CorrectionFacts {
        conversation_id: id.into(),
        language,
        direction,
        corrected_at: at(at_time),
    };
    let corrections = [
        // One English conversation corrected twice (up, then department).
        correction("c1", Some("en"), CorrectionDirection::Up, MONDAY_10_BERLIN),
        correction(
            "c1",
            Some("en"),
            CorrectionDirection::Department,
            MONDAY_10_BERLIN,
        ),
        correction(
            "c2",
            Some("de"),
            CorrectionDirection::Down,
            MONDAY_10_BERLIN,
        ),
        correction("c3", None, CorrectionDirection::Up, MONDAY_10_BERLIN),
        // Outside the period.
        correction(
            "c4",
            Some("en"),
            CorrectionDirection::Down,
            "2026-10-01T09:00:00Z",
        ),
    ];
    let report = build(
        &demo(),
        &facts,
        &[],
        &corrections,
        at("2026-11-16T00:00:00Z"),
        at("2026-11-23T00:00:00Z"),
        at("2026-11-20T00:00:00Z"),
    );
    let c = &report.corrections;
    let total = &c.total;
    assert_eq!((total.conversations, total.corrections), (7, 4));
    assert_eq!((total.up, total.down, total.department_only), (2, 1, 1));
    assert_eq!(total.corrected_share, Some(3.0 / 7.0));
    type Row<'a> = (&'a str, u32, u32, u32, u32, u32, Option<f64>);
    let rows: Vec<Row> = c
        .by_language
        .iter()
        .map(|l| {
            (
                l.language.as_str(),
                l.conversations,
                l.corrections,
                l.up,
                l.down,
                l.department_only,
                l.corrected_share,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("en", 4, 2, 1, 0, 1, Some(0.25)),
            ("de", 2, 1, 0, 1, 0, Some(0.5)),
            ("unknown", 1, 1, 1, 0, 0, Some(1.0)),
        ]
    );
    let csv = to_csv(&report);
    assert!(csv.contains("triage_corrected_up,all,en,1\n"), "{csv}");
    assert!(csv.contains("triage_corrected_down,all,de,1\n"), "{csv}");
    assert!(csv.contains("triage_corrections,all,all,4\n"), "{csv}");
    assert!(
        csv.contains("triage_corrected_share,all,de,0.50\n"),
        "{csv}"
    );
}

#[test]
fn stored_languages_are_the_known_codes_only() {
    assert_eq!(known_language(Some("de")), Some("de"));
    assert_eq!(known_language(Some("xx")), None);
    assert_eq!(known_language(None), None);
}
