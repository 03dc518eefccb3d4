//! The route table: which `Call` a method and path name (`ROUTES`, the one list the
//! router dispatches from and the OpenAPI document is tested against), with the path's
//! `{…}` values.

/// One API call the worker answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    Health,
    WidgetConfig,
    CreateConversation,
    SendMessage,
    ListMessages,
    VisitorLive,
    SignIn,
    SignOut,
    SignOutEverywhere,
    Me,
    SetLanguage,
    Inbox,
    Search,
    InboxLive,
    StaffConversation,
    FhirExport,
    IntegrationMessage,
    IntegrationTreatment,
    IntegrationAppointment,
    StaffReply,
    StartConversation,
    OutreachOptions,
    Claim,
    SetStatus,
    Assign,
    StaffConversationLive,
    ChannelDeliveries,
    Resend,
    AuditLog,
    EraseConversation,
    Reports,
    SendSurvey,
    AnswerSurvey,
    Identify,
    RequestSmsCode,
    CheckSmsCode,
    RequestEmailCode,
    CheckEmailCode,
    SetVisitor,
    SetLabels,
    Notes,
    AddNote,
    History,
    StaffList,
    Invite,
    ResetLink,
    DisableStaff,
    EnableStaff,
    UnlockStaff,
    AcceptInvite,
    AcceptReset,
    Templates,
    CreateTemplate,
    UpdateTemplate,
    DeleteTemplate,
    CorrectTriage,
    ExportCorrections,
    TwilioWebhook,
    WhatsappHandshake,
    WhatsappWebhook,
    MessengerHandshake,
    MessengerWebhook,
    WechatHandshake,
    WechatWebhook,
    XCrc,
    XWebhook,
    Subscriptions,
    CreateSubscription,
    DeleteSubscription,
    Deliveries,
    Redeliver,
    VisitorUpload,
    VisitorAttachmentLink,
    StaffUpload,
    StaffAttachmentLink,
    ServeAttachment,
    ApiKeys,
    CreateApiKey,
    RevokeApiKey,
    NoticeMessages,
    NoticeReply,
    NoticeSurveyAnswer,
    NoticeCode,
    NoticeCodeCheck,
}

