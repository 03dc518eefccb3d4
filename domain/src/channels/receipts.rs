//! Receipts that name no message but a point in time: Messenger's `message_deliveries`
//! and `message_reads` carry a `watermark`, and "all messages that were sent before or at
//! this timestamp" were delivered or read. Which of a conversation's outbound messages
//! such a receipt moves is decided here; the edge reads the candidates and stores the
//! moves.
//!
//! Meta's timestamp is when Meta took the message; ours (`handed_at_ms`) is when we
//! started the Send API call that it accepted, which is earlier. Every message Meta took
//! at or before the watermark was therefore handed to it at or before the watermark, so
//! none is missed; the only message that can be marked early is one whose send call was
//! still on its way at the watermark's instant (milliseconds).
//!
//! Docs: <https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-deliveries>,
//! <https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/message-reads>.

use frontdesk_protocol::DeliveryStatus;

use super::DeliveryState;

/// An outbound message a receipt may still move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentMessage {
    pub seq: u64,
    pub status: DeliveryStatus,
    /// Which send this is; the move is made on this attempt only, so a resend that
    /// started meanwhile is left alone.
    pub attempt: u32,
    /// When the send the provider accepted was started (ms since the epoch); `None`
    /// while it has not been accepted.
    pub handed_at_ms: Option<i64>,
}

/// One message a receipt moves, on the attempt it was read at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Covered {
    pub seq: u64,
    pub attempt: u32,
}

/// The messages a receipt of `state` (delivered or read) up to `watermark_ms` moves:
/// those handed to the provider at or before the watermark that it would move forward.
/// Failed or not yet accepted messages never are: the patient can't have them.
pub fn covered(sent: &[SentMessage], watermark_ms: i64, state: DeliveryState) -> Vec<Covered> {
    // Only deliveries and reads come by watermark.
    if !matches!(state, DeliveryState::Delivered | DeliveryState::Read) {
        return Vec::new();
    }
    let target = state.status();
    sent.iter()
        .filter(|message| {
            matches!(
                message.status,
                DeliveryStatus::Sent | DeliveryStatus::Delivered
            ) && message.status.rank() < target.rank()
                && message
                    .handed_at_ms
                    .is_some_and(|handed| handed <= watermark_ms)
        })
        .map(|message| Covered {
            seq: message.seq,
            attempt: message.attempt,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::meta::messenger::parse_webhook;
    use crate::channels::{InboundEvent, StatusTarget};

    fn sent(seq: u64, status: DeliveryStatus, handed_at_ms: Option<i64>) -> SentMessage {
        SentMessage {
            seq,
            status,
            attempt: 1,
            handed_at_ms,
        }
    }

    /// The watermark of Meta's documented `message_reads` example.
    fn documented_read_watermark() -> (i64, DeliveryState) {
        let body =
            br#"{"object":"page","entry":[{"id":"400500600","time":1458668856463,"messaging":[
            {"sender":{"id":"1254459154682919"},"recipient":{"id":"400500600"},
             "timestamp":1458668856463,"read":{"watermark":1458668856253}}]}]}"#;
        let events = parse_webhook(body).unwrap();
        let [InboundEvent::Status(update)] = events.as_slice() else {
            panic!("{events:?}")
        };
        let StatusTarget::UpTo { watermark_ms, .. } = update.target else {
            panic!("{update:?}")
        };
        (watermark_ms, update.state)
    }

    #[test]
    fn a_read_watermark_reads_every_message_sent_at_or_before_it() {
        let (watermark, state) = documented_read_watermark();
        assert_eq!((watermark, state), (1_458_668_856_253, DeliveryState::Read));
        let messages = [
            sent(2, DeliveryStatus::Sent, Some(watermark - 60_000)),
            sent(4, DeliveryStatus::Delivered, Some(watermark - 200)),
            // Handed over at the watermark's very millisecond: "before or at".
            sent(6, DeliveryStatus::Sent, Some(watermark)),
            // Sent after the patient read: still unread.
            sent(8, DeliveryStatus::Delivered, Some(watermark + 1)),
        ];
        let seqs: Vec<u64> = covered(&messages, watermark, state)
            .iter()
            .map(|c| c.seq)
            .collect();
        assert_eq!(seqs, [2, 4, 6]);
    }

    #[test]
    fn a_delivery_watermark_leaves_read_failed_and_unsent_messages_alone() {
        // Meta's documented `message_deliveries` example's watermark.
        let watermark = 1_458_668_856_253;
        let messages = [
            sent(1, DeliveryStatus::Read, Some(watermark - 5_000)),
            sent(2, DeliveryStatus::Delivered, Some(watermark - 4_000)),
            sent(3, DeliveryStatus::Failed, Some(watermark - 3_000)),
            // A resend waiting for its turn: its earlier hand-over is no longer news.
            sent(4, DeliveryStatus::Queued, Some(watermark - 2_000)),
            sent(5, DeliveryStatus::Sent, None),
            SentMessage {
                attempt: 2,
                ..sent(7, DeliveryStatus::Sent, Some(watermark - 1_000))
            },
        ];
        assert_eq!(
            covered(&messages, watermark, DeliveryState::Delivered),
            [Covered { seq: 7, attempt: 2 }]
        );
    }

    #[test]
    fn only_deliveries_and_reads_come_by_watermark() {
        let messages = [sent(1, DeliveryStatus::Sent, Some(10))];
        for state in [
            DeliveryState::Queued,
            DeliveryState::Sent,
            DeliveryState::Failed,
        ] {
            assert!(covered(&messages, 20, state).is_empty(), "{state:?}");
        }
        assert_eq!(covered(&messages, 20, DeliveryState::Read).len(), 1);
    }
}
