//! What a channel webhook says, common to every provider: a patient's message, or a
//! delivery status of one of ours (with the provider's failure in words staff can act on).

use serde::{Deserialize, Serialize};

use super::{Channel, PatientAddress};

/// The provider's own id of a message: the dedupe key for redelivered webhooks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProviderMessageId(pub String);

impl ProviderMessageId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A patient's message, common to every channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundMessage {
    pub provider_message_id: ProviderMessageId,
    pub from: PatientAddress,
    /// The clinic's own account at the provider that received it (phone number, WhatsApp
    /// phone number id, page id, official account id, X user id).
    pub clinic_account: String,
    /// The text; empty when the message is only media.
    pub text: String,
    /// The media (images, documents, audio...) that came with it, in order.
    pub media: Vec<crate::channel_media::InboundMedia>,
    /// The provider's own timestamp in ms since the epoch, when it gives one (Twilio doesn't).
    /// The service windows run from it.
    pub sent_at_ms: Option<i64>,
}

impl InboundMessage {
    pub fn channel(&self) -> Channel {
        self.from.channel()
    }
}

/// Delivery states of an outbound message, in the order they are reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryState {
    Queued,
    Sent,
    Delivered,
    Read,
    Failed,
}

impl DeliveryState {
    /// The stored status this state is.
    pub fn status(self) -> frontdesk_protocol::DeliveryStatus {
        use frontdesk_protocol::DeliveryStatus;
        match self {
            DeliveryState::Queued => DeliveryStatus::Queued,
            DeliveryState::Sent => DeliveryStatus::Sent,
            DeliveryState::Delivered => DeliveryStatus::Delivered,
            DeliveryState::Read => DeliveryStatus::Read,
            DeliveryState::Failed => DeliveryStatus::Failed,
        }
    }

    /// A final answer either way (`delivered`, `failed`): callbacks arriving late never
    /// undo it; see `DeliveryStatus::rank`.
    fn rank(self) -> u8 {
        self.status().rank()
    }

    /// The state after `update` arrives in `self`: providers deliver callbacks in any
    /// order, so a state only moves forward ("sent" after "delivered" changes nothing).
    pub fn advance(self, update: DeliveryState) -> DeliveryState {
        if update.rank() > self.rank() {
            update
        } else {
            self
        }
    }
}

/// Why the provider refused or failed a message, in words staff can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureReason {
    /// The patient opted out (SMS STOP): don't send again until they opt back in.
    OptedOut,
    /// The number or account can't receive it (unreachable, unknown, landline).
    Undeliverable,
    /// The recipient address itself is invalid.
    InvalidRecipient,
    /// Outside the platform's reply window: only a template may go out.
    OutsideWindow,
    /// The carrier or platform filtered the content.
    ContentRejected,
    /// The platform refused a file the message carries (its type, size or content).
    FileRejected,
    /// The text is over the platform's length limit.
    TooLong,
    /// Sending too fast; try later.
    RateLimited,
    /// The clinic's provider credentials are wrong, expired or revoked: tell an admin.
    Credentials,
    /// Anything else; the provider's code says more.
    Other,
}

impl FailureReason {
    /// True when sending the same message again later may work.
    pub fn retryable(self) -> bool {
        matches!(self, FailureReason::RateLimited | FailureReason::Other)
    }
}

/// A provider's error: its own code, what it means, and its message when it gives one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderFailure {
    pub code: String,
    pub reason: FailureReason,
    pub message: Option<String>,
}

/// Which outbound messages a status update is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusTarget {
    /// One message, by the id the provider answered the send with.
    Message(ProviderMessageId),
    /// Every message to this patient sent at or before the watermark (Messenger's
    /// delivery and read receipts).
    UpTo {
        recipient: PatientAddress,
        watermark_ms: i64,
    },
}

/// A delivery status callback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusUpdate {
    pub target: StatusTarget,
    pub state: DeliveryState,
    /// Set when `state` is `Failed`.
    pub failure: Option<ProviderFailure>,
    pub at_ms: Option<i64>,
}

/// One thing a webhook says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InboundEvent {
    Message(InboundMessage),
    Status(StatusUpdate),
}
