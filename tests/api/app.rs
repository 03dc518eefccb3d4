//! `TestApp`: the API suite's typed client (zero2prod's `TestApp`), one method per call,
//! taking and returning the protocol crate's types.
//!
//! A call answers `Ok(Answer<T>)` for a 2xx whose body parses as `T` (a body that does not
//! is a failed test: the wire type is the contract), and `Err(Refusal)` for an error in
//! the contract's shape. Input that is malformed or forged on purpose goes through
//! [`TestApp::send_forged`], the one raw escape hatch, which returns the untyped `Reply`.

use frontdesk_domain::ids::ConversationId;
use frontdesk_protocol::{
    AcceptTokenRequest, ApiError, ApiKey, ApiKeysResponse, AssignRequest, AttachmentUploaded,
    AuditLogResponse, ChannelDeliveriesResponse, ClaimResponse, ClinicReport, CodeRequest,
    CodeSent, CreateApiKeyRequest, CreateConversationRequest, CreateConversationResponse,
    EmailCodeRequest, ErasedConversation, ErrorBody, HistoryResponse, IdentifyRequest, InboxEntry,
    InboxResponse, KnownIdentity, LinkSent, MessagesResponse, NoteRequest, NotesResponse,
    NoticeConversationResponse, NoticeOpened, ResendRequest, ResendResponse, RevokedApiKey,
    SearchRequest, SendMessageRequest, SendMessageResponse, SetLabelsRequest, SetLanguageRequest,
    SetStatusRequest, SetVisitorRequest, StaffListResponse, StaffLoginRequest,
    StaffMessagesResponse, StaffProfile, StaffReplyResponse, StaffSession, SurveyAnswerRequest,
    SurveySentResponse, TemplatesResponse, TreatmentEventRequest, TreatmentScheduledResponse,
    VerifyCodeRequest, VisitorIdentity, WhatsappTemplate, WidgetConfig,
};
use frontdesk_protocol::{
    AppointmentEventRequest, AttachmentLink, CreateSubscriptionRequest, DeletedSubscription,
    DeletedTemplate, DeliveriesResponse, InviteRequest, OutreachOptions, Redelivery,
    SaveTemplateRequest, SavedReply, StartConversationRequest, StartConversationResponse,
    Subscription, SubscriptionsResponse,
};
use frontdesk_protocol::{CorrectionExport, TriageCorrectionRequest, TriageCorrectionResponse};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::paths;
use crate::support::{self, eventually, header_in, Live, Reply};

/// The staff reply call's body with a template: `SendMessageRequest` has no
/// `whatsapp_template` (the widget's send takes none), so the suite joins the two wire
/// types the edge reads.
#[derive(Serialize)]
struct TemplateReply<'a> {
    #[serde(flatten)]
    message: &'a SendMessageRequest,
    whatsapp_template: &'a WhatsappTemplate,
}

/// A visitor or staff message with a fresh `client_msg_id`.
pub fn says(text: &str) -> SendMessageRequest {
    SendMessageRequest {
        client_msg_id: support::uuid(),
        text: text.to_owned(),
        attachment_ids: Vec::new(),
    }
}

/// The visitor a create call answered with.
pub fn visitor_of(created: CreateConversationResponse) -> Visitor {
    Visitor {
        conversation: ConversationId::parse(&created.conversation_id)
            .unwrap_or_else(|| panic!("not a conversation id: {}", created.conversation_id)),
        token: created.visitor_token,
    }
}

/// A 2xx answer: its status, its body as the wire type, and the body as sent (for tests
/// that compare whole bodies, unknown fields included).
#[derive(Debug)]
pub struct Answer<T> {
    pub status: u16,
    pub body: T,
    pub json: Value,
    pub headers: Vec<(String, String)>,
}

/// A non-2xx answer in the contract's error shape.
#[derive(Debug)]
pub struct Refusal {
    pub status: u16,
    pub error: ErrorBody,
    /// The body as sent, for tests that check what a refusal must not carry.
    pub json: Value,
    pub headers: Vec<(String, String)>,
}

pub type Called<T> = Result<Answer<T>, Refusal>;

impl<T> Answer<T> {
    /// A response header, the name matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.headers, name)
    }
}

impl Refusal {
    /// A response header, the name matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.headers, name)
    }
}

/// Assertions on a call's outcome that name the status the test expects.
pub trait Outcome<T> {
    /// The answer, asserting it came with `status`.
    fn answered(self, status: u16) -> Answer<T>;
    /// The error, asserting the call was refused with `status` and a non-empty message.
    fn refused(self, status: u16) -> ErrorBody;
    /// The whole refusal (its headers too), asserted as `refused` does.
    fn refusal(self, status: u16) -> Refusal;
    /// The status, answered or refused.
    fn status(&self) -> u16;
    /// The error code when refused.
    fn code(&self) -> Option<&str>;
}

impl<T: std::fmt::Debug> Outcome<T> for Called<T> {
    fn answered(self, status: u16) -> Answer<T> {
        match self {
            Ok(answer) => {
                assert_eq!(answer.status, status, "{:?}", answer.json);
                answer
            }
            Err(refusal) => panic!("expected {status}, refused: {refusal:?}"),
        }
    }

    fn refused(self, status: u16) -> ErrorBody {
        self.refusal(status).error
    }

