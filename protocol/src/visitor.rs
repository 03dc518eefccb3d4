//! Types of the Visitor API: widget config, conversations and messages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Visitor,
    Staff,
    Bot,
    System,
}

impl Author {
    pub fn as_str(self) -> &'static str {
        match self {
            Author::Visitor => "visitor",
            Author::Staff => "staff",
            Author::Bot => "bot",
            Author::System => "system",
        }
    }

    pub fn parse(raw: &str) -> Option<Author> {
        match raw {
            "visitor" => Some(Author::Visitor),
            "staff" => Some(Author::Staff),
            "bot" => Some(Author::Bot),
            "system" => Some(Author::System),
            _ => None,
        }
    }
}

/// One message of a conversation. `seq` runs 1, 2, 3… per conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub seq: u64,
    pub author: Author,
    pub text: String,
    /// RFC 3339, UTC.
    pub sent_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_msg_id: Option<String>,
    /// Display name of a staff author (first name only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    /// Files sent with the message (their bytes are fetched through a signed URL).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// A file attached to a message: what it is, never where it is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub id: String,
    /// Decided from the file's bytes: `image/jpeg`, `image/png`, `image/webp`,
    /// `image/heic` or `application/pdf`.
    pub content_type: String,
    /// Bytes, after metadata was removed.
    pub size: u64,
}

/// 201 answer to an upload: the attachment, not yet part of any message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentUploaded {
    pub attachment: Attachment,
}

/// A short-lived signed URL for one attachment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentLink {
    pub url: String,
    /// RFC 3339, UTC.
    pub expires_at: String,
}

/// How soon a message needs a clinician. Ordered from least to most urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Routine,
    Urgent,
    Emergency,
}

impl Urgency {
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Routine => "routine",
            Urgency::Urgent => "urgent",
            Urgency::Emergency => "emergency",
        }
    }

    pub fn parse(raw: &str) -> Option<Urgency> {
        match raw {
            "routine" => Some(Urgency::Routine),
            "urgent" => Some(Urgency::Urgent),
            "emergency" => Some(Urgency::Emergency),
            _ => None,
        }
    }

    /// Sort key for "most urgent first": 0 is the most urgent.
    pub fn rank(self) -> u8 {
        match self {
            Urgency::Emergency => 0,
            Urgency::Urgent => 1,
            Urgency::Routine => 2,
        }
    }
}

/// The team a conversation is routed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Department {
    Clinical,
    Appointments,
    Billing,
    FrontDesk,
}

impl Department {
    pub const ALL: [Department; 4] = [
        Department::Clinical,
        Department::Appointments,
        Department::Billing,
        Department::FrontDesk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Department::Clinical => "clinical",
            Department::Appointments => "appointments",
            Department::Billing => "billing",
            Department::FrontDesk => "front-desk",
        }
    }

    pub fn parse(raw: &str) -> Option<Department> {
        Department::ALL.into_iter().find(|d| d.as_str() == raw)
    }
}

/// The outcome of triaging one visitor message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Triage {
    pub urgency: Urgency,
    pub department: Department,
    /// Which rule or signal fired, so staff can see why.
    #[serde(default)]
    pub reason: String,
}

/// Brand styling of the widget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// `#rrggbb`.
    pub brand_color: String,
    /// Text colour readable on `brand_color`, chosen by the server.
    pub brand_text_color: String,
    /// `right` or `left`.
    pub position: String,
    pub launcher_text: String,
}

/// `GET /v1/clinics/{clinic}/widget-config`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WidgetConfig {
    pub clinic_id: String,
    pub clinic_name: String,
    pub greeting: String,
    pub theme: Theme,
    pub languages: Vec<String>,
    pub open_now: bool,
    /// RFC 3339; absent while open or when the clinic has no hours.
    #[serde(default)]
    pub next_opening: Option<String>,
    /// Local emergency number for the visitor (from their country when known).
    pub emergency_number: String,
    pub privacy_url: String,
    /// Each team's usual first-reply wait in minutes: measured over the last weeks, or
    /// its routine SLA before there is data. The widget shows the front desk's.
    #[serde(default)]
    pub reply_minutes: BTreeMap<Department, u32>,
}

/// `POST /v1/clinics/{clinic}/conversations` body; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateConversationRequest {
    /// The page the visitor wrote from, shown to staff.
    #[serde(default)]
    pub page_url: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    /// What the host page passed to `Frontdesk.identify`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor: Option<crate::IdentifyRequest>,
}

