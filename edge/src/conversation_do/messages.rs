//! The conversation's messages: `seq` numbering, the insert that deduplicates by author
//! and `client_msg_id`, the append call with its automatic replies, reads, and pushing
//! each stored message to every socket.

use frontdesk_protocol::{Attachment, Author, LiveEvent, Message, Urgency};
use serde::Deserialize;
use serde_json::{json, Value};
use worker::{Response, Result, WebSocketPair};

use super::ladder::LadderKind;
use super::{presence, said_once_key, AppendRequest, AppendResponse, ConversationObject};

#[derive(Deserialize)]
struct MessageRow {
    seq: f64,
    id: String,
    author: String,
    text: String,
    sent_at: String,
    client_msg_id: Option<String>,
    author_name: Option<String>,
    /// JSON array of `Attachment`, or NULL.
    attachments: Option<String>,
}

impl MessageRow {
    fn into_message(self) -> Message {
        Message {
            id: self.id,
            seq: self.seq as u64,
            author: Author::parse(&self.author).unwrap_or(Author::System),
            text: self.text,
            sent_at: self.sent_at,
            client_msg_id: self.client_msg_id,
            author_name: self.author_name,
            // Written by `insert` from the same type; unreadable would be a bug, and a
            // message without its files beats no message.
            attachments: self
                .attachments
                .and_then(|raw| serde_json::from_str(&raw).ok())
                .unwrap_or_default(),
        }
    }
}

const COLUMNS: &str = "seq, id, author, text, sent_at, client_msg_id, author_name, attachments";

impl ConversationObject {
    /// The messages `where_clause` picks, by `seq`.
    pub(super) fn select(&self, where_clause: &str, bindings: &[Value]) -> Result<Vec<Message>> {
        let rows: Vec<MessageRow> = self.sql().rows(
            &format!("SELECT {COLUMNS} FROM messages {where_clause} ORDER BY seq"),
            bindings,
        )?;
        Ok(rows.into_iter().map(MessageRow::into_message).collect())
    }

    pub(super) fn last_seq(&self) -> Result<u64> {
        if let Some(seq) = self.known.last_seq.get() {
            return Ok(seq);
        }
        #[derive(Deserialize)]
        struct Row {
            last: Option<f64>,
        }
        let row: Option<Row> = self
            .sql()
            .first("SELECT MAX(seq) AS last FROM messages", &[])?;
        let seq = row.and_then(|row| row.last).unwrap_or(0.0) as u64;
        self.known.last_seq.set(Some(seq));
        Ok(seq)
    }

    /// Stores a message; `None` when its author already stored its `client_msg_id`. The
    /// unique index on (author, client_msg_id) decides, in the same statement, so a new
    /// message costs no lookup first, and one author's key never finds another's message.
    fn insert(
        &self,
        author: Author,
        text: &str,
        client_msg_id: Option<&str>,
        author_name: Option<&str>,
        reply_to: Option<u64>,
        attachments: &[Attachment],
    ) -> Result<Option<Message>> {
        let seq = self.last_seq()? + 1;
        let message = Message {
            id: crate::ids::message_id().map_err(|e| worker::Error::RustError(e.message))?,
            seq,
            author,
            text: text.to_owned(),
            sent_at: crate::time::now_rfc3339(),
            client_msg_id: client_msg_id.map(str::to_owned),
            author_name: author_name.map(str::to_owned),
            attachments: attachments.to_vec(),
        };
        let attachments_json = if attachments.is_empty() {
            None
        } else {
            Some(serde_json::to_string(attachments)?)
        };
        let written = self.sql().run(
            "INSERT INTO messages (seq, id, author, text, sent_at, client_msg_id, author_name, reply_to, attachments) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (author, client_msg_id) WHERE client_msg_id IS NOT NULL DO NOTHING",
            &[
                json!(seq),
                json!(message.id),
                json!(author.as_str()),
                json!(text),
                json!(message.sent_at),
                json!(client_msg_id),
                json!(author_name),
                json!(reply_to),
                json!(attachments_json),
            ],
        )?;
        if written == 0 {
            return Ok(None);
        }
        self.known.last_seq.set(Some(seq));
        Ok(Some(message))
    }

