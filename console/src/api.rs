//! Typed calls to the Staff API over `fetch`; every failure is the client core's
//! `ApiFailure`.

pub use frontdesk_client_core::failure::ApiFailure;
use frontdesk_client_core::json::Decode;
use frontdesk_client_core::links::{accept_path, LinkKind};
pub use frontdesk_client_core::path::encode_component;
use frontdesk_client_core::retry::parse_retry_after;
use frontdesk_protocol::{
    AcceptTokenRequest, ApiError, AttachmentLink, AttachmentUploaded, ChannelDeliveriesResponse,
    ClaimResponse, ClinicReport, ConversationStatus, DeletedTemplate, ErrorBody, HistoryResponse,
    InboxEntry, InboxResponse, InviteRequest, Lang, LinkSent, NoteRequest, NotesResponse,
    ResendRequest, ResendResponse, SaveTemplateRequest, SavedReply, SearchRequest,
    SendMessageRequest, SetLabelsRequest, SetLanguageRequest, SetStatusRequest, SetVisitorRequest,
    StaffListResponse, StaffLoginRequest, StaffMessagesResponse, StaffProfile, StaffReplyResponse,
    StaffSession, SurveySentResponse, TemplatesResponse, TriageCorrectionRequest,
    TriageCorrectionResponse, WhatsappTemplate,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestInit, Response};

/// `POST /v1/staff/sessions`.
pub async fn sign_in(request: &StaffLoginRequest) -> Result<StaffSession, ApiFailure> {
    call("POST", "/v1/staff/sessions", None, Some(encode(request)?)).await
}

/// `PUT /v1/staff/me/language`: keeps the console language with the account, for every
/// device the staff member signs in on; answers with the updated profile.
pub async fn set_language(token: &str, language: Lang) -> Result<StaffProfile, ApiFailure> {
    let request = SetLanguageRequest {
        language: Some(language),
    };
    call(
        "PUT",
        "/v1/staff/me/language",
        Some(token),
        Some(encode(&request)?),
    )
    .await
}

/// `DELETE /v1/staff/sessions/current`: revokes the session on the server too.
pub async fn sign_out(token: &str) -> Result<(), ApiFailure> {
    send("DELETE", "/v1/staff/sessions/current", Some(token), None)
        .await
        .map(|_| ())
}

/// `GET /v1/staff/inbox`, unfiltered: the console filters locally so live updates stay
/// simple. `cursor` is the previous page's `next` (base64url: nothing to escape), `None`
/// for the first page.
pub async fn inbox(token: &str, cursor: Option<&str>) -> Result<InboxResponse, ApiFailure> {
    let path = match cursor {
        Some(cursor) => format!("/v1/staff/inbox?cursor={cursor}"),
        None => "/v1/staff/inbox".to_owned(),
    };
    call("GET", &path, Some(token), None).await
}

/// `GET /v1/staff/conversations/{id}/messages`.
pub async fn messages(
    token: &str,
    conversation_id: &str,
) -> Result<StaffMessagesResponse, ApiFailure> {
    let path = format!(
        "/v1/staff/conversations/{}/messages",
        encode_component(conversation_id)
    );
    call("GET", &path, Some(token), None).await
}

/// `POST /v1/staff/conversations/{id}/messages`; resending the same `client_msg_id` is safe.
pub async fn reply(
    token: &str,
    conversation_id: &str,
    request: &SendMessageRequest,
) -> Result<StaffReplyResponse, ApiFailure> {
    let path = format!(
        "/v1/staff/conversations/{}/messages",
        encode_component(conversation_id)
    );
    call("POST", &path, Some(token), Some(encode(request)?)).await
}

/// `POST /v1/staff/conversations/{id}/messages` with `whatsapp_template`: the approved
/// template goes to the patient, `request.text` (its filled body) is what the thread shows.
pub async fn reply_template(
    token: &str,
    conversation_id: &str,
    request: &SendMessageRequest,
    whatsapp_template: &WhatsappTemplate,
) -> Result<StaffReplyResponse, ApiFailure> {
    #[derive(serde::Serialize)]
    struct TemplateReply<'a> {
        #[serde(flatten)]
        message: &'a SendMessageRequest,
        whatsapp_template: &'a WhatsappTemplate,
    }
    let path = format!(
        "/v1/staff/conversations/{}/messages",
        encode_component(conversation_id)
    );
    let body = TemplateReply {
        message: request,
        whatsapp_template,
    };
    call("POST", &path, Some(token), Some(encode(&body)?)).await
}

