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
mod tests;
