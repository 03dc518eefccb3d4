//! The HTTP front door: matches method and path to a route and turns every failure into
//! the JSON error shape. Paths that are not API calls fall through to static assets first.

use frontdesk_domain::one_time_code::CodeChannel;
use frontdesk_protocol::Channel;
use worker::{Env, Headers, Method, Response};

use crate::error::{AppError, AppResult};
use crate::incoming::Request;
use crate::response::json_response;
use crate::routes::staff_lifecycle::Lifecycle;
use crate::routes::{
    account, admin, api_keys, appointments, attachments, channels, corrections, deliveries,
    details, fhir, identity, inbox, integrations, notice, outreach, replies, reports, search,
    sessions, staff, staff_lifecycle, subscriptions, surveys, team, templates, verification,
    visitor,
};

mod table;

pub use table::{allowed_methods, resolve, Call};

/// Handles one request; never fails, every error becomes a JSON response.
pub async fn handle(mut req: Request, env: &Env) -> Response {
    crate::trace::init(env);
    let path = req.path();
    let segments: Vec<String> = path
        .trim_matches('/')
        .split('/')
        .map(str::to_owned)
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let origin = req.headers().get("Origin").ok().flatten();
    // Preflights set their own CORS headers (see `cors::preflight`).
    let is_visitor_api = req.method() != Method::Options
        && matches!(
            segments.as_slice(),
            ["v1", "clinics", ..] | ["v1", "conversations", ..]
        );
    let offers_subprotocol = crate::auth::offers_live_subprotocol(&req);
    let mut refused_origin = false;
    let mut response = match route(&mut req, env, &segments).await {
        Ok(response) => response,
        Err(error) => {
            refused_origin = error.code == crate::cors::ORIGIN_NOT_ALLOWED;
            error.into_response()
        }
    };
    if response.status_code() == 101 && offers_subprotocol {
        response = with_live_subprotocol(response);
    }
    // Visitor routes refuse disallowed origins themselves, so any origin that got this far
    // may read the answer (errors included, so the widget can show them). A refused
    // origin gets no CORS headers: its page can't read even the refusal.
    if is_visitor_api && !refused_origin && response.status_code() != 101 {
        if let Some(origin) = origin.as_deref() {
            crate::cors::allow(&mut response, origin);
        }
    }
    response
}

async fn route(req: &mut Request, env: &Env, segments: &[&str]) -> AppResult<Response> {
    let method = req.method();
    if method == Method::Options && matches!(segments, ["v1", "clinics" | "conversations", ..]) {
        return crate::cors::preflight(req, env, segments).await;
    }
    // The `worker` crate reads a method it doesn't know (e.g. QUERY) as GET; route on
    // the method as sent.
    let sent_method = req.inner().method();
    let Some((call, params)) = resolve(&sent_method, segments) else {
        let allowed = allowed_methods(segments);
        if !allowed.is_empty() {
            let mut response = AppError::new(
                405,
                "method_not_allowed",
                format!("This path answers {} only.", allowed.join(", ")),
            )
            .into_response();
            let _ = response.headers_mut().set("Allow", &allowed.join(", "));
            return Ok(response);
        }
        return Err(match segments {
            ["v1", ..] => {
                AppError::not_found("unknown_route", "No API call matches this method and path.")
            }
            _ => AppError::not_found("not_found", "Nothing is served at this path."),
        });
    };
    let param = params.first().copied().unwrap_or_default();
    let started = crate::trace::now();
    let answer = dispatch(req, env, call, &params, param).await;
    crate::trace::request(
        &call,
        answer
            .as_ref()
            .map_or_else(|e| e.status, |r| r.status_code()),
        started,
    );
    answer
}

