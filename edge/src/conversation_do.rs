//! One Durable Object per conversation: the ordered messages in SQLite storage, `seq`
//! numbering, `client_msg_id` deduplication, and live fan-out over hibernating WebSockets.

use frontdesk_protocol::{Author, LiveEvent, Message, MessagesResponse};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use worker::{
    durable_object, Env, Headers, Method, Request, RequestInit, Response, Result, SqlStorage,
    SqlStorageValue, State, WebSocket, WebSocketIncomingMessage, WebSocketPair,
};

use crate::error::{AppError, AppResult};

/// A message to store, plus the automatic replies that follow it when it is new.
#[derive(Debug, Serialize, Deserialize)]
pub struct AppendRequest {
    pub author: Author,
    pub client_msg_id: Option<String>,
    pub text: String,
    pub author_name: Option<String>,
    pub auto_replies: Vec<AutoReply>,
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
    fn sql(&self) -> SqlStorage {
        self.state.storage().sql()
    }

    fn select(&self, where_clause: &str, bindings: Vec<SqlStorageValue>) -> Result<Vec<Message>> {
        let rows: Vec<MessageRow> = self
            .sql()
            .exec(
                &format!("SELECT {COLUMNS} FROM messages {where_clause} ORDER BY seq"),
                bindings,
            )?
            .to_array()?;
        Ok(rows.into_iter().map(MessageRow::into_message).collect())
    }

    fn last_seq(&self) -> Result<u64> {
        #[derive(Deserialize)]
        struct Row {
            last: Option<f64>,
        }
        let row: Row = self
            .sql()
            .exec("SELECT MAX(seq) AS last FROM messages", None)?
            .one()?;
        Ok(row.last.unwrap_or(0.0) as u64)
    }

