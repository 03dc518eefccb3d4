//! One Durable Object per clinic that fans inbox changes out to signed-in consoles, and
//! ends every staff socket of a session when the session ends.
//!
//! Each staff socket carries its session and staff member as tags (`session:<hash>`,
//! `staff:<id>`). The hub's own sockets are the inbox sockets; conversation sockets live
//! in their conversation objects, so the hub keeps a registry of which conversations a
//! session has sockets in. A revocation comes here *before* the session store records
//! it: the hub closes the session's sockets (its own at once, the conversations' through
//! their objects) and keeps a tombstone, so a socket opened while the revocation runs is
//! refused when it registers. No frame reaches a session after its revocation is stored.
//! Sessions also end on their own: the hub keeps when each session with sockets ends and
//! one alarm at the earliest, which closes that session's sockets like a revocation.

mod call;

use frontdesk_domain::sessions::expiry_plan;
use frontdesk_protocol::{InboxEntry, LiveEvent};
use serde::{Deserialize, Serialize};
use worker::{
    durable_object, Env, Headers, Request, RequestInit, Response, Result, SqlStorage, State,
    WebSocket, WebSocketIncomingMessage, WebSocketPair,
};

use self::call::Call;
use crate::error::{AppError, AppResult};
use crate::ids::ConversationId;
use crate::live_socket::SESSION_ENDED;

/// How long a tombstone is kept: longer than any session lives.
const TOMBSTONE_MS: i64 = 13 * 3600 * 1000;

/// Which session a staff socket belongs to.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SocketOwner {
    /// The session token's hash.
    pub session: String,
    pub staff_id: String,
    /// Unix milliseconds the session was created.
    pub created_ms: i64,
    /// Unix milliseconds the session ends: its sockets close then.
    pub expires_ms: i64,
    /// What the staff member may read ([`Scope::tag`]): inbox rows of conversations
    /// outside it are sent without patient text.
    pub scope: String,
}

impl SocketOwner {
    /// The tags that name this owner on a socket.
    pub fn tags(&self) -> [String; 2] {
        [session_tag(&self.session), staff_tag(&self.staff_id)]
    }
}

fn session_tag(session: &str) -> String {
    format!("session:{session}")
}

fn staff_tag(staff_id: &str) -> String {
    format!("staff:{staff_id}")
}

/// A revocation: one session, or every session of a staff member created before `at_ms`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Revocation {
    Session { session: String },
    Staff { staff_id: String, at_ms: i64 },
}

#[derive(Debug, Serialize, Deserialize)]
struct Registration {
    owner: SocketOwner,
    conversation_id: String,
}

#[durable_object]
pub struct InboxHub {
    state: State,
    env: Env,
}

fn now_ms() -> i64 {
    worker::Date::now().as_millis() as i64
}

impl InboxHub {
    /// `worker`'s own SQL API, not `object_sql`: this object and the RateLimiter moved onto
    /// `object_sql` grew the edge 1,160 B gzip (measured with the hex change; likely each
    /// row type's own serde_json decoder: BENCHMARKS.md, "Edge size after issue 15's file
    /// splits"). This object is off the message path, so the crossings saved matter less.
    fn sql(&self) -> SqlStorage {
        self.state.storage().sql()
    }

    fn create_schema(&self) -> Result<()> {
        self.sql().exec(
            "CREATE TABLE IF NOT EXISTS thread_sockets (\
               session TEXT NOT NULL, staff_id TEXT NOT NULL, conversation_id TEXT NOT NULL, \
               PRIMARY KEY (session, conversation_id)); \
             CREATE TABLE IF NOT EXISTS tombstones (\
               tag TEXT PRIMARY KEY, at_ms INTEGER NOT NULL); \
             CREATE TABLE IF NOT EXISTS session_expiry (\
               session TEXT PRIMARY KEY, expires_ms INTEGER NOT NULL)",
            None,
        )?;
        Ok(())
    }

