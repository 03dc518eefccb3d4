//! Types of the Staff API: sessions, inbox, replies, claims and the audit log.

use serde::{Deserialize, Serialize};

use crate::{Department, Lang, Message, Urgency, VisitorIdentity};

/// What a staff member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StaffRole {
    Admin,
    Clinician,
    FrontDesk,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Admin => "admin",
            StaffRole::Clinician => "clinician",
            StaffRole::FrontDesk => "front-desk",
        }
    }

    pub fn parse(raw: &str) -> Option<StaffRole> {
        match raw {
            "admin" => Some(StaffRole::Admin),
            "clinician" => Some(StaffRole::Clinician),
            "front-desk" => Some(StaffRole::FrontDesk),
            _ => None,
        }
    }
}

/// Where a conversation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    Open,
    Pending,
    Resolved,
}

impl ConversationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ConversationStatus::Open => "open",
            ConversationStatus::Pending => "pending",
            ConversationStatus::Resolved => "resolved",
        }
    }

    pub fn parse(raw: &str) -> Option<ConversationStatus> {
        match raw {
            "open" => Some(ConversationStatus::Open),
            "pending" => Some(ConversationStatus::Pending),
            "resolved" => Some(ConversationStatus::Resolved),
            _ => None,
        }
    }
}

/// `POST /v1/staff/sessions` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffLoginRequest {
    pub email: String,
    pub password: String,
}

/// Who is signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffProfile {
    pub id: String,
    pub clinic_id: String,
    pub email: String,
    pub name: String,
    pub role: StaffRole,
    pub departments: Vec<Department>,
    /// An admin disabled the account: it can't sign in and has no sessions.
    #[serde(default)]
    pub disabled: bool,
    /// The console language the staff member chose (`PUT /v1/staff/me/language`), applied
    /// when they sign in on any device; `None` until they choose (the browser's then).
    #[serde(default)]
    pub language: Option<Lang>,
}

/// `PUT /v1/staff/me/language`: the caller's console language; `null` forgets the choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetLanguageRequest {
    pub language: Option<Lang>,
}

/// 201 answer to signing in. The same token is also set as an HttpOnly cookie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffSession {
    pub token: String,
    /// RFC 3339.
    pub expires_at: String,
    pub staff: StaffProfile,
    /// The clinic's IANA time zone (`Europe/Madrid`): the console shows dates and times in
    /// it, in the staff member's language. Absent from sessions stored before it existed.
    #[serde(default)]
    pub time_zone: Option<String>,
}

/// One row of the inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxEntry {
    pub conversation_id: String,
    /// Where the conversation happens (`web` for the widget).
    #[serde(default)]
    pub channel: crate::Channel,
    /// The patient's address on an external channel (E.164 for SMS); none on the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    pub urgency: Urgency,
    pub department: Department,
    pub status: ConversationStatus,
    /// RFC 3339: when the first reply is due.
    pub sla_deadline: Option<String>,
    pub created_at: String,
    pub last_message_at: Option<String>,
    pub last_message_preview: Option<String>,
    pub last_seq: u64,
    pub assigned_to: Option<String>,
    pub page_url: Option<String>,
    pub triage_reason: Option<String>,
    /// Who the visitor said they are (from the widget or staff).
    #[serde(default)]
    pub visitor: VisitorIdentity,
    /// Which of `visitor`'s fields are verified, and how; the others were only stated.
    #[serde(default)]
    pub verified: crate::IdentityProofs,
    /// Staff labels, lowercase, sorted.
    #[serde(default)]
    pub labels: Vec<String>,
}

/// `POST /v1/staff/conversations/{id}/labels`: the conversation's whole label set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetLabelsRequest {
    pub labels: Vec<String>,
}

/// `POST /v1/staff/search`: find a patient by part of their name, email or phone. The
/// terms travel in the body, never in a URL, since request URLs end up in logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchRequest {
    /// At least 2 and at most 100 characters, no control characters.
    pub q: String,
    /// Only conversations with this status; every status when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::ConversationStatus>,
}

/// `POST /v1/staff/conversations/{id}/notes`: a private note for the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteRequest {
    pub text: String,
}

/// A private internal note: staff only, never shown to the visitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: u64,
    pub author_name: String,
    pub text: String,
    /// RFC 3339.
    pub created_at: String,
}

/// `GET /v1/staff/conversations/{id}/notes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotesResponse {
    pub notes: Vec<Note>,
}

/// `GET /v1/staff/conversations/{id}/history`: the visitor's other conversations with
/// the clinic (same email or phone), newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryResponse {
    pub conversations: Vec<InboxEntry>,
}