    /// Whether the conversation holds a message with this author and text: asked once per
    /// instance and text, since a message once stored stays until an erase or purge
    /// (which reset `Known`). `EXISTS` stops at the first match; a count would read
    /// every message of a long conversation on every visitor message.
    fn has_message(&self, author: Author, text: &str) -> Result<bool> {
        let key = said_once_key(author, text);
        if self.known.said_once.borrow().contains(&key) {
            return Ok(true);
        }
        #[derive(Deserialize)]
        struct Row {
            found: f64,
        }
        let row: Option<Row> = self.sql().first(
            "SELECT EXISTS (SELECT 1 FROM messages WHERE author = ? AND text = ?) AS found",
            &[json!(author.as_str()), json!(text)],
        )?;
        let found = row.is_some_and(|row| row.found > 0.0);
        if found {
            self.known.said_once.borrow_mut().insert(key);
        }
        Ok(found)
    }

    /// Stores a message unless its author already sent its `client_msg_id`; a resend
    /// gets what that author's first send stored. SQL calls here are synchronous, so no other request can
    /// interleave between the insert and the reads that answer a resend.
    pub(super) fn append(&self, request: AppendRequest) -> Result<AppendResponse> {
        let inserted = self.insert(
            request.author,
            &request.text,
            request.client_msg_id.as_deref(),
            request.author_name.as_deref(),
            None,
            &request.attachments,
        )?;
        let Some(message) = inserted else {
            let client_msg_id = request.client_msg_id.as_deref().unwrap_or_default();
            let message = self
                .select(
                    "WHERE author = ? AND client_msg_id = ?",
                    &[json!(request.author.as_str()), json!(client_msg_id)],
                )?
                .into_iter()
                .next()
                .ok_or_else(|| worker::Error::RustError("resent message not found".into()))?;
            let auto_replies = self.select("WHERE reply_to = ?", &[json!(message.seq)])?;
            return Ok(AppendResponse {
                created: false,
                message,
                auto_replies,
            });
        };
        match (&request.author, &request.escalation) {
            (Author::Visitor, Some(context)) if context.urgency >= Urgency::Urgent => {
                self.remember_context(context)?;
                self.record_ladder(
                    LadderKind::Visitor,
                    &message.sent_at,
                    Some(context.urgency),
                    None,
                )?;
            }
            (Author::Staff, _) => {
                self.record_ladder(LadderKind::Staff, &message.sent_at, None, None)?
            }
            _ => {}
        }
        let mut auto_replies = Vec::new();
        for reply in &request.auto_replies {
            if reply.once && self.has_message(reply.author, &reply.text)? {
                continue;
            }
            // No `client_msg_id`, so the insert always stores.
            auto_replies.extend(self.insert(
                reply.author,
                &reply.text,
                None,
                None,
                Some(message.seq),
                &[],
            )?);
            if reply.once {
                let key = said_once_key(reply.author, &reply.text);
                self.known.said_once.borrow_mut().insert(key);
            }
        }
        for stored in std::iter::once(&message).chain(&auto_replies) {
            self.broadcast(&LiveEvent::Message {
                message: stored.clone(),
            });
        }
        Ok(AppendResponse {
            created: true,
            message,
            auto_replies,
        })
    }

    /// Sends `event` to every socket of the conversation.
    pub(super) fn broadcast(&self, event: &LiveEvent) {
        let Ok(frame) = serde_json::to_string(event) else {
            return;
        };
        for socket in self.state.get_websockets() {
            // A socket that is closing can't take frames; its close handler cleans up.
            let _ = socket.send_with_str(&frame);
        }
    }

    /// `staff_name` is set for staff sockets (a visitor socket has none), and `owner`
    /// names their session's tags (see `inbox_do`).
    pub(super) fn accept_live(
        &self,
        staff_name: Option<&str>,
        owner: &[String],
        after: u64,
    ) -> Result<Response> {
        let pair = WebSocketPair::new()?;
        let mut tags = presence::tags(staff_name);
        if staff_name.is_some() {
            tags.extend(owner.iter().cloned());
        }
        let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
        self.state.accept_websocket_with_tags(&pair.server, &tags);
        let ready = LiveEvent::Ready {
            last_seq: self.last_seq()?,
            read: Some(self.read_marks()?),
        };
        pair.server.send_with_str(serde_json::to_string(&ready)?)?;
        for message in self.select("WHERE seq > ?", &[json!(after)])? {
            pair.server
                .send_with_str(serde_json::to_string(&LiveEvent::Message { message })?)?;
        }
        Response::from_websocket(pair.client)
    }
}