    fn refusal(self, status: u16) -> Refusal {
        match self {
            Ok(answer) => panic!("expected a {status} refusal, answered: {answer:?}"),
            Err(refusal) => {
                assert_eq!(refusal.status, status, "{:?}", refusal.error);
                assert!(
                    !refusal.error.message.is_empty(),
                    "error without message: {:?}",
                    refusal.error
                );
                refusal
            }
        }
    }

    fn status(&self) -> u16 {
        match self {
            Ok(answer) => answer.status,
            Err(refusal) => refusal.status,
        }
    }

    fn code(&self) -> Option<&str> {
        self.as_ref()
            .err()
            .map(|refusal| refusal.error.code.as_str())
    }
}

/// A visitor's conversation and the token that opens it.
#[derive(Debug, Clone)]
pub struct Visitor {
    pub conversation: ConversationId,
    pub token: String,
}

impl Visitor {
    pub fn id(&self) -> &str {
        self.conversation.as_str()
    }
}

/// The running server the suite talks to (`FRONTDESK_BASE_URL`, set by `cargo xtask test`),
/// called as a page on `origin` would call it when one is set.
#[derive(Debug, Default, Clone, Copy)]
pub struct TestApp {
    origin: Option<&'static str>,
}

impl TestApp {
    pub fn new() -> TestApp {
        TestApp::default()
    }

    /// A client whose every call carries `Origin: origin`, as a browser on that site sends.
    pub fn from_origin(origin: &'static str) -> TestApp {
        TestApp {
            origin: Some(origin),
        }
    }

    // The visitor API.

    /// The health check; its answer has no protocol type (the OpenAPI document gives its
    /// shape, which `openapi::check` reads).
    pub fn health(&self) -> Called<Value> {
        self.call("GET", paths::health(), None, None::<&()>)
    }

    pub fn widget_config(&self, clinic: &str) -> Called<WidgetConfig> {
        self.call("GET", &paths::widget_config(clinic), None, None::<&()>)
    }

    /// `POST /v1/clinics/{clinic}/conversations` from a fresh visitor address.
    pub fn create_conversation(
        &self,
        clinic: &str,
        request: &CreateConversationRequest,
    ) -> Called<CreateConversationResponse> {
        self.create_conversation_from(clinic, request, &support::visitor_ip())
    }

    /// `POST /v1/clinics/{clinic}/conversations` from the address `ip`, for the tests of
    /// per-address limits.
    pub fn create_conversation_from(
        &self,
        clinic: &str,
        request: &CreateConversationRequest,
        ip: &str,
    ) -> Called<CreateConversationResponse> {
        self.call_with(
            "POST",
            &paths::clinic_conversations(clinic),
            None,
            &[("CF-Connecting-IP", ip)],
            Some(request),
        )
    }

    /// A new conversation with `clinic` from its own visitor address.
    pub fn new_visitor_in(&self, clinic: &str) -> Visitor {
        let request = CreateConversationRequest {
            page_url: Some("http://127.0.0.1/test".into()),
            ..CreateConversationRequest::default()
        };
        let created = self
            .create_conversation(clinic, &request)
            .answered(201)
            .body;
        visitor_of(created)
    }

    /// A new conversation with `clinic` opened by a visitor who states `identity`.
    pub fn new_visitor_stating(&self, clinic: &str, identity: VisitorIdentity) -> Visitor {
        let request = CreateConversationRequest {
            visitor: Some(IdentifyRequest {
                visitor: identity,
                user_hash: None,
            }),
            ..CreateConversationRequest::default()
        };
        let created = self
            .create_conversation(clinic, &request)
            .answered(201)
            .body;
        visitor_of(created)
    }

    /// A demo conversation opened by a visitor stating `identity`, holding one message,
    /// once `staff` find it in the inbox.
    pub fn identified_visitor(&self, staff: &str, identity: VisitorIdentity) -> Visitor {
        self.indexed_visitor_in("demo", staff, Some(identity))
    }

    /// A conversation with `clinic` (opened stating `identity` when given) holding one
    /// message, once `staff` find it in the inbox.
    pub fn indexed_visitor_in(
        &self,
        clinic: &str,
        staff: &str,
        identity: Option<VisitorIdentity>,
    ) -> Visitor {
        let visitor = match identity {
            Some(identity) => self.new_visitor_stating(clinic, identity),
            None => {
                let created = self
                    .create_conversation(clinic, &CreateConversationRequest::default())
                    .answered(201)
                    .body;
                visitor_of(created)
            }
        };
        self.indexed(staff, visitor)
    }

    /// `visitor`'s conversation once it holds one message and `staff` find it in the
    /// inbox.
    pub fn indexed(&self, staff: &str, visitor: Visitor) -> Visitor {
        let question = format!("A question about my bill {}", support::canary());
        self.send_visitor_message(&visitor, &says(&question))
            .answered(201);
        eventually("the conversation in the inbox", || {
            self.inbox_row(staff, visitor.id(), &[])
        });
        visitor
    }

    /// The visitor states who they are, with the portal's `user_hash` when it signed
    /// `user_id`, to conversation `id` with `token`: the identity as it now stands.
    pub fn identify_as(
        &self,
        id: &str,
        token: &str,
        request: &IdentifyRequest,
    ) -> Called<KnownIdentity> {
        let path = paths::conversation_visitor(id);
        self.call("POST", &path, Some(token), Some(request))
    }

