//! Over 600 lines: one module a report screen (percentiles, SLA, volume, surveys,
//! deflection, corrections) and their CSV; split by section when the next one is added.
//!
//! Reports: first-response times, SLA keeping and volume, from plain conversation facts.
//!
//! Weeks, hours and weekdays are the clinic's local ones; the median is the middle value
//! (the mean of the two middle ones for an even count) and p90 is the nearest rank.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use frontdesk_protocol::{
    Channel, ClinicReport, CorrectionCounts, CorrectionDirection, CorrectionReport, Deflection,
    Department, FirstResponseRow, SlaCompliance, SurveyReport, Urgency, UrgencySla, Volume,
};

use crate::zone::Zone;
use crate::ClinicConfig;

/// What a report needs to know about one conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConversationFacts {
    /// Where the patient wrote (the website or a messaging channel).
    pub channel: Channel,
    pub department: Department,
    pub urgency: Urgency,
    /// When the visitor first wrote.
    pub started_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    /// When the first reply was due (escalation starts then for urgent messages).
    pub sla_deadline: Option<DateTime<Utc>>,
    /// The bot answered at least one of the visitor's questions.
    pub answered_by_bot: bool,
    /// The language triage guessed for the message that set the urgency, if recorded.
    pub language: Option<&'static str>,
}

/// What a report needs to know about one staff correction of triage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionFacts {
    /// Groups corrections of one conversation; never shown.
    pub conversation_id: String,
    pub language: Option<&'static str>,
    pub direction: CorrectionDirection,
    pub corrected_at: DateTime<Utc>,
}

/// The triage languages a report names; anything else counts as unknown.
pub const LANGUAGES: [&str; 7] = ["en", "es", "fr", "de", "it", "pt", "nl"];

/// A stored language code as one of [`LANGUAGES`].
pub fn known_language(raw: Option<&str>) -> Option<&'static str> {
    let raw = raw?;
    LANGUAGES.into_iter().find(|known| *known == raw)
}

/// What a report needs to know about one survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SurveyFacts {
    pub sent_at: DateTime<Utc>,
    /// 1 to 5; `None` until answered.
    pub rating: Option<u8>,
    pub problems: bool,
    pub red_flag: bool,
}

