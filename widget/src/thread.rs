//! The visible conversation: server messages merged by `seq`, plus the visitor's unsent ones.
//!
//! Pure data and rules, no browser calls, so it is tested natively.

use frontdesk_client_core::seq::{highest_seq, merge_by_seq};
use frontdesk_protocol::{Attachment, Author, Message};
use serde::{Deserialize, Serialize};

/// Where an unsent visitor message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// A request is in flight.
    Sending,
    /// The last attempt failed for a passing reason; it will be retried.
    Queued,
    /// The server refused it; retrying would not help.
    Failed,
}

impl Delivery {
    /// The `data-delivery` attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Sending => "sending",
            Delivery::Queued => "queued",
            Delivery::Failed => "failed",
        }
    }
}

/// A visitor message the server has not confirmed yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub client_msg_id: String,
    pub text: String,
    pub delivery: Delivery,
    /// The name of the file this message sends, if it is one. The file itself lives in
    /// the page's memory (`src/lazy.js`), so such a message is not kept across reloads.
    pub file: Option<String>,
}

/// What the outbox keeps across reloads: enough to resend with the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub client_msg_id: String,
    pub text: String,
}

/// One rendered bubble, owned so the view can key and clone it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Stable while the bubble's content is unchanged; changes when it must re-render.
    pub key: String,
    /// `None` until the server stored it.
    pub seq: Option<u64>,
    pub author: Author,
    pub author_name: Option<String>,
    pub text: String,
    pub sent_at: Option<String>,
    pub delivery: Option<Delivery>,
    /// The visitor's id for the message, so a refused one can be retried.
    pub client_msg_id: Option<String>,
    /// An unsent file's name (it can still be cancelled).
    pub file: Option<String>,
    /// The stored message's files.
    pub attachments: Vec<Attachment>,
}

/// Server messages sorted by `seq` without duplicates, then pending ones in send order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Thread {
    messages: Vec<Message>,
    pending: Vec<Pending>,
}

impl Thread {
    /// Adds or replaces a server message; a pending copy with the same `client_msg_id` goes away.
    pub fn merge(&mut self, incoming: Message) {
        if let Some(client_msg_id) = incoming.client_msg_id.as_deref() {
            self.pending
                .retain(|pending| pending.client_msg_id != client_msg_id);
        }
        merge_by_seq(&mut self.messages, [incoming]);
    }

    /// Merges every message of a batch (history page, live replay, auto replies).
    pub fn merge_all(&mut self, incoming: impl IntoIterator<Item = Message>) {
        for message in incoming {
            self.merge(message);
        }
    }

    /// The server's answer to a send: drops the pending copy even if the echo lacks the id.
    pub fn confirm(&mut self, client_msg_id: &str, stored: Message) {
        self.remove_pending(client_msg_id);
        self.merge(stored);
    }

    /// Forgets a deleted conversation but keeps what the visitor has not sent yet.
    pub fn clear_messages(&mut self) {
        self.messages.clear();
    }