    fn insert(
        &self,
        author: Author,
        text: &str,
        client_msg_id: Option<&str>,
        author_name: Option<&str>,
        reply_to: Option<u64>,
    ) -> Result<Message> {
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
        self.sql().exec(
            "INSERT INTO messages (seq, id, author, text, sent_at, client_msg_id, author_name, reply_to) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            vec![
                SqlStorageValue::from(seq as i64),
                message.id.as_str().into(),
                author.as_str().into(),
                text.into(),
                message.sent_at.as_str().into(),
                client_msg_id.into(),
                author_name.into(),
                reply_to.map(|s| s as i64).into(),
            ],
        )?;
        Ok(message)
    }

    fn has_message(&self, author: Author, text: &str) -> Result<bool> {
        #[derive(Deserialize)]
        struct Row {
            found: f64,
        }
        let row: Row = self
            .sql()
            .exec(
                "SELECT COUNT(*) AS found FROM messages WHERE author = ? AND text = ?",
                vec![author.as_str().into(), text.into()],
            )?
            .one()?;
        Ok(row.found > 0.0)
    }

    /// Stores a message unless its `client_msg_id` is known. SQL calls here are
    /// synchronous, so no other request can interleave between the check and the insert.
    fn append(&self, request: AppendRequest) -> Result<AppendResponse> {
        if let Some(client_msg_id) = request.client_msg_id.as_deref() {
            let existing = self.select("WHERE client_msg_id = ?", vec![client_msg_id.into()])?;
            if let Some(message) = existing.into_iter().next() {
                let auto_replies =
                    self.select("WHERE reply_to = ?", vec![(message.seq as i64).into()])?;
                return Ok(AppendResponse {
                    created: false,
                    message,
                    auto_replies,
                });
            }
        }
        let message = self.insert(
            request.author,
            &request.text,
            request.client_msg_id.as_deref(),
            request.author_name.as_deref(),
            None,
        )?;
        let mut auto_replies = Vec::new();
        for reply in &request.auto_replies {
            if reply.once && self.has_message(reply.author, &reply.text)? {
                continue;
            }
            auto_replies.push(self.insert(
                reply.author,
                &reply.text,
                None,
                None,
                Some(message.seq),
            )?);
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

    fn broadcast(&self, event: &LiveEvent) {
        let Ok(frame) = serde_json::to_string(event) else {
            return;
        };
        for socket in self.state.get_websockets() {
            // A socket that is closing can't take frames; its close handler cleans up.
            let _ = socket.send_with_str(&frame);
        }
    }

    fn accept_live(&self, role: &str, after: u64) -> Result<Response> {
        let pair = WebSocketPair::new()?;
        self.state.accept_websocket_with_tags(&pair.server, &[role]);
        let ready = LiveEvent::Ready {
            last_seq: self.last_seq()?,
        };
        pair.server.send_with_str(serde_json::to_string(&ready)?)?;
        for message in self.select("WHERE seq > ?", vec![(after as i64).into()])? {
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
    fn new(state: State, _env: Env) -> Self {
        let object = ConversationObject { state };
        // Idempotent schema setup; storage survives hibernation and restarts.
        let setup = object.sql().exec(
            "CREATE TABLE IF NOT EXISTS messages (\
               seq INTEGER PRIMARY KEY, id TEXT NOT NULL, author TEXT NOT NULL, \
               text TEXT NOT NULL, sent_at TEXT NOT NULL, client_msg_id TEXT, \
               author_name TEXT, reply_to INTEGER); \
             CREATE UNIQUE INDEX IF NOT EXISTS messages_client_msg_id \
               ON messages (client_msg_id) WHERE client_msg_id IS NOT NULL; \
             CREATE INDEX IF NOT EXISTS messages_reply_to ON messages (reply_to)",
            None,
        );
        if let Err(error) = setup {
            worker::console_error!("conversation schema setup failed: {error}");
        }
        object
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let path = req.path();
        match (req.method(), path.as_str()) {
            (Method::Post, "/append") => {
                let request: AppendRequest = req.json().await?;
                Response::from_json(&self.append(request)?)
            }
            (Method::Get, "/messages") => {
                let messages = self.select(
                    "WHERE seq > ?",
                    vec![(query_u64(&req, "after") as i64).into()],
                )?;
                Response::from_json(&MessagesResponse { messages })
            }
            (Method::Get, "/live") => {
                let role = if query_u64(&req, "staff") == 1 {
                    "staff"
                } else {
                    "visitor"
                };
                self.accept_live(role, query_u64(&req, "after"))
            }
            _ => Response::error("unknown conversation call", 404),
        }
    }

    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> Result<()> {
        // Clients may send "ping" to keep proxies from closing idle sockets.
        if let WebSocketIncomingMessage::String(text) = message {
            if text == "ping" {
                ws.send_with_str("pong")?;
            }
        }
        Ok(())
    }

    async fn websocket_close(
        &self,
        ws: WebSocket,
        _code: usize,
        _reason: String,
        _clean: bool,
    ) -> Result<()> {
        // 1005 ("no status") can't be echoed back, so always answer with 1000.
        let _ = ws.close(Some(1000), Some("closed"));
        Ok(())
    }

    async fn websocket_error(&self, ws: WebSocket, _error: worker::Error) -> Result<()> {
        let _ = ws.close(Some(1000), Some("error"));
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
    let mut init = RequestInit::new();
    init.with_method(method);
    if let Some(body) = body {
        let headers = Headers::new();
        headers.set("Content-Type", "application/json")?;
        init.with_headers(headers)
            .with_body(Some(JsValue::from_str(&body)));
    }
    let request = Request::new_with_init(url, &init)?;
    let mut response = stub(env, conversation_id)?
        .fetch_with_request(request)
        .await
        .map_err(|e| AppError::internal("conversation call", e))?;
    if response.status_code() != 200 {
        return Err(AppError::internal(
            "conversation call",
            format!("status {}", response.status_code()),
        ));
    }
    response
        .json()
        .await
        .map_err(|e| AppError::internal("conversation reply", e))
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

/// Hands a WebSocket upgrade to the conversation's object.
pub async fn live(
    env: &Env,
    conversation_id: &str,
    staff: bool,
    after: u64,
) -> AppResult<Response> {
    let headers = Headers::new();
    headers.set("Upgrade", "websocket")?;
    let mut init = RequestInit::new();
    init.with_headers(headers);
    let url = format!(
        "https://conversation/live?after={after}&staff={}",
        u8::from(staff)
    );
    let request = Request::new_with_init(&url, &init)?;
    stub(env, conversation_id)?
        .fetch_with_request(request)
        .await
        .map_err(|e| AppError::internal("conversation live", e))
}
