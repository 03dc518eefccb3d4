//! A thread's stored messages, kept sorted by `seq` with no duplicates, whatever order
//! the history page, the live socket's replay and the send answers arrive in.

use frontdesk_protocol::Message;

/// Merges `incoming` into `messages`: sorted by `seq`, one message per `seq`, a message
/// whose `seq` is held replacing the stored copy (so a resent reply never shows twice).
/// Returns whether anything changed.
pub fn merge_by_seq(
    messages: &mut Vec<Message>,
    incoming: impl IntoIterator<Item = Message>,
) -> bool {
    let mut changed = false;
    for message in incoming {
        match messages.binary_search_by_key(&message.seq, |held| held.seq) {
            Ok(index) => {
                if messages[index] != message {
                    messages[index] = message;
                    changed = true;
                }
            }
            Err(index) => {
                messages.insert(index, message);
                changed = true;
            }
        }
    }
    changed
}

/// The highest `seq` held: where history and the live socket resume.
pub fn highest_seq(messages: &[Message]) -> u64 {
    messages.last().map_or(0, |message| message.seq)
}

#[cfg(test)]
mod tests {
    use frontdesk_protocol::Author;

    use super::*;

    fn message(seq: u64, text: &str) -> Message {
        Message {
            id: format!("m_{seq}"),
            seq,
            author: Author::Staff,
            text: text.into(),
            sent_at: "2026-11-25T10:00:00Z".into(),
            client_msg_id: None,
            author_name: None,
            attachments: Vec::new(),
        }
    }

    fn seqs(messages: &[Message]) -> Vec<u64> {
        messages.iter().map(|m| m.seq).collect()
    }

    #[test]
    fn merge_sorts_by_seq_and_drops_duplicates() {
        let table: &[(&[u64], &[u64])] = &[
            (&[], &[]),
            (&[1, 2, 3], &[1, 2, 3]),
            (&[3, 1, 2], &[1, 2, 3]),
            (&[1, 1, 2, 2, 1], &[1, 2]),
            (&[5, 2, 9, 2, 5, 1], &[1, 2, 5, 9]),
        ];
        for (incoming, expected) in table {
            let mut messages = Vec::new();
            merge_by_seq(&mut messages, incoming.iter().map(|seq| message(*seq, "x")));
            assert_eq!(seqs(&messages), *expected, "incoming {incoming:?}");
            assert_eq!(
                highest_seq(&messages),
                expected.last().copied().unwrap_or(0)
            );
        }
    }

    #[test]
    fn merge_reports_changes_and_replaces_a_held_seq() {
        let mut messages = vec![message(1, "a"), message(3, "c")];
        assert!(merge_by_seq(
            &mut messages,
            [
                message(5, "e"),
                message(2, "b"),
                message(3, "c"),
                message(4, "d")
            ]
        ));
        assert_eq!(seqs(&messages), [1, 2, 3, 4, 5]);
        // Replaying what is held changes nothing.
        assert!(!merge_by_seq(
            &mut messages,
            [message(2, "b"), message(5, "e")]
        ));
        // The same seq with new content replaces the stored copy instead of adding a row.
        assert!(merge_by_seq(&mut messages, [message(4, "d2")]));
        assert_eq!(messages.len(), 5);
        assert_eq!(messages[3].text, "d2");
    }
}
