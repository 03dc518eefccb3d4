//! `GET /v1/admin/reports`: response times, SLA keeping and volume for a clinic's admins,
//! as JSON or CSV. The arithmetic is the domain's (`frontdesk_domain::reports`).

use chrono::{DateTime, Duration, Utc};
use frontdesk_domain::reports::{self, ConversationFacts, CorrectionFacts, SurveyFacts};
use frontdesk_protocol::{Channel, CorrectionDirection, Department, StaffRole, Urgency};
use worker::{Env, Headers, Response};

use crate::api_key_auth;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::params::query;
use crate::response::json_response;
use crate::store;
use crate::store::audit::AuditAction;
use crate::store::corrections::CorrectionFactsRow;
use crate::store::reports::ReportFactsRow;
use crate::store::surveys::SurveyFactsRow;
use crate::time;

/// Weeks a report covers unless `?weeks=` says otherwise, and the most it may ask for.
const DEFAULT_WEEKS: i64 = 4;
const MAX_WEEKS: i64 = 52;

pub async fn report(req: &Request, env: &Env) -> AppResult<Response> {
    let staff = api_key_auth::staff_or_key(env, req, api_key_auth::REPORTS, None).await?;
    if staff.role != StaffRole::Admin {
        return Err(AppError::admins_only("read reports"));
    }
    let weeks = weeks(req)?;
    let csv = match query(req, "format").as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => {
            return Err(AppError::invalid(
                "invalid_format",
                "format must be json or csv.",
            ))
        }
    };
    let config = store::clinics::clinic_config(env, &staff.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let now = time::now();
    let from = now - Duration::weeks(weeks);
    let rows = store::reports::report_facts(env, &staff.clinic_id, &time::rfc3339(from)).await?;
    let facts: Vec<ConversationFacts> = rows.iter().filter_map(facts_of).collect();
    let survey_rows =
        store::surveys::survey_facts(env, &staff.clinic_id, &time::rfc3339(from)).await?;
    let surveys: Vec<SurveyFacts> = survey_rows.iter().filter_map(survey_facts_of).collect();
    let correction_rows =
        store::corrections::correction_facts(env, &staff.clinic_id, &time::rfc3339(from)).await?;
    let corrections: Vec<CorrectionFacts> = correction_rows
        .iter()
        .filter_map(correction_facts_of)
        .collect();
    let report = reports::build(&config, &facts, &surveys, &corrections, from, now, now);
    if !csv {
        return Ok(json_response(200, &report));
    }
    // Exports leave the system, so they are audited like other access to patient data.
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Exported,
        None,
        Some("report csv"),
    )
    .await?;
    let headers = Headers::new();
    headers.set("Content-Type", "text/csv; charset=utf-8")?;
    headers.set(
        "Content-Disposition",
        &format!(
            "attachment; filename=\"frontdesk-report-{}.csv\"",
            frontdesk_domain::clock_text::date_text(now.date_naive())
        ),
    )?;
    headers.set("Cache-Control", "no-store")?;
    headers.set("X-Content-Type-Options", "nosniff")?;
    Ok(Response::ok(reports::to_csv(&report))?.with_headers(headers))
}

/// `?weeks=`: how many weeks back a report or export reaches (1 to 52, default 4).
pub(super) fn weeks(req: &Request) -> AppResult<i64> {
    match query(req, "weeks") {
        None => Ok(DEFAULT_WEEKS),
        Some(raw) => raw
            .parse::<i64>()
            .ok()
            .filter(|weeks| (1..=MAX_WEEKS).contains(weeks))
            .ok_or_else(|| {
                AppError::invalid("invalid_weeks", format!("weeks must be 1 to {MAX_WEEKS}."))
            }),
    }
}

/// A stored row as report facts; rows with values the domain doesn't know are skipped.
pub(crate) fn facts_of(row: &ReportFactsRow) -> Option<ConversationFacts> {
    Some(ConversationFacts {
        channel: Channel::parse(&row.channel)?,
        department: Department::parse(&row.department)?,
        urgency: Urgency::parse(&row.urgency)?,
        started_at: parse(&row.started_at)?,
        first_response_at: row.first_response_at.as_deref().and_then(parse),
        sla_deadline: row.sla_deadline.as_deref().and_then(parse),
        answered_by_bot: row.bot_answers > 0.0,
        language: reports::known_language(row.triage_language.as_deref()),
    })
}

fn correction_facts_of(row: &CorrectionFactsRow) -> Option<CorrectionFacts> {
    Some(CorrectionFacts {
        conversation_id: row.conversation_id.as_str().to_owned(),
        language: reports::known_language(row.language.as_deref()),
        direction: CorrectionDirection::parse(&row.direction)?,
        corrected_at: parse(&row.corrected_at)?,
    })
}

fn survey_facts_of(row: &SurveyFactsRow) -> Option<SurveyFacts> {
    Some(SurveyFacts {
        sent_at: parse(&row.sent_at)?,
        rating: row.rating.map(|r| r as u8),
        problems: row.problems.is_some_and(|p| p > 0.0),
        red_flag: row.red_flag > 0.0,
    })
}

fn parse(raw: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw)
        .ok()
        .map(|at| at.with_timezone(&Utc))
}