    /// Whether `owner`'s session was revoked (on its own, or with all of its staff's).
    fn revoked(&self, owner: &SocketOwner) -> Result<bool> {
        #[derive(Deserialize)]
        struct Row {
            tag: String,
            at_ms: f64,
        }
        let rows: Vec<Row> = self
            .sql()
            .exec(
                "SELECT tag, at_ms FROM tombstones WHERE tag IN (?, ?)",
                vec![
                    session_tag(&owner.session).into(),
                    staff_tag(&owner.staff_id).into(),
                ],
            )?
            .to_array()?;
        Ok(rows
            .iter()
            .any(|row| row.tag.starts_with("session:") || owner.created_ms <= row.at_ms as i64))
    }

    /// Closes the hub's sockets with `tag` and the conversation sockets registered for
    /// it, then forgets the registrations.
    async fn close_tagged(&self, tag: &str, column: &str, value: &str) -> Result<()> {
        for socket in self.state.get_websockets_with_tag(tag) {
            let _ = socket.close(Some(SESSION_ENDED), Some("session_ended"));
        }
        #[derive(Deserialize)]
        struct Row {
            /// Registered only from parsed ids, so one that does not decode fails the read.
            conversation_id: ConversationId,
        }
        let rows: Vec<Row> = self
            .sql()
            .exec(
                &format!("SELECT DISTINCT conversation_id FROM thread_sockets WHERE {column} = ?"),
                vec![value.into()],
            )?
            .to_array()?;
        for row in rows {
            if let Err(error) =
                crate::conversation_do::close_sockets(&self.env, &row.conversation_id, tag).await
            {
                worker::console_error!(
                    "closing a revoked session's sockets failed ({})",
                    error.code
                );
                return Err(worker::Error::RustError(error.code.into()));
            }
        }
        self.sql().exec(
            &format!("DELETE FROM thread_sockets WHERE {column} = ?"),
            vec![value.into()],
        )?;
        Ok(())
    }

    /// Sends a changed inbox row to every console, each as its scope sees it: a
    /// socket whose scope may not open the conversation gets the row without patient
    /// text, and a socket without a scope tag (none is made so) gets nothing.
    fn broadcast(&self, entry: InboxEntry) -> Result<()> {
        let frame = |conversation: InboxEntry| {
            serde_json::to_string(&LiveEvent::Inbox {
                conversation: Box::new(conversation),
            })
        };
        let whole = frame(entry.clone())?;
        let mut redacted = None;
        for socket in self.state.get_websockets() {
            let Some(scope) = crate::live_socket::scope_of(&self.state, &socket) else {
                continue;
            };
            if scope.may_open_entry(&entry) {
                let _ = socket.send_with_str(&whole);
            } else {
                if redacted.is_none() {
                    redacted = Some(frame(scope.row(entry.clone()))?);
                }
                if let Some(text) = &redacted {
                    let _ = socket.send_with_str(text);
                }
            }
        }
        Ok(())
    }

    /// Remembers when `owner`'s session ends and keeps the alarm at the earliest end.
    async fn watch_expiry(&self, owner: &SocketOwner) -> Result<()> {
        self.sql().exec(
            "INSERT OR REPLACE INTO session_expiry (session, expires_ms) VALUES (?, ?)",
            vec![owner.session.as_str().into(), owner.expires_ms.into()],
        )?;
        let storage = self.state.storage();
        let armed = storage.get_alarm().await?;
        if armed.is_none_or(|at| owner.expires_ms < at) {
            storage
                .set_alarm((owner.expires_ms - now_ms()).max(0))
                .await?;
        }
        Ok(())
    }