    /// The visitor states who they are (`POST /v1/conversations/{id}/visitor`): the
    /// identity as the conversation now knows it.
    pub fn identify(&self, visitor: &Visitor, identity: &VisitorIdentity) -> Called<KnownIdentity> {
        self.call(
            "POST",
            &paths::conversation_visitor(visitor.id()),
            Some(&visitor.token),
            Some(identity),
        )
    }

    /// A new demo conversation from its own visitor address.
    pub fn new_visitor(&self) -> Visitor {
        self.new_visitor_in("demo")
    }

    pub fn send_visitor_message(
        &self,
        visitor: &Visitor,
        message: &SendMessageRequest,
    ) -> Called<SendMessageResponse> {
        self.send_visitor_message_as(visitor.id(), &visitor.token, message)
    }

    /// A visitor send from the address `ip` (local workerd passes `CF-Connecting-IP`
    /// through), for tests that send more than one network's rate limit allows.
    pub fn send_visitor_message_from(
        &self,
        visitor: &Visitor,
        message: &SendMessageRequest,
        ip: &str,
    ) -> Called<SendMessageResponse> {
        self.call_with(
            "POST",
            &paths::conversation_messages(visitor.id()),
            Some(&visitor.token),
            &[("CF-Connecting-IP", ip)],
            Some(message),
        )
    }

    /// A visitor send to conversation `id` with `token`, which need not be its own.
    pub fn send_visitor_message_as(
        &self,
        id: &str,
        token: &str,
        message: &SendMessageRequest,
    ) -> Called<SendMessageResponse> {
        self.call(
            "POST",
            &paths::conversation_messages(id),
            Some(token),
            Some(message),
        )
    }

    /// The conversation's messages after `after` (all of them with `None`).
    pub fn visitor_messages(
        &self,
        visitor: &Visitor,
        after: Option<u64>,
    ) -> Called<MessagesResponse> {
        self.visitor_messages_as(visitor.id(), &visitor.token, after)
    }

    /// Conversation `id`'s messages read with `token`, which need not be its own.
    pub fn visitor_messages_as(
        &self,
        id: &str,
        token: &str,
        after: Option<u64>,
    ) -> Called<MessagesResponse> {
        let after = after.map(|seq| seq.to_string());
        let query: Vec<(&str, &str)> = after.iter().map(|seq| ("after", seq.as_str())).collect();
        let path = paths::with_query(&paths::conversation_messages(id), &query);
        self.call("GET", &path, Some(token), None::<&()>)
    }

    /// Conversation `id`'s messages asked for without a token, as a stranger would.
    pub fn visitor_messages_without_token(&self, id: &str) -> Called<MessagesResponse> {
        self.call("GET", &paths::conversation_messages(id), None, None::<&()>)
    }

    /// The visitor's live socket, replaying what came after `after` (by the server's
    /// default without one).
    pub fn visitor_live(&self, visitor: &Visitor, after: Option<u64>) -> Live {
        let after = after.map(|seq| seq.to_string());
        let query: Vec<(&str, &str)> = after.iter().map(|seq| ("after", seq.as_str())).collect();
        let path = paths::with_query(&paths::conversation_live(visitor.id()), &query);
        Live::connect_with_subprotocol(&path, &visitor.token)
    }

    /// Asks for a phone code by SMS from a made-up visitor address of its own, so the
    /// suite's code requests don't share one address's limit (the per-conversation one
    /// is under test). `token` need not be the conversation's.
    pub fn ask_sms_code(&self, id: &str, token: &str, request: &CodeRequest) -> Called<CodeSent> {
        let ip = support::visitor_ip();
        let path = paths::verification(id, "sms");
        self.call_with(
            "POST",
            &path,
            Some(token),
            &[("CF-Connecting-IP", &ip)],
            Some(request),
        )
    }

    /// Asks for an email code, from a made-up visitor address as `ask_sms_code` does.
    pub fn ask_email_code(
        &self,
        id: &str,
        token: &str,
        request: &EmailCodeRequest,
    ) -> Called<CodeSent> {
        let ip = support::visitor_ip();
        let path = paths::verification(id, "email");
        self.call_with(
            "POST",
            &path,
            Some(token),
            &[("CF-Connecting-IP", &ip)],
            Some(request),
        )
    }

    /// Types `code` into `channel`'s check (`sms` or `email`): the identity as the
    /// conversation now knows it.
    pub fn check_code(
        &self,
        id: &str,
        token: &str,
        channel: &str,
        code: &str,
    ) -> Called<KnownIdentity> {
        let request = VerifyCodeRequest {
            code: code.to_owned(),
        };
        let path = paths::verification_check(id, channel);
        self.call("POST", &path, Some(token), Some(&request))
    }

    // Staff.

    pub fn sign_in(&self, login: &StaffLoginRequest) -> Called<StaffSession> {
        self.call("POST", paths::staff_sessions(), None, Some(login))
    }

    /// A sign-in from the address `ip` (local workerd passes `CF-Connecting-IP` through).
    pub fn sign_in_from(&self, login: &StaffLoginRequest, ip: &str) -> Called<StaffSession> {
        self.call_with(
            "POST",
            paths::staff_sessions(),
            None,
            &[("CF-Connecting-IP", ip)],
            Some(login),
        )
    }

