//! One Durable Object per conversation: the ordered messages in SQLite storage, `seq`
//! numbering, `client_msg_id` deduplication, live fan-out over hibernating WebSockets,
//! and the escalation ladder's clock (a Durable Object alarm, which survives restarts).
//!
//! `call.rs` names the object's calls for both sides; `client.rs` is how the rest of
//! the edge makes them and `dispatch.rs` how the object answers them. `schema.rs` holds
//! its tables, `messages.rs` its messages, `ladder.rs` the escalation ladder,
//! `message_bucket.rs` its message limit, `presence.rs` typing and read marks,
//! `erase.rs` purging and erasing, and `meta.rs` the typed rows it keeps about itself.
//! This file holds the object and what it knows of itself.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;

use frontdesk_domain::ids::ConversationId;
use frontdesk_domain::rate_limit::Bucket;
use frontdesk_protocol::Author;
use worker::{durable_object, Env, Request, Result, State};

use crate::object_sql::Sql;

mod call;
mod client;
mod dispatch;
mod erase;
mod ladder;
mod message_bucket;
mod messages;
mod meta;
mod presence;
mod schema;

pub use call::{AppendRequest, AppendResponse, AutoReply, EscalationContext, RetriageRequest};
pub use client::{
    append, close_sockets, continuity, delivery, erase, escalations, live, message, messages,
    moved, purge_before, retriage, staff_action,
};

#[durable_object]
pub struct ConversationObject {
    state: State,
    env: Env,
    sql: Sql,
    known: Known,
}

/// What this instance already knows of its own storage, so a message's append reads
/// less of it. Only this instance writes its storage, so the copies stay true while it
/// lives; a new instance starts empty and reads them again.
#[derive(Default)]
struct Known {
    erased: Cell<Option<bool>>,
    last_seq: Cell<Option<u64>>,
    id_stored: Cell<bool>,
    message_bucket: Cell<Option<Bucket>>,
    /// Automatic replies said once per conversation that it holds ("author\ntext").
    said_once: RefCell<HashSet<String>>,
}

/// How `Known::said_once` names a message.
fn said_once_key(author: Author, text: &str) -> String {
    format!("{}\n{text}", author.as_str())
}

impl Known {
    fn forget(&self) {
        self.erased.set(None);
        self.last_seq.set(None);
        self.id_stored.set(false);
        self.message_bucket.set(None);
        self.said_once.borrow_mut().clear();
    }
}

impl ConversationObject {
    fn sql(&self) -> &Sql {
        &self.sql
    }

    /// Keeps the conversation id (sent by the edge as a header) for notification links.
    /// It never changes, so only the first append writes it.
    fn remember_id(&self, req: &Request) -> Result<()> {
        if self.known.id_stored.get() {
            return Ok(());
        }
        let header = req.headers().get(call::CONVERSATION_ID_HEADER)?;
        if let Some(id) = header.as_deref().and_then(ConversationId::parse) {
            self.put_once(meta::CONVERSATION_ID, &id)?;
            self.known.id_stored.set(true);
        }
        Ok(())
    }

    /// The conversation id this object was created for (by name).
    fn conversation_id(&self) -> Result<ConversationId> {
        self.get(meta::CONVERSATION_ID)?
            .ok_or_else(|| worker::Error::RustError("conversation id unknown".into()))
    }
}