/// Runs the handler of `call`.
async fn dispatch(
    req: &mut Request,
    env: &Env,
    call: Call,
    params: &[&str],
    param: &str,
) -> AppResult<Response> {
    match call {
        Call::Health => Ok(json_response(200, &serde_json::json!({"ok": true}))),
        Call::WidgetConfig => visitor::widget_config(req, env, param).await,
        Call::CreateConversation => visitor::create_conversation(req, env, param).await,
        Call::SendMessage => visitor::send_message(req, env, param).await,
        Call::ListMessages => visitor::list_messages(req, env, param).await,
        Call::VisitorLive => visitor::live(req, env, param).await,
        Call::SignIn => sessions::sign_in(req, env).await,
        Call::SignOut => sessions::sign_out(req, env).await,
        Call::SignOutEverywhere => sessions::sign_out_everywhere(req, env).await,
        Call::Me => sessions::me(req, env).await,
        Call::SetLanguage => account::set_language(req, env).await,
        Call::Inbox => inbox::inbox(req, env).await,
        Call::Search => search::search(req, env).await,
        Call::InboxLive => staff::inbox_live(req, env).await,
        Call::StaffConversation => staff::conversation(req, env, param).await,
        Call::FhirExport => fhir::export(req, env, param).await,
        Call::IntegrationMessage => integrations::send_message(req, env, param).await,
        Call::IntegrationTreatment => integrations::treatment(req, env).await,
        Call::IntegrationAppointment => appointments::appointment(req, env).await,
        Call::StaffReply => replies::reply(req, env, param).await,
        Call::StartConversation => outreach::start(req, env).await,
        Call::OutreachOptions => outreach::options(req, env).await,
        Call::Claim => staff::claim(req, env, param).await,
        Call::SetStatus => staff::set_status(req, env, param).await,
        Call::Assign => staff::assign(req, env, param).await,
        Call::StaffConversationLive => staff::conversation_live(req, env, param).await,
        Call::ChannelDeliveries => deliveries::list(req, env, param).await,
        Call::Resend => {
            let seq = params.get(1).copied().unwrap_or_default();
            deliveries::resend(req, env, param, seq).await
        }
        Call::AuditLog => admin::audit_log(req, env).await,
        Call::EraseConversation => admin::erase_conversation(req, env, param).await,
        Call::Reports => reports::report(req, env).await,
        Call::SendSurvey => surveys::send(req, env, param).await,
        Call::Identify => identity::identify(req, env, param).await,
        Call::RequestSmsCode => verification::request_code(req, env, param, CodeChannel::Sms).await,
        Call::CheckSmsCode => verification::check_code(req, env, param, CodeChannel::Sms).await,
        Call::RequestEmailCode => {
            verification::request_code(req, env, param, CodeChannel::Email).await
        }
        Call::CheckEmailCode => verification::check_code(req, env, param, CodeChannel::Email).await,
        Call::SetVisitor => details::set_visitor(req, env, param).await,
        Call::SetLabels => details::set_labels(req, env, param).await,
        Call::Notes => details::notes(req, env, param).await,
        Call::AddNote => details::add_note(req, env, param).await,
        Call::History => details::history(req, env, param).await,
        Call::AnswerSurvey => {
            let survey_id = params.get(1).copied().unwrap_or_default();
            surveys::answer(req, env, param, survey_id).await
        }
        Call::StaffList => team::list(req, env).await,
        Call::Invite => team::invite(req, env).await,
        Call::ResetLink => team::reset_link(req, env, param).await,
        Call::DisableStaff => staff_lifecycle::change(req, env, param, Lifecycle::Disable).await,
        Call::EnableStaff => staff_lifecycle::change(req, env, param, Lifecycle::Enable).await,
        Call::UnlockStaff => staff_lifecycle::change(req, env, param, Lifecycle::Unlock).await,
        Call::AcceptInvite => team::accept_invite(req, env).await,
        Call::AcceptReset => team::accept_reset(req, env).await,
        Call::Templates => templates::list(req, env).await,
        Call::CreateTemplate => templates::create(req, env).await,
        Call::UpdateTemplate => templates::update(req, env, param).await,
        Call::DeleteTemplate => templates::delete(req, env, param).await,
        Call::Subscriptions => subscriptions::list(req, env).await,
        Call::CreateSubscription => subscriptions::create(req, env).await,
        Call::DeleteSubscription => subscriptions::delete(req, env, param).await,
        Call::Deliveries => subscriptions::deliveries(req, env, param).await,
        Call::Redeliver => {
            let delivery = params.get(1).copied().unwrap_or_default();
            subscriptions::redeliver(req, env, param, delivery).await
        }
        Call::ApiKeys => api_keys::list(req, env).await,
        Call::CreateApiKey => api_keys::create(req, env).await,
        Call::RevokeApiKey => api_keys::revoke(req, env, param).await,
        Call::NoticeMessages => notice::messages(req, env).await,
        Call::NoticeReply => notice::reply(req, env).await,
        Call::NoticeSurveyAnswer => notice::answer_survey(req, env, param).await,
        Call::NoticeCode => notice::send_code(req, env).await,
        Call::NoticeCodeCheck => notice::check_code(req, env).await,
        Call::CorrectTriage => corrections::correct(req, env, param).await,
        Call::ExportCorrections => corrections::export(req, env).await,
        Call::TwilioWebhook => channels::twilio(req, env, param).await,
        Call::WhatsappHandshake => channels::handshake(req, env, param, Channel::Whatsapp).await,
        Call::WhatsappWebhook => channels::webhook(req, env, param, Channel::Whatsapp).await,
        Call::MessengerHandshake => channels::handshake(req, env, param, Channel::Messenger).await,
        Call::MessengerWebhook => channels::webhook(req, env, param, Channel::Messenger).await,
        Call::WechatHandshake => channels::handshake(req, env, param, Channel::Wechat).await,
        Call::WechatWebhook => channels::webhook(req, env, param, Channel::Wechat).await,
        Call::XCrc => channels::handshake(req, env, param, Channel::X).await,
        Call::XWebhook => channels::webhook(req, env, param, Channel::X).await,
        Call::VisitorUpload => attachments::visitor_upload(req, env, param).await,
        Call::StaffUpload => attachments::staff_upload(req, env, param).await,
        Call::VisitorAttachmentLink | Call::StaffAttachmentLink => {
            let attachment_id = params.get(1).copied().unwrap_or_default();
            if call == Call::VisitorAttachmentLink {
                attachments::visitor_link(req, env, param, attachment_id).await
            } else {
                attachments::staff_link(req, env, param, attachment_id).await
            }
        }
        Call::ServeAttachment => attachments::serve(req, env, params).await,
    }
}

/// A browser drops a socket whose answer names none of the subprotocols it offered, so
/// an upgrade that offered `frontdesk` gets it back. The Durable Object's 101 has
/// immutable headers, so the socket moves into a fresh response.
fn with_live_subprotocol(response: Response) -> Response {
    let Some(websocket) = response.websocket() else {
        return AppError::internal("live subprotocol", "101 without a socket").into_response();
    };
    let headers = Headers::new();
    let _ = headers.set(
        "Sec-WebSocket-Protocol",
        frontdesk_protocol::LIVE_SUBPROTOCOL,
    );
    match Response::from_websocket(websocket) {
        Ok(response) => response.with_headers(headers),
        Err(error) => AppError::internal("live subprotocol", error).into_response(),
    }
}
