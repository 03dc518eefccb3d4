//! Types of the after-treatment survey calls.
//!
//! An invitation is a `system` message whose `client_msg_id` is `survey:<survey_id>`;
//! the visitor's answer is stored as a visitor message with `client_msg_id`
//! `survey-answer:<survey_id>`, so each survey is answered at most once.

use serde::{Deserialize, Serialize};

use crate::Message;

/// `POST /v1/staff/conversations/{id}/surveys` answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveySentResponse {
    pub survey_id: String,
    /// The invitation as stored in the conversation.
    pub message: Message,
}

/// `POST /v1/conversations/{id}/surveys/{survey_id}` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyAnswerRequest {
    /// 1 (bad) to 5 (excellent).
    pub rating: i64,
    /// "Any problems since your treatment?"
    pub problems: bool,
    #[serde(default)]
    pub comment: Option<String>,
}

/// `POST /v1/integrations/treatments` body: the practice software says a treatment
/// happened, so the patient gets the after-treatment survey at the clinic's delay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatmentEventRequest {
    /// The caller's own id of this event (1 to 100 of `A-Z a-z 0-9 . _ : -`): sending
    /// the same one again schedules nothing new.
    pub event_id: String,
    /// The patient's conversation with the clinic, where the survey goes; or else
    /// `phone`, which finds the patient's SMS (else WhatsApp) conversation.
    #[serde(default)]
    pub conversation_id: Option<String>,
    /// E.164: the patient's number, when the practice software knows no conversation.
    #[serde(default)]
    pub phone: Option<String>,
    /// What was done, e.g. "wisdom tooth extraction" (checked, never stored).
    pub procedure: String,
    /// RFC 3339: when it was done.
    pub performed_at: String,
}

/// Answer to a treatment event: 202 when scheduled, 200 for an event already known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreatmentScheduledResponse {
    pub event_id: String,
    pub conversation_id: String,
    /// RFC 3339: when the survey goes out (the hourly round after this instant).
    pub survey_due_at: String,
}