/// `GET /v1/staff/conversations/{id}/deliveries`: states only, no message text.
pub async fn deliveries(
    token: &str,
    conversation_id: &str,
) -> Result<ChannelDeliveriesResponse, ApiFailure> {
    let path = conversation_path(conversation_id, "deliveries");
    call("GET", &path, Some(token), None).await
}

/// `POST /v1/staff/conversations/{id}/messages/{seq}/resend` as send number `attempt`;
/// asking twice for the same attempt sends once.
pub async fn resend(
    token: &str,
    conversation_id: &str,
    seq: u64,
    attempt: u32,
) -> Result<ResendResponse, ApiFailure> {
    let path = conversation_path(conversation_id, &format!("messages/{seq}/resend"));
    call(
        "POST",
        &path,
        Some(token),
        Some(encode(&ResendRequest { attempt })?),
    )
    .await
}

/// `POST /v1/staff/conversations/{id}/attachments`: uploads a file for a reply (its
/// bytes as the body; the edge decides the type from them).
pub async fn upload_attachment(
    token: &str,
    conversation_id: &str,
    file: &web_sys::File,
) -> Result<AttachmentUploaded, ApiFailure> {
    let path = format!(
        "/v1/staff/conversations/{}/attachments",
        encode_component(conversation_id)
    );
    let body = (JsValue::from(file.clone()), "application/octet-stream");
    let (status, text) = send("POST", &path, Some(token), Some(body)).await?;
    crate::json::decode(&text).ok_or(ApiFailure::unreadable(status, None))
}

/// `GET /v1/staff/conversations/{id}/attachments/{attachment_id}`: a signed link to the
/// file, valid five minutes; each use of it is audited.
pub async fn attachment_link(
    token: &str,
    conversation_id: &str,
    attachment_id: &str,
) -> Result<AttachmentLink, ApiFailure> {
    let path = format!(
        "/v1/staff/conversations/{}/attachments/{}",
        encode_component(conversation_id),
        encode_component(attachment_id)
    );
    call("GET", &path, Some(token), None).await
}

/// `POST /v1/staff/conversations/{id}/claim`; 409 `already_claimed` when a colleague owns it.
pub async fn claim(token: &str, conversation_id: &str) -> Result<ClaimResponse, ApiFailure> {
    let path = format!(
        "/v1/staff/conversations/{}/claim",
        encode_component(conversation_id)
    );
    call("POST", &path, Some(token), None).await
}

/// Opens, parks or resolves a conversation; answers with its updated inbox row.
pub async fn set_status(
    token: &str,
    conversation_id: &str,
    status: ConversationStatus,
) -> Result<InboxEntry, ApiFailure> {
    let path = format!(
        "/v1/staff/conversations/{}/status",
        encode_component(conversation_id)
    );
    call(
        "POST",
        &path,
        Some(token),
        Some(encode(&SetStatusRequest { status })?),
    )
    .await
}

fn conversation_path(conversation_id: &str, tail: &str) -> String {
    format!(
        "/v1/staff/conversations/{}/{tail}",
        encode_component(conversation_id)
    )
}

/// Replaces the visitor's name and contact; answers with the updated inbox row.
pub async fn set_visitor(
    token: &str,
    conversation_id: &str,
    update: &SetVisitorRequest,
) -> Result<InboxEntry, ApiFailure> {
    let path = conversation_path(conversation_id, "visitor");
    call("PUT", &path, Some(token), Some(encode(update)?)).await
}

/// Corrects the conversation's urgency and/or department, with a reason; answers with
/// the updated inbox row and the stored correction.
pub async fn correct_triage(
    token: &str,
    conversation_id: &str,
    request: &TriageCorrectionRequest,
) -> Result<TriageCorrectionResponse, ApiFailure> {
    let path = conversation_path(conversation_id, "triage");
    call("POST", &path, Some(token), Some(encode(request)?)).await
}

