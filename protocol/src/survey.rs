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
