//! What the conversation's sockets say besides messages: who is typing (passed on, never
//! stored, never with the draft) and how far each side has read (stored, so a socket
//! that reconnects, or a restarted object, still knows); and from those, whether a staff
//! reply the visitor has not seen gets a continuity notice (`domain::continuity`).

use frontdesk_domain::continuity;
use frontdesk_domain::live_limits::{self, Inbound};
use frontdesk_protocol::{Author, LiveEvent, ReadMarks};
use worker::{Result, WebSocket, WebSocketIncomingMessage};

use super::{meta, ConversationObject};
use crate::live_socket;

/// The socket tag of staff sockets; visitor sockets carry [`VISITOR_TAG`].
pub const STAFF_TAG: &str = "staff";
pub const VISITOR_TAG: &str = "visitor";
/// Staff sockets also carry `name:<first name>`, for "Sam is typing…".
const NAME_TAG_PREFIX: &str = "name:";

/// The tags of a new socket: its side, and a staff member's first name.
pub fn tags(staff_name: Option<&str>) -> Vec<String> {
    match staff_name {
        Some(name) => {
            // Tags are at most 256 bytes; a first name is far shorter, but cut on a char.
            let name: String = name.chars().take(60).collect();
            vec![STAFF_TAG.to_owned(), format!("{NAME_TAG_PREFIX}{name}")]
        }
        None => vec![VISITOR_TAG.to_owned()],
    }
}

impl ConversationObject {
    /// One inbound frame: limits first, then `ping`, `typing` or `read`; anything else
    /// closes the socket with 1008.
    pub(super) fn on_frame(&self, ws: &WebSocket, message: WebSocketIncomingMessage) -> Result<()> {
        let Some(text) = live_socket::admit(ws, &message)? else {
            return Ok(());
        };
        match live_limits::parse(&text) {
            Err(refusal) => live_socket::refuse(ws, refusal),
            Ok(Inbound::Ping) => ws.send_with_str("pong")?,
            Ok(Inbound::Typing(typing)) => self.pass_on_typing(ws, typing),
            Ok(Inbound::Read(seq)) => self.mark_read(ws, seq)?,
        }
        Ok(())
    }

    /// The side a socket speaks for, from its tags (set by the edge, never by the client).
    fn side(&self, ws: &WebSocket) -> (Author, Option<String>) {
        let tags = self.state.get_tags(ws);
        if tags.iter().any(|tag| tag == STAFF_TAG) {
            let name = tags
                .iter()
                .find_map(|tag| tag.strip_prefix(NAME_TAG_PREFIX))
                .map(str::to_owned);
            (Author::Staff, name)
        } else {
            (Author::Visitor, None)
        }
    }

    /// Tells the other side's sockets; staff see each other's replies, not drafts.
    fn pass_on_typing(&self, ws: &WebSocket, typing: bool) {
        let (author, name) = self.side(ws);
        let audience = match author {
            Author::Staff => VISITOR_TAG,
            _ => STAFF_TAG,
        };
        self.tell(
            audience,
            &LiveEvent::Typing {
                author,
                typing,
                name,
            },
        );
    }

    /// Raises the sender's side's read mark, stores it and tells every socket.
    fn mark_read(&self, ws: &WebSocket, seq: u64) -> Result<()> {
        let (reader, _) = self.side(ws);
        let current = self.read_mark(reader)?;
        match live_limits::read_mark(seq, self.last_seq()?, current) {
            Err(refusal) => live_socket::refuse(ws, refusal),
            Ok(None) => {}
            Ok(Some(mark)) => {
                self.put(meta::read_mark(reader), &mark)?;
                self.broadcast(&LiveEvent::Read { reader, seq: mark });
            }
        }
        Ok(())
    }

    /// Whether the staff reply `seq` gets a continuity notice now, recorded in the same
    /// synchronous step (no other call runs between), so a redelivered job or the
    /// burst's next reply finds it; `seq` 0: the visitor opened a notice link and is
    /// caught up, so the next reply may notify again.
    pub(super) fn continuity(&self, seq: u64) -> Result<bool> {
        #[derive(serde::Deserialize)]
        struct Row {
            last: Option<f64>,
        }
        let noticed = self.get(meta::CONTINUITY_NOTICED)?.unwrap_or(0);
        let send = seq > 0 && {
            let last_visitor: Option<Row> = self.sql().first(
                "SELECT MAX(seq) AS last FROM messages WHERE author = 'visitor'",
                &[],
            )?;
            let presence = continuity::Presence {
                visitor_sockets: self.state.get_websockets_with_tag(VISITOR_TAG).len(),
                visitor_read: self.read_mark(Author::Visitor)?,
                last_visitor_seq: last_visitor.and_then(|row| row.last).unwrap_or(0.0) as u64,
                noticed,
            };
            continuity::should_notice(seq, &presence)
        };
        if send || (seq == 0 && noticed > 0) {
            self.put(meta::CONTINUITY_NOTICED, &seq)?;
        }
        Ok(send)
    }

    /// A frame for one side's sockets only (`STAFF_TAG` or `VISITOR_TAG`).
    fn tell(&self, audience: &str, event: &LiveEvent) {
        if let Ok(frame) = serde_json::to_string(event) {
            self.tell_frame(audience, &frame);
        }
    }

    /// A frame already written, for one side's sockets only.
    pub(super) fn tell_frame(&self, audience: &str, frame: &str) {
        for socket in self.state.get_websockets_with_tag(audience) {
            let _ = socket.send_with_str(frame);
        }
    }

    fn read_mark(&self, reader: Author) -> Result<u64> {
        Ok(self.get(meta::read_mark(reader))?.unwrap_or(0))
    }

    /// Both sides' read marks, for a socket's `ready` frame.
    pub(super) fn read_marks(&self) -> Result<ReadMarks> {
        Ok(ReadMarks {
            visitor: self.read_mark(Author::Visitor)?,
            staff: self.read_mark(Author::Staff)?,
        })
    }
}
