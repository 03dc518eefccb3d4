//! Over 600 lines: server, client, schema and ladder in one file, which issue 15 splits
//! into `conversation_do/` (dispatch, client, messages, ladder, schema).
//!
//! One Durable Object per conversation: the ordered messages in SQLite storage, `seq`
//! numbering, `client_msg_id` deduplication, live fan-out over hibernating WebSockets,
//! and the escalation ladder's clock (a Durable Object alarm, which survives restarts).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;

use chrono::{DateTime, Utc};
use frontdesk_domain::escalation::{self, LadderEvent, Notification};
use frontdesk_domain::rate_limit::{Bucket, Rate};
use frontdesk_protocol::{
    Author, Department, EscalationRecord, LiveEvent, Message, MessagesResponse, Urgency,
};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use worker::{
    durable_object, Env, Headers, Method, Request, RequestInit, Response, Result, State, WebSocket,
    WebSocketIncomingMessage, WebSocketPair,
};

use crate::error::{AppError, AppResult};
use crate::object_sql::Sql;

mod erase;
mod message_bucket;
mod presence;
pub use erase::Purged;

/// A message to store, plus the automatic replies that follow it when it is new.
#[derive(Debug, Serialize, Deserialize)]
pub struct AppendRequest {
    pub author: Author,
    pub client_msg_id: Option<String>,
    pub text: String,
    pub author_name: Option<String>,
    pub auto_replies: Vec<AutoReply>,
    /// For visitor messages: what the escalation ladder needs to know.
    #[serde(default)]
    pub escalation: Option<EscalationContext>,
    /// For visitor messages: the conversation's message limit, taken before storing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<Rate>,
}

/// A visitor message's triage, for the escalation ladder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EscalationContext {
    pub clinic_id: String,
    pub urgency: Urgency,
    pub department: Department,
}

/// A staff correction of the conversation's triage, for the escalation ladder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RetriageRequest {
    /// The clinic and the corrected department (notifications name it).
    pub context: EscalationContext,
    /// Whether the urgency changed: the ladder starts over at `context.urgency` (and
    /// stops for routine). A department-only correction leaves the ladder as it is.
    pub restart_ladder: bool,
}

/// A bot or system message sent right after the one it answers.
#[derive(Debug, Serialize, Deserialize)]
pub struct AutoReply {
    pub author: Author,
    pub text: String,
    /// Skip it when the conversation already holds a message with the same author and text.
    #[serde(default)]
    pub once: bool,
}

/// What the object stored; `created` is false for a resend of a known `client_msg_id`.
#[derive(Debug, Serialize, Deserialize)]
pub struct AppendResponse {
    pub created: bool,
    pub message: Message,
    pub auto_replies: Vec<Message>,
}

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

#[derive(Deserialize)]
struct LadderRow {
    kind: String,
    at: String,
    urgency: Option<String>,
    step: Option<f64>,
    notify: Option<String>,
    waited_seconds: Option<f64>,
}

fn parse_time(raw: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[derive(Deserialize)]
struct MessageRow {
    seq: f64,
    id: String,
    author: String,
    text: String,
    sent_at: String,
    client_msg_id: Option<String>,
    author_name: Option<String>,
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
        }
    }
}

const COLUMNS: &str = "seq, id, author, text, sent_at, client_msg_id, author_name";

impl ConversationObject {
    fn sql(&self) -> &Sql {
        &self.sql
    }

    fn select(&self, where_clause: &str, bindings: &[Value]) -> Result<Vec<Message>> {
        let rows: Vec<MessageRow> = self.sql().rows(
            &format!("SELECT {COLUMNS} FROM messages {where_clause} ORDER BY seq"),
            bindings,
        )?;
        Ok(rows.into_iter().map(MessageRow::into_message).collect())
    }

