//! `GET /v1/admin/reports`: how the clinic keeps its promises, over recent weeks.

use serde::{Deserialize, Serialize};

use crate::{Channel, CorrectionReport, Department, Urgency};

/// The clinic's report over `[from, to)`, computed in the clinic's time zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClinicReport {
    /// RFC 3339.
    pub from: String,
    /// RFC 3339.
    pub to: String,
    /// IANA time zone the weeks, hours and weekdays are counted in.
    pub time_zone: String,
    /// First-response times per department and week (weeks start on Monday).
    pub first_response: Vec<FirstResponseRow>,
    /// Urgent and emergency conversations answered before their deadline.
    pub sla: SlaCompliance,
    pub volume: Volume,
    /// After-treatment surveys sent in the period, and their answers.
    #[serde(default)]
    pub surveys: SurveyReport,
    /// Conversations the bot's instant answers settled without staff.
    #[serde(default)]
    pub deflection: Deflection,
    /// How often staff corrected triage, up or down, per language.
    #[serde(default)]
    pub corrections: CorrectionReport,
    /// Volume, first responses, triage and SLA per channel (website, SMS, WhatsApp, …),
    /// one row per channel that had a conversation.
    #[serde(default)]
    pub by_channel: Vec<ChannelReportRow>,
}

/// One channel's conversations in the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChannelReportRow {
    pub channel: Channel,
    /// Conversations started on this channel.
    pub conversations: u32,
    /// Of those, answered by staff.
    pub answered: u32,
    /// Median minutes from the patient's first message to the first staff reply.
    pub median_minutes: Option<f64>,
    /// 90th percentile (nearest rank) of the same.
    pub p90_minutes: Option<f64>,
    /// How triage sorted them (by each conversation's urgency).
    pub emergency: u32,
    pub urgent: u32,
    pub routine: u32,
    /// Urgent and emergency conversations that were answered or whose deadline passed.
    pub sla_due: u32,
    /// Of those, answered on time.
    pub sla_answered_in_time: u32,
}

/// After-treatment survey results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SurveyReport {
    pub sent: u32,
    pub answered: u32,
    /// `answered / sent`.
    pub response_share: Option<f64>,
    /// Mean rating of the answers, 1 to 5.
    pub average_rating: Option<f64>,
    /// How many answers gave each rating: 5 counts, rating 1 first.
    pub ratings: Vec<u32>,
    /// Answers that reported problems since the treatment.
    pub problems: u32,
    /// Answers whose text reopened the conversation as urgent.
    pub red_flags: u32,
}

/// How much the bot's instant answers saved the team.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Deflection {
    /// Conversations with a visitor message in the period.
    pub conversations: u32,
    /// Of those, ones where the bot answered at least one question.
    pub answered_by_bot: u32,
    /// Of those, ones no staff member had to answer.
    pub deflected: u32,
    /// `deflected / conversations`.
    pub share: Option<f64>,
}

/// First-response times of one department in one week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FirstResponseRow {
    pub department: Department,
    /// The week's Monday, `YYYY-MM-DD`, local.
    pub week_start: String,
    /// Conversations started that week.
    pub conversations: u32,
    /// Of those, answered by staff.
    pub answered: u32,
    /// Median minutes from the visitor's first message to the first staff reply.
    pub median_minutes: Option<f64>,
    /// 90th percentile (nearest rank) of the same.
    pub p90_minutes: Option<f64>,
}

/// The share of urgent and emergency conversations answered before escalation was due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlaCompliance {
    /// Urgent and emergency conversations that were answered or whose deadline passed.
    pub due: u32,
    /// Of those, answered on time.
    pub answered_in_time: u32,
    /// `answered_in_time / due`; `None` when nothing was due.
    pub share: Option<f64>,
    /// The same per urgency level.
    pub by_urgency: Vec<UrgencySla>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UrgencySla {
    pub urgency: Urgency,
    pub due: u32,
    pub answered_in_time: u32,
}

/// When patients write, in the clinic's local time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    pub conversations: u32,
    /// 24 counts, hour 0 first.
    pub by_hour: Vec<u32>,
    /// 7 counts, Monday first.
    pub by_weekday: Vec<u32>,
    /// Conversations started while their department was closed.
    pub after_hours: u32,
    pub after_hours_share: Option<f64>,
}
