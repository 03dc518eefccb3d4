//! The clinic report's rows per channel: how many conversations came in on the website,
//! SMS, WhatsApp, Messenger, WeChat and X, how fast staff first answered them, how triage
//! sorted them, and how many urgent ones were answered before their deadline. Its own
//! module because `reports.rs` is already over its size; it reuses that module's
//! percentiles and SLA rule, so a channel's row agrees with the clinic-wide figures.

use chrono::{DateTime, Utc};
use frontdesk_protocol::{Channel, ChannelReportRow, Urgency};

use crate::reports::{median, nearest_rank, sla, ConversationFacts};
use crate::ClinicConfig;

/// One row per channel that had a conversation in the facts, in `Channel::ALL` order
/// (the website first); a channel nobody wrote on is left out.
pub fn by_channel(
    config: &ClinicConfig,
    facts: &[&ConversationFacts],
    now: DateTime<Utc>,
) -> Vec<ChannelReportRow> {
    Channel::ALL
        .into_iter()
        .filter_map(|channel| {
            let mine: Vec<&ConversationFacts> = facts
                .iter()
                .copied()
                .filter(|f| f.channel == channel)
                .collect();
            if mine.is_empty() {
                return None;
            }
            let mut minutes: Vec<f64> = mine
                .iter()
                .filter_map(|f| {
                    let answered = f.first_response_at?;
                    Some((answered - f.started_at).num_seconds().max(0) as f64 / 60.0)
                })
                .collect();
            crate::sorting::sort_by(&mut minutes, f64::total_cmp);
            let count = |urgency| mine.iter().filter(|f| f.urgency == urgency).count() as u32;
            let sla = sla(config, &mine, now);
            Some(ChannelReportRow {
                channel,
                conversations: mine.len() as u32,
                answered: minutes.len() as u32,
                median_minutes: median(&minutes),
                p90_minutes: nearest_rank(&minutes, 0.9),
                emergency: count(Urgency::Emergency),
                urgent: count(Urgency::Urgent),
                routine: count(Urgency::Routine),
                sla_due: sla.due,
                sla_answered_in_time: sla.answered_in_time,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::{at, demo};
    use chrono::Duration;
    use frontdesk_protocol::Department;

    fn fact(channel: Channel, urgency: Urgency, answered_after: Option<i64>) -> ConversationFacts {
        let started_at = at("2026-11-16T09:00:00Z");
        ConversationFacts {
            channel,
            department: Department::Clinical,
            urgency,
            started_at,
            first_response_at: answered_after.map(|m| started_at + Duration::minutes(m)),
            // Due 15 minutes after the first message.
            sla_deadline: Some(started_at + Duration::minutes(15)),
            answered_by_bot: false,
            language: None,
        }
    }

    #[test]
    fn each_channel_gets_its_volume_first_responses_triage_and_sla() {
        let config = demo();
        let facts = [
            fact(Channel::Sms, Urgency::Urgent, Some(10)),
            fact(Channel::Sms, Urgency::Urgent, Some(30)),
            fact(Channel::Sms, Urgency::Routine, None),
            fact(Channel::Web, Urgency::Emergency, Some(2)),
            fact(Channel::Whatsapp, Urgency::Routine, Some(60)),
        ];
        let refs: Vec<&ConversationFacts> = facts.iter().collect();
        let rows = by_channel(&config, &refs, at("2026-11-20T00:00:00Z"));
        let channels: Vec<Channel> = rows.iter().map(|r| r.channel).collect();
        assert_eq!(
            channels,
            [Channel::Web, Channel::Sms, Channel::Whatsapp],
            "website first, then the channels in order; none without conversations"
        );
        let sms = &rows[1];
        assert_eq!((sms.conversations, sms.answered), (3, 2));
        assert_eq!(sms.median_minutes, Some(20.0));
        assert_eq!(sms.p90_minutes, Some(30.0));
        assert_eq!((sms.emergency, sms.urgent, sms.routine), (0, 2, 1));
        // The 10-minute answer was in time, the 30-minute one late; routine isn't due.
        assert_eq!((sms.sla_due, sms.sla_answered_in_time), (2, 1));
        let web = &rows[0];
        assert_eq!(
            (web.emergency, web.sla_due, web.sla_answered_in_time),
            (1, 1, 1)
        );
        assert_eq!(rows[2].median_minutes, Some(60.0));
        assert_eq!((rows[2].sla_due, rows[2].routine), (0, 1));
        // The rows add up to the clinic's totals.
        let total: u32 = rows.iter().map(|r| r.conversations).sum();
        assert_eq!(total as usize, facts.len());
    }

    #[test]
    fn no_conversations_no_rows() {
        let config = demo();
        assert!(by_channel(&config, &[], at("2026-11-20T00:00:00Z")).is_empty());
    }
}