    fn last_seq(&self) -> Result<u64> {
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
        };
        let written = self.sql().run(
            "INSERT INTO messages (seq, id, author, text, sent_at, client_msg_id, author_name, reply_to) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
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
            ],
        )?;
        if written == 0 {
            return Ok(None);
        }
        self.known.last_seq.set(Some(seq));
        Ok(Some(message))
    }

    /// Keeps the conversation id (sent by the edge as a header) for notification links.
    /// It never changes, so only the first append writes it.
    fn remember_id(&self, req: &Request) -> Result<()> {
        if self.known.id_stored.get() {
            return Ok(());
        }
        if let Some(id) = req.headers().get("X-Conversation-Id")? {
            self.sql().run(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('conversation_id', ?)",
                &[json!(id)],
            )?;
            self.known.id_stored.set(true);
        }
        Ok(())
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
    fn append(&self, request: AppendRequest) -> Result<AppendResponse> {
        let inserted = self.insert(
            request.author,
            &request.text,
            request.client_msg_id.as_deref(),
            request.author_name.as_deref(),
            None,
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
                self.record_ladder("visitor", &message.sent_at, Some(context.urgency), None)?;
            }
            (Author::Staff, _) => self.record_ladder("staff", &message.sent_at, None, None)?,
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

    fn remember_context(&self, context: &EscalationContext) -> Result<()> {
        for (key, value) in [
            ("clinic_id", context.clinic_id.as_str()),
            ("department", context.department.as_str()),
        ] {
            self.sql().run(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                &[json!(key), json!(value)],
            )?;
        }
        Ok(())
    }

    fn meta(&self, key: &str) -> Result<Option<String>> {
        #[derive(Deserialize)]
        struct Row {
            value: String,
        }
        let row: Option<Row> = self
            .sql()
            .first("SELECT value FROM meta WHERE key = ?", &[json!(key)])?;
        Ok(row.map(|r| r.value))
    }

    fn record_ladder(
        &self,
        kind: &str,
        at: &str,
        urgency: Option<Urgency>,
        fired: Option<(usize, &str, i64)>,
    ) -> Result<()> {
        self.sql().run(
            "INSERT INTO ladder (kind, at, urgency, step, notify, waited_seconds) \
             VALUES (?, ?, ?, ?, ?, ?)",
            &[
                json!(kind),
                json!(at),
                json!(urgency.map(Urgency::as_str)),
                json!(fired.map(|(step, _, _)| step)),
                json!(fired.map(|(_, notify, _)| notify)),
                json!(fired.map(|(_, _, waited)| waited)),
            ],
        )?;
        Ok(())
    }

    fn ladder_rows(&self) -> Result<Vec<LadderRow>> {
        self.sql().rows(
            "SELECT kind, at, urgency, step, notify, waited_seconds FROM ladder ORDER BY id",
            &[],
        )
    }

    fn ladder_events(&self) -> Result<Vec<LadderEvent>> {
        Ok(self
            .ladder_rows()?
            .into_iter()
            .filter_map(|row| {
                let urgency = row.urgency.as_deref().and_then(Urgency::parse);
                match (row.kind.as_str(), urgency) {
                    ("visitor", Some(urgency)) => Some(LadderEvent::Visitor {
                        at: parse_time(&row.at)?,
                        urgency,
                    }),
                    ("staff", _) => Some(LadderEvent::Staff {
                        at: parse_time(&row.at)?,
                    }),
                    ("fired", Some(urgency)) => Some(LadderEvent::Fired {
                        urgency,
                        step: row.step? as usize,
                    }),
                    ("retriaged", Some(urgency)) => Some(LadderEvent::Retriaged {
                        at: parse_time(&row.at)?,
                        urgency,
                    }),
                    _ => None,
                }
            })
            .collect())
    }

    fn escalations(&self) -> Result<Vec<EscalationRecord>> {
        Ok(self
            .ladder_rows()?
            .into_iter()
            .filter(|row| row.kind == "fired")
            .filter_map(|row| {
                Some(EscalationRecord {
                    urgency: Urgency::parse(row.urgency.as_deref()?)?,
                    step: row.step? as u32,
                    notify: row.notify?,
                    waited_seconds: row.waited_seconds.unwrap_or(0.0).max(0.0) as u64,
                    at: row.at,
                })
            })
            .collect())
    }

    /// Fires every due step (one queue job per channel, then a record on the
    /// conversation) and re-arms the alarm for the next deadline.
    async fn run_ladder(&self) -> AppResult<()> {
        let (Some(clinic_id), Some(department)) = (
            self.meta("clinic_id")?,
            self.meta("department")?
                .as_deref()
                .and_then(Department::parse),
        ) else {
            return Ok(());
        };
        let Some(config) = crate::store::clinics::clinic_config(&self.env, &clinic_id).await?
        else {
            return Ok(());
        };
        let policy = &config.escalation;
        let now = crate::time::now();
        let plan = escalation::plan(policy, &self.ladder_events()?, now);
        let conversation_id = self.conversation_id()?;
        for due in &plan.due {
            let notification =
                Notification::new(policy, &clinic_id, &conversation_id, department, due);
            for channel in policy.channels(&due.notify) {
                crate::inbox_queue::enqueue(
                    &self.env,
                    &crate::inbox_queue::Job::Notify(crate::inbox_queue::NotifyJob {
                        notification: notification.clone(),
                        channel: channel.clone(),
                    }),
                )
                .await?;
            }
            self.record_ladder(
                "fired",
                &crate::time::rfc3339(now),
                Some(due.urgency),
                Some((due.step, &due.notify, due.waited.num_seconds())),
            )?;
        }
        if let Some(deadline) = plan.next_deadline {
            let wait_ms = (deadline - now).num_milliseconds().max(0);
            self.state.storage().set_alarm(wait_ms).await?;
        }
        Ok(())
    }

    /// The conversation id this object was created for (by name).
    fn conversation_id(&self) -> Result<String> {
        self.meta("conversation_id")?
            .ok_or_else(|| worker::Error::RustError("conversation id unknown".into()))
    }

    fn broadcast(&self, event: &LiveEvent) {
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
    fn accept_live(
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

fn query_u64(req: &Request, key: &str) -> u64 {
    req.url()
        .ok()
        .and_then(|url| {
            url.query_pairs()
                .find(|(k, _)| k == key)
                .and_then(|(_, v)| v.parse().ok())
        })
        .unwrap_or(0)
}

impl worker::DurableObject for ConversationObject {
    fn new(state: State, env: Env) -> Self {
        let object = ConversationObject {
            sql: Sql::of(&state),
            state,
            env,
            known: Known::default(),
        };
        // Idempotent schema setup; storage survives hibernation and restarts. Objects
        // made before keys were per author hold a unique index on `client_msg_id` alone:
        // the per-author index is built first (their rows already satisfy it, since a
        // key unique on its own is unique per author), then the old one is dropped, all
        // in this one synchronous run, so no insert ever sees neither.
        let setup = object.sql().run(
            "CREATE TABLE IF NOT EXISTS messages (\
               seq INTEGER PRIMARY KEY, id TEXT NOT NULL, author TEXT NOT NULL, \
               text TEXT NOT NULL, sent_at TEXT NOT NULL, client_msg_id TEXT, \
               author_name TEXT, reply_to INTEGER); \
             CREATE UNIQUE INDEX IF NOT EXISTS messages_author_client_msg_id \
               ON messages (author, client_msg_id) WHERE client_msg_id IS NOT NULL; \
             DROP INDEX IF EXISTS messages_client_msg_id; \
             CREATE INDEX IF NOT EXISTS messages_reply_to ON messages (reply_to); \
             CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); \
             CREATE TABLE IF NOT EXISTS ladder (\
               id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, at TEXT NOT NULL, \
               urgency TEXT, step INTEGER, notify TEXT, waited_seconds INTEGER)",
            &[],
        );
        if let Err(error) = setup {
            worker::console_error!("conversation schema setup failed: {error}");
        }
        object
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let path = req.path();
        if matches!(
            path.as_str(),
            "/append" | "/messages" | "/message" | "/live" | "/retriage"
        ) && self.is_erased()?
        {
            return Response::error("conversation erased", 404);
        }
        match (req.method(), path.as_str()) {
            (Method::Post, "/append") => {
                // Parsed from text: `Request::json` walks a JS object field by field, slower.
                let request: AppendRequest = serde_json::from_str(&req.text().await?)?;
                // A refused message stores nothing.
                if let Some(retry_after) = request
                    .rate_limit
                    .and_then(|rate| self.take_message_token(rate))
                {
                    return message_bucket::limited(retry_after);
                }
                let escalates = request
                    .escalation
                    .as_ref()
                    .is_some_and(|context| context.urgency >= Urgency::Urgent);
                self.remember_id(&req)?;
                let response = self.append(request)?;
                if response.created {
                    match response.message.author {
                        // Plan at once: an emergency notifies on-call with no delay.
                        Author::Visitor if escalates => self.state.storage().set_alarm(0).await?,
                        Author::Staff => self.state.storage().delete_alarm().await?,
                        _ => {}
                    }
                }
                Response::from_json(&response)
            }
            (Method::Post, "/staff-action") => {
                self.record_ladder("staff", &crate::time::now_rfc3339(), None, None)?;
                self.state.storage().delete_alarm().await?;
                Response::from_json(&serde_json::json!({ "stopped": true }))
            }
            (Method::Post, "/retriage") => {
                let request: RetriageRequest = serde_json::from_str(&req.text().await?)?;
                self.remember_id(&req)?;
                self.remember_context(&request.context)?;
                if request.restart_ladder {
                    let urgency = request.context.urgency;
                    let now = crate::time::now_rfc3339();
                    self.record_ladder("retriaged", &now, Some(urgency), None)?;
                    if urgency >= Urgency::Urgent {
                        // Plan at once, as for an urgent or emergency visitor message.
                        self.state.storage().set_alarm(0).await?;
                    } else {
                        self.state.storage().delete_alarm().await?;
                    }
                }
                Response::from_json(&serde_json::json!({ "ok": true }))
            }
            (Method::Get, "/message") => {
                let seq = query_u64(&req, "seq");
                let message = self
                    .select("WHERE seq = ?", &[json!(seq)])?
                    .into_iter()
                    .next();
                Response::from_json(&message)
            }
            (Method::Post, "/purge") => {
                let before = req
                    .url()?
                    .query_pairs()
                    .find(|(key, _)| key == "before")
                    .map(|(_, value)| value.into_owned())
                    .unwrap_or_default();
                Response::from_json(&self.purge_before(&before).await?)
            }
            (Method::Post, "/erase") => Response::from_json(&self.erase().await?),
            (Method::Get, "/escalations") => Response::from_json(&self.escalations()?),
            (Method::Get, "/messages") => {
                let messages = self.select("WHERE seq > ?", &[json!(query_u64(&req, "after"))])?;
                Response::from_json(&MessagesResponse { messages })
            }
            (Method::Get, "/live") => {
                let staff_name = (query_u64(&req, "staff") == 1).then(|| {
                    req.url()
                        .ok()
                        .and_then(|url| {
                            url.query_pairs()
                                .find(|(key, _)| key == "name")
                                .map(|(_, name)| name.into_owned())
                        })
                        .unwrap_or_default()
                });
                let owner: Vec<String> = req
                    .url()?
                    .query_pairs()
                    .filter(|(key, _)| key == "owner")
                    .map(|(_, tag)| tag.into_owned())
                    .collect();
                self.accept_live(staff_name.as_deref(), &owner, query_u64(&req, "after"))
            }
            (Method::Post, "/close-sockets") => {
                // A session ended: its sockets here close, and get nothing more.
                let tag = req.text().await?;
                for socket in self.state.get_websockets_with_tag(&tag) {
                    let _ =
                        socket.close(Some(crate::inbox_do::SESSION_ENDED), Some("session_ended"));
                }
                Response::from_json(&serde_json::json!({ "closed": true }))
            }
            _ => Response::error("unknown conversation call", 404),
        }
    }

    async fn alarm(&self) -> Result<Response> {
        // An error makes the runtime retry the alarm with backoff; steps are recorded
        // only after their jobs are enqueued, so a retry fires nothing twice.
        self.run_ladder()
            .await
            .map_err(|e| worker::Error::RustError(e.code.into()))?;
        Response::ok("ladder done")
    }

    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> Result<()> {
        self.on_frame(&ws, message)
    }

    async fn websocket_close(
        &self,
        ws: WebSocket,
        _code: usize,
        _reason: String,
        _clean: bool,
    ) -> Result<()> {
        crate::live_socket::close(&ws, "closed");
        Ok(())
    }

    async fn websocket_error(&self, ws: WebSocket, _error: worker::Error) -> Result<()> {
        crate::live_socket::close(&ws, "error");
        Ok(())
    }
}

fn stub(env: &Env, conversation_id: &str) -> AppResult<worker::Stub> {
    env.durable_object("CONVERSATION")
        .and_then(|ns| ns.id_from_name(conversation_id)?.get_stub())
        .map_err(|e| AppError::internal("conversation stub", e))
}

async fn call<T: for<'de> Deserialize<'de>>(
    env: &Env,
    conversation_id: &str,
    url: &str,
    method: Method,
    body: Option<String>,
) -> AppResult<T> {
    let mut headers = vec![("X-Conversation-Id", conversation_id)];
    if body.is_some() {
        headers.push(("Content-Type", "application/json"));
    }
    let reply = crate::do_call::send(
        stub(env, conversation_id)?,
        method.as_ref(),
        url,
        &headers,
        body.as_deref(),
        "conversation call",
    )
    .await?;
    match reply.status {
        200 => reply.json("conversation reply"),
        404 => Err(unknown_conversation()),
        429 => Err(crate::rate_limit_do::too_many_messages(
            message_bucket::retry_after(reply.retry_after.as_deref()),
        )),
        status => Err(AppError::internal(
            "conversation call",
            format!("status {status}"),
        )),
    }
}

/// Stores a message in the conversation (or finds the earlier copy of a resend).
pub async fn append(
    env: &Env,
    conversation_id: &str,
    request: &AppendRequest,
) -> AppResult<AppendResponse> {
    let body =
        serde_json::to_string(request).map_err(|e| AppError::internal("encode append", e))?;
    call(
        env,
        conversation_id,
        "https://conversation/append",
        Method::Post,
        Some(body),
    )
    .await
}

/// Messages with `seq` greater than `after`, in order.
pub async fn messages(env: &Env, conversation_id: &str, after: u64) -> AppResult<Vec<Message>> {
    let url = format!("https://conversation/messages?after={after}");
    let response: MessagesResponse = call(env, conversation_id, &url, Method::Get, None).await?;
    Ok(response.messages)
}

/// Closes the conversation's sockets that carry `tag` (a revoked session's).
pub async fn close_sockets(env: &Env, conversation_id: &str, tag: &str) -> AppResult<()> {
    let _: serde_json::Value = call(
        env,
        conversation_id,
        "https://conversation/close-sockets",
        Method::Post,
        Some(tag.to_owned()),
    )
    .await?;
    Ok(())
}

/// Hands a WebSocket upgrade to the conversation's object; `staff` (a first name and the
/// session's tags) marks a staff socket.
pub async fn live(
    env: &Env,
    conversation_id: &str,
    staff: Option<(&str, &crate::inbox_do::SocketOwner)>,
    after: u64,
) -> AppResult<Response> {
    let staff_name = staff.map(|(name, _)| name);
    let owner_tags = staff.map(|(_, owner)| owner.tags());
    let headers = Headers::new();
    headers.set("Upgrade", "websocket")?;
    let mut init = RequestInit::new();
    init.with_headers(headers);
    let after = after.to_string();
    let mut query = vec![("after", after.as_str())];
    if let Some(name) = staff_name {
        query.extend([("staff", "1"), ("name", name)]);
    }
    for tag in owner_tags.iter().flatten() {
        query.push(("owner", tag));
    }
    let url = worker::Url::parse_with_params("https://conversation/live", &query)
        .map_err(|e| AppError::internal("conversation live url", e))?;
    let request = Request::new_with_init(url.as_str(), &init)?;
    let response = stub(env, conversation_id)?
        .fetch_with_request(request)
        .await
        .map_err(|e| AppError::internal("conversation live", e))?;
    if response.status_code() == 404 {
        return Err(unknown_conversation());
    }
    Ok(response)
}

/// The answer for an erased conversation (the object says 404).
fn unknown_conversation() -> AppError {
    AppError::not_found("unknown_conversation", "No conversation has this id.")
}

/// Deletes the conversation's messages sent before `before` (RFC 3339); an emptied
/// conversation is erased.
pub async fn purge_before(env: &Env, conversation_id: &str, before: &str) -> AppResult<Purged> {
    let url = format!("https://conversation/purge?before={before}");
    call(env, conversation_id, &url, Method::Post, None).await
}

/// Deletes every message of the conversation and leaves a tombstone.
pub async fn erase(env: &Env, conversation_id: &str) -> AppResult<Purged> {
    call(
        env,
        conversation_id,
        "https://conversation/erase",
        Method::Post,
        None,
    )
    .await
}

/// Tells the ladder that staff corrected the conversation's triage (see
/// [`RetriageRequest`]).
pub async fn retriage(
    env: &Env,
    conversation_id: &str,
    request: &RetriageRequest,
) -> AppResult<()> {
    let body =
        serde_json::to_string(request).map_err(|e| AppError::internal("encode retriage", e))?;
    let _: serde_json::Value = call(
        env,
        conversation_id,
        "https://conversation/retriage",
        Method::Post,
        Some(body),
    )
    .await?;
    Ok(())
}

/// The message with this `seq`, if the conversation still holds it.
pub async fn message(env: &Env, conversation_id: &str, seq: u64) -> AppResult<Option<Message>> {
    let url = format!("https://conversation/message?seq={seq}");
    match call(env, conversation_id, &url, Method::Get, None).await {
        Err(error) if error.status == 404 => Ok(None),
        other => other,
    }
}

/// Tells the ladder a staff member claimed the conversation: it stops escalating.
pub async fn staff_action(env: &Env, conversation_id: &str) -> AppResult<()> {
    let _: serde_json::Value = call(
        env,
        conversation_id,
        "https://conversation/staff-action",
        Method::Post,
        None,
    )
    .await?;
    Ok(())
}

/// The escalation steps fired so far, oldest first.
pub async fn escalations(env: &Env, conversation_id: &str) -> AppResult<Vec<EscalationRecord>> {
    call(
        env,
        conversation_id,
        "https://conversation/escalations",
        Method::Get,
        None,
    )
    .await
}
