//! "Usually replies within N minutes": the expected wait for a first reply per team,
//! from the clinic's own measured first responses.
//!
//! Only conversations that started while the team was open count (a message sent at
//! night waits for the morning, which says nothing about the daytime wait), and the
//! typical value is the median, rounded up to a friendly step. Before there is enough
//! data, the team's routine SLA is the honest promise.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use frontdesk_protocol::{Department, Urgency};

use crate::reports::{median, ConversationFacts};
use crate::ClinicConfig;

/// How far back the estimate looks.
pub const WINDOW_DAYS: i64 = 28;

/// Fewer answered conversations than this fall back to the SLA.
pub const MIN_SAMPLES: usize = 5;

/// The waits the widget names, in minutes.
const STEPS: [u32; 15] = [
    5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440,
];

/// The expected first-reply wait per department, in minutes.
pub fn estimates(
    config: &ClinicConfig,
    facts: &[ConversationFacts],
    now: DateTime<Utc>,
) -> BTreeMap<Department, u32> {
    let since = now - Duration::days(WINDOW_DAYS);
    // Inserted one by one: `collect()` into a map sorts its input with another copy of the
    // standard sort (`crate::sorting`).
    let mut estimates = BTreeMap::new();
    for department in Department::ALL {
        let schedule = config.department_schedule(department).ok();
        let mut waits: Vec<f64> = facts
            .iter()
            .filter(|f| f.department == department && f.started_at >= since)
            .filter(|f| schedule.is_none_or(|s| s.is_open(f.started_at)))
            .filter_map(|f| {
                let answered = f.first_response_at?;
                Some((answered - f.started_at).num_seconds().max(0) as f64 / 60.0)
            })
            .collect();
        crate::sorting::sort_by(&mut waits, f64::total_cmp);
        let minutes = match waits.len() >= MIN_SAMPLES {
            true => median(&waits).map_or(0, |m| m.ceil() as u32),
            false => config.sla_minutes(department, Urgency::Routine),
        };
        estimates.insert(department, friendly(minutes));
    }
    estimates
}

/// The smallest step at or above `minutes`.
pub fn friendly(minutes: u32) -> u32 {
    STEPS
        .into_iter()
        .find(|step| *step >= minutes)
        .unwrap_or(STEPS[STEPS.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::{at, demo};

    fn answered(department: Department, started: &str, minutes: i64) -> ConversationFacts {
        let started_at = at(started);
        ConversationFacts {
            channel: frontdesk_protocol::Channel::Web,
            department,
            urgency: Urgency::Routine,
            started_at,
            first_response_at: Some(started_at + Duration::minutes(minutes)),
            sla_deadline: None,
            answered_by_bot: false,
            language: None,
        }
    }

    #[test]
    fn median_of_daytime_answers_rounded_up_to_a_step() {
        let config = demo();
        let now = at("2026-11-27T12:00:00Z");
        // Wednesday 2026-11-25 10:00 Berlin onwards: open.
        let mut facts: Vec<ConversationFacts> = [4, 7, 9, 12, 30]
            .into_iter()
            .map(|m| answered(Department::FrontDesk, "2026-11-25T09:00:00Z", m))
            .collect();
        // Sent at 23:00 Berlin: closed, so the overnight wait doesn't count.
        facts.push(answered(Department::FrontDesk, "2026-11-25T22:00:00Z", 600));
        // Older than the window.
        facts.push(answered(Department::FrontDesk, "2026-10-01T09:00:00Z", 500));
        let estimates = estimates(&config, &facts, now);
        assert_eq!(estimates[&Department::FrontDesk], 10, "median 9 → 10");
        // No data: the routine SLA (480 minutes for billing in the demo).
        assert_eq!(estimates[&Department::Billing], 480);
    }

    #[test]
    fn too_few_samples_use_the_sla() {
        let config = demo();
        let facts = vec![answered(Department::Clinical, "2026-11-25T09:00:00Z", 3)];
        let estimates = estimates(&config, &facts, at("2026-11-26T09:00:00Z"));
        assert_eq!(
            estimates[&Department::Clinical],
            friendly(config.sla_minutes(Department::Clinical, Urgency::Routine))
        );
    }

    #[test]
    fn friendly_steps() {
        assert_eq!(friendly(0), 5);
        assert_eq!(friendly(5), 5);
        assert_eq!(friendly(11), 15);
        assert_eq!(friendly(241), 360);
        assert_eq!(friendly(100_000), 1440);
    }
}