    /// Sets (or, with `None`, forgets) the console language kept with the account:
    /// the profile as it now stands. `session` is optional to show the anonymous refusal.
    pub fn set_language(
        &self,
        session: Option<&str>,
        request: &SetLanguageRequest,
    ) -> Called<StaffProfile> {
        self.call("PUT", paths::staff_language(), session, Some(request))
    }

    /// A sign-in attempt with `email` and `password` from the address `ip`.
    pub fn attempt_sign_in(&self, email: &str, password: &str, ip: &str) -> Called<StaffSession> {
        let login = StaffLoginRequest {
            email: email.to_owned(),
            password: password.to_owned(),
        };
        self.sign_in_from(&login, ip)
    }

    /// Ends every session of the signed-in person. The protocol has no type for the
    /// answer (`{"signed_out", "sessions_ended"}`), so it stays JSON.
    pub fn sign_out_everywhere(&self, session: &str) -> Called<Value> {
        self.call(
            "DELETE",
            paths::staff_sessions(),
            Some(session),
            None::<&()>,
        )
    }

    /// Ends this session. The protocol has no type for the answer (`{"signed_out"}`), so
    /// it stays JSON.
    pub fn sign_out(&self, session: &str) -> Called<Value> {
        self.call(
            "DELETE",
            paths::current_session(),
            Some(session),
            None::<&()>,
        )
    }

    /// An admin sends a colleague a password-reset link (by email, to the colleague).
    pub fn send_password_reset(&self, admin: &str, staff_id: &str) -> Called<LinkSent> {
        let path = paths::admin_staff_action(staff_id, "password-reset");
        self.call("POST", &path, Some(admin), None::<&()>)
    }

    /// An admin invites a colleague (the link goes by email to the invitee).
    pub fn invite(&self, admin: &str, request: &InviteRequest) -> Called<LinkSent> {
        self.call("POST", paths::invites(), Some(admin), Some(request))
    }

    /// Accepts an invitation with its token and a first password: a new session.
    pub fn accept_invite(&self, request: &AcceptTokenRequest) -> Called<StaffSession> {
        self.call("POST", paths::invite_accept(), None, Some(request))
    }

    /// Chooses a new password with a reset link's token: a new session.
    pub fn accept_password_reset(&self, request: &AcceptTokenRequest) -> Called<StaffSession> {
        self.call("POST", paths::password_reset_accept(), None, Some(request))
    }

    /// A dev account's session (every dev account has the demo password).
    pub fn dev_session(&self, email: &str) -> StaffSession {
        let login = StaffLoginRequest {
            email: email.into(),
            password: "demo-password".into(),
        };
        self.sign_in(&login).answered(201).body
    }

    pub fn me(&self, session: &str) -> Called<StaffProfile> {
        self.call("GET", paths::staff_me(), Some(session), None::<&()>)
    }

    /// One page of the inbox, filtered by `query` pairs (e.g. `("status", "resolved")`).
    pub fn inbox(&self, session: &str, query: &[(&str, &str)]) -> Called<InboxResponse> {
        let path = paths::with_query(paths::staff_inbox(), query);
        self.call("GET", &path, Some(session), None::<&()>)
    }

    /// The inbox asked for without a session, as a stranger would.
    pub fn inbox_without_session(&self) -> Called<InboxResponse> {
        self.call("GET", paths::staff_inbox(), None, None::<&()>)
    }

    pub fn staff_reply(
        &self,
        session: &str,
        id: &str,
        message: &SendMessageRequest,
    ) -> Called<StaffReplyResponse> {
        self.call(
            "POST",
            &paths::staff_messages(id),
            Some(session),
            Some(message),
        )
    }

    /// A staff reply sent as an approved WhatsApp template (`text` is what the console
    /// shows; the template is what goes out).
    pub fn staff_template_reply(
        &self,
        session: &str,
        id: &str,
        message: &SendMessageRequest,
        template: &WhatsappTemplate,
    ) -> Called<StaffReplyResponse> {
        let request = TemplateReply {
            message,
            whatsapp_template: template,
        };
        self.call(
            "POST",
            &paths::staff_messages(id),
            Some(session),
            Some(&request),
        )
    }

    pub fn claim(&self, session: &str, id: &str) -> Called<ClaimResponse> {
        self.call("POST", &paths::staff_claim(id), Some(session), None::<&()>)
    }

    /// Sets the conversation's status: its inbox row as it now stands.
    pub fn set_status(
        &self,
        session: &str,
        id: &str,
        request: &SetStatusRequest,
    ) -> Called<InboxEntry> {
        self.call(
            "POST",
            &paths::staff_status(id),
            Some(session),
            Some(request),
        )
    }

    /// Hands the conversation to a colleague (or nobody): its inbox row as it now stands.
    pub fn assign(&self, session: &str, id: &str, request: &AssignRequest) -> Called<InboxEntry> {
        self.call(
            "POST",
            &paths::staff_assign(id),
            Some(session),
            Some(request),
        )
    }

    /// An admin's action on a colleague's account: `disable`, `enable` or `unlock`; the
    /// account's profile as it now stands.
    pub fn staff_action(
        &self,
        session: &str,
        staff_id: &str,
        action: &str,
    ) -> Called<StaffProfile> {
        let path = paths::admin_staff_action(staff_id, action);
        self.call("POST", &path, Some(session), None::<&()>)
    }