/// Every API call: method, path template (`{name}` matches one segment) and handler.
/// The router reads this table, and a test checks it against `openapi/frontdesk.json`,
/// so the document can't drift from the code. CORS preflights (`OPTIONS`) are answered
/// before the table.
pub const ROUTES: &[(&str, &str, Call)] = &[
    ("GET", "/v1/health", Call::Health),
    (
        "GET",
        "/v1/clinics/{clinic}/widget-config",
        Call::WidgetConfig,
    ),
    (
        "POST",
        "/v1/clinics/{clinic}/conversations",
        Call::CreateConversation,
    ),
    ("POST", "/v1/conversations/{id}/messages", Call::SendMessage),
    ("GET", "/v1/conversations/{id}/messages", Call::ListMessages),
    ("GET", "/v1/conversations/{id}/live", Call::VisitorLive),
    (
        "POST",
        "/v1/conversations/{id}/attachments",
        Call::VisitorUpload,
    ),
    (
        "GET",
        "/v1/conversations/{id}/attachments/{attachment_id}",
        Call::VisitorAttachmentLink,
    ),
    (
        "POST",
        "/v1/staff/conversations/{id}/attachments",
        Call::StaffUpload,
    ),
    (
        "GET",
        "/v1/staff/conversations/{id}/attachments/{attachment_id}",
        Call::StaffAttachmentLink,
    ),
    (
        "GET",
        "/v1/attachments/{clinic}/{conversation}/{attachment_id}",
        Call::ServeAttachment,
    ),
    (
        "POST",
        "/v1/conversations/{id}/surveys/{survey_id}",
        Call::AnswerSurvey,
    ),
    ("POST", "/v1/conversations/{id}/visitor", Call::Identify),
    (
        "POST",
        "/v1/conversations/{id}/verification/sms",
        Call::RequestSmsCode,
    ),
    (
        "POST",
        "/v1/conversations/{id}/verification/sms/check",
        Call::CheckSmsCode,
    ),
    (
        "POST",
        "/v1/conversations/{id}/verification/email",
        Call::RequestEmailCode,
    ),
    (
        "POST",
        "/v1/conversations/{id}/verification/email/check",
        Call::CheckEmailCode,
    ),
    ("POST", "/v1/staff/sessions", Call::SignIn),
    ("DELETE", "/v1/staff/sessions/current", Call::SignOut),
    ("DELETE", "/v1/staff/sessions", Call::SignOutEverywhere),
    ("GET", "/v1/staff/me", Call::Me),
    ("PUT", "/v1/staff/me/language", Call::SetLanguage),
    ("GET", "/v1/staff/inbox", Call::Inbox),
    ("POST", "/v1/staff/search", Call::Search),
    ("GET", "/v1/staff/live", Call::InboxLive),
    (
        "GET",
        "/v1/staff/conversations/{id}/messages",
        Call::StaffConversation,
    ),
    ("GET", "/v1/staff/conversations/{id}/fhir", Call::FhirExport),
    (
        "POST",
        "/v1/staff/conversations/{id}/messages",
        Call::StaffReply,
    ),
    ("POST", "/v1/staff/conversations", Call::StartConversation),
    ("GET", "/v1/staff/outreach", Call::OutreachOptions),
    ("POST", "/v1/staff/conversations/{id}/claim", Call::Claim),
    (
        "POST",
        "/v1/staff/conversations/{id}/status",
        Call::SetStatus,
    ),
    ("POST", "/v1/staff/conversations/{id}/assign", Call::Assign),
    (
        "POST",
        "/v1/staff/conversations/{id}/triage",
        Call::CorrectTriage,
    ),
    (
        "POST",
        "/v1/staff/conversations/{id}/surveys",
        Call::SendSurvey,
    ),
    (
        "PUT",
        "/v1/staff/conversations/{id}/visitor",
        Call::SetVisitor,
    ),
    (
        "POST",
        "/v1/staff/conversations/{id}/labels",
        Call::SetLabels,
    ),
    ("GET", "/v1/staff/conversations/{id}/notes", Call::Notes),
    ("POST", "/v1/staff/conversations/{id}/notes", Call::AddNote),
    ("GET", "/v1/staff/conversations/{id}/history", Call::History),
    (
        "GET",
        "/v1/staff/conversations/{id}/live",
        Call::StaffConversationLive,
    ),
    (
        "GET",
        "/v1/staff/conversations/{id}/deliveries",
        Call::ChannelDeliveries,
    ),
    (
        "POST",
        "/v1/staff/conversations/{id}/messages/{seq}/resend",
        Call::Resend,
    ),
    ("GET", "/v1/admin/audit-log", Call::AuditLog),
    (
        "DELETE",
        "/v1/admin/conversations/{id}",
        Call::EraseConversation,
    ),
    ("GET", "/v1/admin/reports", Call::Reports),
    (
        "GET",
        "/v1/admin/triage-corrections",
        Call::ExportCorrections,
    ),
    ("GET", "/v1/admin/staff", Call::StaffList),
    ("POST", "/v1/admin/invites", Call::Invite),
    (
        "POST",
        "/v1/admin/staff/{id}/password-reset",
        Call::ResetLink,
    ),
    ("POST", "/v1/admin/staff/{id}/disable", Call::DisableStaff),
    ("POST", "/v1/admin/staff/{id}/enable", Call::EnableStaff),
    ("POST", "/v1/admin/staff/{id}/unlock", Call::UnlockStaff),
    ("POST", "/v1/staff/invites/accept", Call::AcceptInvite),
    (
        "POST",
        "/v1/staff/password-resets/accept",
        Call::AcceptReset,
    ),
    ("GET", "/v1/staff/templates", Call::Templates),
    ("POST", "/v1/admin/templates", Call::CreateTemplate),
    ("PUT", "/v1/admin/templates/{id}", Call::UpdateTemplate),
    ("DELETE", "/v1/admin/templates/{id}", Call::DeleteTemplate),
    ("GET", "/v1/admin/event-subscriptions", Call::Subscriptions),
    (
        "POST",
        "/v1/admin/event-subscriptions",
        Call::CreateSubscription,
    ),
    (
        "DELETE",
        "/v1/admin/event-subscriptions/{id}",
        Call::DeleteSubscription,
    ),
    (
        "GET",
        "/v1/admin/event-subscriptions/{id}/deliveries",
        Call::Deliveries,
    ),
    (
        "POST",
        "/v1/admin/event-subscriptions/{id}/deliveries/{delivery}/redeliver",
        Call::Redeliver,
    ),
    ("GET", "/v1/admin/api-keys", Call::ApiKeys),
    (
        "POST",
        "/v1/integrations/conversations/{id}/messages",
        Call::IntegrationMessage,
    ),
    (
        "POST",
        "/v1/integrations/treatments",
        Call::IntegrationTreatment,
    ),
    (
        "POST",
        "/v1/integrations/appointments",
        Call::IntegrationAppointment,
    ),
    ("POST", "/v1/admin/api-keys", Call::CreateApiKey),
    ("DELETE", "/v1/admin/api-keys/{id}", Call::RevokeApiKey),
    ("GET", "/v1/notice/messages", Call::NoticeMessages),
    ("POST", "/v1/notice/messages", Call::NoticeReply),
    (
        "POST",
        "/v1/notice/surveys/{survey_id}",
        Call::NoticeSurveyAnswer,
    ),
    ("POST", "/v1/notice/code", Call::NoticeCode),
    ("POST", "/v1/notice/code/check", Call::NoticeCodeCheck),
    ("POST", "/v1/channels/{clinic}/twilio", Call::TwilioWebhook),
    (
        "GET",
        "/v1/channels/{clinic}/whatsapp",
        Call::WhatsappHandshake,
    ),
    (
        "POST",
        "/v1/channels/{clinic}/whatsapp",
        Call::WhatsappWebhook,
    ),
    (
        "GET",
        "/v1/channels/{clinic}/messenger",
        Call::MessengerHandshake,
    ),
    (
        "POST",
        "/v1/channels/{clinic}/messenger",
        Call::MessengerWebhook,
    ),
    ("GET", "/v1/channels/{clinic}/wechat", Call::WechatHandshake),
    ("POST", "/v1/channels/{clinic}/wechat", Call::WechatWebhook),
    ("GET", "/v1/channels/{clinic}/x", Call::XCrc),
    ("POST", "/v1/channels/{clinic}/x", Call::XWebhook),
];