/// Replaces the conversation's labels; answers with the updated inbox row.
pub async fn set_labels(
    token: &str,
    conversation_id: &str,
    labels: Vec<String>,
) -> Result<InboxEntry, ApiFailure> {
    let path = conversation_path(conversation_id, "labels");
    let body = encode(&SetLabelsRequest { labels })?;
    call("POST", &path, Some(token), Some(body)).await
}

/// The conversation's private notes.
pub async fn notes(token: &str, conversation_id: &str) -> Result<NotesResponse, ApiFailure> {
    call(
        "GET",
        &conversation_path(conversation_id, "notes"),
        Some(token),
        None,
    )
    .await
}

/// Adds a private note; answers with every note.
pub async fn add_note(
    token: &str,
    conversation_id: &str,
    text: String,
) -> Result<NotesResponse, ApiFailure> {
    let path = conversation_path(conversation_id, "notes");
    call(
        "POST",
        &path,
        Some(token),
        Some(encode(&NoteRequest { text })?),
    )
    .await
}

/// The visitor's other conversations with the clinic.
pub async fn history(token: &str, conversation_id: &str) -> Result<HistoryResponse, ApiFailure> {
    call(
        "GET",
        &conversation_path(conversation_id, "history"),
        Some(token),
        None,
    )
    .await
}

/// Every conversation (any status) whose visitor name, email or phone contains `query`;
/// the terms go in the body, never in the URL (`POST /v1/staff/search`).
pub async fn search(token: &str, query: &str) -> Result<InboxResponse, ApiFailure> {
    let request = SearchRequest {
        q: query.to_owned(),
        status: None,
    };
    call(
        "POST",
        "/v1/staff/search",
        Some(token),
        Some(encode(&request)?),
    )
    .await
}

/// `GET /v1/admin/staff` (admins only).
pub async fn staff_list(token: &str) -> Result<StaffListResponse, ApiFailure> {
    call("GET", "/v1/admin/staff", Some(token), None).await
}

/// `POST /v1/admin/invites`: emails the invitee a one-time link (admins only).
pub async fn invite(token: &str, request: &InviteRequest) -> Result<LinkSent, ApiFailure> {
    call(
        "POST",
        "/v1/admin/invites",
        Some(token),
        Some(encode(request)?),
    )
    .await
}

/// Emails a staff member a one-time password-reset link (admins only).
pub async fn reset_link(token: &str, staff_id: &str) -> Result<LinkSent, ApiFailure> {
    let path = format!(
        "/v1/admin/staff/{}/password-reset",
        encode_component(staff_id)
    );
    call("POST", &path, Some(token), None).await
}

/// What an admin can do to a colleague's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountChange {
    /// End their sessions and refuse their sign-ins.
    Disable,
    Enable,
    /// Clear failed sign-ins that locked the account.
    Unlock,
}

impl AccountChange {
    fn path_segment(self) -> &'static str {
        match self {
            AccountChange::Disable => "disable",
            AccountChange::Enable => "enable",
            AccountChange::Unlock => "unlock",
        }
    }
}

/// `POST /v1/admin/staff/{id}/disable|enable|unlock` (admins only): the staff member as
/// they are now.
pub async fn change_account(
    token: &str,
    staff_id: &str,
    change: AccountChange,
) -> Result<StaffProfile, ApiFailure> {
    let path = format!(
        "/v1/admin/staff/{}/{}",
        encode_component(staff_id),
        change.path_segment()
    );
    call("POST", &path, Some(token), None).await
}

/// Uses an invitation or reset link with the chosen password; signs in.
pub async fn accept_link(
    kind: LinkKind,
    link_token: &str,
    password: &str,
) -> Result<StaffSession, ApiFailure> {
    let path = accept_path(kind);
    let body = encode(&AcceptTokenRequest {
        token: link_token.to_owned(),
        password: password.to_owned(),
    })?;
    call("POST", path, None, Some(body)).await
}

/// Sends an after-treatment survey into the conversation.
pub async fn send_survey(
    token: &str,
    conversation_id: &str,
) -> Result<SurveySentResponse, ApiFailure> {
    let path = format!(
        "/v1/staff/conversations/{}/surveys",
        encode_component(conversation_id)
    );
    call("POST", &path, Some(token), None).await
}