    /// The clinic's staff, as an admin lists them.
    pub fn team(&self, session: &str) -> Called<StaffListResponse> {
        self.call("GET", paths::admin_staff(), Some(session), None::<&()>)
    }

    /// The clinic's audit log, newest first.
    pub fn audit_log(&self, session: &str) -> Called<AuditLogResponse> {
        self.call("GET", paths::audit_log(), Some(session), None::<&()>)
    }

    /// The conversation's thread as staff read it.
    pub fn staff_thread(&self, session: &str, id: &str) -> Called<StaffMessagesResponse> {
        self.call(
            "GET",
            &paths::staff_messages(id),
            Some(session),
            None::<&()>,
        )
    }

    /// Adds a private note: the conversation's notes as they now stand.
    pub fn add_note(&self, session: &str, id: &str, note: &NoteRequest) -> Called<NotesResponse> {
        self.call("POST", &paths::staff_notes(id), Some(session), Some(note))
    }

    pub fn notes(&self, session: &str, id: &str) -> Called<NotesResponse> {
        self.call("GET", &paths::staff_notes(id), Some(session), None::<&()>)
    }

    /// The visitor's earlier conversations.
    pub fn history(&self, session: &str, id: &str) -> Called<HistoryResponse> {
        self.call("GET", &paths::staff_history(id), Some(session), None::<&()>)
    }

    /// Replaces the conversation's labels: its inbox row as it now stands.
    pub fn set_labels(
        &self,
        session: &str,
        id: &str,
        request: &SetLabelsRequest,
    ) -> Called<InboxEntry> {
        self.call(
            "POST",
            &paths::staff_labels(id),
            Some(session),
            Some(request),
        )
    }

    /// Staff set the visitor's identity (`verified` when they checked it): the inbox row
    /// as it now stands.
    pub fn set_visitor(
        &self,
        session: &str,
        id: &str,
        request: &SetVisitorRequest,
    ) -> Called<InboxEntry> {
        self.call(
            "PUT",
            &paths::staff_visitor(id),
            Some(session),
            Some(request),
        )
    }

    /// The ids of the conversation's earlier conversations, as `session` sees them.
    pub fn history_ids(&self, session: &str, id: &str) -> Vec<String> {
        let history = self.history(session, id).answered(200).body;
        history
            .conversations
            .into_iter()
            .map(|row| row.conversation_id)
            .collect()
    }

    /// The conversation's row among what a search for `q` finds, if any.
    pub fn found_row(&self, session: &str, id: &str, q: &str) -> Option<InboxEntry> {
        let request = SearchRequest {
            q: q.to_owned(),
            status: None,
        };
        let found = self.search(session, &request).answered(200).body;
        found
            .conversations
            .into_iter()
            .find(|row| row.conversation_id == id)
    }

    /// `POST /v1/staff/search`: the matching conversations.
    pub fn search(&self, session: &str, request: &SearchRequest) -> Called<InboxResponse> {
        self.call("POST", paths::staff_search(), Some(session), Some(request))
    }

    /// An admin erases a visitor's conversation (`session` optional to show the anonymous
    /// refusal).
    pub fn erase(&self, session: Option<&str>, id: &str) -> Called<ErasedConversation> {
        self.call(
            "DELETE",
            &paths::admin_conversation(id),
            session,
            None::<&()>,
        )
    }

    /// The clinic's report, with `query` pairs such as `("weeks", "2")`.
    pub fn report(&self, session: Option<&str>, query: &[(&str, &str)]) -> Called<ClinicReport> {
        let path = paths::with_query(paths::reports(), query);
        self.call("GET", &path, session, None::<&()>)
    }

    /// Staff re-triage conversation `id` (`session` may be any bearer token, to show the
    /// refusals): the inbox row and the correction as stored.
    pub fn correct_triage(
        &self,
        session: &str,
        id: &str,
        request: &TriageCorrectionRequest,
    ) -> Called<TriageCorrectionResponse> {
        let path = paths::staff_triage(id);
        self.call("POST", &path, Some(session), Some(request))
    }

    /// The admins' export of triage corrections, with `query` pairs such as
    /// `("weeks", "1")`.
    pub fn correction_export(
        &self,
        session: &str,
        query: &[(&str, &str)],
    ) -> Called<CorrectionExport> {
        let path = paths::with_query(paths::triage_corrections(), query);
        self.call("GET", &path, Some(session), None::<&()>)
    }

    /// The clinic's report as CSV (`format=csv`), with `query` pairs such as
    /// `("weeks", "2")`: the raw reply, its body the CSV text (no wire type holds it).
    pub fn report_csv(&self, session: &str, query: &[(&str, &str)]) -> Reply {
        let mut pairs = query.to_vec();
        pairs.push(("format", "csv"));
        let path = paths::with_query(paths::reports(), &pairs);
        support::request("GET", &path, Some(session), &self.origin_header(), None)
    }

    /// The conversation's inbox row, from the inbox filtered by `query`, through every page
    /// (a full suite leaves more than one page of open conversations).
    pub fn inbox_row(&self, session: &str, id: &str, query: &[(&str, &str)]) -> Option<InboxEntry> {
        self.inbox_row_as_sent(session, id, query)
            .map(|(row, _)| row)
    }

