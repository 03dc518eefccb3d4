//! Escalation on a clock: who is told, and when, that an urgent or emergency message
//! is waiting with no staff reply or claim.
//!
//! The ladder is a pure function of the clinic's policy, the conversation's events and
//! `now`: [`plan`] returns the steps due now and the next deadline. The edge's
//! conversation Durable Object stores the events, arms an alarm for the deadline and
//! enqueues one notification per channel. Notifications never carry message text, and
//! are signed by the Standard Webhooks scheme ([`crate::webhook`]) with the clinic's own
//! secret (named by [`EscalationPolicy::signing_secret`]).

use chrono::{DateTime, Duration, Utc};
use frontdesk_protocol::{Department, Urgency};
use serde::{Deserialize, Serialize};

/// Per-urgency escalation ladders and where their notifications go.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationPolicy {
    /// The console address notifications link to, e.g. `https://frontdesk.example/console/`.
    #[serde(default)]
    pub console_url: String,
    /// The Workers secret holding this clinic's `whsec_…` signing secret (each clinic
    /// names its own, so one clinic's receivers can't verify, or forge, another's).
    /// Required when there are targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<String>,
    #[serde(default)]
    pub emergency: Vec<EscalationStep>,
    #[serde(default)]
    pub urgent: Vec<EscalationStep>,
    /// Named groups of channels that steps `notify`.
    #[serde(default)]
    pub targets: Vec<NotifyTarget>,
}

/// One rung: after this long with no staff reply or claim, notify a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationStep {
    /// Minutes after the first unanswered message at this urgency; 0 means at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_minutes: Option<u32>,
    /// The same in seconds, for test servers; use one of the two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_seconds: Option<u32>,
    /// The id of a [`NotifyTarget`].
    pub notify: String,
}

impl EscalationStep {
    /// How long after the ladder starts this step fires.
    pub fn delay(&self) -> Duration {
        match (self.after_seconds, self.after_minutes) {
            (Some(seconds), _) => Duration::seconds(i64::from(seconds)),
            (None, Some(minutes)) => Duration::minutes(i64::from(minutes)),
            (None, None) => Duration::zero(),
        }
    }
}

/// A named set of channels, e.g. `on-call` or `clinic-lead`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotifyTarget {
    pub id: String,
    pub channels: Vec<Channel>,
}

/// Where one notification is delivered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// The `https://` endpoint that receives the signed JSON POST (`http://` only to a
    /// loopback host, for a local dev server: [`crate::webhook::check_url`]).
    pub url: String,
    /// Phone number or email address, for the `sms` and `email` gateway shapes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// The body shape a channel receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// The full JSON event ([`Notification`]).
    Webhook,
    /// An SMS gateway: `{to, channel: "sms", text}`.
    Sms,
    /// An email gateway: `{to, channel: "email", subject, text}`.
    Email,
}

impl EscalationPolicy {
    /// The ladder for an urgency level.
    pub fn steps(&self, urgency: Urgency) -> &[EscalationStep] {
        match urgency {
            Urgency::Emergency => &self.emergency,
            Urgency::Urgent => &self.urgent,
            // Routine messages wait for office hours; they never page anyone.
            Urgency::Routine => &[],
        }
    }

    /// The channels of a target; empty for an unknown id.
    pub fn channels(&self, target: &str) -> &[Channel] {
        self.targets
            .iter()
            .find(|t| t.id == target)
            .map_or(&[], |t| t.channels.as_slice())
    }

    /// Refuses steps with both or neither delay, out-of-order ladders, unknown targets,
    /// channels that can't be delivered or would go in clear text, and targets without a
    /// signing secret.
    pub fn validate(&self) -> Result<(), String> {
        for urgency in [Urgency::Emergency, Urgency::Urgent] {
            let steps = self.steps(urgency);
            for (index, step) in steps.iter().enumerate() {
                let name = format!("escalation.{}[{}]", urgency.as_str(), index + 1);
                if step.after_minutes.is_some() == step.after_seconds.is_some() {
                    return Err(format!("{name}: give after_minutes (or after_seconds)"));
                }
                if index > 0 && step.delay() < steps[index - 1].delay() {
                    return Err(format!("{name}: steps must be in time order"));
                }
                if !self.targets.iter().any(|t| t.id == step.notify) {
                    return Err(format!("{name}: unknown target {:?}", step.notify));
                }
            }
        }
        if !self.targets.is_empty() {
            match &self.signing_secret {
                Some(name) if crate::channel_config::is_secret_name(name) => {}
                Some(name) => {
                    return Err(format!(
                        "escalation.signing_secret: {name:?} is not a secret name \
                         (upper-case letters, digits, _)"
                    ))
                }
                None => {
                    return Err("escalation.signing_secret: name the Workers secret that \
                                signs this clinic's notifications"
                        .into())
                }
            }
        }
        for target in &self.targets {
            for channel in &target.channels {
                if let Err(error) = crate::webhook::check_url(&channel.url) {
                    return Err(format!("escalation target {}: {error}", target.id));
                }
                if channel.kind != ChannelKind::Webhook && channel.to.is_none() {
                    return Err(format!(
                        "escalation target {}: sms and email need `to`",
                        target.id
                    ));
                }
            }
        }
        Ok(())
    }
}

