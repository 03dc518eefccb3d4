//! Corrections from the field: `POST /v1/staff/conversations/{id}/triage` re-triages a
//! conversation (audited; the inbox row and the escalation ladder follow), and
//! `GET /v1/admin/triage-corrections` exports corrections for the triage corpus
//! without patient identifiers. The decisions are the domain's
//! (`frontdesk_domain::triage_correction`).

use chrono::{DateTime, Duration, Utc};
use frontdesk_domain::triage_correction::{
    case_ids, scrub_identifiers, Correction, CorrectionError, CorrectionReason,
};
use frontdesk_protocol::{
    CorrectionExport, ExportedCorrection, StaffRole, TriageCorrection, TriageCorrectionRequest,
    TriageCorrectionResponse,
};
use worker::{Env, Response};

use crate::conversation_do::{self, EscalationContext, RetriageRequest};
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::{auth, body, inbox_do, store, time};

/// Re-triages a conversation of the caller's clinic. Any staff member who may open it
/// may; the reason is required.
pub async fn correct(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    auth::check_same_origin(req, via)?;
    // Only a conversation the caller may open: a team can't pull in another's.
    let (conversation_id, _) = super::staff::visible_conversation(env, &staff, raw_id).await?;
    let state = store::corrections::triage_state(env, &staff.clinic_id, &conversation_id)
        .await?
        .ok_or_else(AppError::unknown_conversation)?;
    let request: TriageCorrectionRequest = body::read_json(req).await?;
    let reason = CorrectionReason::parse(&request.reason).map_err(invalid)?;
    if !state.triaged {
        return Err(AppError::new(
            409,
            "not_triaged",
            "The visitor has not written yet, so there is no triage to correct.",
        ));
    }
    let correction = Correction::new(
        state.urgency,
        state.department,
        request.urgency,
        request.department,
    )
    .map_err(invalid)?;
    let config = store::clinics::clinic_config(env, &staff.clinic_id)
        .await?
        .ok_or_else(AppError::unknown_clinic)?;
    let now = time::now();
    let deadline = correction.sla_deadline(
        &config,
        state.sla_deadline.as_deref().and_then(parse),
        state.answered,
        now,
    );
    let change = correction.change();
    let moved = store::corrections::correct_triage(
        env,
        &staff.clinic_id,
        &conversation_id,
        &change,
        deadline.map(time::rfc3339).as_deref(),
    )
    .await?;
    if !moved {
        return Err(AppError::new(
            409,
            "triage_changed",
            "The conversation's triage changed meanwhile; reload it and try again.",
        ));
    }
    // The ladder follows: raising starts it, lowering to routine stops it.
    conversation_do::retriage(
        env,
        &conversation_id,
        &RetriageRequest {
            context: EscalationContext {
                clinic_id: store::staff::staff_ids(&staff)?.0,
                urgency: change.to_urgency,
                department: change.to_department,
            },
            restart_ladder: change.to_urgency != change.from_urgency,
        },
    )
    .await?;
    let stored = TriageCorrection {
        change,
        language: state.triage_language,
        triage_reason: state.triage_reason,
        reason: reason.as_str().to_owned(),
        staff_id: staff.id.clone(),
        corrected_at: time::rfc3339(now),
    };
    let entry = store::corrections::record_correction(
        env,
        &store::corrections::CorrectionWrite {
            clinic_id: &staff.clinic_id,
            conversation_id: &conversation_id,
            correction: &stored,
            message_seq: state.triage_seq,
            audit_detail: &correction.audit_detail(),
        },
    )
    .await?
    .ok_or_else(AppError::unknown_conversation)?;
    // Thread sockets of staff who can't open it in its new team close.
    conversation_do::moved(env, &conversation_id, &entry).await?;
    // Best effort, as in `staff::publish`: consoles also refresh on reconnect.
    let _ = inbox_do::publish(env, &staff.clinic_id, entry.clone()).await;
    Ok(json_response(
        200,
        &TriageCorrectionResponse {
            conversation: entry,
            correction: stored,
        },
    ))
}

/// The most corrections one export holds.
const MAX_EXPORTED: u32 = 500;

/// The clinic's corrections for the corpus (admins only): no conversation ids, names,
/// contacts or staff ids; the corrected message and the reason with identifiers
/// scrubbed. Audited like every export.
pub async fn export(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    if staff.role != StaffRole::Admin {
        return Err(AppError::admins_only("export corrections"));
    }
    let weeks = super::reports::weeks(req)?;
    let now = time::now();
    let since = time::rfc3339(now - Duration::weeks(weeks));
    let rows =
        store::corrections::corrections_since(env, &staff.clinic_id, &since, MAX_EXPORTED).await?;
    let cases = case_ids(rows.iter().map(|row| row.conversation_id.as_str()));
    let mut corrections = Vec::with_capacity(rows.len());
    for (row, case) in rows.iter().zip(cases) {
        let Some(change) = row.change() else { continue };
        let text = match row.message_seq {
            Some(seq) => conversation_do::message(env, &row.conversation_id, seq as u64)
                .await?
                .map(|message| scrub_identifiers(&message.text)),
            None => None,
        };
        corrections.push(ExportedCorrection {
            case,
            corrected_on: row.corrected_at.chars().take(10).collect(),
            language: row.language.clone(),
            change,
            triage_reason: row.triage_reason.as_deref().map(scrub_identifiers),
            reason: scrub_identifiers(&row.reason),
            text,
        });
    }
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        AuditAction::Exported,
        None,
        Some(&format!("triage corrections: {}", corrections.len())),
    )
    .await?;
    let mut response = json_response(
        200,
        &CorrectionExport {
            exported_at: time::rfc3339(now),
            corrections,
        },
    );
    let _ = response.headers_mut().set(
        "Content-Disposition",
        &format!(
            "attachment; filename=\"frontdesk-corrections-{}.json\"",
            frontdesk_domain::clock_text::date_text(now.date_naive())
        ),
    );
    Ok(response)
}

fn invalid(error: CorrectionError) -> AppError {
    let code = match error {
        CorrectionError::ReasonEmpty => "reason_required",
        CorrectionError::ReasonTooLong(_) | CorrectionError::ReasonControlCharacters => {
            "invalid_reason"
        }
        CorrectionError::NothingToCorrect => "nothing_to_correct",
    };
    AppError::invalid(code, error.to_string())
}

fn parse(raw: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw)
        .ok()
        .map(|at| at.with_timezone(&Utc))
}