    /// Closes the sockets of every session that has ended (see
    /// `frontdesk_domain::sessions::expiry_plan`) and re-arms for the next.
    async fn close_expired(&self) -> Result<()> {
        #[derive(Deserialize)]
        struct Row {
            session: String,
            expires_ms: f64,
        }
        let rows: Vec<Row> = self
            .sql()
            .exec("SELECT session, expires_ms FROM session_expiry", None)?
            .to_array()?;
        let now = now_ms();
        let plan = expiry_plan(
            rows.iter()
                .map(|row| (row.session.as_str(), row.expires_ms as i64)),
            now,
        );
        for session in &plan.due {
            self.close_tagged(&session_tag(session), "session", session)
                .await?;
            self.sql().exec(
                "DELETE FROM session_expiry WHERE session = ?",
                vec![session.as_str().into()],
            )?;
        }
        if let Some(next) = plan.next_check_ms {
            self.state.storage().set_alarm((next - now).max(0)).await?;
        }
        Ok(())
    }

    async fn revoke(&self, revocation: &Revocation) -> Result<()> {
        let now = now_ms();
        self.sql().exec(
            "DELETE FROM tombstones WHERE at_ms < ?",
            vec![(now - TOMBSTONE_MS).into()],
        )?;
        let (tag, column, value, at_ms) = match revocation {
            Revocation::Session { session } => (session_tag(session), "session", session, now),
            Revocation::Staff { staff_id, at_ms } => {
                (staff_tag(staff_id), "staff_id", staff_id, *at_ms)
            }
        };
        // The tombstone first: a socket that registers from here on is refused.
        self.sql().exec(
            "INSERT OR REPLACE INTO tombstones (tag, at_ms) VALUES (?, ?)",
            vec![tag.as_str().into(), at_ms.into()],
        )?;
        self.close_tagged(&tag, column, value).await
    }
}

impl worker::DurableObject for InboxHub {
    fn new(state: State, env: Env) -> Self {
        InboxHub { state, env }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let Some(call) = Call::parse(&req.method(), &req.path()) else {
            return Response::error("unknown inbox call", 404);
        };
        // A broadcast touches no table, and it is the hub's busiest call.
        if call != Call::Broadcast {
            self.create_schema()?;
        }
        match call {
            Call::Live => {
                let owner: SocketOwner = req
                    .headers()
                    .get("X-Socket-Owner")?
                    .and_then(|raw| serde_json::from_str(&raw).ok())
                    .ok_or_else(|| worker::Error::RustError("socket owner missing".into()))?;
                if self.revoked(&owner)? {
                    return Response::error("session ended", 410);
                }
                self.watch_expiry(&owner).await?;
                let pair = WebSocketPair::new()?;
                let [session, staff] = owner.tags();
                self.state.accept_websocket_with_tags(
                    &pair.server,
                    &["staff", &session, &staff, &owner.scope],
                );
                pair.server
                    .send_with_str(serde_json::to_string(&LiveEvent::Ready {
                        last_seq: 0,
                        read: None,
                    })?)?;
                Response::from_websocket(pair.client)
            }
            Call::Register => {
                let registration: Registration = serde_json::from_str(&req.text().await?)?;
                if self.revoked(&registration.owner)? {
                    return Response::error("session ended", 410);
                }
                self.watch_expiry(&registration.owner).await?;
                self.sql().exec(
                    "INSERT OR IGNORE INTO thread_sockets (session, staff_id, conversation_id) \
                     VALUES (?, ?, ?)",
                    vec![
                        registration.owner.session.as_str().into(),
                        registration.owner.staff_id.as_str().into(),
                        registration.conversation_id.as_str().into(),
                    ],
                )?;
                Response::ok("registered")
            }
            Call::Revoke => {
                let revocation: Revocation = serde_json::from_str(&req.text().await?)?;
                self.revoke(&revocation).await?;
                Response::ok("revoked")
            }
            Call::Broadcast => {
                for entry in call::broadcast_entries(&req.text().await?)? {
                    self.broadcast(entry)?;
                }
                Response::ok("sent")
            }
        }
    }

