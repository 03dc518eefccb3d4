//! `GET /v1/admin/reports`: how the clinic keeps its promises, over recent weeks.

use serde::{Deserialize, Serialize};

use crate::{Department, Urgency};

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
