//! SLA deadlines: when the first reply to a conversation is due.

use chrono::{DateTime, Duration, Utc};
use frontdesk_protocol::{Department, Urgency};

use crate::ClinicConfig;

/// The instant a first staff reply is due for a conversation that started at `since`.
pub fn first_reply_due(
    config: &ClinicConfig,
    department: Department,
    urgency: Urgency,
    since: DateTime<Utc>,
) -> DateTime<Utc> {
    since + Duration::minutes(i64::from(config.sla_minutes(department, urgency)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::demo;

    #[test]
    fn more_urgent_is_due_sooner() {
        let config = demo();
        let since = DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let emergency = first_reply_due(&config, Department::Clinical, Urgency::Emergency, since);
        let urgent = first_reply_due(&config, Department::Clinical, Urgency::Urgent, since);
        let routine = first_reply_due(&config, Department::FrontDesk, Urgency::Routine, since);
        assert!(since < emergency && emergency < urgent && urgent < routine);
    }
}
