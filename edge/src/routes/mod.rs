//! Route handlers, one module per audience.

pub mod account;
pub mod admin;
pub mod api_keys;
pub mod appointments;
pub mod attachments;
pub mod channels;
pub mod corrections;
pub mod deliveries;
pub mod details;
pub mod fhir;
pub mod identity;
pub mod inbox;
pub mod integrations;
pub mod notice;
pub mod outreach;
pub mod replies;
pub mod reports;
pub mod search;
pub mod sessions;
pub mod staff;
pub mod staff_lifecycle;
pub mod subscriptions;
pub mod surveys;
pub mod team;
pub mod templates;
pub mod verification;
pub mod visitor;

use frontdesk_domain::text::{self, MessageText, TextError};
use frontdesk_protocol::SendMessageRequest;

use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;

/// A send body that passed validation.
pub struct ValidSend {
    pub client_msg_id: String,
    pub text: MessageText,
    /// Upload ids the message carries (checked against the store when linked).
    pub attachment_ids: Vec<String>,
}

/// Validates a send body shared by visitors and staff: a UUID `client_msg_id` and
/// printable text within the limit, which may be empty when attachments go with it.
pub fn validate_send(request: SendMessageRequest) -> AppResult<ValidSend> {
    if !text::is_uuid(&request.client_msg_id) {
        return Err(AppError::invalid(
            "invalid_client_msg_id",
            "'client_msg_id' must be a UUID, e.g. from crypto.randomUUID().",
        ));
    }
    let parse = if request.attachment_ids.is_empty() {
        MessageText::parse
    } else {
        MessageText::caption
    };
    let message_text = parse(request.text).map_err(|error| match error {
        TextError::TooLong(_) => AppError::new(413, "text_too_long", error.to_string()),
        TextError::Empty => AppError::invalid("empty_text", "The message text is empty."),
        TextError::ControlCharacters => AppError::invalid("invalid_text", error.to_string()),
    })?;
    Ok(ValidSend {
        client_msg_id: request.client_msg_id,
        text: message_text,
        attachment_ids: request.attachment_ids,
    })
}

/// Refuses ids of a shape this service never makes, before any storage is touched.
pub fn conversation_id(raw: &str) -> AppResult<ConversationId> {
    ConversationId::parse(raw).ok_or_else(AppError::unknown_conversation)
}
