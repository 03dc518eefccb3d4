//! What the clinic reports read of each conversation.

use serde::Deserialize;
use worker::Env;

use super::{all, bind, db, s};
use crate::error::AppResult;

/// What the reports need of each conversation a visitor wrote in since `since`.
pub async fn report_facts(
    env: &Env,
    clinic_id: &str,
    since: &str,
) -> AppResult<Vec<ReportFactsRow>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT channel, department, urgency, COALESCE(first_visitor_at, created_at) AS started_at, \
               first_response_at, sla_deadline, bot_answers, triage_language \
             FROM conversations \
             WHERE clinic_id = ?1 AND last_visitor_seq > 0 \
               AND COALESCE(first_visitor_at, created_at) >= ?2 \
             LIMIT 50000",
        ),
        &[s(clinic_id), s(since)],
    )?;
    all(statement, "report facts").await
}

/// One conversation's report facts as D1 stores them.
#[derive(Debug, Deserialize)]
pub struct ReportFactsRow {
    pub channel: String,
    pub department: String,
    pub urgency: String,
    pub started_at: String,
    pub first_response_at: Option<String>,
    pub sla_deadline: Option<String>,
    #[serde(default)]
    pub bot_answers: f64,
    #[serde(default)]
    pub triage_language: Option<String>,
}
