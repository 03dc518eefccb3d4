//! Which automatic reply a visitor message gets, the moment it arrives.
//!
//! Emergencies get safety instructions and urgent messages an acknowledgement, at any
//! hour. A routine question the clinic's knowledge answers gets that answer at once,
//! unless it is clinical. Anything else waits for a person: the visitor hears when (the
//! team's usual wait while open, the next opening after hours).

use chrono::{DateTime, Utc};
use frontdesk_protocol::{Department, Urgency};

use crate::knowledge::{self, BotDecision, Topic};
use crate::{hours, safety, ClinicConfig};

/// An automatic reply and whether it is sent once per conversation while the text is
/// the same (the after-hours note repeats nothing until the next opening changes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoReplyText {
    pub text: String,
    pub once: bool,
    pub kind: ReplyKind,
}

/// Why the reply was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyKind {
    /// Safety instructions or an urgent acknowledgement.
    Safety,
    /// The bot answered the question from the clinic's knowledge.
    Answer(Topic),
    /// A person will reply; `asked` when the visitor asked for one.
    Waiting { asked: bool },
    /// Closed: a person replies at the next opening.
    AfterHours,
}

impl ReplyKind {
    /// Whether the bot answered the visitor's question itself.
    pub fn answered(self) -> bool {
        matches!(self, ReplyKind::Answer(_))
    }
}

/// The triaged message an automatic reply answers.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    pub urgency: Urgency,
    pub department: Department,
    /// The triage's language guess: `en`, `es`, `fr`, `de`.
    pub language: &'a str,
    /// For the visitor's country, else the clinic's.
    pub emergency_number: &'a str,
    /// What the visitor wrote, for the knowledge answers.
    pub text: &'a str,
    /// Triage saw a symptom, even a negated one: the bot stays out.
    pub symptoms: bool,
    /// The team's usual first-reply wait, in minutes.
    pub expected_reply_minutes: u32,
}