/// The report over conversations started in `[from, to)`, as it stands at `now`.
pub fn build(
    config: &ClinicConfig,
    facts: &[ConversationFacts],
    surveys: &[SurveyFacts],
    corrections: &[CorrectionFacts],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ClinicReport {
    let tz = config.tz().unwrap_or(Zone::UTC);
    let facts: Vec<&ConversationFacts> = facts
        .iter()
        .filter(|f| from <= f.started_at && f.started_at < to)
        .collect();
    ClinicReport {
        from: rfc3339(from),
        to: rfc3339(to),
        time_zone: tz.name().to_owned(),
        first_response: first_response(&facts, tz),
        sla: sla(config, &facts, now),
        volume: volume(config, &facts, tz),
        surveys: survey_report(surveys, from, to),
        deflection: deflection(&facts),
        corrections: correction_report(&facts, corrections, from, to),
        by_channel: crate::channel_report::by_channel(config, &facts, now),
    }
}

/// How often staff corrected triage in `[from, to)`, overall and per language: the
/// conversations started in the period against the corrections made in it.
fn correction_report(
    facts: &[&ConversationFacts],
    corrections: &[CorrectionFacts],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> CorrectionReport {
    const UNKNOWN: &str = "unknown";
    let in_period: Vec<&CorrectionFacts> = corrections
        .iter()
        .filter(|c| from <= c.corrected_at && c.corrected_at < to)
        .collect();
    let tally = |language: Option<&str>| {
        let conversations = facts
            .iter()
            .filter(|f| language.is_none_or(|l| f.language.unwrap_or(UNKNOWN) == l))
            .count() as u32;
        let mine: Vec<&&CorrectionFacts> = in_period
            .iter()
            .filter(|c| language.is_none_or(|l| c.language.unwrap_or(UNKNOWN) == l))
            .collect();
        let count = |direction| mine.iter().filter(|c| c.direction == direction).count() as u32;
        let mut corrected: Vec<&str> = mine.iter().map(|c| c.conversation_id.as_str()).collect();
        crate::sorting::sort(&mut corrected);
        corrected.dedup();
        // A correction in the period may be of a conversation started before it.
        let corrected = (corrected.len() as u32).min(conversations);
        CorrectionCounts {
            language: language.unwrap_or("all").to_owned(),
            conversations,
            corrections: mine.len() as u32,
            up: count(CorrectionDirection::Up),
            down: count(CorrectionDirection::Down),
            department_only: count(CorrectionDirection::Department),
            corrected_share: share(corrected, conversations),
        }
    };
    let mut languages: Vec<&str> = facts
        .iter()
        .map(|f| f.language.unwrap_or(UNKNOWN))
        .chain(in_period.iter().map(|c| c.language.unwrap_or(UNKNOWN)))
        .collect();
    crate::sorting::sort_by_key(&mut languages, |l| {
        (
            LANGUAGES
                .iter()
                .position(|k| k == l)
                .unwrap_or(LANGUAGES.len()),
            *l,
        )
    });
    languages.dedup();
    CorrectionReport {
        total: tally(None),
        by_language: languages.into_iter().map(|l| tally(Some(l))).collect(),
    }
}

fn survey_report(surveys: &[SurveyFacts], from: DateTime<Utc>, to: DateTime<Utc>) -> SurveyReport {
    let sent: Vec<&SurveyFacts> = surveys
        .iter()
        .filter(|s| from <= s.sent_at && s.sent_at < to)
        .collect();
    let mut ratings = vec![0u32; 5];
    let (mut problems, mut red_flags) = (0, 0);
    for survey in &sent {
        if let Some(rating) = survey.rating.filter(|r| (1..=5).contains(r)) {
            ratings[usize::from(rating) - 1] += 1;
            problems += u32::from(survey.problems);
            red_flags += u32::from(survey.red_flag);
        }
    }
    let answered: u32 = ratings.iter().sum();
    let total: u32 = ratings
        .iter()
        .enumerate()
        .map(|(index, count)| (index as u32 + 1) * count)
        .sum();
    SurveyReport {
        sent: sent.len() as u32,
        answered,
        response_share: share(answered, sent.len() as u32),
        average_rating: share(total, answered),
        ratings,
        problems,
        red_flags,
    }
}

fn deflection(facts: &[&ConversationFacts]) -> Deflection {
    let conversations = facts.len() as u32;
    let answered_by_bot = facts.iter().filter(|f| f.answered_by_bot).count() as u32;
    let deflected = facts
        .iter()
        .filter(|f| f.answered_by_bot && f.first_response_at.is_none())
        .count() as u32;
    Deflection {
        conversations,
        answered_by_bot,
        deflected,
        share: share(deflected, conversations),
    }
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The Monday starting the local week of `at`.
fn week_start(at: DateTime<Utc>, tz: Zone<'_>) -> NaiveDate {
    let local = at.with_timezone(&tz).date_naive();
    local - Duration::days(i64::from(local.weekday().num_days_from_monday()))
}

fn first_response(facts: &[&ConversationFacts], tz: Zone<'_>) -> Vec<FirstResponseRow> {
    // Keyed by week, then department, so rows come out in a stable order.
    let mut groups: BTreeMap<(NaiveDate, &'static str), (Department, u32, Vec<f64>)> =
        BTreeMap::new();
    for fact in facts {
        let key = (week_start(fact.started_at, tz), fact.department.as_str());
        let group = groups
            .entry(key)
            .or_insert((fact.department, 0, Vec::new()));
        group.1 += 1;
        if let Some(answered) = fact.first_response_at {
            let seconds = (answered - fact.started_at).num_seconds().max(0);
            group.2.push(seconds as f64 / 60.0);
        }
    }
    groups
        .into_iter()
        .map(|((week, _), (department, conversations, mut minutes))| {
            crate::sorting::sort_by(&mut minutes, f64::total_cmp);
            FirstResponseRow {
                department,
                week_start: crate::clock_text::date_text(week),
                conversations,
                answered: minutes.len() as u32,
                median_minutes: median(&minutes),
                p90_minutes: nearest_rank(&minutes, 0.9),
            }
        })
        .collect()
}

/// The median of sorted values.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The nearest-rank percentile `p` (0 < p ≤ 1) of sorted values.
pub fn nearest_rank(sorted: &[f64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

pub(crate) fn sla(
    config: &ClinicConfig,
    facts: &[&ConversationFacts],
    now: DateTime<Utc>,
) -> SlaCompliance {
    let mut by_urgency = Vec::new();
    for urgency in [Urgency::Emergency, Urgency::Urgent] {
        let (mut due, mut in_time) = (0, 0);
        for fact in facts.iter().filter(|f| f.urgency == urgency) {
            let deadline = fact.sla_deadline.unwrap_or_else(|| {
                crate::sla::first_reply_due(config, fact.department, urgency, fact.started_at)
            });
            match fact.first_response_at {
                Some(answered) => {
                    due += 1;
                    in_time += u32::from(answered <= deadline);
                }
                // Unanswered and overdue is a miss; not yet due doesn't count either way.
                None if deadline <= now => due += 1,
                None => {}
            }
        }
        by_urgency.push(UrgencySla {
            urgency,
            due,
            answered_in_time: in_time,
        });
    }
    let due: u32 = by_urgency.iter().map(|u| u.due).sum();
    let answered_in_time: u32 = by_urgency.iter().map(|u| u.answered_in_time).sum();
    SlaCompliance {
        due,
        answered_in_time,
        share: share(answered_in_time, due),
        by_urgency,
    }
}

fn share(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) / f64::from(whole))
}

fn volume(config: &ClinicConfig, facts: &[&ConversationFacts], tz: Zone<'_>) -> Volume {
    let mut by_hour = vec![0; 24];
    let mut by_weekday = vec![0; 7];
    let mut after_hours = 0;
    for fact in facts {
        let local = fact.started_at.with_timezone(&tz);
        by_hour[local.hour() as usize] += 1;
        by_weekday[local.weekday().num_days_from_monday() as usize] += 1;
        let open = config
            .department_schedule(fact.department)
            .map_or(true, |schedule| schedule.is_open(fact.started_at));
        after_hours += u32::from(!open);
    }
    let conversations = facts.len() as u32;
    Volume {
        conversations,
        by_hour,
        by_weekday,
        after_hours,
        after_hours_share: share(after_hours, conversations),
    }
}

/// The report as CSV in long form (`metric,department,period,value`), one figure a row,
/// so a spreadsheet can pivot it any way. Every field is a number or a fixed word.
pub fn to_csv(report: &ClinicReport) -> String {
    let mut csv = String::from("metric,department,period,value\n");
    let mut row = |metric: &str, department: &str, period: &str, value: String| {
        csv.push_str(&format!("{metric},{department},{period},{value}\n"));
    };
    let number = |value: Option<f64>| value.map(|v| format!("{v:.2}")).unwrap_or_default();
    for line in &report.first_response {
        let (department, week) = (line.department.as_str(), line.week_start.as_str());
        row(
            "conversations",
            department,
            week,
            line.conversations.to_string(),
        );
        row("answered", department, week, line.answered.to_string());
        row(
            "first_response_median_minutes",
            department,
            week,
            number(line.median_minutes),
        );
        row(
            "first_response_p90_minutes",
            department,
            week,
            number(line.p90_minutes),
        );
    }
    for level in &report.sla.by_urgency {
        row(
            "sla_due",
            "all",
            level.urgency.as_str(),
            level.due.to_string(),
        );
        row(
            "sla_answered_in_time",
            "all",
            level.urgency.as_str(),
            level.answered_in_time.to_string(),
        );
    }
    row("sla_share", "all", "all", number(report.sla.share));
    for (hour, count) in report.volume.by_hour.iter().enumerate() {
        row(
            "conversations_by_hour",
            "all",
            &format!("{hour:02}"),
            count.to_string(),
        );
    }
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    for (day, count) in DAYS.iter().zip(&report.volume.by_weekday) {
        row("conversations_by_weekday", "all", day, count.to_string());
    }
    row(
        "after_hours",
        "all",
        "all",
        report.volume.after_hours.to_string(),
    );
    row(
        "after_hours_share",
        "all",
        "all",
        number(report.volume.after_hours_share),
    );
    let surveys = &report.surveys;
    row("surveys_sent", "all", "all", surveys.sent.to_string());
    row(
        "surveys_answered",
        "all",
        "all",
        surveys.answered.to_string(),
    );
    row(
        "survey_average_rating",
        "all",
        "all",
        number(surveys.average_rating),
    );
    for (index, count) in surveys.ratings.iter().enumerate() {
        row(
            "survey_ratings",
            "all",
            &(index + 1).to_string(),
            count.to_string(),
        );
    }
    row(
        "survey_problems",
        "all",
        "all",
        surveys.problems.to_string(),
    );
    row(
        "survey_red_flags",
        "all",
        "all",
        surveys.red_flags.to_string(),
    );
    let bot = &report.deflection;
    row(
        "bot_answered",
        "all",
        "all",
        bot.answered_by_bot.to_string(),
    );
    row("bot_deflected", "all", "all", bot.deflected.to_string());
    row("bot_deflection_share", "all", "all", number(bot.share));
    let corrections = &report.corrections;
    for line in std::iter::once(&corrections.total).chain(&corrections.by_language) {
        let language = line.language.as_str();
        let mut counted = |metric: &str, value: u32| {
            row(metric, "all", language, value.to_string());
        };
        counted("triage_corrections", line.corrections);
        counted("triage_corrected_up", line.up);
        counted("triage_corrected_down", line.down);
        counted("triage_corrected_department", line.department_only);
        row(
            "triage_corrected_share",
            "all",
            language,
            number(line.corrected_share),
        );
    }
    csv
}

#[cfg(test)]
mod tests {
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
}