    async fn alarm(&self) -> Result<Response> {
        self.create_schema()?;
        // An error makes the runtime retry the alarm; closing twice is harmless.
        self.close_expired().await?;
        Response::ok("expired sessions closed")
    }

    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> Result<()> {
        crate::live_socket::on_message(&ws, message)
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

fn stub(env: &Env, clinic_id: &str) -> AppResult<worker::Stub> {
    env.durable_object("INBOX_HUB")
        .and_then(|ns| ns.id_from_name(clinic_id)?.get_stub())
        .map_err(|e| AppError::internal("inbox stub", e))
}

/// Tells every console of the clinic that a conversation changed.
pub async fn publish(env: &Env, clinic_id: &str, conversation: InboxEntry) -> AppResult<()> {
    publish_all(env, clinic_id, &[conversation]).await
}

/// Tells every console of the clinic that these conversations changed, in one call to
/// the hub: the queue consumer's batch makes one per clinic, not one per conversation.
/// The hub is one object per clinic, so each call is a turn on its one thread
/// (BENCHMARKS.md, "Load profile, session 20").
pub async fn publish_all(env: &Env, clinic_id: &str, entries: &[InboxEntry]) -> AppResult<()> {
    let frame =
        serde_json::to_string(entries).map_err(|e| AppError::internal("encode inbox event", e))?;
    post(
        env,
        clinic_id,
        &Call::Broadcast.url(),
        &frame,
        "inbox publish",
    )
    .await?;
    Ok(())
}

/// One POST to the clinic's hub; its status.
async fn post(
    env: &Env,
    clinic_id: &str,
    url: &str,
    body: &str,
    what: &'static str,
) -> AppResult<u16> {
    let reply =
        crate::do_call::send(stub(env, clinic_id)?, "POST", url, &[], Some(body), what).await?;
    Ok(reply.status)
}

/// Hands a console's WebSocket upgrade to the clinic's hub, tagged with its session.
pub async fn live(env: &Env, clinic_id: &str, owner: &SocketOwner) -> AppResult<Response> {
    let headers = Headers::new();
    headers.set("Upgrade", "websocket")?;
    let owner_json =
        serde_json::to_string(owner).map_err(|e| AppError::internal("encode owner", e))?;
    headers.set("X-Socket-Owner", &owner_json)?;
    let mut init = RequestInit::new();
    init.with_headers(headers);
    let request = Request::new_with_init(&Call::Live.url(), &init)?;
    let response = stub(env, clinic_id)?
        .fetch_with_request(request)
        .await
        .map_err(|e| AppError::internal("inbox live", e))?;
    if response.status_code() == 410 {
        return Err(AppError::session_expired());
    }
    Ok(response)
}

/// Records that `owner` has a socket in the conversation; `Err` (401) when the session
/// was revoked meanwhile, and the caller must close that socket.
pub async fn register(
    env: &Env,
    clinic_id: &str,
    owner: &SocketOwner,
    conversation_id: &str,
) -> AppResult<()> {
    let body = serde_json::to_string(&Registration {
        owner: owner.clone(),
        conversation_id: conversation_id.to_owned(),
    })
    .map_err(|e| AppError::internal("encode registration", e))?;
    match post(
        env,
        clinic_id,
        &Call::Register.url(),
        &body,
        "socket registration",
    )
    .await?
    {
        200 => Ok(()),
        410 => Err(AppError::session_expired()),
        status => Err(AppError::internal(
            "socket registration",
            format!("status {status}"),
        )),
    }
}

/// Closes every socket of the revoked session(s). Call it before the session store
/// records the revocation, and fail the revocation when it fails.
pub async fn revoke(env: &Env, clinic_id: &str, revocation: &Revocation) -> AppResult<()> {
    let body = serde_json::to_string(revocation)
        .map_err(|e| AppError::internal("encode revocation", e))?;
    match post(
        env,
        clinic_id,
        &Call::Revoke.url(),
        &body,
        "socket revocation",
    )
    .await?
    {
        200 => Ok(()),
        status => Err(AppError::internal(
            "socket revocation",
            format!("status {status}"),
        )),
    }
}