/// `GET /v1/staff/inbox` (one page) and `POST /v1/staff/search`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxResponse {
    pub conversations: Vec<InboxEntry>,
    /// The inbox's cursor for the page after this one (pass it back as `cursor`); absent
    /// on the last page and in search answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// `GET /v1/staff/conversations/{id}/messages`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMessagesResponse {
    pub conversation: InboxEntry,
    pub messages: Vec<Message>,
    /// Escalation steps fired for this conversation, oldest first.
    #[serde(default)]
    pub escalations: Vec<EscalationRecord>,
    /// On an external channel: each outbound message's delivery state, by `seq`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deliveries: Vec<crate::Delivery>,
    /// On an external channel: what the platform lets staff send now (opt-out, window).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_rules: Option<crate::ChannelRules>,
}

/// One escalation step that fired: who was notified, and after how long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationRecord {
    /// RFC 3339: when the step fired.
    pub at: String,
    pub urgency: Urgency,
    /// 1-based step of that urgency's ladder.
    pub step: u32,
    /// The notified target, e.g. `on-call`.
    pub notify: String,
    /// Seconds the first unanswered message had waited.
    pub waited_seconds: u64,
}

/// Answer to a staff reply: 201 when stored, 200 for a resend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffReplyResponse {
    pub message: Message,
}

/// Body of `POST /v1/staff/conversations/{id}/status`; the answer is the updated
/// [`InboxEntry`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetStatusRequest {
    pub status: ConversationStatus,
}

/// Body of `POST /v1/staff/conversations/{id}/assign` (admins only): a staff id, or
/// `null` to release the conversation; the answer is the updated [`InboxEntry`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    pub staff_id: Option<String>,
}

/// Answer to a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimResponse {
    pub conversation_id: String,
    pub assigned_to: String,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub conversation_id: Option<String>,
    pub detail: Option<String>,
}

/// `GET /v1/admin/audit-log`, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLogResponse {
    pub entries: Vec<AuditEntry>,
}

/// `DELETE /v1/admin/conversations/{id}`: what an erasure deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasedConversation {
    pub conversation_id: String,
    pub erased: bool,
    pub messages_deleted: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_types_round_trip() {
        let entry = InboxEntry {
            conversation_id: "c_1".into(),
            channel: crate::Channel::Sms,
            address: Some("+15550123456".into()),
            urgency: Urgency::Emergency,
            department: Department::Clinical,
            status: ConversationStatus::Open,
            sla_deadline: Some("2026-11-25T10:05:00Z".into()),
            created_at: "2026-11-25T10:00:00Z".into(),
            last_message_at: None,
            last_message_preview: Some("hello".into()),
            last_seq: 3,
            assigned_to: None,
            page_url: None,
            triage_reason: None,
            visitor: VisitorIdentity {
                name: Some("Ana".into()),
                ..VisitorIdentity::default()
            },
            verified: Default::default(),
            labels: vec!["vip".into()],
        };
        let inbox = InboxResponse {
            conversations: vec![entry],
            next: Some("WzIsIngiLCJjXzEiXQ".into()),
        };
        let json = serde_json::to_string(&inbox).unwrap();
        assert_eq!(serde_json::from_str::<InboxResponse>(&json).unwrap(), inbox);

        let session = StaffSession {
            token: "t".into(),
            expires_at: "2026-11-25T22:00:00Z".into(),
            staff: StaffProfile {
                id: "s_1".into(),
                clinic_id: "demo".into(),
                email: "a@b.c".into(),
                name: "Ada".into(),
                role: StaffRole::FrontDesk,
                departments: vec![Department::FrontDesk],
                disabled: false,
                language: Some(Lang::De),
            },
            time_zone: Some("Europe/Berlin".into()),
        };
        let json = serde_json::to_string(&session).unwrap();
        assert!(json.contains("\"front-desk\""));
        assert!(json.contains("\"language\":\"de\""), "{json}");
        assert_eq!(
            serde_json::from_str::<StaffSession>(&json).unwrap(),
            session
        );

        let log = AuditLogResponse {
            entries: vec![AuditEntry {
                id: 1,
                at: "2026-11-25T10:00:00Z".into(),
                actor: "s_1".into(),
                action: "replied".into(),
                conversation_id: Some("c_1".into()),
                detail: None,
            }],
        };
        let json = serde_json::to_string(&log).unwrap();
        assert_eq!(
            serde_json::from_str::<AuditLogResponse>(&json).unwrap(),
            log
        );
    }

    #[test]
    fn escalation_records_round_trip() {
        let record = EscalationRecord {
            at: "2026-11-25T10:10:00Z".into(),
            urgency: Urgency::Urgent,
            step: 1,
            notify: "on-call".into(),
            waited_seconds: 600,
        };
        let json = serde_json::to_string(&record).unwrap();
        assert_eq!(
            serde_json::from_str::<EscalationRecord>(&json).unwrap(),
            record
        );
    }

    #[test]
    fn enum_spellings_parse_back() {
        for role in [StaffRole::Admin, StaffRole::Clinician, StaffRole::FrontDesk] {
            assert_eq!(StaffRole::parse(role.as_str()), Some(role));
        }
        for status in [
            ConversationStatus::Open,
            ConversationStatus::Pending,
            ConversationStatus::Resolved,
        ] {
            assert_eq!(ConversationStatus::parse(status.as_str()), Some(status));
        }
    }
}
