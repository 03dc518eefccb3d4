//! Wire types of the Frontdesk HTTP and WebSocket API, shared by widget, console and edge.
//!
//! Only serde types live here: no logic that needs a platform, so every side can depend on it.

mod api_keys;
mod appointments;
mod channels;
mod corrections;
mod error;
mod events;
mod identity;
mod lang;
mod live;
mod outreach;
mod reports;
mod staff;
mod survey;
mod team;
mod templates;
mod visitor;

pub use api_keys::{ApiKey, ApiKeysResponse, ApiScope, CreateApiKeyRequest, RevokedApiKey};
pub use appointments::{AppointmentEventRequest, ApprovedTemplate, WhatsappTemplate};
pub use channels::{
    Channel, ChannelDeliveriesResponse, ChannelRules, Delivery, DeliveryStatus,
    NoticeConversationResponse, NoticeOpened, ResendRequest, ResendResponse,
};
pub use corrections::{
    CorrectionCounts, CorrectionDirection, CorrectionExport, CorrectionReport, ExportedCorrection,
    TriageChange, TriageCorrection, TriageCorrectionRequest, TriageCorrectionResponse,
};
pub use error::{ApiError, ErrorBody};
pub use events::{
    CreateSubscriptionRequest, DeletedSubscription, DeliveriesResponse, EventDelivery, Redelivery,
    Subscription, SubscriptionsResponse,
};
pub use identity::{
    CodeRequest, CodeSent, EmailCodeRequest, IdentifyRequest, IdentityProofs, KnownIdentity,
    SetVisitorRequest, VerificationMethod, VerifyCodeRequest,
};
pub use lang::Lang;
pub use live::{ClientFrame, LiveEvent, ReadMarks, BEARER_SUBPROTOCOL_PREFIX, LIVE_SUBPROTOCOL};
pub use outreach::{OutreachOptions, StartConversationRequest, StartConversationResponse};
pub use reports::ChannelReportRow;
pub use reports::{
    ClinicReport, Deflection, FirstResponseRow, SlaCompliance, SurveyReport, UrgencySla, Volume,
};
pub use staff::{
    AssignRequest, AuditEntry, AuditLogResponse, ClaimResponse, ConversationStatus,
    ErasedConversation, EscalationRecord, HistoryResponse, InboxEntry, InboxResponse, Note,
    NoteRequest, NotesResponse, SearchRequest, SetLabelsRequest, SetLanguageRequest,
    SetStatusRequest, StaffLoginRequest, StaffMessagesResponse, StaffProfile, StaffReplyResponse,
    StaffRole, StaffSession,
};
pub use survey::{
    SurveyAnswerRequest, SurveySentResponse, TreatmentEventRequest, TreatmentScheduledResponse,
};
pub use team::{
    AcceptTokenRequest, InviteRequest, LinkDelivery, LinkRecipient, LinkSent, StaffListResponse,
};
pub use templates::{DeletedTemplate, SaveTemplateRequest, SavedReply, TemplatesResponse};
pub use visitor::{
    Attachment, AttachmentLink, AttachmentUploaded, Author, CreateConversationRequest,
    CreateConversationResponse, Department, Message, MessagesResponse, SendMessageRequest,
    SendMessageResponse, Theme, Triage, Urgency, VisitorIdentity, WidgetConfig,
};

/// The longest message text the API accepts, in Unicode scalar values.
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// The largest request body the API reads, in bytes.
pub const MAX_BODY_BYTES: usize = 32 * 1024;