    /// Nothing sent or waiting: a fresh visitor.
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty() && self.pending.is_empty()
    }

    /// A message is stored: the conversation exists on the server (verifying needs it).
    pub fn has_stored(&self) -> bool {
        !self.messages.is_empty()
    }

    /// Highest `seq` seen, the resume point for history and the live socket.
    pub fn last_seq(&self) -> u64 {
        highest_seq(&self.messages)
    }

    #[cfg(test)]
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    #[cfg(test)]
    pub fn pending(&self) -> &[Pending] {
        &self.pending
    }

    /// Queues a new visitor message (or a restored one) for sending.
    pub fn push_pending(&mut self, client_msg_id: String, text: String, delivery: Delivery) {
        self.push(client_msg_id, text, delivery, None);
    }

    /// Queues a file the visitor picked, as a message of its own.
    pub fn push_file(&mut self, client_msg_id: String, name: String) {
        self.push(client_msg_id, String::new(), Delivery::Sending, Some(name));
    }

    fn push(
        &mut self,
        client_msg_id: String,
        text: String,
        delivery: Delivery,
        file: Option<String>,
    ) {
        if self
            .pending
            .iter()
            .any(|pending| pending.client_msg_id == client_msg_id)
            || self
                .messages
                .iter()
                .any(|message| message.client_msg_id.as_deref() == Some(client_msg_id.as_str()))
        {
            return;
        }
        self.pending.push(Pending {
            client_msg_id,
            text,
            delivery,
            file,
        });
    }

    pub fn set_delivery(&mut self, client_msg_id: &str, delivery: Delivery) {
        for pending in &mut self.pending {
            if pending.client_msg_id == client_msg_id {
                pending.delivery = delivery;
            }
        }
    }

    /// Sending paused: everything waiting shows as queued, not as in flight.
    pub fn hold_all(&mut self) {
        for pending in &mut self.pending {
            if pending.delivery == Delivery::Sending {
                pending.delivery = Delivery::Queued;
            }
        }
    }

    pub fn remove_pending(&mut self, client_msg_id: &str) {
        self.pending
            .retain(|pending| pending.client_msg_id != client_msg_id);
    }

    /// The oldest message still worth sending; order is kept by sending one at a time.
    pub fn next_to_send(&self) -> Option<Pending> {
        self.pending
            .iter()
            .find(|pending| pending.delivery != Delivery::Failed)
            .cloned()
    }

    /// Whether `client_msg_id` is still waiting (not sent, not cancelled).
    pub fn is_pending(&self, client_msg_id: &str) -> bool {
        self.pending
            .iter()
            .any(|pending| pending.client_msg_id == client_msg_id)
    }

    /// What to persist so a reload can resend: everything not refused by the server,
    /// except files (a page can't keep the visitor's file across a reload).
    pub fn outbox(&self) -> Vec<OutboxItem> {
        self.pending
            .iter()
            .filter(|pending| pending.delivery != Delivery::Failed && pending.file.is_none())
            .map(|pending| OutboxItem {
                client_msg_id: pending.client_msg_id.clone(),
                text: pending.text.clone(),
            })
            .collect()
    }

    /// Whether a stored message carries `client_msg_id` (e.g. a survey's answer).
    pub fn has_client_msg_id(&self, client_msg_id: &str) -> bool {
        self.messages
            .iter()
            .any(|m| m.client_msg_id.as_deref() == Some(client_msg_id))
    }

    /// The visitor's last message the clinic has read (`staff_read` is their read mark):
    /// where the "Read" note goes.
    pub fn last_read_by_staff(&self, staff_read: u64) -> Option<u64> {
        self.messages
            .iter()
            .rev()
            .find(|message| message.author == Author::Visitor && message.seq <= staff_read)
            .map(|message| message.seq)
    }

    /// The bubbles in display order.
    pub fn rows(&self) -> Vec<Row> {
        let sent = self.messages.iter().map(|message| Row {
            key: format!("s{}", message.seq),
            seq: Some(message.seq),
            author: message.author,
            author_name: message.author_name.clone(),
            text: message.text.clone(),
            sent_at: Some(message.sent_at.clone()),
            delivery: None,
            client_msg_id: message.client_msg_id.clone(),
            file: None,
            attachments: message.attachments.clone(),
        });
        let unsent = self.pending.iter().map(|pending| Row {
            key: format!("p{}:{}", pending.client_msg_id, pending.delivery.as_str()),
            seq: None,
            author: Author::Visitor,
            author_name: None,
            // A file's bubble shows its name.
            text: pending.file.clone().unwrap_or_else(|| pending.text.clone()),
            sent_at: None,
            delivery: Some(pending.delivery),
            client_msg_id: Some(pending.client_msg_id.clone()),
            file: pending.file.clone(),
            attachments: Vec::new(),
        });
        sent.chain(unsent).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(seq: u64, author: Author, client_msg_id: Option<&str>) -> Message {
        Message {
            id: format!("m_{seq}"),
            seq,
            author,
            text: format!("text {seq}"),
            sent_at: "2026-11-25T10:00:00Z".into(),
            client_msg_id: client_msg_id.map(str::to_owned),
            author_name: None,
            attachments: Vec::new(),
        }
    }

    fn seqs(thread: &Thread) -> Vec<u64> {
        thread
            .messages()
            .iter()
            .map(|message| message.seq)
            .collect()
    }

    #[test]
    fn read_goes_under_the_last_visitor_message_staff_have_read() {
        let mut thread = Thread::default();
        thread.merge_all([
            message(1, Author::Visitor, Some("a")),
            message(2, Author::Bot, None),
            message(3, Author::Visitor, Some("b")),
            message(4, Author::Staff, None),
            message(5, Author::Visitor, Some("c")),
        ]);
        assert_eq!(thread.last_read_by_staff(0), None);
        assert_eq!(thread.last_read_by_staff(2), Some(1));
        assert_eq!(thread.last_read_by_staff(4), Some(3));
        assert_eq!(thread.last_read_by_staff(9), Some(5));
    }

    #[test]
    fn merge_replaces_a_message_with_the_same_seq() {
        let mut thread = Thread::default();
        thread.merge(message(1, Author::Bot, None));
        let mut edited = message(1, Author::Bot, None);
        edited.text = "newer".into();
        thread.merge(edited);
        assert_eq!(thread.messages().len(), 1);
        assert_eq!(thread.messages()[0].text, "newer");
    }

    #[test]
    fn server_echo_replaces_the_pending_bubble() {
        let mut thread = Thread::default();
        thread.push_pending("c1".into(), "hello".into(), Delivery::Sending);
        thread.push_pending("c2".into(), "again".into(), Delivery::Sending);
        // The live socket usually delivers the echo before the POST answers.
        thread.merge(message(1, Author::Visitor, Some("c1")));
        assert_eq!(thread.pending().len(), 1);
        assert_eq!(thread.pending()[0].client_msg_id, "c2");
        // The POST answer for c2 confirms it even without the id in the body.
        thread.confirm("c2", message(2, Author::Visitor, None));
        assert!(thread.pending().is_empty());
        assert_eq!(seqs(&thread), vec![1, 2]);
        // A late POST answer for c1 changes nothing.
        thread.confirm("c1", message(1, Author::Visitor, Some("c1")));
        assert_eq!(seqs(&thread), vec![1, 2]);
    }

    #[test]
    fn push_pending_ignores_ids_already_known() {
        let mut thread = Thread::default();
        thread.merge(message(1, Author::Visitor, Some("c1")));
        thread.push_pending("c1".into(), "restored".into(), Delivery::Queued);
        thread.push_pending("c2".into(), "restored".into(), Delivery::Queued);
        thread.push_pending("c2".into(), "twice".into(), Delivery::Queued);
        assert_eq!(thread.pending().len(), 1);
    }

    #[test]
    fn outbox_keeps_order_and_skips_refused_messages() {
        let mut thread = Thread::default();
        thread.push_pending("a".into(), "first".into(), Delivery::Sending);
        thread.push_pending("b".into(), "second".into(), Delivery::Sending);
        thread.push_pending("c".into(), "third".into(), Delivery::Sending);
        thread.set_delivery("a", Delivery::Failed);
        thread.hold_all();
        assert_eq!(thread.pending()[0].delivery, Delivery::Failed);
        assert_eq!(thread.pending()[2].delivery, Delivery::Queued);
        let next = thread.next_to_send().map(|item| item.client_msg_id);
        assert_eq!(next.as_deref(), Some("b"));
        let ids: Vec<_> = thread
            .outbox()
            .into_iter()
            .map(|item| item.client_msg_id)
            .collect();
        assert_eq!(ids, vec!["b", "c"]);
        thread.remove_pending("b");
        thread.remove_pending("c");
        assert_eq!(thread.next_to_send(), None);
        // The refused one stays visible so the visitor can copy it.
        assert_eq!(thread.rows().len(), 1);
        assert_eq!(thread.rows()[0].delivery, Some(Delivery::Failed));
    }

    #[test]
    fn row_keys_change_when_a_bubble_must_re_render() {
        let mut thread = Thread::default();
        thread.push_pending("a".into(), "hi".into(), Delivery::Sending);
        let before = thread.rows()[0].key.clone();
        thread.set_delivery("a", Delivery::Queued);
        assert_ne!(thread.rows()[0].key, before);
        thread.confirm("a", message(4, Author::Visitor, Some("a")));
        assert_eq!(thread.rows()[0].key, "s4");
    }

    #[test]
    fn a_file_waits_like_text_but_is_not_kept_across_reloads() {
        let mut thread = Thread::default();
        thread.push_pending("a".into(), "hello".into(), Delivery::Queued);
        thread.push_file("f".into(), "wound.jpg".into());
        thread.hold_all();
        // Sent in order with the text, from memory.
        let first = thread.next_to_send().expect("text first");
        assert_eq!(first.client_msg_id, "a");
        thread.confirm("a", message(1, Author::Visitor, Some("a")));
        let file = thread.next_to_send().expect("then the file");
        assert_eq!(file.file.as_deref(), Some("wound.jpg"));
        assert_eq!(file.delivery, Delivery::Queued);
        assert!(thread.is_pending("f"));
        // The stored outbox has no file: a reload can't send bytes it no longer has.
        assert!(thread.outbox().is_empty());
        assert_eq!(thread.rows()[1].file.as_deref(), Some("wound.jpg"));
        // Cancelled, it is gone.
        thread.remove_pending("f");
        assert!(!thread.is_pending("f"));
        assert_eq!(thread.next_to_send(), None);
    }

    #[test]
    fn a_stored_message_shows_its_files() {
        let mut thread = Thread::default();
        let mut with_file = message(1, Author::Staff, None);
        with_file.attachments.push(Attachment {
            id: "att_1".into(),
            content_type: "application/pdf".into(),
            size: 10,
        });
        thread.merge(with_file);
        assert_eq!(thread.rows()[0].attachments[0].id, "att_1");
    }
}