/// Who the visitor said they are; every field optional. Personal data: shown to the
/// clinic's staff, never logged. Read from a JSON object only (serde's derive would also
/// take an array of the fields in order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct VisitorIdentity {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The patient's id in the clinic's portal (verified when signed, see `user_hash`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}

/// 201 answer to creating a conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateConversationResponse {
    pub conversation_id: String,
    pub visitor_token: String,
}

/// Body of both the visitor and the staff send calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendMessageRequest {
    pub client_msg_id: String,
    /// May be empty when the message carries attachments.
    pub text: String,
    /// Uploaded attachments (ids from the upload call) this message carries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachment_ids: Vec<String>,
}

/// Answer to a visitor message: 201 when stored, 200 for a resend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendMessageResponse {
    pub message: Message,
    pub triage: Triage,
    pub auto_replies: Vec<Message>,
}

/// `GET /v1/conversations/{id}/messages?after=<seq>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagesResponse {
    pub messages: Vec<Message>,
}

impl<'de> Deserialize<'de> for VisitorIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = VisitorIdentity;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object with optional name, email, phone and user_id strings")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut identity = VisitorIdentity::default();
                while let Some(key) = map.next_key::<String>()? {
                    let field = match key.as_str() {
                        "name" => &mut identity.name,
                        "email" => &mut identity.email,
                        "phone" => &mut identity.phone,
                        "user_id" => &mut identity.user_id,
                        // Other fields are ignored, like serde's derive does.
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                            continue;
                        }
                    };
                    *field = map.next_value()?;
                }
                Ok(identity)
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::DeserializeOwned;

    fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: T) {
        let json = serde_json::to_string(&value).unwrap();
        let back: T = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value, "{json}");
    }

    fn sample_message() -> Message {
        Message {
            id: "m_1".into(),
            seq: 1,
            author: Author::Visitor,
            text: "<b>hi</b> & bye".into(),
            sent_at: "2026-11-25T10:00:00Z".into(),
            client_msg_id: Some("7c0e4a0e-8f1a-4a8e-9b1e-2f3c4d5e6f70".into()),
            author_name: None,
            attachments: Vec::new(),
        }
    }

    #[test]
    fn visitor_identity_is_an_object_only() {
        let read = |raw: &str| serde_json::from_str::<VisitorIdentity>(raw);
        assert_eq!(
            read(r#"{"name":"Ana","phone":null,"age":5}"#).unwrap(),
            VisitorIdentity {
                name: Some("Ana".into()),
                ..VisitorIdentity::default()
            }
        );
        assert!(read("[null, null]").is_err());
        assert!(read(r#"{"email": 5}"#).is_err());
    }

    #[test]
    fn visitor_types_round_trip() {
        round_trip(sample_message());
        round_trip(SendMessageResponse {
            message: sample_message(),
            triage: Triage {
                urgency: Urgency::Urgent,
                department: Department::FrontDesk,
                reason: "post-procedure bleeding".into(),
            },
            auto_replies: vec![],
        });
        round_trip(MessagesResponse {
            messages: vec![sample_message()],
        });
        round_trip(CreateConversationResponse {
            conversation_id: "c_1".into(),
            visitor_token: "t".into(),
        });
        round_trip(CreateConversationRequest::default());
        round_trip(WidgetConfig {
            clinic_id: "demo".into(),
            clinic_name: "Demo".into(),
            greeting: "Hi".into(),
            theme: Theme {
                brand_color: "#0f766e".into(),
                brand_text_color: "#ffffff".into(),
                position: "right".into(),
                launcher_text: "Chat".into(),
            },
            languages: vec!["en".into()],
            open_now: false,
            next_opening: Some("2026-11-26T08:00:00+01:00".into()),
            emergency_number: "112".into(),
            privacy_url: "/privacy.html".into(),
            reply_minutes: [(Department::FrontDesk, 15)].into(),
        });
    }

    #[test]
    fn enums_use_contract_spelling() {
        assert_eq!(
            serde_json::to_string(&Department::FrontDesk).unwrap(),
            "\"front-desk\""
        );
        assert_eq!(
            serde_json::to_string(&Urgency::Emergency).unwrap(),
            "\"emergency\""
        );
        assert_eq!(serde_json::to_string(&Author::Bot).unwrap(), "\"bot\"");
        for department in Department::ALL {
            assert_eq!(Department::parse(department.as_str()), Some(department));
        }
        for urgency in [Urgency::Routine, Urgency::Urgent, Urgency::Emergency] {
            assert_eq!(Urgency::parse(urgency.as_str()), Some(urgency));
        }
        assert!(Urgency::Emergency > Urgency::Urgent && Urgency::Urgent > Urgency::Routine);
    }
}