/// What happened in a conversation, as far as the ladder cares, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LadderEvent {
    /// A visitor message and its triaged urgency.
    Visitor { at: DateTime<Utc>, urgency: Urgency },
    /// A staff reply or claim: stops the ladder.
    Staff { at: DateTime<Utc> },
    /// A step already fired (1-based `step` of the `urgency` ladder).
    Fired { urgency: Urgency, step: usize },
    /// Staff corrected the conversation's urgency: the ladder starts over from here, at
    /// this urgency (routine: stopped), as if a visitor message at it had just arrived.
    Retriaged { at: DateTime<Utc>, urgency: Urgency },
}

/// A step to fire now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueStep {
    pub urgency: Urgency,
    /// 1-based position in the ladder.
    pub step: usize,
    pub notify: String,
    /// How long the first unanswered message of this urgency has waited.
    pub waited: Duration,
}

/// The ladder's answer: what fires now, and when to look again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LadderPlan {
    pub due: Vec<DueStep>,
    pub next_deadline: Option<DateTime<Utc>>,
}

/// Steps due at `now` and the next deadline, from the policy and the events so far.
///
/// The ladder covers what came after the last staff reply or claim, or the last staff
/// correction of the urgency (which counts as a message at the corrected urgency). It
/// runs at the highest urgency seen since then, timed from the first message at that
/// level or above; an upgrade from urgent to emergency switches to the emergency ladder.
pub fn plan(policy: &EscalationPolicy, events: &[LadderEvent], now: DateTime<Utc>) -> LadderPlan {
    let cut = events
        .iter()
        .rposition(|e| matches!(e, LadderEvent::Staff { .. } | LadderEvent::Retriaged { .. }));
    let mut since_staff: Vec<LadderEvent> = Vec::new();
    if let Some(LadderEvent::Retriaged { at, urgency }) = cut.map(|index| &events[index]) {
        since_staff.push(LadderEvent::Visitor {
            at: *at,
            urgency: *urgency,
        });
    }
    since_staff.extend_from_slice(cut.map_or(events, |last| &events[last + 1..]));
    let highest = since_staff
        .iter()
        .filter_map(|e| match e {
            LadderEvent::Visitor { urgency, .. } => Some(*urgency),
            _ => None,
        })
        .max();
    let Some(urgency) = highest else {
        return LadderPlan::default();
    };
    let Some(started) = since_staff.iter().find_map(|e| match e {
        LadderEvent::Visitor { at, urgency: u } if *u >= urgency => Some(*at),
        _ => None,
    }) else {
        return LadderPlan::default();
    };
    let fired = |step: usize| {
        since_staff.iter().any(
            |e| matches!(e, LadderEvent::Fired { urgency: u, step: s } if *u == urgency && *s == step),
        )
    };
    let mut result = LadderPlan::default();
    for (index, rung) in policy.steps(urgency).iter().enumerate() {
        let step = index + 1;
        if fired(step) {
            continue;
        }
        let deadline = started + rung.delay();
        if deadline <= now {
            result.due.push(DueStep {
                urgency,
                step,
                notify: rung.notify.clone(),
                waited: now - started,
            });
        } else if result.next_deadline.is_none_or(|next| deadline < next) {
            result.next_deadline = Some(deadline);
        }
    }
    result
}

/// What a notification says: where to look and how urgent, never what the patient wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    /// Always `escalation`.
    pub event: String,
    /// The same for every delivery of this step to every channel: delivery is at least
    /// once (queue retries), so receivers drop repeats of an id they have seen.
    pub id: String,
    pub clinic_id: String,
    pub conversation_id: String,
    /// Opens the conversation in the staff console.
    pub conversation_url: String,
    pub urgency: Urgency,
    pub department: Department,
    /// Seconds since the first unanswered message at this urgency.
    pub waiting_seconds: i64,
    /// 1-based step of the ladder.
    pub step: usize,
    /// The target notified.
    pub notify: String,
}

impl Notification {
    /// The notification for a due step.
    pub fn new(
        policy: &EscalationPolicy,
        clinic_id: &str,
        conversation_id: &str,
        department: Department,
        due: &DueStep,
    ) -> Notification {
        Notification {
            event: "escalation".into(),
            id: format!("{conversation_id}:{}:{}", due.urgency.as_str(), due.step),
            clinic_id: clinic_id.into(),
            conversation_id: conversation_id.into(),
            conversation_url: format!("{}#/conversations/{conversation_id}", policy.console_url),
            urgency: due.urgency,
            department,
            waiting_seconds: due.waited.num_seconds(),
            step: due.step,
            notify: due.notify.clone(),
        }
    }

    /// The JSON body a channel receives.
    pub fn body_for(&self, channel: &Channel) -> String {
        let minutes = (self.waiting_seconds + 59) / 60;
        let summary = format!(
            "Frontdesk: an {} {} conversation has waited {} min with no reply. Open: {}",
            self.urgency.as_str(),
            self.department.as_str(),
            minutes,
            self.conversation_url
        );
        let value = match channel.kind {
            ChannelKind::Webhook => serde_json::to_value(self).unwrap_or_default(),
            ChannelKind::Sms => serde_json::json!({
                "channel": "sms",
                "to": channel.to,
                "text": summary,
                "id": self.id,
                "conversation_id": self.conversation_id,
            }),
            ChannelKind::Email => serde_json::json!({
                "channel": "email",
                "to": channel.to,
                "subject": format!("Frontdesk: {} conversation waiting", self.urgency.as_str()),
                "text": summary,
                "id": self.id,
                "conversation_id": self.conversation_id,
            }),
        };
        value.to_string()
    }
}

#[cfg(test)]
mod tests;