/// The call `method` and `segments` name, with the path's `{…}` values in order.
pub fn resolve<'a>(method: &str, segments: &[&'a str]) -> Option<(Call, Vec<&'a str>)> {
    ROUTES.iter().find_map(|(route_method, template, call)| {
        if *route_method != method {
            return None;
        }
        Some((*call, path_params(template, segments)?))
    })
}

/// The `{…}` values if `segments` fit `template`.
fn path_params<'a>(template: &str, segments: &[&'a str]) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = template.trim_matches('/').split('/').collect();
    if parts.len() != segments.len() {
        return None;
    }
    let mut params = Vec::new();
    for (part, segment) in parts.iter().zip(segments) {
        if part.starts_with('{') {
            if segment.is_empty() {
                return None;
            }
            params.push(*segment);
        } else if part != segment {
            return None;
        }
    }
    Some(params)
}

/// The methods the route table has for this path (empty: no such path).
pub fn allowed_methods(segments: &[&str]) -> Vec<&'static str> {
    let mut methods: Vec<&'static str> = Vec::new();
    for (method, template, _) in ROUTES {
        if path_params(template, segments).is_some() && !methods.contains(method) {
            methods.push(method);
        }
    }
    methods
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn paths_resolve_to_their_calls_with_parameters() {
        type Resolved<'a> = Option<(Call, Vec<&'a str>)>;
        let cases: Vec<(&str, &str, Resolved)> = vec![
            ("GET", "v1/health", Some((Call::Health, vec![]))),
            (
                "POST",
                "v1/conversations/c_1/messages",
                Some((Call::SendMessage, vec!["c_1"])),
            ),
            (
                "GET",
                "v1/clinics/demo/widget-config",
                Some((Call::WidgetConfig, vec!["demo"])),
            ),
            ("PUT", "v1/conversations/c_1/messages", None),
            ("GET", "v1/conversations//messages", None),
            ("GET", "v1/conversations/c_1/messages/extra", None),
            ("GET", "v1/staff", None),
            ("QUERY", "v1/health", None),
        ];
        for (method, path, expected) in cases {
            let segments: Vec<&str> = path.split('/').collect();
            assert_eq!(resolve(method, &segments), expected, "{method} {path}");
        }
    }

    #[test]
    fn a_known_path_lists_its_methods() {
        let segments = |path: &'static str| path.split('/').collect::<Vec<_>>();
        assert_eq!(
            allowed_methods(&segments("v1/conversations/c_1/messages")),
            ["POST", "GET"]
        );
        assert_eq!(allowed_methods(&segments("v1/health")), ["GET"]);
        assert!(allowed_methods(&segments("v1/nothing")).is_empty());
    }

    /// The OpenAPI document lists exactly the calls the router serves.
    #[test]
    fn the_openapi_document_matches_the_route_table() {
        let document: serde_json::Value =
            serde_json::from_str(include_str!("../../../openapi/frontdesk.json"))
                .expect("openapi/frontdesk.json is JSON");
        assert!(document["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.")));
        let mut documented = BTreeSet::new();
        for (path, item) in document["paths"].as_object().expect("paths") {
            for method in item.as_object().expect("path item").keys() {
                if method != "parameters" {
                    documented.insert((method.to_ascii_uppercase(), path.clone()));
                }
            }
        }
        let routed: BTreeSet<(String, String)> = ROUTES
            .iter()
            .map(|(method, path, _)| ((*method).to_owned(), (*path).to_owned()))
            .collect();
        let undocumented: Vec<_> = routed.difference(&documented).collect();
        let unrouted: Vec<_> = documented.difference(&routed).collect();
        assert!(
            undocumented.is_empty() && unrouted.is_empty(),
            "routes missing from openapi/frontdesk.json: {undocumented:?}; \
             documented but not routed: {unrouted:?}"
        );
    }

    /// The calls the OpenAPI document marks with `x-frontdesk-scope` are exactly the
    /// calls that take an API key, each with the scope it checks.
    #[test]
    fn the_openapi_scope_marks_match_the_calls_that_take_keys() {
        let document: serde_json::Value =
            serde_json::from_str(include_str!("../../../openapi/frontdesk.json"))
                .expect("openapi/frontdesk.json is JSON");
        let mut marked = BTreeSet::new();
        for (path, item) in document["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("path item") {
                if let Some(scope) = operation["x-frontdesk-scope"].as_str() {
                    let security = operation["security"].to_string();
                    assert!(security.contains("apiKey"), "{method} {path}: {security}");
                    marked.insert((method.to_ascii_uppercase(), path.clone(), scope.to_owned()));
                }
            }
        }
        let taken: BTreeSet<(String, String, String)> = crate::api_key_auth::KEY_CALLS
            .iter()
            .map(|call| {
                (
                    call.method.to_owned(),
                    call.path.to_owned(),
                    call.scope.as_str().to_owned(),
                )
            })
            .collect();
        assert_eq!(marked, taken);
        for call in crate::api_key_auth::KEY_CALLS {
            assert!(
                ROUTES
                    .iter()
                    .any(|(m, p, _)| *m == call.method && *p == call.path),
                "{call:?} is not routed"
            );
        }
    }
}
