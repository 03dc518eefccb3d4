//! Event subscriptions: which events a clinic's systems may subscribe to, what a
//! subscription must be, and the payload each delivery carries (Standard Webhooks' shape:
//! `type`, `timestamp`, `data`; signed by [`crate::webhook`]).
//!
//! A payload carries ids, urgency, department and flags; message text only when the
//! subscription opted in *and* its URL is https, so text never crosses a network in
//! clear and a subscriber that didn't ask never holds it.

use frontdesk_protocol::{Department, Urgency};
use serde::{Deserialize, Serialize};

/// What happened, as a subscriber names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventType {
    #[serde(rename = "conversation.created")]
    ConversationCreated,
    #[serde(rename = "message.created")]
    MessageCreated,
    #[serde(rename = "conversation.triaged")]
    ConversationTriaged,
    #[serde(rename = "conversation.escalated")]
    ConversationEscalated,
    #[serde(rename = "conversation.assigned")]
    ConversationAssigned,
    #[serde(rename = "conversation.resolved")]
    ConversationResolved,
    #[serde(rename = "survey.answered")]
    SurveyAnswered,
}

impl EventType {
    pub const ALL: [EventType; 7] = [
        EventType::ConversationCreated,
        EventType::MessageCreated,
        EventType::ConversationTriaged,
        EventType::ConversationEscalated,
        EventType::ConversationAssigned,
        EventType::ConversationResolved,
        EventType::SurveyAnswered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::ConversationCreated => "conversation.created",
            EventType::MessageCreated => "message.created",
            EventType::ConversationTriaged => "conversation.triaged",
            EventType::ConversationEscalated => "conversation.escalated",
            EventType::ConversationAssigned => "conversation.assigned",
            EventType::ConversationResolved => "conversation.resolved",
            EventType::SurveyAnswered => "survey.answered",
        }
    }

    pub fn parse(text: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// The most subscriptions a clinic may hold (each event fans out to all of them).
pub const MAX_SUBSCRIPTIONS: usize = 20;
/// The longest URL a subscription may name.
pub const MAX_URL_BYTES: usize = 2048;

/// What an admin asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionRequest<'a> {
    pub url: &'a str,
    pub events: &'a [EventType],
    pub include_text: bool,
}

/// Why a subscription was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubscriptionError {
    #[error("{0}")]
    Url(#[from] crate::webhook::UrlError),
    #[error("the URL is longer than 2048 bytes")]
    UrlTooLong,
    #[error("name at least one event")]
    NoEvents,
    #[error("message text goes only to an https URL")]
    TextNeedsHttps,
}

/// Checks a subscription before it is stored.
pub fn validate(request: &SubscriptionRequest<'_>) -> Result<(), SubscriptionError> {
    if request.url.len() > MAX_URL_BYTES {
        return Err(SubscriptionError::UrlTooLong);
    }
    crate::webhook::check_url(request.url)?;
    if request.events.is_empty() {
        return Err(SubscriptionError::NoEvents);
    }
    if request.include_text && !crate::webhook::is_https(request.url) {
        return Err(SubscriptionError::TextNeedsHttps);
    }
    Ok(())
}

/// Whether a delivery to this subscription may carry message text: opted in, and https
/// (checked again at delivery, whatever was stored).
pub fn may_carry_text(include_text: bool, url: &str) -> bool {
    include_text && crate::webhook::is_https(url)
}

/// What an event says, before the subscription decides about text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventData {
    pub clinic_id: String,
    pub conversation_id: String,
    /// The message's number in its conversation (`message.created`, `survey.answered`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
    /// `visitor` or `staff` (`message.created`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<Urgency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Department>,
    /// The staff member now responsible (`conversation.assigned`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// The ladder's step (`conversation.escalated`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<usize>,
    /// The survey answer's rating and whether triage read a red flag in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub red_flag: Option<bool>,
    /// The message text: only in a payload for a subscription that may carry it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl EventData {
    /// An event about a conversation, with nothing else said yet.
    pub fn about(clinic_id: &str, conversation_id: &str) -> EventData {
        EventData {
            clinic_id: clinic_id.to_owned(),
            conversation_id: conversation_id.to_owned(),
            seq: None,
            author: None,
            urgency: None,
            department: None,
            assigned_to: None,
            step: None,
            rating: None,
            red_flag: None,
            text: None,
        }
    }
}

/// One delivery's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPayload {
    #[serde(rename = "type")]
    pub kind: EventType,
    /// RFC 3339, when the event happened.
    pub timestamp: String,
    pub data: EventData,
}

impl EventPayload {
    /// The body for one subscription: `text` only when it may carry it.
    pub fn for_subscription(
        kind: EventType,
        timestamp: &str,
        data: &EventData,
        text: Option<&str>,
        include_text: bool,
        url: &str,
    ) -> EventPayload {
        let mut data = data.clone();
        data.text = text
            .filter(|_| may_carry_text(include_text, url))
            .map(str::to_owned);
        EventPayload {
            kind,
            timestamp: timestamp.to_owned(),
            data,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> EventData {
        EventData {
            seq: Some(3),
            author: Some("visitor".into()),
            urgency: Some(Urgency::Urgent),
            department: Some(Department::Clinical),
            text: Some("stale".into()),
            ..EventData::about("demo", "c_1")
        }
    }

    #[test]
    fn event_names_round_trip() {
        for kind in EventType::ALL {
            assert_eq!(EventType::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
        assert_eq!(EventType::parse("conversation.deleted"), None);
    }

    #[test]
    fn text_only_when_opted_in_and_https() {
        let cases = [
            (true, "https://ehr.example/hook", Some("I still bleed")),
            (false, "https://ehr.example/hook", None),
            // Opted in, but a dev receiver in clear text never gets it.
            (true, "http://127.0.0.1:9000/hook", None),
            (false, "http://127.0.0.1:9000/hook", None),
        ];
        for (include, url, expected) in cases {
            let payload = EventPayload::for_subscription(
                EventType::MessageCreated,
                "2026-12-06T01:00:00Z",
                &data(),
                Some("I still bleed"),
                include,
                url,
            );
            assert_eq!(payload.data.text.as_deref(), expected, "{include} {url}");
            let body = serde_json::to_string(&payload).unwrap();
            assert_eq!(body.contains("bleed"), expected.is_some(), "{body}");
            // The event's own stale text never leaks through.
            assert!(!body.contains("stale"));
            assert!(body.starts_with(r#"{"type":"message.created","timestamp":"#));
        }
    }

    #[test]
    fn subscriptions_are_validated() {
        let events = [EventType::MessageCreated];
        let request = |url, events, include_text| SubscriptionRequest {
            url,
            events,
            include_text,
        };
        assert_eq!(
            validate(&request("https://ehr.example/hook", &events, true)),
            Ok(())
        );
        assert_eq!(
            validate(&request("http://127.0.0.1:1/hook", &events, false)),
            Ok(())
        );
        assert_eq!(
            validate(&request("http://127.0.0.1:1/hook", &events, true)),
            Err(SubscriptionError::TextNeedsHttps)
        );
        assert_eq!(
            validate(&request("http://ehr.example/hook", &events, false)),
            Err(SubscriptionError::Url(crate::webhook::UrlError::NotHttps))
        );
        assert_eq!(
            validate(&request("https://ehr.example/hook", &[], false)),
            Err(SubscriptionError::NoEvents)
        );
        let long = format!("https://ehr.example/{}", "a".repeat(MAX_URL_BYTES));
        assert_eq!(
            validate(&request(&long, &events, false)),
            Err(SubscriptionError::UrlTooLong)
        );
    }
}
