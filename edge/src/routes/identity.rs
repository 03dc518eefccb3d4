//! The visitor's identity on the Visitor API: `identify()`, and the check of a portal's
//! signature (`user_hash`) that it and a new conversation share.

use frontdesk_domain::portal_identity::{self, Portal, PortalIdentityError, Secrets};
use frontdesk_domain::verified_identity::{self, Known};
use frontdesk_domain::{identity, ClinicConfig};
use frontdesk_protocol::{IdentifyRequest, IdentityProofs, KnownIdentity, VerificationMethod};
use worker::{Env, Response};

use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::{body, store};

/// How strictly a visitor's fields are read.
#[derive(Clone, Copy)]
pub(super) enum Fields {
    /// An invalid field is dropped: a new conversation's first message must not be lost
    /// to a host page's bad email.
    Lenient,
    /// An invalid field is refused (422 `invalid_visitor`).
    Strict,
}

/// The identity a visitor sends, cleaned and checked against the clinic's `[identity]`
/// policy, with how each field is known: a `user_id` its `user_hash` proves is verified
/// (`signed`), everything else is stated. A wrong hash, or an unsigned identity where the
/// clinic requires signing, is refused before anything is stored.
pub(super) fn checked(
    env: &Env,
    config: &ClinicConfig,
    request: &IdentifyRequest,
    fields: Fields,
) -> AppResult<Known> {
    let visitor = match fields {
        Fields::Lenient => identity::clean_lenient(&request.visitor),
        Fields::Strict => identity::clean(&request.visitor)
            .map_err(|e| AppError::invalid_visitor(e.to_string()))?,
    };
    let settings = &config.identity;
    // Unset secrets verify nothing; the value never leaves this function.
    let secret = |name: &str| env.secret(name).ok().map(|s| s.to_string());
    let (current, previous) = (secret(&settings.secret), secret(&settings.previous_secret));
    let secrets = Secrets {
        current: current.as_deref().map(str::as_bytes),
        previous: previous.as_deref().map(str::as_bytes),
    };
    // Creating a conversation drops what it can't use rather than refusing: a hash
    // without the user_id it signs (or whose user_id was dropped) is ignored.
    let user_hash = match fields {
        Fields::Lenient if visitor.user_id.is_none() => None,
        _ => request.user_hash.as_deref(),
    };
    let states_anything =
        visitor.name.is_some() || visitor.email.is_some() || visitor.phone.is_some();
    let portal = portal_identity::check(
        settings,
        secrets,
        visitor.user_id.as_deref(),
        user_hash,
        states_anything,
    )
    .map_err(refused)?;
    let proofs = IdentityProofs {
        user_id: matches!(portal, Portal::Signed(_)).then_some(VerificationMethod::Signed),
        ..IdentityProofs::default()
    };
    Ok(Known { visitor, proofs })
}

fn refused(error: PortalIdentityError) -> AppError {
    match error {
        PortalIdentityError::SignatureRequired => {
            AppError::forbidden("signed_identity_required", error.to_string())
        }
        PortalIdentityError::Mismatch => {
            AppError::forbidden("invalid_user_hash", error.to_string())
        }
        PortalIdentityError::HashWithoutUserId => AppError::invalid_visitor(error.to_string()),
    }
}

/// `POST /v1/conversations/{id}/visitor`: what the host page later passed to
/// `Frontdesk.identify`; fields it leaves out keep their stored value.
pub async fn identify(req: &mut Request, env: &Env, raw_id: &str) -> AppResult<Response> {
    let (clinic, conversation_id) = super::visitor::authorised(req, env, raw_id).await?;
    crate::rate_limit_do::visitor_message(env, req, &clinic.config).await?;
    let request: IdentifyRequest = body::read_json(req).await?;
    let update = checked(env, &clinic.config, &request, Fields::Strict)?;
    let current = store::inbox::conversation(env, &clinic.config.id, &conversation_id)
        .await?
        .map(|entry| super::details::known(&entry))
        .unwrap_or_default();
    // What a visitor states is only stated: it links to nothing until verified.
    let known = verified_identity::merge(&current, &update.visitor, update.proofs);
    store::details::set_visitor(env, &clinic.config.id, &conversation_id, &known).await?;
    Ok(json_response(
        200,
        &KnownIdentity {
            visitor: known.visitor,
            verified: known.proofs,
        },
    ))
}
