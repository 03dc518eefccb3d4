//! Strict readers for the API's JSON answers, over any parsed JSON value: the browser's
//! `JSON.parse` result in the apps, serde_json's `Value` in the tests. They return the
//! protocol crate's types and read them as the protocol's serde derives do (a required
//! field missing or of the wrong type, or an unknown enum spelling, refuses the whole
//! answer; `Option` fields may be absent or `null`; `#[serde(default)]` fields may be
//! absent), but without serde's per-type visitor code, which with serde_json was the
//! console's largest dependency (BENCHMARKS.md, "Console size, round 3").
//!
//! The tests prove each reader against the serde derive it replaces: what serde writes,
//! the reader reads back equal.

use frontdesk_protocol::{
    ApiError, ApiKey, ApiKeysResponse, ApiScope, ApprovedTemplate, Attachment, AttachmentLink,
    AttachmentUploaded, Author, Channel, ChannelDeliveriesResponse, ChannelReportRow, ChannelRules,
    ClaimResponse, ClinicReport, ConversationStatus, CorrectionCounts, CorrectionDirection,
    CorrectionReport, Deflection, DeletedTemplate, DeliveriesResponse, Delivery, DeliveryStatus,
    Department, ErrorBody, EscalationRecord, EventDelivery, FirstResponseRow, HistoryResponse,
    IdentityProofs, InboxEntry, InboxResponse, Lang, LinkDelivery, LinkRecipient, LinkSent,
    LiveEvent, Message, Note, NotesResponse, OutreachOptions, ReadMarks, Redelivery,
    ResendResponse, RevokedApiKey, SavedReply, SlaCompliance, StaffListResponse,
    StaffMessagesResponse, StaffProfile, StaffReplyResponse, StaffRole, StaffSession,
    StartConversationResponse, Subscription, SubscriptionsResponse, SurveyReport,
    SurveySentResponse, TemplatesResponse, TriageChange, TriageCorrection,
    TriageCorrectionResponse, Urgency, UrgencySla, VerificationMethod, VisitorIdentity, Volume,
};

/// A parsed JSON value, as each platform holds one.
pub trait JsonValue: Sized {
    /// The object's field `key`; `None` when it is absent or this is not an object.
    fn field(&self, key: &str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
    fn is_null(&self) -> bool;
    /// The items of an array; `None` when this is not one.
    fn items(&self) -> Option<Vec<Self>>;
}

/// A type read from JSON; `None` when the value has another shape.
pub trait Decode: Sized {
    fn decode<V: JsonValue>(value: &V) -> Option<Self>;

    /// What an absent field reads as: refused, except an `Option` (serde's rule too).
    fn absent() -> Option<Self> {
        None
    }
}

/// Field `key` of `object`.
pub fn field<T: Decode, V: JsonValue>(object: &V, key: &str) -> Option<T> {
    match object.field(key) {
        Some(value) => T::decode(&value),
        None => T::absent(),
    }
}

/// Field `key` of `object`, its default when absent (`#[serde(default)]`).
pub fn field_or_default<T: Decode + Default, V: JsonValue>(object: &V, key: &str) -> Option<T> {
    match object.field(key) {
        Some(value) => T::decode(&value),
        None => Some(T::default()),
    }
}

impl Decode for String {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        value.string()
    }
}

impl Decode for bool {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        value.boolean()
    }
}

impl Decode for f64 {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        value.number()
    }
}

/// A whole number within `0..=max` (JSON numbers are doubles: up to 2^53 exactly).
fn whole<V: JsonValue>(value: &V, max: f64) -> Option<f64> {
    value
        .number()
        .filter(|number| number.fract() == 0.0 && (0.0..=max).contains(number))
}

impl Decode for u64 {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        whole(value, 9_007_199_254_740_991.0).map(|number| number as u64)
    }
}

impl Decode for u32 {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        whole(value, f64::from(u32::MAX)).map(|number| number as u32)
    }
}

impl Decode for u16 {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        whole(value, f64::from(u16::MAX)).map(|number| number as u16)
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        if value.is_null() {
            Some(None)
        } else {
            T::decode(value).map(Some)
        }
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        value.items()?.iter().map(T::decode).collect()
    }
}

impl<T: Decode> Decode for Box<T> {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        T::decode(value).map(Box::new)
    }
}

/// Enums written as one string, read by the protocol's own `parse`.
macro_rules! spelled {
    ($($name:ty => $parse:expr;)*) => {$(
        impl Decode for $name {
            fn decode<V: JsonValue>(value: &V) -> Option<Self> {
                ($parse)(value.string()?.as_str())
            }
        }
    )*};
}

spelled! {
    Author => Author::parse;
    Urgency => Urgency::parse;
    Department => Department::parse;
    Channel => Channel::parse;
    DeliveryStatus => DeliveryStatus::parse;
    StaffRole => StaffRole::parse;
    ConversationStatus => ConversationStatus::parse;
    VerificationMethod => VerificationMethod::parse;
    CorrectionDirection => CorrectionDirection::parse;
    ApiScope => ApiScope::parse;
    Lang => Lang::from_code;
    LinkDelivery => |raw| (raw == "email").then_some(LinkDelivery::Email);
    LinkRecipient => |raw| match raw {
        "invitee" => Some(LinkRecipient::Invitee),
        "account_holder" => Some(LinkRecipient::AccountHolder),
        _ => None,
    };
}