/// The reply to send right after `incoming`, if any.
pub fn auto_reply(
    config: &ClinicConfig,
    incoming: Incoming<'_>,
    now: DateTime<Utc>,
) -> Option<AutoReplyText> {
    if let Some(text) = safety::instant_reply(
        incoming.urgency,
        incoming.language,
        incoming.emergency_number,
        &config.phone,
    ) {
        return Some(AutoReplyText {
            text,
            once: false,
            kind: ReplyKind::Safety,
        });
    }
    let clinical = incoming.symptoms || incoming.department == Department::Clinical;
    let mut asked = false;
    if !clinical && incoming.urgency == Urgency::Routine {
        match knowledge::decide(config, incoming.text, incoming.language, now) {
            Some(BotDecision::Answer { topic, text }) => {
                return Some(AutoReplyText {
                    text,
                    once: false,
                    kind: ReplyKind::Answer(topic),
                })
            }
            Some(BotDecision::Handoff) => asked = true,
            None => {}
        }
    }
    // A config with a bad time zone fails validation before it is stored; stay quiet.
    let schedule = config.department_schedule(incoming.department).ok()?;
    if !schedule.is_open(now) {
        return Some(AutoReplyText {
            text: hours::after_hours_reply(incoming.language, schedule.next_opening(now)),
            once: true,
            kind: ReplyKind::AfterHours,
        });
    }
    Some(AutoReplyText {
        text: knowledge::person_will_reply(
            incoming.language,
            incoming.expected_reply_minutes,
            asked,
        ),
        // Said once per conversation, but every time the visitor asks for a person.
        once: !asked,
        kind: ReplyKind::Waiting { asked },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::demo;

    #[test]
    fn auto_reply_table() {
        let config = demo();
        // (now UTC, urgency, department, language, reply holds, once); the text is a
        // question the knowledge can't answer.
        let cases = [
            // Wednesday 2026-11-25 10:00 Berlin: open.
            (
                "2026-11-25T09:00:00Z",
                Urgency::Routine,
                Department::FrontDesk,
                "en",
                Some("usually within about 15 minutes"),
                true,
            ),
            (
                "2026-11-25T09:00:00Z",
                Urgency::Emergency,
                Department::Clinical,
                "en",
                Some("Call 112 now"),
                false,
            ),
            (
                "2026-11-25T09:00:00Z",
                Urgency::Urgent,
                Department::Clinical,
                "de",
                Some("benachrichtigt"),
                false,
            ),
            // Wednesday 20:00 Berlin: closed; routine waits for Thursday 08:00.
            (
                "2026-11-25T19:00:00Z",
                Urgency::Routine,
                Department::Billing,
                "en",
                Some("Thursday 2026-11-26 08:00"),
                true,
            ),
            (
                "2026-11-25T19:00:00Z",
                Urgency::Routine,
                Department::Billing,
                "fr",
                Some("jeudi 2026-11-26 08:00"),
                true,
            ),
            // ...but urgent and emergency are never held until the morning.
            (
                "2026-11-25T19:00:00Z",
                Urgency::Urgent,
                Department::Clinical,
                "en",
                Some("clinician has been alerted"),
                false,
            ),
            (
                "2026-11-25T19:00:00Z",
                Urgency::Emergency,
                Department::Clinical,
                "es",
                Some("Llame ahora al 112"),
                false,
            ),
            // Wednesday 17:00 Berlin: the clinic is open but appointments closed at 16:00.
            (
                "2026-11-25T16:00:00Z",
                Urgency::Routine,
                Department::Appointments,
                "en",
                Some("Thursday 2026-11-26 08:00"),
                true,
            ),
            (
                "2026-11-25T16:00:00Z",
                Urgency::Routine,
                Department::FrontDesk,
                "de",
                Some("etwa 15 Minuten"),
                true,
            ),
            // Christmas Eve, Thursday 10:00: 24th to 26th are holidays, so Monday 08:00.
            (
                "2026-12-24T09:00:00Z",
                Urgency::Routine,
                Department::FrontDesk,
                "en",
                Some("Monday 2026-12-28 08:00"),
                true,
            ),
        ];
        for (now, urgency, department, language, holds, once) in cases {
            let at = DateTime::parse_from_rfc3339(now)
                .unwrap()
                .with_timezone(&Utc);
            let incoming = Incoming {
                urgency,
                department,
                language,
                emergency_number: "112",
                text: "I have a question about my last visit",
                symptoms: false,
                expected_reply_minutes: 15,
            };
            let reply = auto_reply(&config, incoming, at);
            match holds {
                None => assert_eq!(reply, None, "{now} {urgency:?} {department:?}"),
                Some(phrase) => {
                    let reply = reply.unwrap_or_else(|| panic!("{now} {urgency:?} gets a reply"));
                    assert!(reply.text.contains(phrase), "{now}: {}", reply.text);
                    assert_eq!(reply.once, once, "{now} {urgency:?}");
                }
            }
        }
    }

    fn wednesday_morning() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn routine<'a>(text: &'a str, department: Department, symptoms: bool) -> Incoming<'a> {
        Incoming {
            urgency: Urgency::Routine,
            department,
            language: "en",
            emergency_number: "112",
            text,
            symptoms,
            expected_reply_minutes: 20,
        }
    }

    #[test]
    fn the_bot_answers_knowledge_questions_but_never_clinical_ones() {
        let config = demo();
        let now = wednesday_morning();
        let parking = auto_reply(
            &config,
            routine("Where can I park?", Department::FrontDesk, false),
            now,
        )
        .expect("a reply");
        assert_eq!(parking.kind, ReplyKind::Answer(Topic::Parking));
        assert!(parking.text.contains("Free parking"), "{}", parking.text);
        // Routed to the clinical team, or a symptom seen: a person answers.
        for incoming in [
            routine("Where can I park?", Department::Clinical, false),
            routine("Where can I park?", Department::FrontDesk, true),
        ] {
            let reply = auto_reply(&config, incoming, now).expect("a reply");
            assert_eq!(reply.kind, ReplyKind::Waiting { asked: false });
            assert!(reply.text.contains("about 20 minutes"), "{}", reply.text);
        }
        // Urgent: the safety acknowledgement only, never a knowledge answer.
        let urgent = Incoming {
            urgency: Urgency::Urgent,
            ..routine("Where can I park?", Department::Clinical, true)
        };
        assert_eq!(
            auto_reply(&config, urgent, now).unwrap().kind,
            ReplyKind::Safety
        );
        // Asking for a person is heard every time.
        let asked = auto_reply(
            &config,
            routine("Can I talk to a person?", Department::FrontDesk, false),
            now,
        )
        .unwrap();
        assert_eq!(asked.kind, ReplyKind::Waiting { asked: true });
        assert!(!asked.once);
    }
}