    /// The row as `inbox_row` finds it, and its JSON as sent (unknown fields included),
    /// for tests that check what a row must not carry.
    pub fn inbox_row_as_sent(
        &self,
        session: &str,
        id: &str,
        query: &[(&str, &str)],
    ) -> Option<(InboxEntry, Value)> {
        let mut cursor: Option<String> = None;
        loop {
            let mut pairs = query.to_vec();
            if let Some(next) = &cursor {
                pairs.push(("cursor", next));
            }
            let page = self.inbox(session, &pairs).answered(200);
            let at = page
                .body
                .conversations
                .iter()
                .position(|row| row.conversation_id == id);
            if let Some(at) = at {
                let json = page.json["conversations"][at].clone();
                return page
                    .body
                    .conversations
                    .into_iter()
                    .nth(at)
                    .map(|row| (row, json));
            }
            cursor = Some(page.body.next?);
        }
    }

    /// The saved replies `session` may use, for `conversation` when given (its team's).
    pub fn templates(
        &self,
        session: &str,
        conversation: Option<&str>,
    ) -> Called<TemplatesResponse> {
        let query: Vec<(&str, &str)> = conversation
            .map(|id| ("conversation", id))
            .into_iter()
            .collect();
        let path = paths::with_query(paths::staff_templates(), &query);
        self.call("GET", &path, Some(session), None::<&()>)
    }

    /// Waits until the inbox queue has routed conversation `id` to its team (until then
    /// it is no team's, and only admins and its owner open it): its inbox row.
    pub fn routed(&self, id: &str) -> InboxEntry {
        let admin = self.dev_session("admin@demo.test").token;
        eventually("the routed inbox row", || self.inbox_row(&admin, id, &[]))
    }

    /// Runs the worker's cron handler for `schedule` (wrangler dev's `/__scheduled`, not
    /// an API route), asserting the handler ran.
    pub fn run_cron(&self, schedule: &str) {
        let path = paths::with_query(paths::SCHEDULED, &[("cron", schedule)]);
        let ran = support::request("GET", &path, None, &[], None);
        assert_eq!(ran.status, 200, "{schedule}: {:?}", ran.body);
    }

    /// An admin makes an API key: the key, with its secret this once.
    pub fn create_api_key(&self, session: &str, request: &CreateApiKeyRequest) -> Called<ApiKey> {
        self.call("POST", paths::api_keys(), Some(session), Some(request))
    }

    /// The clinic's API keys (never their secrets).
    pub fn api_keys(&self, session: &str) -> Called<ApiKeysResponse> {
        self.call("GET", paths::api_keys(), Some(session), None::<&()>)
    }

    pub fn revoke_api_key(&self, session: &str, id: &str) -> Called<RevokedApiKey> {
        self.call("DELETE", &paths::api_key(id), Some(session), None::<&()>)
    }