/// Structs written as JSON objects, one field per Rust field of the same name; those
/// after `;` are `#[serde(default)]`.
macro_rules! objects {
    ($($name:ident { $($required:ident),* $(; $($defaulted:ident),*)? })*) => {$(
        impl Decode for $name {
            fn decode<V: JsonValue>(value: &V) -> Option<Self> {
                Some($name {
                    $($required: field(value, stringify!($required))?,)*
                    $($($defaulted: field_or_default(value, stringify!($defaulted))?,)*)?
                })
            }
        }
    )*};
}

objects! {
    ErrorBody { code, message }
    ApiError { error }
    Attachment { id, content_type, size }
    Message { id, seq, author, text, sent_at; client_msg_id, author_name, attachments }
    AttachmentUploaded { attachment }
    AttachmentLink { url, expires_at }
    VisitorIdentity { name, email, phone, user_id }
    IdentityProofs { name, email, phone, user_id }
    StaffProfile { id, clinic_id, email, name, role, departments; disabled, language }
    StaffSession { token, expires_at, staff; time_zone }
    InboxEntry {
        conversation_id, address, urgency, department, status, sla_deadline, created_at,
        last_message_at, last_message_preview, last_seq, assigned_to, page_url, triage_reason;
        channel, visitor, verified, labels
    }
    InboxResponse { conversations, next }
    HistoryResponse { conversations }
    EscalationRecord { at, urgency, step, notify, waited_seconds }
    ApprovedTemplate { name, language, body }
    ChannelRules {
        opted_out, window_hours, last_patient_message_at;
        templates_outside_window, whatsapp_templates
    }
    StaffMessagesResponse { conversation, messages, channel_rules; escalations, deliveries }
    StaffReplyResponse { message }
    ChannelDeliveriesResponse { deliveries }
    ResendResponse { delivery }
    ClaimResponse { conversation_id, assigned_to }
    TriageChange { from_urgency, to_urgency, from_department, to_department, direction }
    TriageCorrectionResponse { conversation, correction }
    Note { id, author_name, text, created_at }
    NotesResponse { notes }
    StaffListResponse { staff }
    LinkSent { sent_by, sent_to, expires_at }
    SurveySentResponse { survey_id, message }
    FirstResponseRow {
        department, week_start, conversations, answered, median_minutes, p90_minutes
    }
    UrgencySla { urgency, due, answered_in_time }
    SlaCompliance { due, answered_in_time, share, by_urgency }
    Volume { conversations, by_hour, by_weekday, after_hours, after_hours_share }
    SurveyReport { sent, answered, response_share, average_rating, ratings, problems, red_flags }
    Deflection { conversations, answered_by_bot, deflected, share }
    CorrectionCounts {
        language, conversations, corrections, up, down, department_only, corrected_share
    }
    CorrectionReport { total, by_language }
    ChannelReportRow {
        channel, conversations, answered, median_minutes, p90_minutes, emergency, urgent,
        routine, sla_due, sla_answered_in_time
    }
    ClinicReport {
        from, to, time_zone, first_response, sla, volume;
        surveys, deflection, corrections, by_channel
    }
    SavedReply { id, shortcut, title, body, department, updated_at, updated_by, rendered }
    TemplatesResponse { templates }
    DeletedTemplate { id, deleted }
    ApiKey {
        id, name, prefix, scopes, created_at, created_by, last_used_at, revoked_at, secret
    }
    ApiKeysResponse { api_keys }
    RevokedApiKey { id, revoked }
    Subscription { id, url, events, include_text, created_at, created_by, secret }
    SubscriptionsResponse { subscriptions }
    EventDelivery {
        id, event, occurred_at, attempts, last_status, last_error, last_attempt_at, delivered_at
    }
    DeliveriesResponse { deliveries }
    Redelivery { id, queued }
    StartConversationResponse { conversation_id, new_conversation, message }
    OutreachOptions { channels; whatsapp_templates }
    ReadMarks { visitor, staff }
}

/// A channel delivery: `attempt` is 1 when absent (answers from before resends).
impl Decode for Delivery {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        Some(Delivery {
            seq: field(value, "seq")?,
            status: field(value, "status")?,
            reason: field(value, "reason")?,
            updated_at: field(value, "updated_at")?,
            attempt: match value.field("attempt") {
                Some(attempt) => u32::decode(&attempt)?,
                None => 1,
            },
        })
    }
}

/// The change's fields sit in the correction's own object (`#[serde(flatten)]`).
impl Decode for TriageCorrection {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        Some(TriageCorrection {
            change: TriageChange::decode(value)?,
            language: field(value, "language")?,
            triage_reason: field(value, "triage_reason")?,
            reason: field(value, "reason")?,
            staff_id: field(value, "staff_id")?,
            corrected_at: field(value, "corrected_at")?,
        })
    }
}

/// A live frame, tagged by `type`; a type this client does not know reads as `None`.
impl Decode for LiveEvent {
    fn decode<V: JsonValue>(value: &V) -> Option<Self> {
        Some(match field::<String, _>(value, "type")?.as_str() {
            "message" => LiveEvent::Message {
                message: field(value, "message")?,
            },
            "inbox" => LiveEvent::Inbox {
                conversation: field(value, "conversation")?,
            },
            "ready" => LiveEvent::Ready {
                last_seq: field(value, "last_seq")?,
                read: field(value, "read")?,
            },
            "typing" => LiveEvent::Typing {
                author: field(value, "author")?,
                typing: field(value, "typing")?,
                name: field(value, "name")?,
            },
            "read" => LiveEvent::Read {
                reader: field(value, "reader")?,
                seq: field(value, "seq")?,
            },
            "delivery" => LiveEvent::Delivery {
                delivery: field(value, "delivery")?,
            },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests;
