//! The caller's own account settings: `PUT /v1/staff/me/language`, the console language
//! kept with the account so it follows the staff member to any device they sign in on.

use frontdesk_protocol::SetLanguageRequest;
use worker::{Env, Response};

use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::{auth, body, store};

/// Stores the language and answers with the updated profile. A language the console
/// doesn't speak is refused by the body's type (422 `invalid_field`, naming the codes, like
/// every other invalid field).
pub async fn set_language(req: &mut Request, env: &Env) -> AppResult<Response> {
    let (staff, _, via) = auth::staff(env, req).await?;
    // With the cookie, a state change comes from the console's own page only.
    auth::check_same_origin(req, via)?;
    let request: SetLanguageRequest = body::read_json(req).await?;
    let (_, staff_id) = store::staff::staff_ids(&staff)?;
    if !store::staff::set_language(env, &staff_id, request.language).await? {
        // The session's account vanished between the two reads.
        return Err(AppError::session_expired());
    }
    Ok(json_response(
        200,
        &frontdesk_protocol::StaffProfile {
            language: request.language,
            ..staff
        },
    ))
}
