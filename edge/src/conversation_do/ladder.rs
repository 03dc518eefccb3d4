//! The escalation ladder's clock: the conversation's ladder events in its `ladder` table,
//! the pure plan (`escalation::plan`) run on the alarm, one queue job per channel for
//! each due step, and the alarm re-armed for the next deadline.

use chrono::{DateTime, Utc};
use frontdesk_domain::escalation::{self, LadderEvent, Notification};
use frontdesk_domain::events::{EventData, EventType};
use frontdesk_protocol::{EscalationRecord, Urgency};
use serde::Deserialize;
use serde_json::json;
use worker::Result;

use super::{meta, ConversationObject, EscalationContext};
use crate::error::AppResult;
use crate::jobs::{self, EventJob, Job, NotifyJob};

/// What a ladder row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LadderKind {
    /// An urgent or emergency visitor message: the ladder starts.
    Visitor,
    /// A staff reply or claim: the ladder stops.
    Staff,
    /// A step fired.
    Fired,
    /// Staff corrected the urgency: the ladder starts over at it.
    Retriaged,
}

impl LadderKind {
    const ALL: [LadderKind; 4] = [
        LadderKind::Visitor,
        LadderKind::Staff,
        LadderKind::Fired,
        LadderKind::Retriaged,
    ];

    fn as_str(self) -> &'static str {
        match self {
            LadderKind::Visitor => "visitor",
            LadderKind::Staff => "staff",
            LadderKind::Fired => "fired",
            LadderKind::Retriaged => "retriaged",
        }
    }

    fn parse(raw: &str) -> Option<LadderKind> {
        LadderKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw)
    }
}

/// A fired step: its number, whom it notified and how long the visitor had waited.
pub(super) struct Fired<'a> {
    pub step: usize,
    pub notify: &'a str,
    pub waited_seconds: i64,
}

#[derive(Deserialize)]
struct LadderRow {
    kind: String,
    at: String,
    urgency: Option<String>,
    step: Option<f64>,
    notify: Option<String>,
    waited_seconds: Option<f64>,
}

fn parse_time(raw: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

impl ConversationObject {
    /// Keeps the clinic and department that notifications name.
    pub(super) fn remember_context(&self, context: &EscalationContext) -> Result<()> {
        self.put(meta::CLINIC_ID, &context.clinic_id)?;
        self.put(meta::DEPARTMENT, &context.department)
    }

    pub(super) fn record_ladder(
        &self,
        kind: LadderKind,
        at: &str,
        urgency: Option<Urgency>,
        fired: Option<Fired<'_>>,
    ) -> Result<()> {
        self.sql().run(
            "INSERT INTO ladder (kind, at, urgency, step, notify, waited_seconds) \
             VALUES (?, ?, ?, ?, ?, ?)",
            &[
                json!(kind.as_str()),
                json!(at),
                json!(urgency.map(Urgency::as_str)),
                json!(fired.as_ref().map(|fired| fired.step)),
                json!(fired.as_ref().map(|fired| fired.notify)),
                json!(fired.as_ref().map(|fired| fired.waited_seconds)),
            ],
        )?;
        Ok(())
    }

    fn ladder_rows(&self) -> Result<Vec<LadderRow>> {
        self.sql().rows(
            "SELECT kind, at, urgency, step, notify, waited_seconds FROM ladder ORDER BY id",
            &[],
        )
    }

    fn ladder_events(&self) -> Result<Vec<LadderEvent>> {
        Ok(self
            .ladder_rows()?
            .into_iter()
            .filter_map(|row| {
                let urgency = row.urgency.as_deref().and_then(Urgency::parse);
                match (LadderKind::parse(&row.kind)?, urgency) {
                    (LadderKind::Visitor, Some(urgency)) => Some(LadderEvent::Visitor {
                        at: parse_time(&row.at)?,
                        urgency,
                    }),
                    (LadderKind::Staff, _) => Some(LadderEvent::Staff {
                        at: parse_time(&row.at)?,
                    }),
                    (LadderKind::Fired, Some(urgency)) => Some(LadderEvent::Fired {
                        urgency,
                        step: row.step? as usize,
                    }),
                    (LadderKind::Retriaged, Some(urgency)) => Some(LadderEvent::Retriaged {
                        at: parse_time(&row.at)?,
                        urgency,
                    }),
                    _ => None,
                }
            })
            .collect())
    }

    /// The steps fired so far, oldest first.
    pub(super) fn escalations(&self) -> Result<Vec<EscalationRecord>> {
        Ok(self
            .ladder_rows()?
            .into_iter()
            .filter(|row| LadderKind::parse(&row.kind) == Some(LadderKind::Fired))
            .filter_map(|row| {
                Some(EscalationRecord {
                    urgency: Urgency::parse(row.urgency.as_deref()?)?,
                    step: row.step? as u32,
                    notify: row.notify?,
                    waited_seconds: row.waited_seconds.unwrap_or(0.0).max(0.0) as u64,
                    at: row.at,
                })
            })
            .collect())
    }

    /// Fires every due step (one queue job per channel, then a record on the
    /// conversation) and re-arms the alarm for the next deadline.
    pub(super) async fn run_ladder(&self) -> AppResult<()> {
        let (Some(clinic_id), Some(department)) =
            (self.get(meta::CLINIC_ID)?, self.get(meta::DEPARTMENT)?)
        else {
            return Ok(());
        };
        let Some(config) =
            crate::store::clinics::clinic_config(&self.env, clinic_id.as_str()).await?
        else {
            return Ok(());
        };
        let policy = &config.escalation;
        let now = crate::time::now();
        let plan = escalation::plan(policy, &self.ladder_events()?, now);
        let conversation_id = self.conversation_id()?;
        for due in &plan.due {
            let notification = Notification::new(
                policy,
                clinic_id.as_str(),
                conversation_id.as_str(),
                department,
                due,
            );
            for channel in policy.channels(&due.notify) {
                let job = Job::Notify(NotifyJob {
                    notification: notification.clone(),
                    channel: channel.clone(),
                });
                jobs::enqueue(&self.env, &job).await?;
            }
            let data = EventData {
                urgency: Some(due.urgency),
                department: Some(department),
                step: Some(due.step),
                ..EventData::about(clinic_id.as_str(), conversation_id.as_str())
            };
            let step = format!("{}.{}", due.urgency.as_str(), due.step);
            // Queued like the notifications, before the step is recorded.
            let event = EventJob::new(EventType::ConversationEscalated, &step, data, None);
            jobs::enqueue(&self.env, &Job::Event(event)).await?;
            self.record_ladder(
                LadderKind::Fired,
                &crate::time::rfc3339(now),
                Some(due.urgency),
                Some(Fired {
                    step: due.step,
                    notify: &due.notify,
                    waited_seconds: due.waited.num_seconds(),
                }),
            )?;
        }
        if let Some(deadline) = plan.next_deadline {
            let wait_ms = (deadline - now).num_milliseconds().max(0);
            self.state.storage().set_alarm(wait_ms).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ladder_kinds_read_back_what_they_store() {
        for kind in LadderKind::ALL {
            assert_eq!(LadderKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(LadderKind::parse("paged"), None);
    }
}