    /// The visitor uploads `bytes` of `content_type` to conversation `id` with `token`
    /// (the body is the file itself, not JSON), from a visitor address of its own: the
    /// attachment, not yet part of any message.
    pub fn upload_visitor_attachment(
        &self,
        id: &str,
        token: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Called<AttachmentUploaded> {
        let path = paths::conversation_attachments(id);
        let ip = support::visitor_ip();
        let mut headers = self.origin_header();
        headers.push(("Content-Type", content_type));
        headers.push(("CF-Connecting-IP", &ip));
        let reply = support::request("POST", &path, Some(token), &headers, Some(bytes));
        typed("POST", &path, reply)
    }

    /// A short-lived signed link to attachment `attachment` of conversation `id`, asked
    /// for with the visitor's `token` (which need not be the conversation's).
    pub fn visitor_attachment_link(
        &self,
        id: &str,
        token: &str,
        attachment: &str,
    ) -> Called<AttachmentLink> {
        let path = paths::conversation_attachment(id, attachment);
        self.call("GET", &path, Some(token), None::<&()>)
    }

    /// A short-lived signed link to attachment `attachment` of conversation `id`, as
    /// `session` asks for it.
    pub fn staff_attachment_link(
        &self,
        session: &str,
        id: &str,
        attachment: &str,
    ) -> Called<AttachmentLink> {
        let path = paths::staff_attachment(id, attachment);
        self.call("GET", &path, Some(session), None::<&()>)
    }

    /// Staff upload `bytes` of `content_type` to conversation `id` (the body is the file
    /// itself, not JSON): the attachment, not yet part of any message.
    pub fn upload_staff_attachment(
        &self,
        session: &str,
        id: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Called<AttachmentUploaded> {
        let path = paths::staff_attachments(id);
        let mut headers = self.origin_header();
        headers.push(("Content-Type", content_type));
        let reply = support::request("POST", &path, Some(session), &headers, Some(bytes));
        typed("POST", &path, reply)
    }

    /// Resends the failed delivery of message `seq` as attempt `request.attempt`.
    /// `session` is optional to show the anonymous refusal.
    pub fn resend(
        &self,
        session: Option<&str>,
        id: &str,
        seq: u64,
        request: &ResendRequest,
    ) -> Called<ResendResponse> {
        let path = paths::staff_message_resend(id, seq);
        self.call("POST", &path, session, Some(request))
    }

    /// Each outbound message's delivery on an external channel.
    pub fn deliveries(&self, session: &str, id: &str) -> Called<ChannelDeliveriesResponse> {
        let path = paths::staff_deliveries(id);
        self.call("GET", &path, Some(session), None::<&()>)
    }

    /// Staff send the after-treatment survey into conversation `id` (the call takes no
    /// fields; the console sends an empty object).
    pub fn send_survey(&self, session: &str, id: &str) -> Called<SurveySentResponse> {
        let path = paths::staff_surveys(id);
        self.call("POST", &path, Some(session), Some(&serde_json::Map::new()))
    }

    /// The visitor answers survey `survey` of conversation `id` with `token`, which need
    /// not be its own.
    pub fn answer_survey(
        &self,
        id: &str,
        token: &str,
        survey: &str,
        answer: &SurveyAnswerRequest,
    ) -> Called<SendMessageResponse> {
        let path = paths::conversation_survey(id, survey);
        self.call("POST", &path, Some(token), Some(answer))
    }

    /// The practice software sends a message as the clinic into conversation `id` (an
    /// API key's call; `key` may be any bearer token, to show the refusals).
    pub fn integration_send(
        &self,
        key: &str,
        id: &str,
        message: &SendMessageRequest,
    ) -> Called<StaffReplyResponse> {
        let path = paths::integration_messages(id);
        self.call("POST", &path, Some(key), Some(message))
    }

    /// The practice software reports a treatment (an API key's call): when its survey
    /// goes out.
    pub fn report_treatment(
        &self,
        key: &str,
        event: &TreatmentEventRequest,
    ) -> Called<TreatmentScheduledResponse> {
        let path = paths::integration_treatments();
        self.call("POST", path, Some(key), Some(event))
    }

    /// The conversation a notice link opens, read with the link's secret (`None` to show
    /// the refusal without one).
    pub fn notice_conversation(&self, link: Option<&str>) -> Called<NoticeConversationResponse> {
        self.call("GET", paths::notice_messages(), link, None::<&()>)
    }

    /// Asks for a fresh code to the notice link's verified phone, from a visitor address
    /// of its own (the code limits count per address).
    pub fn ask_notice_code(&self, link: &str) -> Called<CodeSent> {
        let ip = support::visitor_ip();
        let headers = [("CF-Connecting-IP", ip.as_str())];
        self.call_with(
            "POST",
            paths::notice_code(),
            Some(link),
            &headers,
            None::<&()>,
        )
    }

    /// Types `code` into the notice link's check, from a visitor address of its own: the
    /// open link that reads the conversation from now on.
    pub fn check_notice_code(&self, link: &str, code: &str) -> Called<NoticeOpened> {
        let request = VerifyCodeRequest {
            code: code.to_owned(),
        };
        let ip = support::visitor_ip();
        let headers = [("CF-Connecting-IP", ip.as_str())];
        let path = paths::notice_code_check();
        self.call_with("POST", path, Some(link), &headers, Some(&request))
    }

    /// Whoever holds the notice link writes into its conversation.
    pub fn notice_send(
        &self,
        link: Option<&str>,
        message: &SendMessageRequest,
    ) -> Called<SendMessageResponse> {
        self.call("POST", paths::notice_messages(), link, Some(message))
    }

    /// The patient answers survey `survey` through the notice link.
    pub fn answer_notice_survey(
        &self,
        link: &str,
        survey: &str,
        answer: &SurveyAnswerRequest,
    ) -> Called<SendMessageResponse> {
        let path = paths::notice_survey(survey);
        self.call("POST", &path, Some(link), Some(answer))
    }

    /// The staff inbox socket.
    pub fn staff_live(&self, session: &str) -> Live {
        Live::connect_with_subprotocol(paths::staff_live(), session)
    }

    /// A staff thread socket, replaying what came after `after`.
    pub fn staff_thread_live(&self, session: &str, id: &str, after: u64) -> Live {
        let path = paths::with_query(
            &paths::staff_thread_live(id),
            &[("after", &after.to_string())],
        );
        Live::connect_with_subprotocol(&path, session)
    }

    // Outreach, saved replies and the practice software's events.

    /// Staff (or an API key) start a conversation with a patient: the first message and
    /// whether it opened a new conversation. `session` is optional to show the anonymous
    /// refusal.
    pub fn start_conversation(
        &self,
        session: Option<&str>,
        request: &StartConversationRequest,
    ) -> Called<StartConversationResponse> {
        let path = paths::staff_conversations();
        self.call("POST", path, session, Some(request))
    }

    /// What the "New conversation" dialog may offer: the clinic's channels and templates.
    pub fn outreach_options(&self, session: Option<&str>) -> Called<OutreachOptions> {
        self.call("GET", paths::staff_outreach(), session, None::<&()>)
    }

    /// An admin saves a new reply template: the saved reply.
    pub fn save_template(
        &self,
        session: &str,
        request: &SaveTemplateRequest,
    ) -> Called<SavedReply> {
        self.call(
            "POST",
            paths::admin_templates(),
            Some(session),
            Some(request),
        )
    }

    /// An admin changes saved reply `id`: the saved reply as it now stands.
    pub fn update_template(
        &self,
        session: &str,
        id: &str,
        request: &SaveTemplateRequest,
    ) -> Called<SavedReply> {
        let path = paths::admin_template(id);
        self.call("PUT", &path, Some(session), Some(request))
    }

    /// An admin deletes saved reply `id`.
    pub fn delete_template(&self, session: &str, id: &str) -> Called<DeletedTemplate> {
        let path = paths::admin_template(id);
        self.call("DELETE", &path, Some(session), None::<&()>)
    }

    /// The practice software reports a booked appointment (an API key's call): the
    /// reminder as stored.
    pub fn report_appointment(
        &self,
        key: &str,
        event: &AppointmentEventRequest,
    ) -> Called<StaffReplyResponse> {
        let path = paths::integration_appointments();
        self.call("POST", path, Some(key), Some(event))
    }

    /// The conversation as a FHIR R4 Bundle (`application/fhir+json`): HL7's shape, which
    /// no protocol type holds; the tests check it against the official FHIR schema.
    /// `session` (a staff session or an API key) is optional to show the anonymous refusal.
    pub fn fhir_bundle(&self, session: Option<&str>, id: &str) -> Called<Value> {
        self.call("GET", &paths::staff_fhir(id), session, None::<&()>)
    }

    // Event subscriptions.

    /// An admin subscribes a URL to events: the subscription, with its secret this once.
    pub fn subscribe(
        &self,
        session: &str,
        request: &CreateSubscriptionRequest,
    ) -> Called<Subscription> {
        let path = paths::event_subscriptions();
        self.call("POST", path, Some(session), Some(request))
    }

    /// The clinic's event subscriptions (never their secrets).
    pub fn subscriptions(&self, session: &str) -> Called<SubscriptionsResponse> {
        let path = paths::event_subscriptions();
        self.call("GET", path, Some(session), None::<&()>)
    }

    /// The delivery log of subscription `id`.
    pub fn event_deliveries(&self, session: &str, id: &str) -> Called<DeliveriesResponse> {
        let path = paths::event_deliveries(id);
        self.call("GET", &path, Some(session), None::<&()>)
    }

    /// Sends delivery `delivery` of subscription `id` again (the call takes no fields;
    /// the console sends an empty object).
    pub fn redeliver(&self, session: &str, id: &str, delivery: &str) -> Called<Redelivery> {
        let path = paths::event_redeliver(id, delivery);
        self.call("POST", &path, Some(session), Some(&serde_json::Map::new()))
    }

    /// Ends subscription `id`.
    pub fn unsubscribe(&self, session: &str, id: &str) -> Called<DeletedSubscription> {
        let path = paths::event_subscription(id);
        self.call("DELETE", &path, Some(session), None::<&()>)
    }

    // The escape hatch.

    /// Sends exactly what the test wrote, for input that is malformed or forged on purpose
    /// (a body no wire type can hold, a header the server must refuse): the raw reply.
    pub fn send_forged(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Reply {
        support::request(method, path, token, headers, body)
    }

    /// A provider's webhook (a Twilio form, a Meta or WeChat payload, a handshake query),
    /// signed or left unsigned as the test says: the provider's format, which no protocol
    /// type holds and the edge verifies itself, so it goes as written. The raw reply.
    pub fn send_webhook(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Reply {
        support::request(method, path, None, headers, body)
    }

    /// One documented operation called as the OpenAPI document's walks call each of
    /// them (the role matrix): any method and route, `body` already serialized from the
    /// operation's wire type. The raw reply, since the walk reads only status and code.
    pub fn send_documented(
        &self,
        method: &str,
        path: &str,
        session: &str,
        body: Option<&[u8]>,
    ) -> Reply {
        let mut headers = self.origin_header();
        headers.push(("Content-Type", "application/json"));
        support::request(method, path, Some(session), &headers, body)
    }

    // Transport.

    fn origin_header(&self) -> Vec<(&str, &str)> {
        self.origin
            .map(|origin| ("Origin", origin))
            .into_iter()
            .collect()
    }

    fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&B>,
    ) -> Called<T> {
        self.call_with(method, path, token, &[], body)
    }

    fn call_with<B: Serialize, T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Option<&B>,
    ) -> Called<T> {
        let bytes = body.map(|body| serde_json::to_vec(body).expect("a wire type serializes"));
        let mut all = headers.to_vec();
        if let Some(origin) = self.origin {
            all.push(("Origin", origin));
        }
        if bytes.is_some() {
            all.push(("Content-Type", "application/json"));
        }
        let reply = support::request(method, path, token, &all, bytes.as_deref());
        typed(method, path, reply)
    }
}

/// A raw reply as the call's outcome: the body parsed as `T` on a 2xx, as the contract's
/// error otherwise; either failing to parse fails the test.
fn typed<T: DeserializeOwned>(method: &str, path: &str, reply: Reply) -> Called<T> {
    if (200..300).contains(&reply.status) {
        // An empty 2xx body (204) reads as JSON null.
        let json = match &reply.body {
            Value::String(text) if text.is_empty() => Value::Null,
            other => other.clone(),
        };
        let body = serde_json::from_value(json.clone()).unwrap_or_else(|error| {
            panic!(
                "{method} {path}: {} body is not the wire type: {error}: {json}",
                reply.status
            )
        });
        Ok(Answer {
            status: reply.status,
            body,
            json,
            headers: reply.headers,
        })
    } else {
        let error: ApiError = serde_json::from_value(reply.body.clone()).unwrap_or_else(|error| {
            panic!(
                "{method} {path}: {} is not the contract's error shape: {error}: {}",
                reply.status, reply.body
            )
        });
        Err(Refusal {
            status: reply.status,
            error: error.error,
            json: reply.body,
            headers: reply.headers,
        })
    }
}