/// `GET /v1/admin/reports` over the last `weeks` weeks (admins only).
pub async fn reports(token: &str, weeks: u32) -> Result<ClinicReport, ApiFailure> {
    call(
        "GET",
        &format!("/v1/admin/reports?weeks={weeks}"),
        Some(token),
        None,
    )
    .await
}

/// `GET /v1/staff/templates`, each rendered for `conversation_id` when given.
pub async fn templates(
    token: &str,
    conversation_id: Option<&str>,
) -> Result<TemplatesResponse, ApiFailure> {
    let path = match conversation_id {
        Some(id) => format!("/v1/staff/templates?conversation={}", encode_component(id)),
        None => "/v1/staff/templates".to_owned(),
    };
    call("GET", &path, Some(token), None).await
}

/// `POST /v1/admin/templates`, or `PUT /v1/admin/templates/{id}` when `id` is given.
pub async fn save_template(
    token: &str,
    id: Option<&str>,
    request: &SaveTemplateRequest,
) -> Result<SavedReply, ApiFailure> {
    let (method, path) = match id {
        Some(id) => (
            "PUT",
            format!("/v1/admin/templates/{}", encode_component(id)),
        ),
        None => ("POST", "/v1/admin/templates".to_owned()),
    };
    call(method, &path, Some(token), Some(encode(request)?)).await
}

/// `DELETE /v1/admin/templates/{id}`.
pub async fn delete_template(token: &str, id: &str) -> Result<DeletedTemplate, ApiFailure> {
    let path = format!("/v1/admin/templates/{}", encode_component(id));
    call("DELETE", &path, Some(token), None).await
}

/// The request body as JSON; the protocol's request types always serialize, so a
/// failure here can only mean the call never left.
pub(crate) fn encode(value: &impl serde::Serialize) -> Result<String, ApiFailure> {
    crate::json::write(value).ok_or(ApiFailure::Network)
}

/// A browser call that failed before any answer (offline, DNS, CORS, aborted).
fn network(_: JsValue) -> ApiFailure {
    ApiFailure::Network
}

/// A non-2xx answer: the server's `{"error": {"code", "message"}}` (read by the caller),
/// or `None` for an unreadable one.
fn failure(status: u16, error: Option<ErrorBody>, retry_after: Option<&str>) -> ApiFailure {
    ApiFailure::answered(
        status,
        error.as_ref().map(|error| error.code.clone()),
        error.map(|error| error.message),
        retry_after.and_then(parse_retry_after),
    )
}

/// A JSON call: `body` is JSON text; the answer is read by `T`'s client-core reader.
pub(crate) async fn call<T: Decode>(
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<String>,
) -> Result<T, ApiFailure> {
    let body = body.map(|text| (JsValue::from_str(&text), "application/json"));
    let (status, text) = send(method, path, token, body).await?;
    crate::json::decode(&text).ok_or(ApiFailure::unreadable(status, None))
}

/// [`call`] with any body (JSON text, a file) and its content type.
async fn send(
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<(JsValue, &str)>,
) -> Result<(u16, String), ApiFailure> {
    let window = web_sys::window().ok_or(ApiFailure::Network)?;

    let headers = Headers::new().map_err(network)?;
    headers.set("Accept", "application/json").map_err(network)?;
    if let Some(token) = token {
        headers
            .set("Authorization", &format!("Bearer {token}"))
            .map_err(network)?;
    }
    let init = RequestInit::new();
    init.set_method(method);
    if let Some((body, content_type)) = body {
        headers.set("Content-Type", content_type).map_err(network)?;
        init.set_body(&body);
    }
    init.set_headers(&headers);

    let request = Request::new_with_str_and_init(path, &init).map_err(network)?;
    let answer = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(network)?;
    let response: Response = answer.dyn_into().map_err(network)?;
    let status = response.status();
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?
        .as_string()
        .unwrap_or_default();

    if !(200..300).contains(&status) {
        let retry_after = response.headers().get("Retry-After").ok().flatten();
        let error = crate::json::decode::<ApiError>(&text).map(|error| error.error);
        return Err(failure(status, error, retry_after.as_deref()));
    }
    Ok((status, text))
}

#[cfg(test)]
mod tests;
