//! Saved replies: every staff member lists them (rendered for a conversation), admins
//! create, change and delete them. Validation and rendering are the domain's
//! (`saved_reply`, `template`).

use frontdesk_domain::saved_reply::{self, LiveValues, SavedReplyError};
use frontdesk_domain::template::TemplateError;
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::{
    DeletedTemplate, InboxEntry, SaveTemplateRequest, SavedReply, StaffProfile, TemplatesResponse,
};
use worker::{Env, Response};

use super::admin::admin;
use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::params::query;
use crate::response::json_response;
use crate::store::audit::AuditAction;
use crate::store::{self, templates::TemplateWrite};
use crate::{auth, body, ids, time};

/// `GET /v1/staff/templates[?conversation=<id>]`.
pub async fn list(req: &Request, env: &Env) -> AppResult<Response> {
    let (staff, _, _) = auth::staff(env, req).await?;
    let mut templates = store::templates::list(env, &staff.clinic_id).await?;
    let conversation = query(req, "conversation").filter(|raw| !raw.is_empty());
    if let Some(raw_id) = conversation {
        // Rendering shows the visitor's name: only for a conversation the caller may open.
        let (_, conversation) = super::staff::visible_conversation(env, &staff, &raw_id).await?;
        let config = store::clinics::clinic_config(env, &staff.clinic_id)
            .await?
            .ok_or_else(AppError::unknown_clinic)?;
        let values = live_values(&config, &conversation, &staff)?;
        templates
            .retain(|saved| saved_reply::applies_to(saved.department, conversation.department));
        for saved in &mut templates {
            saved.rendered = Some(values.render(&saved.body));
        }
    }
    Ok(json_response(200, &TemplatesResponse { templates }))
}

/// What `{{…}}` stands for in this conversation, now.
pub(super) fn live_values(
    config: &ClinicConfig,
    conversation: &InboxEntry,
    staff: &StaffProfile,
) -> AppResult<LiveValues> {
    let schedule = config
        .department_schedule(conversation.department)
        .map_err(|e| AppError::internal("clinic tz", e))?;
    Ok(LiveValues {
        // From Frontdesk.identify() or staff; the template's fallback when unknown.
        visitor_name: conversation.visitor.name.clone(),
        clinic_name: config.name.clone(),
        clinic_phone: config.phone.clone(),
        next_opening: saved_reply::next_opening_text(&schedule, time::now()),
        staff_first_name: saved_reply::first_name(&staff.name),
    })
}

/// `POST /v1/admin/templates`.
pub async fn create(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (staff, via) = admin(req, env, "manage templates").await?;
    auth::check_same_origin(req, via)?;
    let request: SaveTemplateRequest = body::read_json(req).await?;
    check(&request)?;
    let id = ids::template_id()?;
    let now = time::now_rfc3339();
    let write = write_of(&staff, &id, &request, &now);
    if !store::templates::insert_template(env, &write).await? {
        return Err(duplicate_shortcut(&request.shortcut));
    }
    audit(env, &staff, AuditAction::TemplateCreated, &request.shortcut).await?;
    Ok(json_response(201, &saved_of(&write)))
}

/// `PUT /v1/admin/templates/{id}`.
pub async fn update(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, via) = admin(req, env, "manage templates").await?;
    auth::check_same_origin(req, via)?;
    let id = template_id(raw_id)?;
    let request: SaveTemplateRequest = body::read_json(req).await?;
    check(&request)?;
    let now = time::now_rfc3339();
    let write = write_of(&staff, id, &request, &now);
    if !store::templates::update_template(env, &write).await? {
        return Err(
            match store::templates::template(env, &staff.clinic_id, id).await? {
                Some(_) => duplicate_shortcut(&request.shortcut),
                None => unknown_template(),
            },
        );
    }
    audit(env, &staff, AuditAction::TemplateUpdated, &request.shortcut).await?;
    Ok(json_response(200, &saved_of(&write)))
}

/// `DELETE /v1/admin/templates/{id}`.
pub async fn delete(req: &Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (staff, via) = admin(req, env, "manage templates").await?;
    auth::check_same_origin(req, via)?;
    let id = template_id(raw_id)?;
    let saved = store::templates::template(env, &staff.clinic_id, id)
        .await?
        .ok_or_else(unknown_template)?;
    if !store::templates::delete_template(env, &staff.clinic_id, id).await? {
        return Err(unknown_template());
    }
    audit(env, &staff, AuditAction::TemplateDeleted, &saved.shortcut).await?;
    Ok(json_response(
        200,
        &DeletedTemplate {
            id: id.to_owned(),
            deleted: true,
        },
    ))
}

/// The domain's verdict as a JSON error: 413 for an oversized body, 422 otherwise.
fn check(request: &SaveTemplateRequest) -> AppResult<()> {
    saved_reply::validate(&request.shortcut, &request.title, &request.body).map_err(|error| {
        let message = error.to_string();
        match error {
            SavedReplyError::BadShortcut => AppError::invalid("invalid_shortcut", message),
            SavedReplyError::BadTitle => AppError::invalid("invalid_title", message),
            SavedReplyError::EmptyBody => AppError::invalid("empty_body", message),
            SavedReplyError::Body(TemplateError::TooLong) => {
                AppError::new(413, "template_too_long", message)
            }
            SavedReplyError::Body(TemplateError::Unclosed(_)) => {
                AppError::invalid("unbalanced_braces", message)
            }
            SavedReplyError::Body(TemplateError::UnknownVariable(_)) => {
                AppError::invalid("unknown_variable", message)
            }
        }
    })
}

fn write_of<'a>(
    staff: &'a StaffProfile,
    id: &'a str,
    request: &'a SaveTemplateRequest,
    updated_at: &'a str,
) -> TemplateWrite<'a> {
    TemplateWrite {
        clinic_id: &staff.clinic_id,
        id,
        department: request.department,
        shortcut: &request.shortcut,
        title: &request.title,
        body: &request.body,
        updated_at,
        updated_by: &staff.id,
    }
}

fn saved_of(write: &TemplateWrite<'_>) -> SavedReply {
    SavedReply {
        id: write.id.to_owned(),
        shortcut: write.shortcut.to_owned(),
        title: write.title.to_owned(),
        body: write.body.to_owned(),
        department: write.department,
        updated_at: write.updated_at.to_owned(),
        updated_by: write.updated_by.to_owned(),
        rendered: None,
    }
}

/// Template changes are admin actions: audited with the shortcut, never the text.
async fn audit(
    env: &Env,
    staff: &StaffProfile,
    action: AuditAction,
    shortcut: &str,
) -> AppResult<()> {
    store::audit::record(
        env,
        &staff.clinic_id,
        &staff.id,
        action,
        None,
        Some(&format!("/{shortcut}")),
    )
    .await
}

/// Refuses ids of a shape this service never makes, before any storage is touched.
fn template_id(raw: &str) -> AppResult<&str> {
    if ids::is_template_id(raw) {
        Ok(raw)
    } else {
        Err(unknown_template())
    }
}

fn unknown_template() -> AppError {
    AppError::unknown_template("No template has this id.")
}

fn duplicate_shortcut(shortcut: &str) -> AppError {
    AppError::new(
        409,
        "duplicate_shortcut",
        format!("Another template already uses /{shortcut}; pick another shortcut."),
    )
}
