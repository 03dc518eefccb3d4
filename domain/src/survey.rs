//! After-treatment surveys: the invitation, the visitor's answer and what it means.
//!
//! An answer is a 1–5 rating, whether there were problems since the treatment, and
//! optional free text. The free text goes through triage like any visitor message, so
//! "still swelling and now a fever" becomes an urgent conversation for the clinical
//! team; any reported problem goes to the clinical team even when it is routine.

use chrono::{DateTime, Duration, Utc};
use frontdesk_protocol::{Department, Urgency};
use serde::{Deserialize, Serialize};

use crate::text::MessageText;
use crate::triage::Assessment;

/// Longest free-text answer, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// When the clinic sends surveys on its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveySettings {
    /// Days after a conversation is resolved to send its survey (1 to 60); none when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_resolved_days: Option<u32>,
    /// The same in seconds, for test servers only; overrides `after_resolved_days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_resolved_seconds: Option<u32>,
}

impl SurveySettings {
    pub fn validate(&self) -> Result<(), String> {
        match self.after_resolved_days {
            Some(days) if !(1..=60).contains(&days) => Err(format!(
                "surveys.after_resolved_days must be 1 to 60, not {days}"
            )),
            _ => Ok(()),
        }
    }

    /// Conversations resolved at or before this instant are due a survey; `None` when
    /// the clinic doesn't schedule surveys.
    pub fn due_if_resolved_before(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.delay().map(|delay| now - delay)
    }

    /// How long after a resolution, or a treatment the practice software reports, the
    /// survey goes out; `None` when the clinic doesn't send surveys on its own.
    pub fn delay(&self) -> Option<Duration> {
        match (self.after_resolved_seconds, self.after_resolved_days) {
            (Some(seconds), _) => Some(Duration::seconds(i64::from(seconds))),
            (None, Some(days)) => Some(Duration::days(i64::from(days))),
            (None, None) => None,
        }
    }
}

/// A visitor's answer, as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyAnswer {
    pub rating: u8,
    pub problems: bool,
    pub comment: Option<MessageText>,
}

/// Why an answer was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("'rating' must be a whole number from 1 to 5")]
    Rating,
    #[error("'comment' must be at most {MAX_COMMENT_CHARS} characters")]
    CommentTooLong,
    #[error("'comment' {0}")]
    Comment(String),
}

impl SurveyAnswer {
    /// Checks a raw answer; an empty comment counts as none.
    pub fn new(
        rating: i64,
        problems: bool,
        comment: Option<&str>,
    ) -> Result<SurveyAnswer, AnswerError> {
        let rating = u8::try_from(rating)
            .ok()
            .filter(|r| (1..=5).contains(r))
            .ok_or(AnswerError::Rating)?;
        let comment = match comment.map(str::trim).filter(|c| !c.is_empty()) {
            None => None,
            Some(raw) if raw.chars().count() > MAX_COMMENT_CHARS => {
                return Err(AnswerError::CommentTooLong)
            }
            Some(raw) => Some(
                MessageText::parse(raw.to_owned())
                    .map_err(|e| AnswerError::Comment(e.to_string()))?,
            ),
        };
        Ok(SurveyAnswer {
            rating,
            problems,
            comment,
        })
    }

    /// The answer as the conversation shows it to staff and the visitor.
    pub fn as_message(&self) -> String {
        let problems = if self.problems { "yes" } else { "no" };
        let mut out = format!(
            "Survey answer: rated {}/5 · problems since the treatment: {problems}",
            self.rating
        );
        if let Some(comment) = &self.comment {
            out.push_str(" · ");
            out.push_str(comment.as_str());
        }
        out
    }
}

/// Where an answer goes: triage's reading of the free text, raised to the clinical team
/// when the visitor reports a problem or triage sees a symptom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routing {
    pub urgency: Urgency,
    pub department: Department,
    /// The answer needs a clinician soon: the conversation reopens as urgent.
    pub red_flag: bool,
}

pub fn route(answer: &SurveyAnswer, assessment: &Assessment) -> Routing {
    let clinical = answer.problems || !assessment.signals.is_empty();
    Routing {
        urgency: assessment.urgency,
        department: match clinical || assessment.urgency > Urgency::Routine {
            true => Department::Clinical,
            false => assessment.department,
        },
        red_flag: assessment.urgency > Urgency::Routine,
    }
}

/// The invitation the visitor sees above the survey form.
pub fn invitation(language: &str) -> &'static str {
    match language {
        "es" => "¿Cómo se encuentra después de su tratamiento? Nos ayuda mucho que responda a estas tres preguntas.",
        "fr" => "Comment allez-vous depuis votre soin ? Merci de répondre à ces trois questions.",
        "de" => "Wie geht es Ihnen nach Ihrer Behandlung? Bitte beantworten Sie diese drei Fragen.",
        _ => "How are you since your treatment? Please answer these three short questions.",
    }
}

/// The stored message id prefix of a survey invitation; the suffix is the survey id.
pub const INVITATION_PREFIX: &str = "survey:";

/// The stored message id prefix of a survey answer, so an answer is stored once.
pub const ANSWER_PREFIX: &str = "survey-answer:";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::{assess, TriageRules};

    fn answer(rating: i64, problems: bool, comment: Option<&str>) -> SurveyAnswer {
        SurveyAnswer::new(rating, problems, comment).unwrap()
    }

    #[test]
    fn ratings_outside_one_to_five_and_huge_comments_are_refused() {
        for rating in [0, 6, -1, 300] {
            assert_eq!(
                SurveyAnswer::new(rating, false, None),
                Err(AnswerError::Rating)
            );
        }
        let long = "a".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(
            SurveyAnswer::new(5, false, Some(&long)),
            Err(AnswerError::CommentTooLong)
        );
        assert_eq!(answer(3, false, Some("   ")).comment, None);
    }

    #[test]
    fn a_red_flag_reopens_as_urgent_for_the_clinical_team() {
        let rules = TriageRules::default();
        let cases = [
            // (comment, problems, urgency at least, department, red flag)
            (
                "still swelling and now a fever",
                true,
                Urgency::Urgent,
                Department::Clinical,
                true,
            ),
            (
                "all good, thank you!",
                false,
                Urgency::Routine,
                Department::FrontDesk,
                false,
            ),
            (
                "a little sensitive to cold",
                true,
                Urgency::Routine,
                Department::Clinical,
                false,
            ),
        ];
        for (comment, problems, urgency, department, red_flag) in cases {
            let answer = answer(2, problems, Some(comment));
            let routing = route(&answer, &assess(&rules, comment));
            assert!(routing.urgency >= urgency, "{comment}: {routing:?}");
            assert_eq!(routing.department, department, "{comment}");
            assert_eq!(routing.red_flag, red_flag, "{comment}");
        }
    }

    #[test]
    fn the_answer_reads_as_one_message() {
        let text = answer(4, false, Some("Lovely team")).as_message();
        assert_eq!(
            text,
            "Survey answer: rated 4/5 · problems since the treatment: no · Lovely team"
        );
    }

    #[test]
    fn scheduled_surveys_are_due_after_the_delay() {
        let now = DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let settings = SurveySettings {
            after_resolved_days: Some(3),
            after_resolved_seconds: None,
        };
        assert_eq!(
            settings.due_if_resolved_before(now),
            Some(now - Duration::days(3))
        );
        assert_eq!(SurveySettings::default().due_if_resolved_before(now), None);
        assert!(SurveySettings {
            after_resolved_days: Some(0),
            after_resolved_seconds: None
        }
        .validate()
        .is_err());
    }
}
